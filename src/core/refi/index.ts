export * from './types.ts';
export { buildQdpx, readQdpx, QDPX_LIMITS } from './qdpx.ts';
export { writeQde } from './qde-write.ts';
export { readQde, sourcePath, normGuid } from './qde-read.ts';
export { anchorSpans, type Span } from './anchor.ts';
export { exportPositions, codePointOffsets } from './positions.ts';
export { projectEdit, type Landing, type ProjectEdit } from './to-edit.ts';
