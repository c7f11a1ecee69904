import type * as z from 'zod/mini';
import { feedSchema, type Feed } from './schema.js';
import { objectPrototypeIsStandard, ownData } from './own-data.js';
import type { LeaveOut } from './feed-references.js';

/** One reason a feed, or an entry of it, was refused: where (`trainings[0].sessions[1].dates[0].start`) and what was expected. */
export interface FeedIssue {
  path: string;
  message: string;
  /** Set when the rest of the feed was kept: the entry left out because of this issue (`trainings[0].sessions[1]`). */
  dropped?: string;
  /** The id of a training, quiz or programme left out whole (`dropped` is `trainings[2]`): a widget named after it says why. */
  id?: string;
}

/**
 * `ok: true`: the feed to show; `issues` lists the entries left out (empty for a clean feed).
 * `ok: false`: nothing usable; `issues` says why.
 */
export type ParseFeedResult = { ok: true; feed: Feed; issues: FeedIssue[] } | { ok: false; issues: FeedIssue[] };

/** `['trainings', 0, 'id']` → `trainings[0].id`, the way a webmaster finds it in the JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(racine)';
}

/** What each type of value is called, with « attendu » agreeing with it (« liste attendue »). */
const typeNames = new Map([
  ['string', 'texte attendu'],
  ['number', 'nombre attendu'],
  ['int', 'nombre entier attendu'],
  ['boolean', 'booléen (true ou false) attendu'],
  ['array', 'liste attendue'],
  ['object', 'objet attendu'],
]);

