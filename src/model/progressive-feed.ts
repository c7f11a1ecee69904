/**
 * Large feeds, the first page first (docs/security.md, « What is checked when »): a module of its own, loaded only
 * when a widget is given a feed of `progressiveThreshold` sessions or more.
 */
import type * as z from 'zod/mini';
import { feedSchema, programmeSchema, quizSchema, trainingSchema, type DateRange, type Feed, type Programme, type Quiz, type Training } from './schema.js';
import { objectPrototypeIsStandard, ownData } from './own-data.js';
import { checkFeedReferences, type FeedEntries, type LeaveOut } from './feed-references.js';
import { compareTitles } from './sessions.js';
import { lastDayOf } from './calendar.js';
import {
  describeIssue,
  flatten,
  formatIssuePath,
  hasResult,
  leftOutFor,
  maxPasses,
  PartialFeed,
  progressiveThreshold,
  rememberResult,
  type FeedIssue,
  type Issue,
  type ParseFeedResult,
} from './parse-feed.js';

/**
 * What ordering needs of every session, read from the feed as written (unchecked), one array entry per session:
 * its training's index in `trainings` and its own in that training's `sessions`, its first and last day as `spanOf`
 * computes them (`''` when unknown or unreadable), whether it says it is cancelled; and each training's title
 * (trimmed; `''` when not text). Only used to choose what to validate first, never shown.
 */
export interface SessionKeys {
  training: number[];
  /** The session's index in its training's `sessions`. */
  session: number[];
  start: string[];
  end: string[];
  cancelled: boolean[];
  titles: string[];
}

/**
 * From the keys of every session, the sessions the first page may show (their indices in the keys' arrays);
 * undefined: validate all first.
 */
export type FirstEntries = (keys: SessionKeys) => Iterable<number> | undefined;

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

type EntryList = 'trainings' | 'quizzes' | 'programmes';

const lists = ['trainings', 'quizzes', 'programmes'] as const;

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
    issues.forEach((issue, i) => dropped.push(working!.leftOut(issue, parts[i] ?? [list, index])));
    if (parts.some((part) => part === undefined || part.length <= 2)) return { value: undefined, dropped };
    working.remove(parts as PropertyKey[][]);
    input = (working.data as Record<string, Record<number, unknown>>)[list]![index];
  }
  return { value: undefined, dropped };
}

/** Sessions validated between two yields: a few tens of milliseconds on a phone. */
const sessionsPerStep = 1_000;

/**
 * parseFeed for a large feed (`progressiveThreshold` sessions or more), the first page first: the top level, quizzes
 * and programmes are validated, then the sessions `firstEntries` chooses from every session's `SessionKeys` (with
 * their trainings' own fields); the rest is validated by `rest`, in steps. Undefined when this path does not apply (a small feed, a page that added to
 * `Object.prototype`, a top level that is wrong, `firstEntries` declining, nothing to show first): parseFeed then.
 *
 * What is shown first never shows anything the whole result leaves out: a training or session whose id another
 * entry of the feed also has, or with a reference to nothing, waits for the whole result.
 */
