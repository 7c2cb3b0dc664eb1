public class FinallyBreakContinue {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            try {
                if (i == 1) continue;
                if (i == 4) break;
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        System.out.println(sb);
        sb.setLength(0);
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    try {
                        if (j == 1) continue outer;
                        if (i == 2) break outer;
                        sb.append(i).append(j).append(' ');
                    } finally {
                        sb.append("f1 ");
                    }
                } finally {
                    sb.append("f2 ");
                }
            }
        }
        System.out.println(sb);
        sb.setLength(0);
        int n = 0;
        while (true) {
            try {
                n++;
                if (n % 2 == 0) throw new RuntimeException("even " + n);
                if (n > 6) break;
            } catch (RuntimeException e) {
                sb.append('[').append(e.getMessage()).append(']');
                continue;
            } finally {
                sb.append('f').append(n);
            }
            sb.append(';');
        }
        System.out.println(sb);
        sb.setLength(0);
        // break out of a finally
        for (int i = 0; i < 3; i++) {
            try {
                throw new IllegalStateException("discarded " + i);
            } finally {
                sb.append("finally-break ").append(i);
                if (i >= 0) break;
            }
        }
        System.out.println(sb);
        sb.setLength(0);
        // switch inside try with finally
        for (int i = 0; i < 4; i++) {
            try {
                switch (i) {
                    case 0: sb.append("zero "); break;
                    case 1: sb.append("one "); continue;
                    case 2: sb.append("two ");
                    default: sb.append("fallthrough ");
                }
                sb.append("after-switch ");
            } finally {
                sb.append("| ");
            }
        }
        System.out.println(sb);
        // do-while with finally
        int k = 0;
        sb.setLength(0);
        do {
            try {
                k++;
                if (k == 2) continue;
                sb.append(k);
            } finally {
                sb.append('.');
            }
        } while (k < 5);
        System.out.println(sb);
    }
}
