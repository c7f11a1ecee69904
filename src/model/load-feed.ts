import { parseFeed, type ParseFeedResult } from './parse-feed.js';
import type { FeedError, FeedState } from './feed-state.js';

export type SettledFeedState = Exclude<FeedState, { status: 'loading' }>;

/** Seconds a feed may take, answer and body together, when the page says nothing else (`timeout`). */
export const defaultTimeoutSeconds = 20;

/**
 * A feed as fetched, before validation: its JSON (an LHEO file already converted), from `url`, `stale` when it is the
 * browser's cached copy after the network failed; or why it could not be had.
 */
export type FetchedFeed = Fetched | { status: 'error'; error: FeedError };

/** A feed fetched, not validated yet; `state`: its whole validation's, once done (validateFetched), for every caller. */
export interface Fetched {
  status: 'fetched';
  json: unknown;
  url: string;
  stale?: boolean;
  state?: SettledFeedState;
  /**
   * Takes its request out of the requests it was shared from (the page's, or those given to `fetchSource`), so that
   * the next widget, or a retry, asks the network again: called when its feed turns out invalid.
   */
  forget?: () => void;
}

/** Requests by absolute URL. */
export type FeedRequests = Map<string, Promise<FetchedFeed>>;

/**
 * An LHEO file's bytes to a feed object (its converter is loaded only when a source turns out to be LHEO, by the
 * caller: see controllers/feed.ts). Throws when the file cannot be read.
 */
export type ReadLheo = (bytes: Uint8Array, url: string) => Promise<unknown>;

export interface LoadFeedOptions {
  /** Seconds before giving up on a server that does not answer, or stalls in the middle of the body. */
  timeoutSeconds?: number | undefined;
  /** The page's shared requests unless others are given (a map that starts empty asks afresh). */
  requests?: FeedRequests;
  /** Reads LHEO; without it, only JSON is read. */
  readLheo?: ReadLheo | undefined;
}

/** One request per absolute URL, shared by every widget of the page (or of the Node process) that asks for it. */
const sharedRequests: FeedRequests = new Map();

