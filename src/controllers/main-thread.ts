/** The browser's task scheduler, where it has one (Chromium: `scheduler.yield`, `scheduler.postTask`). */
interface Scheduler {
  postTask?: (task: () => unknown, options: { priority: 'background' }) => Promise<unknown>;
  yield?: () => Promise<void>;
}
const scheduler = () => (globalThis as { scheduler?: Scheduler }).scheduler;

/**
 * Hands the main thread back to the browser (input, rendering, other widgets) and resumes in a task of its own:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place, and a background task stays in
 * the background), else a message (a task of its own, without setTimeout's clamping).
 */
export function yieldToMain(): Promise<void> {
  const yielding = scheduler()?.yield;
  if (yielding) return yielding.call(scheduler());
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(undefined);
  });
}

/** Runs `task` after the page's own work, the first paint included: a background task, else after a timeout. */
export function inBackground<T>(task: () => Promise<T>): Promise<T> {
  const postTask = scheduler()?.postTask;
  if (postTask) return postTask.call(scheduler(), task, { priority: 'background' }) as Promise<T>;
  return new Promise((resolve) => setTimeout(resolve)).then(task);
}
