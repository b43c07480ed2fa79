// The pipeline host for Node (CLI, tests): pdf.js from its legacy build, assets from node_modules.
import type { PipelineHost } from '../core/pipeline.ts';
import { nodeDecodeHost } from './pdf-host-node.ts';

export function nodeHost(): PipelineHost {
  return nodeDecodeHost();
}
