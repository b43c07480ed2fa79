// JS heap after import, via CDP: the page's main isolate (after a forced GC) and each
// dedicated worker's isolate (the import worker), reached through a non-flat auto-attach.
import type { CDPSession, Page } from '@playwright/test';

export interface HeapFigures {
  mainMB: number;
  /** Sum over the page's dedicated workers; null if they could not be reached. */
  workersMB: number | null;
  workers: number;
  totalMB: number;
}

const MB = 2 ** 20;

async function workerHeaps(cdp: CDPSession): Promise<number[] | null> {
  const sessions: string[] = [];
  const pending = new Map<number, (v: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (msg.id && pending.has(msg.id)) pending.get(msg.id)!(msg.result);
  });
  const call = (sessionId: string, method: string) =>
    new Promise<unknown>((ok, fail) => {
      const id = nextId++;
      const timer = setTimeout(() => fail(new Error(`${method} timed out`)), 20_000);
      pending.set(id, (v) => {
        clearTimeout(timer);
        ok(v);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((r) => setTimeout(r, 300));
    const out: number[] = [];
    for (const s of sessions) {
      await call(s, 'HeapProfiler.collectGarbage');
      const usage = (await call(s, 'Runtime.getHeapUsage')) as { usedSize: number };
      out.push(usage.usedSize);
    }
    return out;
  } catch {
    return null;
  }
}

export async function heapAfterImport(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const workers = await workerHeaps(cdp);
    const workersBytes = workers ? workers.reduce((a, b) => a + b, 0) : null;
    return {
      mainMB: usedSize / MB,
      workersMB: workersBytes === null ? null : workersBytes / MB,
      workers: workers?.length ?? 0,
      totalMB: (usedSize + (workersBytes ?? 0)) / MB,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
