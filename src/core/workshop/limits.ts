// Size limits for bundles, so a hostile or broken file cannot exhaust memory or the quota.
export const LIMITS = {
  /** The .zip as picked. */
  fileBytes: 512 * 1024 * 1024,
  /** manifest.json, uncompressed. */
  manifestBytes: 256 * 1024 * 1024,
  /** One report text, uncompressed. */
  textBytes: 32 * 1024 * 1024,
  /** All entries together, uncompressed. */
  totalBytes: 1024 * 1024 * 1024,
  entries: 50_000,
  reports: 20_000,
  /** Rows of any one table. */
  rows: 2_000_000,
  /** Short text fields (names, titles) and long ones (memos, descriptions, instructions). */
  shortText: 1_000,
  longText: 100_000,
} as const;
