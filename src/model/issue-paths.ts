/**
 * A feed issue's path read back, for tools that show the value at fault (the studio, the command line): the widgets
 * do not need it.
 */
import { isIsoDate } from './schema.js';

export type PathKey = string | number;

/** Parses a `parseFeed` path back (`trainings[0].id` → `['trainings', 0, 'id']`). */
export function parsePathKey(key: string): PathKey[] {
  if (key === '(racine)') return [];
  return [...key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : (match[1] as string)));
}

/** The value at `path` in `root`, or undefined when a step of it is missing. */
export function getAt(root: unknown, path: readonly PathKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/**
 * `message`, unless `value` is a date written the right way whose day the calendar has not (« 2024-02-31 »): then
 * that, in words, rather than the schema's « date ISO 8601 attendue ».
 */
export function dayMessage(value: unknown, message: string, lang: 'fr' | 'en' = 'fr'): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(value) || isIsoDate(value.slice(0, 10))) return message;
  const day = value.slice(0, 10);
  return lang === 'fr' ? `le ${day} n’existe pas au calendrier : vérifiez le jour et le mois` : `${day} is not a day of the calendar: check the day and the month`;
}
