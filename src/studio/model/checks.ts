/**
 * Everything the check panel lists for a feed being written: the schema's problems (the very messages of
 * `parseFeed`), each training's missing Qualiopi indicator-1 items, and the age of the information.
 */
import { parseFeed, type ParseFeedResult } from '../../model/parse-feed.js';
import { missingQualiopiItems, qualiopiIndicator, type QualiopiItem } from '../../model/qualiopi.js';
import type { Feed, Training } from '../../model/schema.js';
import { daysBetween } from '../../model/calendar.js';
import { parsePathKey, type PathKey } from './paths.js';

export interface SchemaProblem {
  path: PathKey[];
  key: string;
  message: string;
}

export interface QualiopiReport {
  index: number;
  title: string;
  missing: { item: QualiopiItem; indicator: number; path: PathKey[] }[];
}

/** `missing`: no `updated` date; `old`: older than a year (the reader cannot trust dates and prices any more). */
export type Freshness = { status: 'missing' } | { status: 'old'; days: number } | { status: 'fresh' };

export interface FeedCheck {
  result: ParseFeedResult;
  problems: SchemaProblem[];
  qualiopi: QualiopiReport[];
  freshness: Freshness;
}

export const staleAfterDays = 365;

export function checkFeed(feed: Feed, today: string): FeedCheck {
  const parsed = parseFeed(feed);
  // Widgets show a feed without its broken entries; an author fixes them all before publishing: strict here.
  const result: ParseFeedResult = parsed.ok && parsed.issues.length > 0 ? { ok: false, issues: parsed.issues } : parsed;
  const problems = result.ok ? [] : result.issues.map((issue) => ({ path: parsePathKey(issue.path), key: issue.path, message: issue.message }));
  const trainings: Partial<Training>[] = Array.isArray(feed.trainings) ? feed.trainings : [];
  const qualiopi = trainings.map((training, index) => ({
    index,
    title: training.title || training.id || '',
    missing: missingQualiopiItems(training as Training).map((item) => ({ item, indicator: qualiopiIndicator[item], path: ['trainings', index, item] })),
  }));
  return { result, problems, qualiopi, freshness: freshnessOf(feed.updated, today) };
}

function freshnessOf(updated: string | undefined, today: string): Freshness {
  if (!updated || !/^\d{4}-\d{2}-\d{2}/.test(updated)) return { status: 'missing' };
  const days = daysBetween(updated, today);
  return days > staleAfterDays ? { status: 'old', days } : { status: 'fresh' };
}
