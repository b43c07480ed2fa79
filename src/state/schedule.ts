// When start-up work runs: the first paint comes first, then what it does not need.

/** Run after the next frame is painted (or soon, in a tab that paints no frames). */
export function afterPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 200);
}

/** Run when the page is idle (at the latest after `timeoutMs`), for background work that
 * must not compete with the first screens. */
export function whenIdle(fn: () => void, timeoutMs = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, Math.min(timeoutMs, 1000));
}
