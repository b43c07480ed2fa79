// A small parser for JavaScript regex syntax (u mode), just enough to reason about backtracking.
// It runs only on patterns the engine already accepted, so it can be lenient about errors.

/** One character position: a literal, a class, `.` or an escape like `\d`. */
export interface AtomNode {
  type: 'atom';
  /** Source text, usable as a regex on its own. */
  src: string;
  /** The character when the atom is a single literal. */
  literal?: string;
  /** Matches most characters (`.`, `[^…]`, `\S`, `\W`, `\D`, `[\s\S]`). */
  wide: boolean;
}
export interface GroupNode {
  type: 'group';
  alts: Node[][];
  /** Lookahead/lookbehind: consumes nothing. */
  look: boolean;
}
export interface QuantNode {
  type: 'quant';
  body: Node;
  min: number;
  max: number;
}
export interface AssertNode {
  type: 'assert';
}
export interface BackrefNode {
  type: 'backref';
}
export type Node = AtomNode | GroupNode | QuantNode | AssertNode | BackrefNode;

export function parseRegex(p: string): Node[][] {
  let i = 0;
  const alts = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < p.length && p[i] !== ')') {
      if (p[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      const atom = parseAtom();
      out[out.length - 1]!.push(parseQuant(atom));
    }
    return out;
  };
  const parseAtom = (): Node => {
    const c = p[i]!;
    if (c === '(') {
      i++;
      const lookahead = p.startsWith('?=', i) || p.startsWith('?!', i);
      const lookbehind = p.startsWith('?<=', i) || p.startsWith('?<!', i);
      const look = lookahead || lookbehind;
      if (p.startsWith('?:', i) || lookahead) i += 2;
      else if (lookbehind) i += 3;
      else if (p.startsWith('?<', i)) i = p.indexOf('>', i) + 1;
      const group: GroupNode = { type: 'group', alts: alts(), look };
      i++; // ')'
      return group;
    }
    if (c === '[') {
      const start = i;
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
      i++;
      const src = p.slice(start, i);
      return { type: 'atom', src, wide: src.startsWith('[^') || /\\[sS].*\\[sS]/.test(src) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { type: 'assert' };
    }
    if (c === '.') {
      i++;
      return { type: 'atom', src: '.', wide: true };
    }
    if (c === '\\') {
      const n = p[i + 1] ?? '';
      if (/[1-9]/.test(n) || (n === 'k' && p[i + 2] === '<')) {
        i += 2;
        while (i < p.length && /[0-9]/.test(p[i]!)) i++;
        if (n === 'k') i = p.indexOf('>', i) + 1;
        return { type: 'backref' };
      }
      if (n === 'b' || n === 'B') {
        i += 2;
        return { type: 'assert' };
      }
      const start = i;
      i += 2;
      if ((n === 'p' || n === 'P' || n === 'u') && p[i] === '{') i = p.indexOf('}', i) + 1;
      else if (n === 'u') i += 4;
      else if (n === 'x') i += 2;
      else if (n === 'c') i += 1;
      const src = p.slice(start, i);
      const literal = /^\\[\^$\\.*+?()[\]{}|/-]$/.test(src) ? n : undefined;
      return { type: 'atom', src, literal, wide: /^\\[SWDP]/.test(src) };
    }
    const cp = p.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { type: 'atom', src: ch, literal: ch, wide: false };
  };
  const parseQuant = (body: Node): Node => {
    let min: number;
    let max: number;
    const c = p[i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      i += m[0].length - 1;
    } else return body;
    i++;
    if (p[i] === '?') i++; // lazy: same backtracking risk
    return { type: 'quant', body, min, max };
  };
  const result = alts();
  return result;
}

/** Can the node match the empty string? */
export function nullable(n: Node): boolean {
  switch (n.type) {
    case 'atom':
      return false;
    case 'group':
      return n.look || n.alts.some((seq) => seq.every(nullable));
    case 'quant':
      return n.min === 0 || nullable(n.body);
    default:
      return true;
  }
}

/** The atoms a match of this sequence can start with. */
export function firstAtoms(seq: readonly Node[]): AtomNode[] {
  const out: AtomNode[] = [];
  for (const n of seq) {
    if (n.type === 'atom') out.push(n);
    else if (n.type === 'group' && !n.look) for (const alt of n.alts) out.push(...firstAtoms(alt));
    else if (n.type === 'quant') out.push(...firstAtoms([n.body]));
    if (!nullable(n)) break;
  }
  return out;
}
