import type * as z from 'zod/mini';
import { feedSchema, type Feed } from './schema.js';

/** One reason a feed was refused: where (`trainings[0].sessions[1].dates[0].start`) and what was expected. */
export interface FeedIssue {
  path: string;
  message: string;
}

export type ParseFeedResult = { ok: true; feed: Feed } | { ok: false; issues: FeedIssue[] };

/** `['trainings', 0, 'id']` → `trainings[0].id`, the way a webmaster finds it in the JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(racine)';
}

const typeNames: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen (true ou false)',
  array: 'liste',
  object: 'objet',
};

/** French messages for zod/mini's issues, which come without any (mini ships no locale). */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `champ obligatoire manquant (${expected} attendu)` : `${expected} attendu`;
    }
    case 'invalid_value':
      return `une de ces valeurs attendue : ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `au moins ${issue.minimum} élément(s) attendu(s)`
        : `valeur supérieure ou égale à ${issue.minimum} attendue`;
    case 'too_big':
      return issue.origin === 'array'
        ? `au plus ${issue.maximum} élément(s) attendu(s)`
        : `valeur inférieure ou égale à ${issue.maximum} attendue`;
    case 'invalid_format':
      return `format ${issue.format} attendu`;
    default:
      return undefined;
  }
}

const parsedFeeds = new WeakMap<object, ParseFeedResult>();

/** Validates unknown JSON as a feed. Results are memoised per object, so widgets sharing a feed parse it once. */
export function parseFeed(json: unknown): ParseFeedResult {
  const cached = typeof json === 'object' && json !== null ? parsedFeeds.get(json) : undefined;
  if (cached) return cached;
  const parsed = feedSchema.safeParse(json, { error: describeIssue });
  const result: ParseFeedResult = parsed.success
    ? { ok: true, feed: parsed.data }
    : {
        ok: false,
        issues: parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
      };
  if (typeof json === 'object' && json !== null) parsedFeeds.set(json, result);
  return result;
}
