// Static checks that refuse regexes prone to catastrophic backtracking before they ever run.
// Conservative by design: a rare safe pattern may be refused, with advice on how to rewrite it.
import { firstAtoms, nullable, parseRegex, type AtomNode, type Node } from './regex-ast.ts';

const variable = (q: { min: number; max: number }) => q.max > 1 && q.max !== q.min;

function walk(nodes: readonly Node[], visit: (n: Node) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.type === 'group') for (const alt of n.alts) walk(alt, visit);
    if (n.type === 'quant') walk([n.body], visit);
  }
}

// Characters to probe when two classes are compared: ASCII, CJK punctuation, common hanzi,
// full-width forms. Enough to catch real overlaps such as `\d` vs `[0-9a-f]`.
const PROBES: string[] = (() => {
  const out: string[] = ['\t', '\n', '\u3000'];
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x3001, 0x3011],
    [0x4e00, 0x4e60],
    [0x6cd5, 0x6cd9],
    [0xff01, 0xff5e],
  ];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) out.push(String.fromCharCode(c));
  return out;
})();

function atomRegex(a: AtomNode): RegExp {
  return new RegExp(`^(?:${a.src})$`, 'u');
}

/** Could the two atoms match the same character? */
export function atomsOverlap(a: AtomNode, b: AtomNode): boolean {
  if (a.literal !== undefined && b.literal !== undefined) return a.literal === b.literal;
  if (a.literal !== undefined) return atomRegex(b).test(a.literal);
  if (b.literal !== undefined) return atomRegex(a).test(b.literal);
  const ra = atomRegex(a);
  const rb = atomRegex(b);
  return PROBES.some((c) => ra.test(c) && rb.test(c));
}

function overlapping(xs: AtomNode[], ys: AtomNode[]): boolean {
  return xs.some((x) => ys.some((y) => atomsOverlap(x, y)));
}

const unbounded = (n: Node) => n.type === 'quant' && n.max === Infinity;

/** Returns a Chinese explanation when the pattern is unsafe, null when it may run. */
export function regexRisk(pattern: string): string | null {
  const ast = parseRegex(pattern);
  let risk: string | null = null;
  const flag = (msg: string) => (risk ??= msg);
  let wideUnbounded = 0;
  walk(
    ast.flatMap((a) => a),
    (n) => {
      if (n.type === 'backref') flag('不支持反向引用(如 \\1):它可能使匹配耗时失控。');
      if (n.type !== 'quant') return;
      if (n.max === Infinity && n.body.type === 'atom' && n.body.wide) wideUnbounded++;
      if (!variable(n)) return;
      let nested = false;
      walk([n.body], (inner) => {
        if (inner.type === 'quant' && variable(inner)) nested = true;
      });
      if (nested)
        flag(
          '表达式含有嵌套的重复(如 (a+)+、(a*)*、(.*)*),可能导致匹配耗时失控。请去掉外层或内层的重复。',
        );
      if (n.body.type === 'group' && n.body.alts.length > 1) {
        const alts = n.body.alts;
        if (alts.some((seq) => seq.every(nullable)))
          flag('重复的分组里有可以为空的分支(如 (a|)*),可能导致匹配耗时失控。');
        for (let x = 0; x < alts.length; x++)
          for (let y = x + 1; y < alts.length; y++)
            if (overlapping(firstAtoms(alts[x]!), firstAtoms(alts[y]!)))
              flag(
                '重复的分组里有开头相同的分支(如 (a|a)*、(a|ab)*),可能导致匹配耗时失控。请合并这些分支。',
              );
      }
    },
  );
  // Adjacent unbounded repeats over overlapping characters (`\d+\d+`, `.*.*`) backtrack
  // polynomially; inside one sequence only nullable items may separate them.
  const sequences: Node[][] = [...ast];
  walk(
    ast.flatMap((a) => a),
    (n) => {
      if (n.type === 'group') sequences.push(...n.alts);
    },
  );
  for (const seq of sequences) {
    let prev: Node | null = null;
    for (const n of seq) {
      if (unbounded(n) && prev && overlapping(firstAtoms([prev]), firstAtoms([n])))
        flag(
          '相邻的两个无限重复可以匹配同样的字符(如 \\d+\\d+、.*.*),可能导致匹配耗时失控。请合并为一个。',
        );
      if (unbounded(n)) prev = n;
      else if (!nullable(n)) prev = null;
    }
  }
  if (wideUnbounded > 2)
    flag(
      '表达式含有超过两个 .* 之类的无限通配,可能导致匹配耗时失控。请改用有上限的写法,如 .{0,50}。',
    );
  return risk;
}

/** Whether the whole pattern can match the empty string (such a search finds nothing useful). */
export function matchesEmpty(pattern: string): boolean {
  return parseRegex(pattern).some((seq) => seq.every(nullable));
}