/** What every feed request asks. The loader's preload of a feed (training-feed-widgets.ts) must match it. */
const requestInit: RequestInit = { headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.8' }, credentials: 'same-origin' };

type Attempt = { ok: true; json: unknown } | { ok: false; error: FeedError };

/**
 * One fetch, body included, within `timeoutMs`; every failure is a value, never a rejection. An XML answer (by its
 * content type, or a body that starts with `<` and is not HTML) is LHEO, read from its bytes: older exports are
 * ISO-8859-1.
 */
async function attempt(url: string, timeoutMs: number, cache: RequestCache, readLheo: ReadLheo | undefined): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failed = (error: unknown, timedOut = controller.signal.aborted): Attempt => ({
    ok: false,
    error: { kind: 'network', url, cause: timedOut ? `pas de réponse complète en ${timeoutMs / 1000} s` : String(error), timedOut },
  });
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...requestInit, cache, signal: controller.signal });
    } catch (error) {
      return failed(error);
    }
    if (!response.ok) return { ok: false, error: { kind: 'http', url, status: response.status } };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      return failed(error);
    }
    try {
      let text = new TextDecoder().decode(bytes);
      // Bytes that are not UTF-8 (« � ») and no accent that is: a feed saved as « ANSI » by a Windows editor, read as
      // Windows-1252 (WHATWG's « latin1 »). A UTF-8 feed with a stray byte (pasted from an older file) stays UTF-8.
      if (!/[\x80-\ufffc]/.test(text) && text.includes('\ufffd')) text = new TextDecoder('latin1').decode(bytes);
      // An HTML page (a site answering a missing feed with its home page) is neither: JSON.parse says so.
      if (readLheo && (/xml/.test(response.headers.get('content-type') ?? '') || /^\s*<(?!!doctype html|html)/i.test(text))) {
        return { ok: true, json: await readLheo(bytes, url) };
      }
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      return { ok: false, error: { kind: 'json', url, cause: String(error) } };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches. When the network fails (no answer, a timeout, a server error), the browser's HTTP cache may still hold the
 * last copy (`cache: 'force-cache'` takes it however old): it is shown, marked `stale`, so that the widgets say it
 * may be outdated. No storage of ours: nothing is kept without the visitor's consent.
 */
async function fetchFeed(url: string, timeoutMs: number, readLheo: ReadLheo | undefined): Promise<FetchedFeed> {
  const fresh = await attempt(url, timeoutMs, 'default', readLheo);
  if (fresh.ok) return { status: 'fetched', json: fresh.json, url };
  const networkFailed = fresh.error.kind === 'network' || (fresh.error.kind === 'http' && fresh.error.status >= 500);
  if (networkFailed) {
    // A cached copy comes at once; without one, force-cache asks the network again: not for a second full wait.
    const cached = await attempt(url, Math.min(timeoutMs, 2000), 'force-cache', readLheo);
    if (cached.ok) return { status: 'fetched', json: cached.json, url, stale: true };
  }
  return { status: 'error', error: fresh.error };
}

/**
 * A fetched feed's state once validated whole (parseFeed), the same for every caller; `fromSource` for what its
 * request adds.
 */
export function validateFetched(fetched: FetchedFeed): SettledFeedState {
  return fetched.status === 'error' ? fetched : (fetched.state ??= fromSource(feedStateFromJson(fetched.json), fetched));
}

/**
 * The state of a fetched feed's JSON validated (whole): a stale copy stays marked stale, an invalid feed names its
 * URL and is forgotten, so that the next widget, or a retry, asks the network again.
 */
export function fromSource(state: SettledFeedState, { url, stale, forget }: Fetched): SettledFeedState {
  if (state.status === 'loaded') return stale ? { ...state, stale } : state;
  forget?.();
  return state.error.kind === 'invalid' ? { status: 'error', error: { ...state.error, url } } : state;
}

/** Validates already parsed JSON (from an inline script, the `feed` property, or a request: see `fromSource`). */
export function feedStateFromJson(json: unknown): SettledFeedState {
  return feedStateFromResult(parseFeed(json));
}

/** The state for a validation's result (parseFeed's, or a large feed's once wholly validated). */
export function feedStateFromResult(result: ParseFeedResult): SettledFeedState {
  if (result.ok) return result.issues.length > 0 ? { status: 'loaded', feed: result.feed, issues: result.issues } : { status: 'loaded', feed: result.feed };
  return { status: 'error', error: { kind: 'invalid', issues: result.issues } };
}

/**
 * The feed at `src`, relative to `baseUrl` (in a page, the element's `baseURI`), as fetched, not validated yet
 * (validateFetched, or a large feed's first page first). Never rejects: failures, an invalid `src` (`http://[`)
 * included, are an error state. Failed requests, and copies from the cache, are forgotten, so that a later widget,
 * or a retry, asks the network again.
 */
export async function fetchSource(
  src: string,
  baseUrl: string,
  { timeoutSeconds = defaultTimeoutSeconds, requests = sharedRequests, readLheo }: LoadFeedOptions = {},
): Promise<FetchedFeed> {
  let address: URL;
  try {
    address = new URL(src, baseUrl);
  } catch (error) {
    return { status: 'error', error: { kind: 'address', url: src, cause: String(error) } };
  }
  const url = address.href;
  // What fetch cannot read (`javascript:`, `mailto:`, a page opened as `file://`) fails the same way every time.
  if (!/^(https?|data|blob):$/.test(address.protocol)) return { status: 'error', error: { kind: 'address', url, cause: address.protocol } };
  const shared = requests.get(url);
  if (shared) return shared;
  const timeoutMs = (timeoutSeconds !== undefined && timeoutSeconds > 0 && timeoutSeconds < 1e6 ? timeoutSeconds : defaultTimeoutSeconds) * 1000;
  // Out of the requests it was shared in, unless a newer one has replaced it there.
  const forget = () => {
    if (requests.get(url) === request) requests.delete(url);
  };
  const request = fetchFeed(url, timeoutMs, readLheo).then((fetched): FetchedFeed => {
    if (fetched.status === 'error' || fetched.stale) forget();
    return fetched.status === 'error' ? fetched : { ...fetched, forget };
  });
  requests.set(url, request);
  return request;
}

/**
 * The feed of a `src` attribute: one URL as fetched, not validated yet (validateFetched, or a large feed's first page
 * first: controllers/feed.ts), or several separated by spaces (`src="a.json b.xml"`), merged, so validated, by
 * load-sources.ts, a module loaded only then. Never rejects.
 */
export async function fetchSources(src: string, baseUrl: string, options: LoadFeedOptions = {}): Promise<FetchedFeed | SettledFeedState> {
  const sources = src.trim().split(/\s+/);
  if (sources.length < 2) return fetchSource(sources[0]!, baseUrl, options);
  try {
    return await (await import('./load-sources.js')).loadMerged(sources, baseUrl, options);
  } catch (error) {
    return { status: 'error', error: { kind: 'network', url: src, cause: String(error) } };
  }
}
