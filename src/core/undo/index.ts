export * from './types.ts';
export * from './stack.ts';
export * from './apply.ts';
