import { sessionModes, type SessionMode } from './schema.js';
import { isRegistrationOpen, sessionStatus, type SessionEntry, type SessionStatus } from './sessions.js';

/** What the visitor (or the webmaster's presets) narrowed the list to. Empty strings mean "any". */
export interface SessionFilters {
  /** Free text, matched accent- and case-insensitively, every word anywhere in the entry. */
  q: string;
  region: string;
  city: string;
  mode: SessionMode | '';
  /** The training body's name. */
  provider: string;
  /** Months as `YYYY-MM`, both inclusive: a session is kept when it overlaps the range. */
  from: string;
  to: string;
  openOnly: boolean;
  /** Past sessions are hidden unless this is set. */
  past: boolean;
}

export const noFilters: SessionFilters = {
  q: '',
  region: '',
  city: '',
  mode: '',
  provider: '',
  from: '',
  to: '',
  openOnly: false,
  past: false,
};


export function toMode(value: string | null | undefined): SessionMode | '' {
  return sessionModes.includes(value as SessionMode) ? (value as SessionMode) : '';
}

export function toMonth(value: string | null | undefined): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim()) ? value.trim() : '';
}

/**
 * Lower case, without diacritics, with straight apostrophes and « œ » as a keyboard types it: "Équipe d’Aller" and
 * "equipe d'aller" meet, and so do "Mise en œuvre" and "mise en oeuvre". NFD splits "é" into "e" and a combining
 * accent, which the range U+0300–U+036F then drops; it leaves « œ » whole.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase().replace(/œ/g, 'oe');
}

/** A session with everything filtering needs computed once per feed and day, not once per keystroke. */
export interface IndexedSession {
  entry: SessionEntry;
  status: SessionStatus;
  region: string | undefined;
  city: string | undefined;
  /** The folded text a search looks in, its training's apart: left out of the first page, made on the first search (`searchTextOf`). */
  haystack?: string;
}

/** The region a session is in: its place's, else (remote sessions) its training body's. */
export function regionOf(entry: SessionEntry): string | undefined {
  return entry.session.place?.region ?? entry.training.provider.region;
}

export function indexSessions(entries: readonly SessionEntry[], today: string): IndexedSession[] {
  return entries.map((entry) => ({
    entry,
    status: sessionStatus(entry, today),
    region: regionOf(entry),
    city: entry.session.place?.city,
  }));
}

/**
 * Folded texts by their text, bounded: a catalogue repeats « Groupe 1 », « Metz », « Grand Est » thousands of times,
 * and folding (a normalisation, two replacements) costs more than a look-up. It made most of a first search.
 */
const foldedTexts = new Map<string, string>();

