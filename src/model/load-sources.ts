/**
 * Several sources as one feed (`<tf-feed src="a.json b.xml">`): an OPCO page listing the sessions of several
 * training bodies. Loaded on demand by fetchSources (load-feed.ts), so that a page with one source never downloads it.
 */
import { fetchSource, validateFetched, type LoadFeedOptions, type SettledFeedState } from './load-feed.js';
import { mergeFeeds, type Collision } from './merge-feeds.js';

const prefix = '[training-feed-widgets]';

/**
 * Loads and validates the feed at `src`, relative to `baseUrl` (fetchSource, then validateFetched): one request per
 * absolute URL, shared with the page's widgets. Never rejects. Here rather than in load-feed.ts, with its only
 * caller in the page, so that a page with one source does not download it.
 */
export async function loadFeed(src: string, baseUrl: string, options: LoadFeedOptions = {}): Promise<SettledFeedState> {
  return validateFetched(await fetchSource(src, baseUrl, options));
}

const resolutions: Record<Collision['resolution'], (collision: Collision) => string> = {
  same: () => 'identique, gardé une fois',
  renamed: ({ renamedTo }) => `renommé ${renamedTo}`,
  replaced: () => 'remplacé',
};

/**
 * Each source loaded as if alone (one request per URL, shared with any widget asking for it), then merged in the
 * order given by mergeFeeds' rule: an id already taken by an earlier source is renamed `<id>-2` in the later one.
 * A source that fails is left out, named in `missing` (the widgets say that part of the offer is missing) and in
 * the console with why; the others are shown. The result fails only when every source does.
 */
export async function loadMerged(sources: readonly string[], baseUrl: string, options: LoadFeedOptions): Promise<SettledFeedState> {
  const states = await Promise.all(sources.map((source) => loadFeed(source, baseUrl, options)));
  const missing = states.flatMap((state) => (state.status === 'error' ? [state.error] : []));
  const loaded = states.flatMap((state, index) => (state.status === 'loaded' ? [{ ...state, source: sources[index] }] : []));
  if (loaded.length === 0) return { status: 'error', error: missing[0]! };
  if (missing.length > 0) console.error(`${prefix} ${missing.length} source(s) sur ${sources.length} manquante(s), les autres sont affichées :`, missing);
  const { feed, collisions } = mergeFeeds(loaded.map((state) => state.feed));
  if (collisions.length > 0) {
    console.warn(
      `${prefix} ids présents dans plusieurs sources :\n` +
        collisions.map((collision) => `  • ${collision.kind} ${collision.id} (de ${loaded[collision.source]?.source}) : ${resolutions[collision.resolution](collision)}`).join('\n'),
    );
  }
  // The paths of entries left out name their source: `b.xml trainings[2].sessions[0]`.
  const issues = loaded.flatMap(({ issues = [], source }) => issues.map((issue) => ({ ...issue, path: `${source} ${issue.path}` })));
  return {
    status: 'loaded',
    feed,
    ...(issues.length > 0 ? { issues } : {}),
    ...(loaded.some((state) => state.stale) ? { stale: true } : {}),
    ...(missing.length > 0 ? { missing } : {}),
  };
}
