// When to remind about a backup: there is data, and the last backup (or, before the first one,
// the first import) is older than a week, unless the reminder was put off.
export const BACKUP_INTERVAL_MS = 7 * 24 * 3600 * 1000;

export interface BackupFacts {
  now: number;
  reports: number;
  lastBackupAt: number | null;
  firstImportAt: number | null;
  snoozedUntil: number | null;
}

export function backupDue(f: BackupFacts): boolean {
  if (f.reports === 0) return false;
  if (f.snoozedUntil !== null && f.now < f.snoozedUntil) return false;
  const since = f.lastBackupAt ?? f.firstImportAt;
  return since !== null && f.now - since > BACKUP_INTERVAL_MS;
}
