export * from './query.ts';
export * from './search.ts';
export * from './kwic.ts';
export * from './library.ts';
export { foldWidth } from './normalize.ts';
export { regexRisk, matchesEmpty } from './regex-safety.ts';
