/**
 * Runs `task` after the page's load event, when the main thread is next idle (or after `timeout`
 * ms at the latest), so work a first paint does not need — the header's personal counts, the
 * offline worker — stays out of the first load's long tasks. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(() => task(), { timeout });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(task, 1);
      cancelIdle = () => clearTimeout(id);
    }
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", schedule);
    cancelIdle();
  };
}

/** `whenIdle` as a promise: for the first reads a page makes of the learner's own data. */
export function afterIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve, timeout));
}
