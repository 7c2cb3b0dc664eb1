// A small line diff for failure messages: "unified-ish" hunks around the first differences.

const CONTEXT = 3;
const MAX_OUTPUT_LINES = 60;
const MAX_LCS_CELLS = 4_000_000;
const MAX_LINE_CHARS = 300;

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += ' \\ (no newline at end)';
  return lines;
}

// Edit script of the middle parts (after trimming the common prefix and suffix). An exact LCS when it is
// cheap, otherwise "all of a removed, all of b added", which is still a correct (just not minimal) diff.
function middleOps(a: string[], b: string[], aOff: number, bOff: number): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if (n * m > MAX_LCS_CELLS || n === 0 || m === 0) {
    for (let i = 0; i < n; i++) ops.push({ kind: '-', line: a[i], a: aOff + i, b: bOff });
    for (let j = 0; j < m; j++) ops.push({ kind: '+', line: b[j], a: aOff + n, b: bOff + j });
    return ops;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs = new Array<Uint32Array>(n + 1);
  for (let i = 0; i <= n; i++) lcs[i] = new Uint32Array(m + 1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i], a: aOff + i, b: bOff + j });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // removals before additions, as in unified diffs
      ops.push({ kind: '-', line: a[i], a: aOff + i, b: bOff + j });
      i++;
    } else {
      ops.push({ kind: '+', line: b[j], a: aOff + i, b: bOff + j });
      j++;
    }
  }
  return ops;
}

function clip(line: string): string {
  const visible = line.replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return visible.length > MAX_LINE_CHARS ? visible.slice(0, MAX_LINE_CHARS) + '…' : visible;
}

/**
 * Returns a unified-diff-like rendering of the differences between `expected` and `actual`, limited to the
 * first differences, or '' when they are equal.
 */
export function lineDiff(expected: string, actual: string, labels = ['expected', 'actual']): string {
  if (expected === actual) return '';
  const a = splitLines(expected);
  const b = splitLines(actual);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const ops: Op[] = [];
  for (let i = 0; i < prefix; i++) ops.push({ kind: ' ', line: a[i], a: i, b: i });
  ops.push(
    ...middleOps(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix), prefix, prefix),
  );
  for (let k = suffix; k > 0; k--) {
    ops.push({ kind: ' ', line: a[a.length - k], a: a.length - k, b: b.length - k });
  }

  // Group changes into hunks with CONTEXT lines around them.
  const out: string[] = [
    `--- ${labels[0]} (${plural(a.length, 'line')})`,
    `+++ ${labels[1]} (${plural(b.length, 'line')})`,
  ];
  let emitted = 0;
  let idx = 0;
  while (idx < ops.length) {
    while (idx < ops.length && ops[idx].kind === ' ') idx++;
    if (idx === ops.length) break;
    const start = Math.max(0, idx - CONTEXT);
    let end = idx;
    // Extend the hunk while changes are within 2*CONTEXT lines of each other.
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].kind === ' ' && next - end < 2 * CONTEXT) next++;
      if (next < ops.length && ops[next].kind !== ' ') end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunk[0].a + 1},${aCount} +${hunk[0].b + 1},${bCount} @@`);
    for (const op of hunk) {
      if (emitted >= MAX_OUTPUT_LINES) {
        const remaining = ops.slice(ops.indexOf(op)).filter((o) => o.kind !== ' ').length;
        out.push(`… diff truncated (${remaining} more changed lines)`);
        return out.join('\n');
      }
      out.push(op.kind + clip(op.line));
      emitted++;
    }
    idx = stop;
  }
  return out.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
