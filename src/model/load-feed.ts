import { parseFeed } from './parse-feed.js';
import type { FeedState } from './feed-state.js';

type SettledFeedState = Exclude<FeedState, { status: 'loading' }>;

/** One request per absolute URL, shared by every widget of the page that asks for it. */
const requests = new Map<string, Promise<SettledFeedState>>();

async function fetchFeed(url: string): Promise<SettledFeedState> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    return { status: 'error', error: { kind: 'network', url, cause: String(error) } };
  }
  if (!response.ok) return { status: 'error', error: { kind: 'http', url, status: response.status } };
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return { status: 'error', error: { kind: 'json', url, cause: String(error) } };
  }
  return feedStateFromJson(json, url);
}

/** Validates already parsed JSON (from an inline script or the `feed` property). */
export function feedStateFromJson(json: unknown, url?: string): SettledFeedState {
  const result = parseFeed(json);
  if (result.ok) return result.issues.length > 0 ? { status: 'loaded', feed: result.feed, issues: result.issues } : { status: 'loaded', feed: result.feed };
  return { status: 'error', error: url === undefined ? { kind: 'invalid', issues: result.issues } : { kind: 'invalid', url, issues: result.issues } };
}

/**
 * Loads and validates the feed at `src` (relative to the page). Never rejects: failures are an error state.
 * Failed requests are forgotten, so that a later widget, or a retry, asks again.
 */
export function loadFeed(src: string): Promise<SettledFeedState> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchFeed(url).then((state) => {
      if (state.status === 'error') requests.delete(url);
      return state;
    });
    requests.set(url, request);
  }
  return request;
}

/** For tests: forget every cached request. */
export function clearFeedCache(): void {
  requests.clear();
}
