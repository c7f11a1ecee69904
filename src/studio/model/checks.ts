/**
 * Everything the check panel lists for a feed being written: the schema's problems (the very messages of
 * `parseFeed`), each training's missing Qualiopi indicator-1 items, and the age of the information.
 */
import { parseFeed, type FeedIssue, type ParseFeedResult } from '../../model/parse-feed.js';
import { missingQualiopiItems, qualiopiIndicator, type QualiopiItem } from '../../model/qualiopi.js';
import type { Feed, Training } from '../../model/schema.js';
import { dayMessage } from '../../model/issue-paths.js';
import { daysBetween } from '../../model/calendar.js';
import { getAt, parsePathKey, type PathKey } from './paths.js';

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
  const problems = result.ok
    ? []
    : withoutEchoes(feed, result.issues).map((issue) => {
        const path = parsePathKey(issue.path);
        return { path, key: issue.path, message: dayMessage(getAt(feed, path), issue.message) };
      });
  const trainings: Partial<Training>[] = Array.isArray(feed.trainings) ? feed.trainings : [];
  const qualiopi = trainings.map((training, index) => ({
    index,
    title: (typeof training.title === 'string' && training.title.trim()) || (typeof training.id === 'string' && training.id) || '',
    missing: missingQualiopiItems(training as Training).map((item) => ({ item, indicator: qualiopiIndicator[item], path: ['trainings', index, item] })),
  }));
  return { result, problems, qualiopi, freshness: freshnessOf(feed.updated, today) };
}

/** The list whose entries' ids a reference field names (`quizzes[0].training` names a training). */
const referencedList: Record<string, string> = {
  training: 'trainings',
  programme: 'programmes',
  module: 'modules',
  requires: 'modules',
  sequence: 'sequences',
  sequences: 'sequences',
  objectives: 'objectives',
};

/** Every id in `node` (an entry left out), by the list holding it: a training left out takes its objectives along. */
function collectIds(node: unknown, list: string | undefined, into: Map<string, Set<string>>): void {
  if (Array.isArray(node)) return node.forEach((entry) => collectIds(entry, list, into));
  if (typeof node !== 'object' || node === null) return;
  const id = (node as { id?: unknown }).id;
  if (list && typeof id === 'string') into.set(list, (into.get(list) ?? new Set()).add(id));
  for (const [key, value] of Object.entries(node)) if (typeof value === 'object') collectIds(value, key, into);
}

/**
 * A reference to an entry left out for its own error (a training with a wrong address) is not « introuvable »:
 * the entry is there, its own problem is listed, and the reference works once it is fixed. Such echoes are not listed.
 */
function withoutEchoes(feed: Feed, issues: readonly FeedIssue[]): FeedIssue[] {
  const leftOut = new Map<string, Set<string>>();
  for (const issue of issues) {
    if (issue.dropped === undefined || issue.dropped === issue.path) continue;
    const path = parsePathKey(issue.dropped);
    const list = path.filter((key): key is string => typeof key === 'string').at(-1);
    collectIds(getAt(feed, path), list, leftOut);
  }
  if (leftOut.size === 0) return [...issues];
  return issues.filter((issue) => {
    if (issue.dropped !== issue.path) return true;
    const path = parsePathKey(issue.path);
    const value = getAt(feed, path);
    const field = path.filter((key): key is string => typeof key === 'string').at(-1) ?? '';
    const list = referencedList[field];
    return !(typeof value === 'string' && list !== undefined && leftOut.get(list)?.has(value));
  });
}

function freshnessOf(updated: string | undefined, today: string): Freshness {
  if (!updated || !/^\d{4}-\d{2}-\d{2}/.test(updated)) return { status: 'missing' };
  const days = daysBetween(updated, today);
  return days > staleAfterDays ? { status: 'old', days } : { status: 'fresh' };
}