export function parseFeedProgressively(json: unknown, firstEntries: FirstEntries): ProgressiveParse | undefined {
  if (!objectPrototypeIsStandard() || !isRecord(json) || hasResult(json)) return undefined;
  try {
    const rawTrainings = json['trainings'];
    if (!Array.isArray(rawTrainings)) return undefined;
    // The cheap pass: what ordering needs, and the trainings' ids as written (unique-id rules across the boundary).
    // Arrays of plain values rather than an object per session: 100,000 of those showed in the garbage collector.
    const keys: SessionKeys = { training: [], session: [], start: [], end: [], cancelled: [], titles: [] };
    const firstTrainingById = new Map<unknown, number>();
    for (let t = 0; t < rawTrainings.length; t += 1) {
      const training: unknown = rawTrainings[t];
      const title = isRecord(training) ? training['title'] : undefined;
      keys.titles.push(typeof title === 'string' ? title.trim() : '');
      if (!isRecord(training)) continue;
      if (!firstTrainingById.has(training['id'])) firstTrainingById.set(training['id'], t);
      const sessions = training['sessions'];
      if (!Array.isArray(sessions)) continue;
      for (let s = 0; s < sessions.length; s += 1) {
        const session: unknown = sessions[s];
        if (!isRecord(session)) continue;
        // spanOf (calendar.ts) over the ranges as written: their text only, anything else unknown.
        let start = '';
        let end = '';
        let openEnded = false;
        const dates = session['dates'];
        // Indexed, without destructuring: this loop runs once per session in code not optimised yet, where an
        // iterator and a destructured object per session showed.
        if (Array.isArray(dates)) {
          for (let r = 0; r < dates.length; r += 1) {
            const range: unknown = dates[r];
            const first = isRecord(range) ? range['start'] : undefined;
            if (typeof first !== 'string') {
              start = end = '';
              break;
            }
            const written = (range as Record<string, unknown>)['end'];
            const last =
              typeof written === 'string'
                ? written
                : lastDayOf({ start: first, startPrecision: (range as Record<string, unknown>)['startPrecision'] as DateRange['startPrecision'] });
            if (start === '' || first < start) start = first;
            if (end === '' || last > end) end = last;
            if ((range as Record<string, unknown>)['openEnded'] === true) openEnded = true;
          }
        }
        keys.training.push(t);
        keys.session.push(s);
        keys.start.push(start);
        keys.end.push(openEnded ? '' : end);
        keys.cancelled.push(session['cancelled'] === true);
      }
    }
    if (keys.training.length < progressiveThreshold) return undefined;
    const chosen = firstEntries(keys);
    if (!chosen) return undefined;

    // The feed's own fields, checked before its entries, one by one: the feed's schema with empty lists.
    const head = feedSchema.safeParse({ ...json, trainings: [], quizzes: [], programmes: [] }, { error: describeIssue });
    if (!head.success || !lists.every((list) => Array.isArray(json[list]))) return undefined;
    const quizzes = (json['quizzes'] as unknown[]).map((quiz, q) => checkEntry<Quiz>(quizSchema, 'quizzes', q, quiz));
    const programmes = (json['programmes'] as unknown[]).map((programme, p) => checkEntry<Programme>(programmeSchema, 'programmes', p, programme));
    // Each chosen training with only its chosen sessions: a session's schema concerns it alone, and the first page
    // needs no other (a training of ten sessions, one of them on the first page, is not checked ten times over).
    const sessionsOf = new Map<number, number[]>();
    const chosenIds = new Set<unknown>();
    for (const i of chosen) {
      const t = keys.training[i];
      const s = keys.session[i];
      if (t === undefined || s === undefined) continue;
      const list = sessionsOf.get(t);
      if (list) list.push(s);
      else sessionsOf.set(t, [s]);
      chosenIds.add((rawTrainings[t] as { sessions: Record<string, unknown>[] }).sessions[s]!['id']);
    }
    const sharedSessionIds = idsFoundTwice(rawTrainings, chosenIds);
    const checked = new Map<number, CheckedEntry<Training>>();
    /** Trainings checked with every session: the rest keeps their result. */
    const whole = new Set<number>();
    for (const [t, chosenSessions] of sessionsOf) {
      const raw = rawTrainings[t] as Record<string, unknown> & { sessions: unknown[] };
      const only = [...new Set(chosenSessions)].sort((a, b) => a - b).map((s) => raw.sessions[s]);
      if (only.length === raw.sessions.length) whole.add(t);
      checked.set(t, checkEntry<Training>(trainingSchema, 'trainings', t, whole.has(t) ? raw : { ...raw, sessions: only }));
    }

    // Shown first: valid trainings that are the first of their id, their sessions that are the only ones of theirs,
    // without a reference to nothing (checked with the feed's own rules, against the programmes already validated).
    const firstTrainings: Training[] = [];
    for (const [t, entry] of [...checked].sort(([a], [b]) => a - b)) {
      const training = entry.value;
      if (!training || firstTrainingById.get(rawTrainings[t]?.id) !== t || firstTrainingById.get(training.id) !== t) continue;
      const sessions = training.sessions.filter((session) => !sharedSessionIds.has(session.id));
      if (sessions.length === 0) continue;
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
      // Not a session more before the first page is painted.
      await yieldToMain();
      let sinceYield = 0;
      const trainings: CheckedEntry<Training>[] = [];
      for (let t = 0; t < rawTrainings.length; t += 1) {
        // Checked again whole when the first page checked some of its sessions only: issues name the feed's own paths.
        const entry = (whole.has(t) ? checked.get(t) : undefined) ?? checkEntry<Training>(trainingSchema, 'trainings', t, rawTrainings[t]);
        trainings.push(entry);
        sinceYield += Array.isArray((rawTrainings[t] as { sessions?: unknown })?.sessions) ? (rawTrainings[t] as { sessions: unknown[] }).sessions.length : 1;
        if (sinceYield >= sessionsPerStep) {
          sinceYield = 0;
          await yieldToMain();
        }
      }
      const result = settle(head.data, { trainings, quizzes, programmes });
      return rememberResult(json, result);
    };
    return { first: firstFeed, rest };
  } catch {
    // A getter that throws, a revoked proxy: parseFeed says so.
    return undefined;
  }
}

