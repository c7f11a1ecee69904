/**
 * A large feed's first page first (model/progressive-feed.ts), with the page's scheduling: loaded with it, only when a
 * widget that shows sessions by date is given a feed of `progressiveThreshold` sessions or more.
 */
import { feedStateFromResult, type SettledFeedState } from '../model/load-feed.js';
import { firstPageSessions, parseFeedProgressively, type FirstPageOptions } from '../model/progressive-feed.js';
import { inBackground, yieldToMain } from './main-thread.js';

/**
 * The state of `feed`'s first page (`checking`), its rest validated in steps, after which `settled` gets the whole
 * feed's state. Undefined when the feed is validated at once (parseFeed).
 */
export function firstPageState(feed: unknown, page: FirstPageOptions, settled: (state: SettledFeedState) => void): SettledFeedState | undefined {
  const parse = parseFeedProgressively(feed, (keys) => firstPageSessions(keys, page));
  if (!parse) return undefined;
  void inBackground(() => parse.rest(yieldToMain)).then((result) => settled(feedStateFromResult(result)));
  return { status: 'loaded', feed: parse.first, checking: true };
}
