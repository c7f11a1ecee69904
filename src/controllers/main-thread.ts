/**
 * Hands the main thread back to the browser (input, rendering, other widgets) and resumes in a task of its own:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place ahead of other tasks), else a
 * zero-delay timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
