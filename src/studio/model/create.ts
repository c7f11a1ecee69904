/**
 * New things for the feed: an empty feed, a new item for any list (built from the schema's shape, with a fresh
 * id), and copies (a session's copy moves to the following weeks: it is usually the next group of the same training).
 */
import type { Feed } from '../../model/schema.js';
import { calendarDayOf, daysBetween, isoDateOf, spanOf } from '../../model/calendar.js';
import { getAt, type Path } from './paths.js';
import { feedShape, shapeAt, type Shape } from './shapes.js';

export const emptyFeed = (): Feed => ({ version: 1, trainings: [], quizzes: [], programmes: [] });

/** The id prefix of each list's items, as a French author would name them. */
const idPrefixes: Record<string, string> = {
  trainings: 'formation',
  sessions: 'session',
  quizzes: 'quiz',
  programmes: 'referentiel',
  modules: 'module',
  sequences: 'sequence',
  objectives: 'objectif',
  items: 'question',
  options: 'option',
};

/** Every `id` value anywhere in `value`. */
function collectIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectIds(item, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.add(child);
      else collectIds(child, into);
    }
  }
  return into;
}

/** Hands out ids not yet used in the feed: `session-3` after `session-1` and `session-2`. */
export function idFactory(feed: unknown): (listKey: string) => string {
  const used = collectIds(feed, new Set());
  return (listKey) => {
    const prefix = idPrefixes[listKey] ?? listKey.replace(/s$/, '');
    let n = 1;
    while (used.has(`${prefix}-${n}`)) n += 1;
    const id = `${prefix}-${n}`;
    used.add(id);
    return id;
  };
}

/** The smallest valid-looking value of `shape`: required fields only, the minimum number of list items. */
export function defaultValue(shape: Shape, listKey: string, newId: (listKey: string) => string): unknown {
  switch (shape.kind) {
    case 'text':
    case 'date':
      return '';
    case 'number':
      return Math.max(shape.min ?? 0, shape.integer ? 1 : 0);
    case 'boolean':
      return false;
    case 'choice':
      return shape.values[0];
    case 'literal':
      return shape.value;
    case 'list':
      // A session's dates may be empty (dates to be announced, permanent entry), but a new session is usually
      // dated: it starts with one range to fill.
      return Array.from({ length: Math.max(shape.min, listKey === 'dates' ? 1 : 0) }, () => defaultValue(shape.item, listKey, newId));
    case 'variants':
      return shape.options[0] ? defaultValue(shape.options[0].shape, listKey, newId) : {};
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const field of shape.fields) {
        if (field.optional) continue;
        value[field.key] = field.key === 'id' ? newId(listKey) : defaultValue(field.shape, field.key, newId);
      }
      return value;
    }
    default:
      return undefined;
  }
}

/** A new item for the list at `listPath`, e.g. a session for `['trainings', 0, 'sessions']`. */
export function newItem(feed: Feed, listPath: Path): unknown {
  const shape = shapeAt([...listPath, 0], feed, feedShape());
  const listKey = String(listPath.filter((key) => typeof key === 'string').at(-1) ?? '');
  return shape ? defaultValue(shape, listKey, idFactory(feed)) : {};
}

/** A new value for an absent optional field (an object, or a list with its first item). */
export function newValue(feed: Feed, path: Path): unknown {
  const shape = shapeAt(path, feed, feedShape());
  if (!shape) return undefined;
  const key = String(path.at(-1));
  const newId = idFactory(feed);
  if (shape.kind === 'list') return [defaultValue(shape.item, key, newId)];
  return defaultValue(shape, key, newId);
}

/** Gives every id inside `value` a fresh one, so that the copy collides with nothing. */
function renewIds(value: unknown, listKey: string, newId: (listKey: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renewIds(item, listKey, newId));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, key === 'id' && typeof child === 'string' ? newId(listKey) : renewIds(child, key, newId)]),
  );
}

const addDays = (iso: string, days: number): string => {
  const { year, month, day } = calendarDayOf(iso);
  return isoDateOf(new Date(year, month - 1, day + days)) + iso.slice(10);
};

/**
 * Whole weeks that move a session just after itself: its dates keep their weekdays. Undefined when a date is not
 * readable yet.
 */
export function weeksAfter(dates: readonly { start: string; end?: string }[]): number | undefined {
  const days = dates.flatMap((range) => [range.start, range.end ?? range.start]);
  if (days.length === 0 || days.some((day) => !/^\d{4}-\d{2}-\d{2}/.test(day))) return undefined;
  const span = spanOf(dates);
  return Math.floor(daysBetween(span.start, span.end) / 7) + 1;
}

/** A copy of the item at `itemPath` with fresh ids; a session's copy is moved to the weeks that follow it. */
export function duplicateItem(feed: Feed, itemPath: Path): { copy: unknown; shiftedWeeks?: number } {
  const listKey = String(itemPath.filter((key) => typeof key === 'string').at(-1) ?? '');
  const copy = renewIds(structuredClone(getAt(feed, itemPath)), listKey, idFactory(feed));
  if (listKey !== 'sessions' || typeof copy !== 'object' || copy === null) return { copy };
  const session = copy as { dates?: { start: string; end?: string }[] };
  const weeks = session.dates ? weeksAfter(session.dates) : undefined;
  if (weeks === undefined || !session.dates) return { copy };
  session.dates = session.dates.map((range) => ({
    ...range,
    start: addDays(range.start, weeks * 7),
    ...(range.end !== undefined ? { end: addDays(range.end, weeks * 7) } : {}),
  }));
  return { copy, shiftedWeeks: weeks };
}
