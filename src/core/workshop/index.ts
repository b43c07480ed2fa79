// Workshop exchange: bundles (zip + versioned manifest), merge planning, agreement, reference.
export * from './types.ts';
export * from './limits.ts';
export * from './schema.ts';
export * from './sanitise.ts';
export * from './bundle-zip.ts';
export * from './merge-types.ts';
export * from './merge.ts';
export * from './agreement.ts';
export * from './agreement-units.ts';
export * from './agreement-table.ts';
export * from './reference.ts';
export * from './backup.ts';