function foldedOnce(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size >= 20_000) foldedTexts.clear();
    folded = foldText(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** Words folded one by one, as the whole would fold (the separator is never part of a letter and its accents). */
const foldedWords = (words: (string | undefined)[]) => words.filter((word): word is string => Boolean(word)).map(foldedOnce).join(' \u0000 ');

/** A training's words, folded once however many sessions it has. */
const foldedTrainings = new WeakMap<SessionEntry['training'], string>();

/** What a search matches in a session's training, accent- and case-folded: made once per training. */
export function trainingSearchText(training: SessionEntry['training']): string {
  let folded = foldedTrainings.get(training);
  if (folded === undefined) {
    folded = foldedWords([training.title, training.subtitle, training.provider.name, training.provider.kind, training.audience]);
    foldedTrainings.set(training, folded);
  }
  return folded;
}

/** What a search matches in the session itself (its training's words apart), folded; kept on the item once made. */
export function searchTextOf(item: IndexedSession): string {
  if (item.haystack === undefined) {
    const { session } = item.entry;
    const place = session.place;
    item.haystack = foldedWords([
      session.label,
      session.note,
      place?.name,
      place?.address,
      place?.postalCode,
      place?.city,
      item.region,
      ...session.dates.map((range) => range.label),
    ]);
  }
  return item.haystack;
}

/** The sessions that pass every filter, in the order given. */
export function filterSessions(items: readonly IndexedSession[], filters: SessionFilters): IndexedSession[] {
  const terms = foldText(filters.q).split(/\s+/).filter(Boolean);
  const region = filters.region;
  const city = foldText(filters.city);
  const provider = filters.provider;
  const from = toMonth(filters.from);
  const to = toMonth(filters.to);
  return items.filter((item) => {
    if (!filters.past && item.status === 'past') return false;
    if (filters.openOnly && !isRegistrationOpen(item.status)) return false;
    if (region && item.region !== region) return false;
    if (city && foldText(item.city ?? '') !== city) return false;
    if (filters.mode && item.entry.session.mode !== filters.mode) return false;
    if (provider && item.entry.training.provider.name !== provider) return false;
    // A range without an end (« à partir de février 2023 ») runs on: it overlaps every later month.
    if (from && (item.entry.end ? item.entry.end.slice(0, 7) < from : !item.entry.start)) return false;
    if (to && item.entry.start.slice(0, 7) > to) return false;
    // Each word anywhere: in the session's own words or in its training's (no word spans the two).
    return terms.every((term) => searchTextOf(item).includes(term) || trainingSearchText(item.entry.training).includes(term));
  });
}

export interface FilterOptions {
  regions: string[];
  cities: string[];
  providers: string[];
  modes: SessionMode[];
}

/**
 * The choices of each select, from the data itself (so a list never offers a region with no session), plus the
 * current value when a preset or a shared link names one that has none: the select must still show it.
 */
export function filterOptions(items: readonly IndexedSession[], current: SessionFilters, locale: string): FilterOptions {
  const regions = new Set<string>();
  const cities = new Set<string>();
  const providers = new Set<string>();
  const usedModes = new Set<SessionMode>();
  for (const item of items) {
    if (item.region) regions.add(item.region);
    if (item.city) cities.add(item.city);
    providers.add(item.entry.training.provider.name);
    usedModes.add(item.entry.session.mode);
  }
  if (current.region) regions.add(current.region);
  if (current.city) cities.add(current.city);
  if (current.provider) providers.add(current.provider);
  if (current.mode) usedModes.add(current.mode);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = (set: Set<string>) => [...set].sort(collator.compare);
  return {
    regions: sorted(regions),
    cities: sorted(cities),
    providers: sorted(providers),
    modes: sessionModes.filter((mode) => usedModes.has(mode)),
  };
}

/** How many filters narrow the list (the past-sessions switch widens it, so it does not count). */
export function activeFilterCount(filters: SessionFilters): number {
  return (
    [filters.q.trim(), filters.region, filters.city, filters.mode, filters.provider, filters.from, filters.to].filter(Boolean)
      .length + (filters.openOnly ? 1 : 0)
  );
}

export function sameFilters(a: SessionFilters, b: SessionFilters): boolean {
  return (Object.keys(noFilters) as (keyof SessionFilters)[]).every((key) => a[key] === b[key]);
}

// ---------------------------------------------------------------------------------------------------------------
// The query string (`sync-url`): `?tf-region=Grand+Est&tf-open=1`. Only what differs from the presets is written,
// and an emptied preset is written as an empty value (`tf-region=`), so that a reload restores exactly what the
// visitor saw.

const textKeys = ['q', 'region', 'city', 'mode', 'provider', 'from', 'to'] as const;
const booleanKeys = { openOnly: 'open', past: 'past' } as const;

export function filtersFromSearch(search: string, prefix: string, presets: SessionFilters): SessionFilters {
  const params = new URLSearchParams(search);
  const filters = { ...presets };
  for (const key of textKeys) {
    const value = params.get(prefix + key);
    if (value !== null) (filters as Record<string, unknown>)[key] = value;
  }
  for (const [key, name] of Object.entries(booleanKeys) as [keyof typeof booleanKeys, string][]) {
    const value = params.get(prefix + name);
    if (value !== null) filters[key] = value === '1' || value === 'true';
  }
  filters.mode = toMode(filters.mode);
  filters.from = toMonth(filters.from);
  filters.to = toMonth(filters.to);
  return filters;
}

/** `search` with the filters written under `prefix`, every other parameter of the page kept as it was. */
export function searchWithFilters(search: string, prefix: string, filters: SessionFilters, presets: SessionFilters): string {
  const ours = new URLSearchParams();
  for (const key of textKeys) if (filters[key] !== presets[key]) ours.set(prefix + key, filters[key]);
  for (const [key, name] of Object.entries(booleanKeys) as [keyof typeof booleanKeys, string][]) if (filters[key] !== presets[key]) ours.set(prefix + name, filters[key] ? '1' : '0');
  const names = new Set([...textKeys, ...Object.values(booleanKeys)].map((name) => prefix + name));
  // The page's own parameters stay as written (`flag`, `a%20b`): URLSearchParams would rewrite them (`flag=`, `a+b`).
  const theirs = search.replace(/^\?/, '').split('&').filter((segment) => !names.has([...new URLSearchParams(segment).keys()][0] ?? ''));
  const query = [...theirs, `${ours}`].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
