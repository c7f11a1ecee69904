/**
 * A large feed's first page first (model/progressive-feed.ts), with the page's scheduling: loaded with it, only when a
 * widget that shows sessions by date is given a feed of `progressiveThreshold` sessions or more.
 */
import { feedStateFromResult, type SettledFeedState } from '../model/load-feed.js';
import { firstPageTrainings, parseFeedProgressively, type FirstPageOptions, type YieldToMain } from '../model/progressive-feed.js';

interface Scheduler {
  postTask?: (task: () => unknown, options: { priority: 'background' }) => Promise<unknown>;
  yield?: () => Promise<void>;
}
const scheduler = () => (globalThis as { scheduler?: Scheduler }).scheduler;

/**
 * Lets the page handle input between two steps of the validation: `scheduler.yield` where there is one (in a
 * background task, it stays in the background), else a message (a task of its own, without setTimeout's clamping).
 */
const yieldToMain: YieldToMain = () => {
  const yielding = scheduler()?.yield;
  if (yielding) return yielding.call(scheduler());
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(undefined);
  });
};

/** Runs `task` after the page's own work, the first paint included: a background task, else after a timeout. */
function inBackground<T>(task: () => Promise<T>): Promise<T> {
  const postTask = scheduler()?.postTask;
  if (postTask) return postTask.call(scheduler(), task, { priority: 'background' }) as Promise<T>;
  return new Promise((resolve) => setTimeout(resolve)).then(task);
}

/**
 * The state of `feed`'s first page (`checking`), its rest validated in steps, after which `settled` gets the whole
 * feed's state. Undefined when the feed is validated at once (parseFeed).
 */
export function firstPageState(feed: unknown, page: FirstPageOptions, settled: (state: SettledFeedState) => void): SettledFeedState | undefined {
  const parse = parseFeedProgressively(feed, (keys) => firstPageTrainings(keys, page));
  if (!parse) return undefined;
  void inBackground(() => parse.rest(yieldToMain)).then((result) => settled(feedStateFromResult(result)));
  return { status: 'loaded', feed: parse.first, checking: true };
}
