export * from './query.ts';
export * from './search.ts';
export * from './kwic.ts';
export * from './library.ts';
export * from './folded-text.ts';
export * from './signature.ts';
export * from './packed-rows.ts';
export { foldWidth } from './normalize.ts';
export { regexRisk, matchesEmpty } from './regex-safety.ts';
