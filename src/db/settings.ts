// Key-value settings (coder name, locale, storage persistence state).
import type { ReportbenchDb } from './schema.ts';

export async function getSetting<T>(db: ReportbenchDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: ReportbenchDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
