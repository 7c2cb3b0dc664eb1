/**
 * Binary trees (after the Computer Language Benchmarks Game): allocate many short-lived
 * complete binary trees of depth 4..MAX_DEPTH while one long-lived tree stays reachable.
 * Measures: object allocation, garbage collection, recursion, getfield on reference fields.
 * args[0] = work multiplier: at each depth d, scale * 2^(MAX_DEPTH-d) trees are built, so every
 * unit of scale allocates about 5 * 2^(MAX_DEPTH+1) nodes.
 */
public class BinaryTrees {
    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 12;

    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node bottomUp(int depth) {
        if (depth > 0) {
            return new Node(bottomUp(depth - 1), bottomUp(depth - 1));
        }
        return new Node(null, null);
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long total = 0;
        int stretchDepth = MAX_DEPTH + 1;
        int stretch = bottomUp(stretchDepth).check();
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + stretch);
        total += stretch;
        Node longLived = bottomUp(MAX_DEPTH);
        for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
            int iterations = scale << (MAX_DEPTH - depth);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += bottomUp(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
            total = total * 31 + check;
        }
        int ll = longLived.check();
        System.out.println("long lived tree of depth " + MAX_DEPTH + "\t check: " + ll);
        total = total * 31 + ll;
        System.out.println("scale " + scale + " checksum " + Long.toHexString(total));
    }
}