/**
 * Those of `ids` that more than one session of the feed has (as written): a second pass over the sessions' ids, for
 * the first page's only, costs less than a set of every id in the first pass (10,000 strings hashed and stored).
 */
function idsFoundTwice(rawTrainings: unknown[], ids: Set<unknown>): Set<unknown> {
  const seen = new Set<unknown>();
  const twice = new Set<unknown>();
  for (let t = 0; t < rawTrainings.length; t += 1) {
    const training = rawTrainings[t];
    const sessions = isRecord(training) ? training['sessions'] : undefined;
    if (!Array.isArray(sessions)) continue;
    for (let s = 0; s < sessions.length; s += 1) {
      const session: unknown = sessions[s];
      if (!isRecord(session)) continue;
      const id = session['id'];
      if (!ids.has(id)) continue;
      if (seen.has(id)) twice.add(id);
      else seen.add(id);
    }
  }
  return twice;
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
  // Paths in both are those of the feed as written: the original indices each recorded hold here too.
  for (const each of inner) for (const [list, origins] of each.origins) working.origins.set(list, origins);
  for (const [list, origins] of originsByList) working.origins.set(list, origins);
  const data = working.data as Feed;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const issues: Issue[] = [];
    if (pass > 0) {
      data.quizzes.forEach((quiz, q) => {
        const parsed = quizSchema.safeParse(quiz, { error: describeIssue });
        if (parsed.success) data.quizzes[q] = parsed.data;
        else issues.push(...parsed.error.issues.flatMap(flatten).map((issue: Issue) => ({ ...issue, path: ['quizzes', q, ...issue.path] })));
      });
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
    issues.forEach((issue, i) => dropped.push(working.leftOut(issue, parts[i]!)));
    working.remove(parts as PropertyKey[][]);
  }
  return { ok: false, issues: dropped };
}

/** A first page of sessions by first day: `count` sessions from `today` (`YYYY-MM-DD`), past ones too when `past`. */
export interface FirstPageOptions {
  count: number;
  today: string;
  past: boolean;
}

/**
 * The sessions a list ordered by first day shows first (their indices in `keys`): the `count` first sessions, not
 * over before `today` (cancelled ones too: they are shown as such; every session when `past`), in the list's order:
 * by first day (unknown last), then training title, then feed order. A partial selection, not a sort of the whole
 * catalogue.
 */
export function firstPageSessions(keys: SessionKeys, { count, today, past }: FirstPageOptions): number[] {
  const { training, start, end, cancelled, titles } = keys;
  const startOf = (i: number) => (start[i] === '' ? '\uffff' : start[i]!);
  const before = (a: number, b: number) => {
    const byStart = startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0;
    const order = byStart || compareTitles(titles[training[a]!]!, titles[training[b]!]!) || training[a]! - training[b]! || a - b;
    return order < 0;
  };
  const best: number[] = [];
  for (let i = 0; i < training.length; i += 1) {
    // `end < today` is `end`'s day before `today` (ten characters) without a slice per session: ISO text sorts as dates.
    if (!past && !cancelled[i] && end[i] !== '' && end[i]! < today) continue;
    if (best.length >= count && startOf(i) > startOf(best[best.length - 1]!)) continue;
    if (best.length >= count && !before(i, best[best.length - 1]!)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(best[middle]!, i)) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, i);
    if (best.length > count) best.pop();
  }
  return best;
}
