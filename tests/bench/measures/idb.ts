// Count the reports the app actually stored, straight from IndexedDB (not from the UI).
import type { Page } from '@playwright/test';

export function countStored(
  page: Page,
  dbName = 'reportbench',
  store = 'reports',
): Promise<number> {
  return page.evaluate(
    ({ dbName, store }) =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open(dbName);
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return ok(0);
          }
          const c = db.transaction(store).objectStore(store).count();
          c.onsuccess = () => {
            db.close();
            ok(c.result);
          };
          c.onerror = () => fail(c.error);
        };
      }),
    { dbName, store },
  );
}
