// Strings of coding: codebooks, the code picker, rules, retrieval, search. Each is [zh-CN, en].
export const CODING_MESSAGES = {
  codings: ['编码', 'Codings'],
} as const satisfies Record<string, readonly [string, string]>;
