/**
 * A large feed's first page first (model/progressive-feed.ts), with the page's scheduling: loaded with it, only when a
 * widget that shows sessions by date is given a feed of `progressiveThreshold` sessions or more.
 */
import { feedStateFromJson, feedStateFromResult, fromSource, type Fetched, type SettledFeedState } from '../model/load-feed.js';
import { firstPageSessions, parseFeedProgressively, type FirstPageOptions, type ProgressiveParse } from '../model/progressive-feed.js';
import { inBackground, yieldToMain } from './main-thread.js';

/** Whole validations under way, by feed: the widgets sharing one feed (a `<tf-feed>`'s, one `src`) validate it once. */
const validating = new WeakMap<object, Promise<SettledFeedState>>();

/**
 * The state of `feed`'s first page (`checking`), its rest validated in steps, after which `settled` gets the whole
 * feed's state. Undefined when the feed is validated at once (parseFeed). `source`: the request `feed` was fetched
 * by (its states say so: stale, the URL of an invalid feed).
 */
export function firstPageState(
  feed: unknown,
  page: FirstPageOptions,
  settled: (state: SettledFeedState) => void,
  source?: Fetched,
): SettledFeedState | undefined {
  const parse = parseFeedProgressively(feed, (keys) => firstPageSessions(keys, page));
  if (!parse) return undefined;
  void validateRest(feed as object, parse).then((state) => settled(source ? (source.state ??= fromSource(state, source)) : state));
  const first: SettledFeedState = { status: 'loaded', feed: parse.first, checking: true };
  return source ? fromSource(first, source) : first;
}

function validateRest(feed: object, parse: ProgressiveParse): Promise<SettledFeedState> {
  let whole = validating.get(feed);
  if (!whole) {
    whole = inBackground(() => parse.rest(yieldToMain)).then((result) => feedStateFromResult(result));
    validating.set(feed, whole);
  }
  return whole;
}

/**
 * A large fetched feed's whole state (a `<tf-feed>`'s), validated after the page's own work, in steps where it can be:
 * the validation a widget started for its first page if there is one, rather than a second.
 */
export async function wholeSourceState(source: Fetched): Promise<SettledFeedState> {
  // The widgets given this feed start its validation for their first page first.
  await yieldToMain();
  const feed = source.json as object;
  let whole = validating.get(feed);
  if (!whole) {
    const parse = parseFeedProgressively(feed, (keys) => firstPageSessions(keys, { count: 1, today: '', past: true }));
    whole = parse ? validateRest(feed, parse) : inBackground(async () => feedStateFromJson(feed));
  }
  return (source.state ??= fromSource(await whole, source));
}
