// A custom indicator may carry a regular expression. Only simple ones are accepted: no
// backreferences or lookarounds, and no quantified group that itself holds a quantifier
// (`(a+)+`), the shape behind catastrophic backtracking. Matching also runs on short,
// capped windows, so even an accepted pattern cannot take long.

export const MAX_PATTERN_LENGTH = 200;

/** Why the pattern is refused, or null when it is safe to use. */
export function unsafePatternReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return 'too-long';
  if (/\\[1-9]|\\k<|\(\?<?[=!]/.test(pattern)) return 'backreference-or-lookaround';
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  // Track, per open group, whether it contains a quantifier; a quantifier after such a
  // group is nested.
  const stack: boolean[] = [];
  let lastGroupQuantified = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      lastGroupQuantified = false;
      continue;
    }
    if (c === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      lastGroupQuantified = false;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      continue;
    }
    if (c === ')') {
      lastGroupQuantified = stack.pop() ?? false;
      if (lastGroupQuantified && stack.length) stack[stack.length - 1] = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (lastGroupQuantified && c !== '?') return 'nested-quantifier';
      if (stack.length && c !== '?') stack[stack.length - 1] = true;
      lastGroupQuantified = false;
      continue;
    }
    lastGroupQuantified = false;
  }
  return null;
}

/** The compiled pattern when safe, else null. */
export function compileSafe(pattern: string | undefined): RegExp | null {
  if (!pattern || unsafePatternReason(pattern)) return null;
  return new RegExp(pattern, 'u');
}
