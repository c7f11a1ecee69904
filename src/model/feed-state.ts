import type { Feed } from './schema.js';
import type { FeedIssue } from './parse-feed.js';

/** Why a feed could not be had: each kind gets its own message for the reader and details for the console. */
export type FeedError =
  | { kind: 'missing' }
  /** `timedOut`: the server did not answer within the timeout (not the reader's connection). */
  | { kind: 'network'; url: string; cause: string; timedOut?: boolean }
  /** `src` is not an address (`http://[`), or not one a feed can be fetched from (`mailto:`, `file:`): no request was made, and none would help. */
  | { kind: 'address'; url: string; cause: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string; cause: string }
  | { kind: 'invalid'; url?: string; issues: FeedIssue[] };

/** The one state of a widget's feed: impossible combinations (loaded with an error…) cannot be written. */
export type FeedState =
  | { status: 'loading' }
  /**
   * `issues`: the entries of the feed left out, each with its path and why (a partial feed, see parseFeed).
   * `stale`: the network failed and this is the browser's cached copy, which may be outdated.
   * `missing`: merged from several sources (`src="a.json b.xml"`), those that failed.
   * `checking`: a large feed's first page only (validated); the rest is being validated, and a state for the whole
   * feed (with its `issues`) follows.
   */
  | { status: 'loaded'; feed: Feed; issues?: FeedIssue[]; stale?: boolean; missing?: FeedError[]; checking?: boolean }
  | { status: 'error'; error: FeedError };