/** French messages for zod/mini's issues, which come without any (mini ships no locale). */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames.get(issue.expected) ?? `${issue.expected} attendu`;
      return issue.input === undefined ? `champ obligatoire manquant (${expected})` : expected;
    }
    case 'invalid_value':
      return `une de ces valeurs attendue : ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `au moins ${issue.minimum} élément(s) attendu(s)`
        : `valeur ${issue.inclusive ? '≥' : '>'} ${issue.minimum} attendue`;
    case 'too_big':
      return issue.origin === 'array'
        ? `au plus ${issue.maximum} élément(s) attendu(s)`
        : `valeur ${issue.inclusive ? '≤' : '<'} ${issue.maximum} attendue`;
    case 'invalid_format':
      return `format ${issue.format} attendu`;
    default:
      return undefined;
  }
}

export type Issue = { path: PropertyKey[]; message: string; leaveOut?: LeaveOut };

/** Whether a union branch failed on its tag (`type` is not this branch's literal): it is not the branch meant. */
function failedOnTag(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.some((issue) => issue.code === 'invalid_value' && issue.path.length === 1 && issue.values.length === 1);
}

/**
 * A union of tagged objects (quiz items) reports one issue holding every branch's issues. As a discriminated union
 * would, keep the issues of the branch whose tag matched; when no tag matched, the union's own message at the tag.
 */
export function flatten(issue: z.core.$ZodIssue): Issue[] {
  if (issue.code !== 'invalid_union') {
    // feed-references.ts says what to leave out for its issues.
    const leaveOut = issue.code === 'custom' ? (issue.params?.['leaveOut'] as LeaveOut | undefined) : undefined;
    return [{ path: issue.path, message: issue.message, leaveOut }];
  }
  const meant = issue.errors.filter((branch) => !failedOnTag(branch));
  if (meant.length === 1) {
    return meant[0]!.flatMap(flatten).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  }
  const tag = meant.length === 0 ? issue.errors[0]?.find((inner) => inner.code === 'invalid_value')?.path ?? [] : [];
  return [{ path: [...issue.path, ...tag], message: issue.message }];
}

/** The entries a partial feed leaves out for a broken field, by the array that holds them: sessions and quiz items inside their parent. */
const innerEntries = new Map([
  ['trainings', 'sessions'],
  ['quizzes', 'items'],
  ['programmes', undefined],
]);

/**
 * What to leave out for an issue: the later entry of a duplicate id, the reference itself for a dangling one, else
 * the session, training, quiz item, quiz or programme holding the broken field; undefined when the feed itself is
 * wrong (its top level).
 */
export function leftOutFor({ path, leaveOut }: Issue): PropertyKey[] | undefined {
  if (leaveOut === 'reference') return path;
  if (leaveOut === 'duplicate') return path.slice(0, -1);
  const [list, index, inner, innerIndex] = path;
  if (typeof list !== 'string' || !innerEntries.has(list) || typeof index !== 'number') return undefined;
  return inner !== undefined && inner === innerEntries.get(list) && typeof innerIndex === 'number' ? path.slice(0, 4) : path.slice(0, 2);
}

/**
 * The working copy of a feed that parts are left out of. It keeps the original index of every array element left,
 * so that issues found in later passes still name paths of the feed as written.
 */
export class PartialFeed {
  /** Original indices of the elements still in an array, by the array's original path (`trainings[2].sessions`). */
  readonly origins = new Map<string, number[]>();

  constructor(readonly data: unknown) {}

  /** The path as written in the original feed, for a path into the working copy. */
  originalPath(path: readonly PropertyKey[]): PropertyKey[] {
    const out: PropertyKey[] = [];
    for (const key of path) out.push(typeof key === 'number' ? (this.origins.get(formatIssuePath(out))?.[key] ?? key) : key);
    return out;
  }

  /** The value at a path of the working copy. */
  at(path: readonly PropertyKey[]): unknown {
    return path.reduce<unknown>((node, step) => (node as Record<PropertyKey, unknown>)[step], this.data);
  }

  /** The issue of a part left out, in the feed's own paths; with its `id` when it is a whole training, quiz or programme. */
  leftOut({ path, message }: Issue, part: readonly PropertyKey[]): FeedIssue {
    const issue: FeedIssue = { path: formatIssuePath(this.originalPath(path)), message, dropped: formatIssuePath(this.originalPath(part)) };
    const id = part.length < 3 && (this.at(part) as { id?: unknown } | null)?.id;
    if (typeof id === 'string') issue.id = id;
    return issue;
  }

  /**
   * Removes parts (paths into the working copy): deepest first, and from the end of each array, so that the indices
   * of the paths still to remove stay right. A part inside another one removed goes with it.
   */
  remove(parts: readonly PropertyKey[][]): void {
    const unique = new Map(parts.map((part) => [formatIssuePath(part), part]));
    const outermost = [...unique.values()].filter((part) => !part.some((_, length) => length > 0 && unique.has(formatIssuePath(part.slice(0, length)))));
    outermost.sort((a, b) => b.length - a.length || Number(b[b.length - 1]) - Number(a[a.length - 1]));
    for (const part of outermost) {
      const parentPath = part.slice(0, -1);
      const last = part[part.length - 1]!;
      const parent = this.at(parentPath);
      if (Array.isArray(parent) && typeof last === 'number') {
        const list = formatIssuePath(this.originalPath(parentPath));
        const origins = this.origins.get(list) ?? parent.map((_, index) => index);
        parent.splice(last, 1);
        origins.splice(last, 1);
        this.origins.set(list, origins);
      } else {
        delete (parent as Record<PropertyKey, unknown>)[last];
      }
    }
  }
}

/** Enough passes for every chain of references (a programme, its trainings, their quizzes) and more. */
export const maxPasses = 8;

const parsedFeeds = new WeakMap<object, ParseFeedResult>();

/** Whether parseFeed already has a result for `json` (progressive-feed.ts then leaves it to parseFeed). */
export const hasResult = (json: object) => parsedFeeds.has(json);

/**
 * Keeps the result of `json`, and of the parsed feed given back (a widget's `feed` set from another's result), so
 * that neither is parsed again: parseFeed's, or progressive-feed.ts's.
 */
export function rememberResult(json: unknown, result: ParseFeedResult): ParseFeedResult {
  if (typeof json === 'object' && json !== null) parsedFeeds.set(json, result);
  if (result.ok) parsedFeeds.set(result.feed, result);
  return result;
}

/**
 * Validates unknown JSON as a feed. A broken session, training, quiz item, quiz or programme is left out with its
 * path and reason (`issues`, each with `dropped`), and the rest is kept: the later of two entries sharing an id,
 * and a reference to nothing (the reference only). The feed is refused when its top level is wrong or nothing is
 * left. Results are memoised per object, so widgets
 * sharing a feed parse it once.
 */
export function parseFeed(json: unknown): ParseFeedResult {
  const cached = typeof json === 'object' && json !== null ? parsedFeeds.get(json) : undefined;
  if (cached) return cached;
  return rememberResult(json, parseOwnData(json));
}

const unreadable = (error: unknown): ParseFeedResult => ({
  ok: false,
  issues: [{ path: formatIssuePath([]), message: `flux illisible : ${error instanceof Error ? error.message : String(error)}` }],
});

function parseOwnData(json: unknown): ParseFeedResult {
  // The common case, a whole feed on a page that left Object.prototype alone, is validated as given: zod reads each
  // field once and builds the copy that is kept. A getter that throws or a revoked proxy ends here as one error.
  if (objectPrototypeIsStandard()) {
    try {
      const parsed = feedSchema.safeParse(json, { error: describeIssue });
      if (parsed.success) return { ok: true, feed: parsed.data, issues: [] };
    } catch (error) {
      return unreadable(error);
    }
  }
  // Entries to leave out, or a page that added to Object.prototype: a working copy of own properties only.
  let data: unknown;
  try {
    data = ownData(json);
  } catch (error) {
    return unreadable(error);
  }
  const working = new PartialFeed(data);
  const dropped: FeedIssue[] = [];
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const parsed = feedSchema.safeParse(working.data, { error: describeIssue });
    if (parsed.success) {
      const { trainings, quizzes, programmes } = parsed.data;
      // Everything was left out: the entries named in `issues` (with `dropped`) are why.
      const empty = trainings.length + quizzes.length + programmes.length === 0;
      return dropped.length > 0 && empty ? { ok: false, issues: dropped } : { ok: true, feed: parsed.data, issues: dropped };
    }
    const issues = parsed.error.issues.flatMap(flatten);
    const parts = issues.map(leftOutFor);
    // The top level is only checked in the first pass: a refusal for it never comes after entries were left out.
    if (parts.includes(undefined)) {
      return { ok: false, issues: issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
    }
    issues.forEach((issue, i) => dropped.push(working.leftOut(issue, parts[i]!)));
    working.remove(parts as PropertyKey[][]);
  }
  return { ok: false, issues: dropped };
}

// ---------------------------------------------------------------------------------------------------------------
// Large feeds: the first page first (progressive-feed.ts, loaded for them only)

/** From this many sessions, a widget that can say what its first page shows validates that first. */
export const progressiveThreshold = 5_000;

/** How many sessions the feed as written holds (0 when it is not the shape of a feed): a count, no check. */
export function sessionCount(json: unknown): number {
  let count = 0;
  try {
    for (const training of (json as { trainings: { sessions?: unknown }[] }).trainings) count += Array.isArray(training.sessions) ? training.sessions.length : 0;
  } catch {
    // Not a feed, or one that throws: parseFeed says so.
  }
  return count;
}
