import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The single-file build opened from file:// (no web server). `npm run test:e2e` builds it
// first with `npm run build:single`; RB_SINGLE_OUT picks another build folder.
export default defineConfig({
  ...base,
  testMatch: '**/*.file.spec.ts',
  testIgnore: [],
  outputDir: 'test-results/file',
  use: { ...base.use, baseURL: undefined },
  webServer: undefined,
});
