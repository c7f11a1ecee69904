import { parseFeed } from './parse-feed.js';
import type { FeedState } from './feed-state.js';

export type SettledFeedState = Exclude<FeedState, { status: 'loading' }>;

/** Seconds a feed may take, answer and body together, when the page says nothing else (`timeout`). */
export const defaultTimeoutSeconds = 20;

/** Requests by absolute URL. */
export type FeedRequests = Map<string, Promise<SettledFeedState>>;

export interface LoadFeedOptions {
  /** Seconds before giving up on a server that does not answer, or stalls in the middle of the body. */
  timeoutSeconds?: number;
  /** The page's shared requests unless others are given (a map that starts empty asks afresh). */
  requests?: FeedRequests;
}

/** One request per absolute URL, shared by every widget of the page (or of the Node process) that asks for it. */
const sharedRequests: FeedRequests = new Map();

const requestInit: RequestInit = { headers: { accept: 'application/json' }, credentials: 'same-origin' };

type Attempt = { ok: true; json: unknown } | { ok: false; error: Extract<FeedState, { status: 'error' }>['error'] };

/** One fetch, body included, within `timeoutMs`; every failure is a value, never a rejection. */
async function attempt(url: string, timeoutMs: number, cache: RequestCache): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failed = (error: unknown): Attempt => ({
    ok: false,
    error: { kind: 'network', url, cause: controller.signal.aborted ? `pas de réponse complète en ${timeoutMs / 1000} s` : String(error) },
  });
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...requestInit, cache, signal: controller.signal });
    } catch (error) {
      return failed(error);
    }
    if (!response.ok) return { ok: false, error: { kind: 'http', url, status: response.status } };
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return failed(error);
    }
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      return { ok: false, error: { kind: 'json', url, cause: String(error) } };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches and validates. When the network fails (no answer, a timeout, a server error), the browser's HTTP cache
 * may still hold the last copy (`cache: 'force-cache'` takes it however old): it is shown, marked `stale`, so that
 * the widgets say it may be outdated. No storage of ours: nothing is kept without the visitor's consent.
 */
async function fetchFeed(url: string, timeoutMs: number): Promise<SettledFeedState> {
  const fresh = await attempt(url, timeoutMs, 'default');
  if (fresh.ok) return feedStateFromJson(fresh.json, url);
  const networkFailed = fresh.error.kind === 'network' || (fresh.error.kind === 'http' && fresh.error.status >= 500);
  if (networkFailed) {
    // A cached copy comes at once; without one, force-cache asks the network again: not for a second full wait.
    const cached = await attempt(url, Math.min(timeoutMs, 2000), 'force-cache');
    if (cached.ok) {
      const state = feedStateFromJson(cached.json, url);
      return state.status === 'loaded' ? { ...state, stale: true } : state;
    }
  }
  return { status: 'error', error: fresh.error };
}

/** Validates already parsed JSON (from an inline script or the `feed` property). */
export function feedStateFromJson(json: unknown, url?: string): SettledFeedState {
  const result = parseFeed(json);
  if (result.ok) return result.issues.length > 0 ? { status: 'loaded', feed: result.feed, issues: result.issues } : { status: 'loaded', feed: result.feed };
  return { status: 'error', error: url === undefined ? { kind: 'invalid', issues: result.issues } : { kind: 'invalid', url, issues: result.issues } };
}

/**
 * Loads and validates the feed at `src`, relative to `baseUrl` (in a page, the element's `baseURI`). Never
 * rejects: failures, an invalid `src` (`http://[`) included, are an error state. Failed requests, and copies from the
 * cache, are forgotten, so that a later widget, or a retry, asks the network again.
 */
export function loadFeed(
  src: string,
  baseUrl: string,
  { timeoutSeconds = defaultTimeoutSeconds, requests = sharedRequests }: LoadFeedOptions = {},
): Promise<SettledFeedState> {
  let url: string;
  try {
    url = new URL(src, baseUrl).href;
  } catch (error) {
    return Promise.resolve({ status: 'error', error: { kind: 'network', url: src, cause: `adresse invalide (${String(error)})` } });
  }
  let request = requests.get(url);
  if (!request) {
    const timeoutMs = Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1000 : defaultTimeoutSeconds * 1000;
    request = fetchFeed(url, timeoutMs).then((state) => {
      if (state.status === 'error' || (state.status === 'loaded' && state.stale)) requests.delete(url);
      return state;
    });
    requests.set(url, request);
  }
  return request;
}
