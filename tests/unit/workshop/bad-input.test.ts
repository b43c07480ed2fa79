// Bad bundles are refused with a specific reason before anything is stored; markup is stripped.
import { testDbs } from './db.ts';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, planImport } from '../../../src/db/workshop.ts';
import { collectBundle } from '../../../src/db/workshop-export.ts';
import {
  BUNDLE_VERSION,
  EXPORT_PARTS,
  MANIFEST_NAME,
  mergeWrites,
  packBundle,
  readBundle,
  textEntry,
  type Manifest,
} from '../../../src/core/workshop/index.ts';
import { store, workspace } from './gen.ts';

const open = testDbs('bad');

async function sample() {
  const w = fc.sample(workspace, { numRuns: 1, seed: 7 })[0]!;
  const db = open();
  await store(db, w);
  return collectBundle(db, {
    kind: 'workspace',
    parts: new Set(EXPORT_PARTS),
    reportIds: null,
    codebookIds: null,
    title: '样例',
    createdBy: '甲',
    createdAt: '2024-01-02T00:00:00.000Z',
  });
}

async function refused(bytes: Uint8Array) {
  const r = await readBundle(bytes);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.code;
}

const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe('bad bundles', () => {
  it('refuses a file that is not a zip, a zip without manifest, and broken JSON', async () => {
    expect(await refused(strToU8('<html><script>alert(1)</script></html>'))).toBe('not-zip');
    expect(await refused(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('not-zip');
    expect(await refused(zipOf({ 'a.txt': 'x' }))).toBe('no-manifest');
    expect(await refused(zipOf({ [MANIFEST_NAME]: '{"format":' }))).toBe('bad-json');
  });

  it('refuses another format, a future version and an invalid field', async () => {
    const { manifest, texts } = await sample();
    const other = { ...manifest, format: 'qdpx' } as unknown as Manifest;
    expect(await refused(packBundle(other, texts))).toBe('wrong-format');
    const future = { ...manifest, version: BUNDLE_VERSION + 1 };
    expect(await refused(packBundle(future, texts))).toBe('future-version');
    const bad = structuredClone(manifest);
    (bad.data.codes[0] as unknown as Record<string, unknown>).color = 'red';
    const r = await readBundle(packBundle(bad, texts));
    expect(r.ok || r.error).toMatchObject({ code: 'invalid', detail: /data\.codes\.0\.color/ });
  });

  it('refuses missing texts, tampered texts and codings pointing at missing reports', async () => {
    const { manifest, texts } = await sample();
    const noText = new Map(texts);
    noText.delete(manifest.data.reports[0]!.id);
    expect(await refused(packBundle(manifest, noText))).toBe('missing-text');
    const tampered = new Map(texts);
    tampered.set(manifest.data.reports[0]!.id, '改过的正文');
    expect(await refused(packBundle(manifest, tampered))).toBe('invalid');
    const dangling = structuredClone(manifest);
    dangling.data.decisions[0]!.reportId = 'nowhere';
    expect(await refused(packBundle(dangling, texts))).toBe('missing-report');
  });

  it('refuses a submission whose reports are not in this library, and stores nothing', async () => {
    const { manifest, texts } = await sample();
    const sub = structuredClone(manifest);
    sub.kind = 'submission';
    sub.data.reportRefs = sub.data.reports.map((r) => ({ id: r.id, hash: r.hash, title: r.title }));
    sub.data.reports = [];
    const db = open();
    const r = await planImport(db, packBundle(sub, texts), () => 'n');
    expect(r.ok || r.error.code).toBe('missing-report');
    expect(await db.codings.count()).toBe(0);
  });

  it('refuses oversized entries without inflating them', async () => {
    const big = zipOf({ [MANIFEST_NAME]: '{}', [textEntry('r')]: 'x'.repeat(40 * 1024 * 1024) });
    expect(await refused(big)).toBe('too-large');
  });

  it('strips HTML and script from text fields, keeping texts and quotes verbatim', async () => {
    const { manifest, texts } = await sample();
    const evil = structuredClone(manifest);
    evil.data.codes[0]!.name = '<img src=x onerror=alert(1)>复议<script>alert(2)</script>';
    evil.data.codebooks[0]!.description = '<b>粗体</b>';
    const r = await readBundle(packBundle(evil, texts));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.sanitised).toBe(2);
    expect(r.value.manifest.data.codes[0]!.name).toBe('复议');
    expect(r.value.manifest.data.codebooks[0]!.description).toBe('粗体');
    expect(r.value.manifest.data.codings).toEqual(manifest.data.codings);
  });
});

describe('quota', () => {
  it('stops cleanly when the quota runs out mid-import: nothing is written', async () => {
    const { manifest, texts } = await sample();
    const db = open();
    const planned = await planImport(db, packBundle(manifest, texts), () => 'n');
    if (!planned.ok) throw new Error(planned.error.code);
    // The browser raises QuotaExceededError from a write inside the transaction; simulate that
    // on the last table written, after the reports, texts and codes were put.
    db.table('charts').hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await applyMerge(db, mergeWrites(planned.value.plan, new Set()));
    expect(err?.code).toBe('quota');
    for (const t of ['reports', 'texts', 'codebooks', 'codes', 'codings', 'settings'])
      expect(await db.table(t).count(), t).toBe(0);
  });
});
