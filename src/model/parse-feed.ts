import type * as z from 'zod/mini';
import { feedHeadSchema, feedSchema, programmeSchema, quizListSchema, quizSchema, trainingSchema, type Feed, type Programme, type Quiz, type Training } from './schema.js';
import { objectPrototypeIsStandard, ownData } from './own-data.js';
import { checkFeedReferences, type FeedEntries, type LeaveOut } from './feed-references.js';

/** One reason a feed, or an entry of it, was refused: where (`trainings[0].sessions[1].dates[0].start`) and what was expected. */
export interface FeedIssue {
  path: string;
  message: string;
  /** Set when the rest of the feed was kept: the entry left out because of this issue (`trainings[0].sessions[1]`). */
  dropped?: string;
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

const typeNames = new Map([
  ['string', 'texte'],
  ['number', 'nombre'],
  ['int', 'nombre entier'],
  ['boolean', 'booléen (true ou false)'],
  ['array', 'liste'],
  ['object', 'objet'],
]);

/** French messages for zod/mini's issues, which come without any (mini ships no locale). */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames.get(issue.expected) ?? issue.expected;
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

type Issue = { path: PropertyKey[]; message: string; leaveOut?: LeaveOut };

/** Whether a union branch failed on its tag (`type` is not this branch's literal): it is not the branch meant. */
function failedOnTag(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.some((issue) => issue.code === 'invalid_value' && issue.path.length === 1 && issue.values.length === 1);
}

/**
 * A union of tagged objects (quiz items) reports one issue holding every branch's issues. As a discriminated union
 * would, keep the issues of the branch whose tag matched; when no tag matched, the union's own message at the tag.
 */
function flatten(issue: z.core.$ZodIssue): Issue[] {
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
function leftOutFor({ path, leaveOut }: Issue): PropertyKey[] | undefined {
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
class PartialFeed {
  /** Original indices of the elements still in an array, by the array's original path (`trainings[2].sessions`). */
  private readonly origins = new Map<string, number[]>();

  constructor(readonly data: unknown) {}

  /** Records that the array at `list` (its original path) now holds the elements of these original indices. */
  setOrigins(list: string, origins: number[]): void {
    this.origins.set(list, origins);
  }

  /** Takes the original indices another working copy recorded (its paths are original paths too). */
  adopt(other: PartialFeed): void {
    for (const [list, origins] of other.origins) this.origins.set(list, origins);
  }

  /** The path as written in the original feed, for a path into the working copy. */
  originalPath(path: readonly PropertyKey[]): PropertyKey[] {
    const out: PropertyKey[] = [];
    for (const key of path) out.push(typeof key === 'number' ? (this.origins.get(formatIssuePath(out))?.[key] ?? key) : key);
    return out;
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
      const parent = parentPath.reduce<unknown>((node, step) => (node as Record<PropertyKey, unknown>)[step], this.data);
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
const maxPasses = 8;

const parsedFeeds = new WeakMap<object, ParseFeedResult>();

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
  const result = parseOwnData(json);
  if (typeof json === 'object' && json !== null) parsedFeeds.set(json, result);
  // A parsed feed given back (a widget's `feed` set from another's result) is its own result: not parsed again.
  if (result.ok) parsedFeeds.set(result.feed, result);
  return result;
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
    issues.forEach((issue, i) =>
      dropped.push({ path: formatIssuePath(working.originalPath(issue.path)), message: issue.message, dropped: formatIssuePath(working.originalPath(parts[i]!)) }),
    );
    working.remove(parts as PropertyKey[][]);
  }
  return { ok: false, issues: dropped };
}

// ---------------------------------------------------------------------------------------------------------------
// Large feeds: the first page first (docs/security.md, « What is checked when »)

/** From this many sessions, a widget that can say what its first page needs validates that first (`parseFeedProgressively`). */
export const progressiveThreshold = 5_000;

/**
 * What ordering needs of one session, read from the feed as written (unchecked): its training's index in
 * `trainings`, its first and last day as `spanOf` computes them (`''` when unknown or unreadable) and whether it
 * says it is cancelled. Only used to choose what to validate first, never shown.
 */
export interface SessionKey {
  training: number;
  start: string;
  end: string;
  cancelled: boolean;
}

/** From the keys of every session, the indices of the trainings the first page may show; undefined: validate all first. */
export type FirstEntries = (keys: readonly SessionKey[]) => Iterable<number> | undefined;

/** Waits for the main thread to be free again (scheduler.yield, a message, a timeout): injected, the model has no DOM. */
export type YieldToMain = () => Promise<void>;

export interface ProgressiveParse {
  /**
   * The feed to show first: its top level, quizzes and programmes, and the chosen trainings that passed every check
   * that concerns them (their schema, unique ids, their references). No issues: they come with the whole result.
   */
  first: Feed;
  /** Validates the rest, yielding between steps; the result is parseFeed's for the same feed (issues in feed order). */
  rest: (yieldToMain: YieldToMain) => Promise<ParseFeedResult>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** spanOf (calendar.ts) over ranges as written: their text only, anything else unknown. */
function rawSpan(dates: unknown): { start: string; end: string } {
  let start = '';
  let end = '';
  let openEnded = false;
  if (Array.isArray(dates)) {
    for (const range of dates) {
      if (!isRecord(range) || typeof range['start'] !== 'string') return { start: '', end: '' };
      const first = range['start'];
      const last = typeof range['end'] === 'string' ? range['end'] : first;
      if (start === '' || first < start) start = first;
      if (end === '' || last > end) end = last;
      if (range['openEnded'] === true) openEnded = true;
    }
  }
  return { start, end: openEnded ? '' : end };
}

type EntryList = 'trainings' | 'quizzes' | 'programmes';

/** One entry validated alone, as parseFeed's passes would: broken sessions or quiz items left out, or the entry. */
interface CheckedEntry<T> {
  value: T | undefined;
  dropped: FeedIssue[];
  /** Set when inner entries were left out: their original indices. */
  working?: PartialFeed;
}

function checkEntry<T>(schema: z.ZodMiniType<T>, list: EntryList, index: number, raw: unknown): CheckedEntry<T> {
  const dropped: FeedIssue[] = [];
  let working: PartialFeed | undefined;
  let input = raw;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const parsed = schema.safeParse(input, { error: describeIssue });
    if (parsed.success) return working ? { value: parsed.data, dropped, working } : { value: parsed.data, dropped };
    const issues = parsed.error.issues.flatMap(flatten).map((issue) => ({ ...issue, path: [list, index, ...issue.path] }));
    // In the whole feed's working copy, under its original path, so that paths stay those of the feed as written.
    working ??= new PartialFeed({ [list]: { [index]: ownData(raw) } });
    const parts = issues.map(leftOutFor);
    issues.forEach((issue, i) =>
      dropped.push({ path: formatIssuePath(working!.originalPath(issue.path)), message: issue.message, dropped: formatIssuePath(working!.originalPath(parts[i] ?? [list, index])) }),
    );
    if (parts.some((part) => part === undefined || part.length <= 2)) return { value: undefined, dropped };
    working.remove(parts as PropertyKey[][]);
    input = (working.data as Record<string, Record<number, unknown>>)[list]![index];
  }
  return { value: undefined, dropped };
}

/** A message through the event loop: a task of its own, without setTimeout's clamping. */
export const yieldByMessage: YieldToMain = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

/** Sessions validated between two yields: a few tens of milliseconds on a phone. */
const sessionsPerStep = 1_000;

/**
 * parseFeed for a large feed (`progressiveThreshold` sessions or more), the first page first: the top level, quizzes
 * and programmes are validated, then the trainings `firstEntries` chooses from every session's `SessionKey`; the
 * rest is validated by `rest`, in steps. Undefined when this path does not apply (a small feed, a page that added to
 * `Object.prototype`, a top level that is wrong, `firstEntries` declining, nothing to show first): parseFeed then.
 *
 * What is shown first never shows anything the whole result leaves out: a training or session whose id another
 * entry of the feed also has, or with a reference to nothing, waits for the whole result.
 */
export function parseFeedProgressively(json: unknown, firstEntries: FirstEntries): ProgressiveParse | undefined {
  if (!objectPrototypeIsStandard() || !isRecord(json) || (typeof json === 'object' && parsedFeeds.has(json))) return undefined;
  try {
    const rawTrainings = json['trainings'];
    if (!Array.isArray(rawTrainings)) return undefined;
    // The cheap pass: what ordering needs, and the ids as written (unique-id rules across the boundary).
    const keys: SessionKey[] = [];
    const firstTrainingById = new Map<unknown, number>();
    const firstSessionById = new Map<unknown, string>();
    const sharedSessionIds = new Set<unknown>();
    rawTrainings.forEach((training: unknown, t) => {
      if (!isRecord(training)) return;
      if (!firstTrainingById.has(training['id'])) firstTrainingById.set(training['id'], t);
      const sessions = training['sessions'];
      if (!Array.isArray(sessions)) return;
      sessions.forEach((session: unknown, s) => {
        if (!isRecord(session)) return;
        const id = session['id'];
        if (firstSessionById.has(id)) sharedSessionIds.add(id);
        else firstSessionById.set(id, `${t}/${s}`);
        keys.push({ training: t, ...rawSpan(session['dates']), cancelled: session['cancelled'] === true });
      });
    });
    if (keys.length < progressiveThreshold) return undefined;
    const chosen = firstEntries(keys);
    if (!chosen) return undefined;

    const head = feedHeadSchema.safeParse(json, { error: describeIssue });
    if (!head.success) return undefined;
    const quizzes = head.data.quizzes.map((quiz, q) => checkEntry<Quiz>(quizSchema, 'quizzes', q, quiz));
    const programmes = head.data.programmes.map((programme, p) => checkEntry<Programme>(programmeSchema, 'programmes', p, programme));
    const checked = new Map<number, CheckedEntry<Training>>();
    for (const t of new Set(chosen)) {
      if (Number.isInteger(t) && t >= 0 && t < rawTrainings.length) checked.set(t, checkEntry<Training>(trainingSchema, 'trainings', t, rawTrainings[t]));
    }

    // Shown first: valid trainings that are the first of their id, their sessions that are the only ones of theirs,
    // without a reference to nothing (checked with the feed's own rules, against the programmes already validated).
    const firstTrainings: Training[] = [];
    for (const [t, entry] of [...checked].sort(([a], [b]) => a - b)) {
      const training = entry.value;
      if (!training || firstTrainingById.get(rawTrainings[t]?.id) !== t || firstTrainingById.get(training.id) !== t) continue;
      const raw = rawTrainings[t] as { sessions: unknown[] };
      const sessions = training.sessions.filter((session) => !sharedSessionIds.has(session.id));
      if (sessions.length === 0 && raw.sessions.length > 0) continue;
      firstTrainings.push(sessions.length === training.sessions.length ? training : { ...training, sessions });
    }
    // Quizzes wait for the whole result (they name trainings); programmes are there for the trainings' references.
    const programmeIds = new Set<string>();
    const firstProgrammes = programmes.flatMap(({ value }) => (value === undefined || programmeIds.has(value.id) ? [] : (programmeIds.add(value.id), [value])));
    const firstFeed = { ...head.data, trainings: firstTrainings, quizzes: [], programmes: firstProgrammes } as Feed;
    const referenceIssues: z.core.$ZodRawIssue[] = [];
    checkFeedReferences({ value: { trainings: firstTrainings, quizzes: [], programmes: firstProgrammes }, issues: referenceIssues } as unknown as z.core.ParsePayload<FeedEntries>);
    const withIssues = new Set(referenceIssues.flatMap((issue) => (issue.path?.[0] === 'trainings' ? [issue.path[1]] : [])));
    firstFeed.trainings = firstTrainings.filter((_, index) => !withIssues.has(index));
    if (firstFeed.trainings.length === 0) return undefined;

    const rest = async (yieldToMain: YieldToMain): Promise<ParseFeedResult> => {
      let sinceYield = 0;
      const trainings: CheckedEntry<Training>[] = [];
      for (let t = 0; t < rawTrainings.length; t += 1) {
        const entry = checked.get(t) ?? checkEntry<Training>(trainingSchema, 'trainings', t, rawTrainings[t]);
        trainings.push(entry);
        sinceYield += Array.isArray((rawTrainings[t] as { sessions?: unknown })?.sessions) ? (rawTrainings[t] as { sessions: unknown[] }).sessions.length : 1;
        if (sinceYield >= sessionsPerStep) {
          sinceYield = 0;
          await yieldToMain();
        }
      }
      const result = settle(head.data, { trainings, quizzes, programmes });
      parsedFeeds.set(json, result);
      if (result.ok) parsedFeeds.set(result.feed, result);
      return result;
    };
    return { first: firstFeed, rest };
  } catch {
    // A getter that throws, a revoked proxy: parseFeed says so.
    return undefined;
  }
}

/**
 * The end of parseFeed's passes, for entries already validated one by one: the feed's rules between entries (unique
 * ids, references), with what they leave out, until nothing is left out. Quizzes are validated again after a pass
 * (an option or item left out can leave too few).
 */
function settle(
  head: Record<string, unknown>,
  entries: { trainings: CheckedEntry<Training>[]; quizzes: CheckedEntry<Quiz>[]; programmes: CheckedEntry<Programme>[] },
): ParseFeedResult {
  const dropped: FeedIssue[] = [];
  const lists = {} as Record<EntryList, unknown[]>;
  const originsByList: [EntryList, number[]][] = [];
  const inner: PartialFeed[] = [];
  for (const list of ['trainings', 'quizzes', 'programmes'] as const) {
    const kept: unknown[] = [];
    const origins: number[] = [];
    (entries[list] as CheckedEntry<unknown>[]).forEach((entry, index) => {
      dropped.push(...entry.dropped);
      if (entry.working) inner.push(entry.working);
      if (entry.value === undefined) return;
      kept.push(entry.value);
      origins.push(index);
    });
    lists[list] = kept;
    originsByList.push([list, origins]);
  }
  const working = new PartialFeed({ ...head, ...lists });
  for (const each of inner) working.adopt(each);
  for (const [list, origins] of originsByList) working.setOrigins(list, origins);
  const data = working.data as Feed;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const issues: Issue[] = [];
    if (pass > 0) {
      const parsed = quizListSchema.safeParse(data.quizzes, { error: describeIssue });
      if (parsed.success) data.quizzes = parsed.data;
      else issues.push(...parsed.error.issues.flatMap(flatten).map((issue: Issue) => ({ ...issue, path: ['quizzes', ...issue.path] })));
    }
    if (issues.length === 0) {
      const raw: z.core.$ZodRawIssue[] = [];
      checkFeedReferences({ value: data, issues: raw } as unknown as z.core.ParsePayload<FeedEntries>);
      for (const issue of raw) issues.push({ path: issue.path ?? [], message: issue.message ?? '', leaveOut: (issue.params as { leaveOut?: LeaveOut } | undefined)?.leaveOut });
    }
    if (issues.length === 0) {
      const empty = data.trainings.length + data.quizzes.length + data.programmes.length === 0;
      return dropped.length > 0 && empty ? { ok: false, issues: dropped } : { ok: true, feed: data, issues: dropped };
    }
    const parts = issues.map(leftOutFor);
    if (parts.includes(undefined)) return { ok: false, issues: [...dropped, ...issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }))] };
    issues.forEach((issue, i) =>
      dropped.push({ path: formatIssuePath(working.originalPath(issue.path)), message: issue.message, dropped: formatIssuePath(working.originalPath(parts[i]!)) }),
    );
    working.remove(parts as PropertyKey[][]);
  }
  return { ok: false, issues: dropped };
}
