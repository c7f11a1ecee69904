/** What every importer returns, and the steps they share: unique ids, restoring saved fields, a final check. */
import { parseFeed } from '../parse-feed.js';
import type { Feed } from '../schema.js';
import type { ImportReport, ReportBuilder } from './import-report.js';
import { controlNote, removeControls } from './control-characters.js';

export interface ImportResult {
  /** A feed that passes the schema. */
  feed: Feed;
  report: ImportReport;
}

/** An import that could not produce a feed at all (not XML, not LHEO, no header row…): the report says why. */
export class ImportError extends Error {
  constructor(readonly report: ImportReport) {
    super(report.errors.map((error) => error.code).join(', ') || 'import failed');
    this.name = 'ImportError';
  }
}

/** A feed id from a source identifier: kept when valid and free, else cleaned, else `fallback`; then made unique. */
export function uniqueId(raw: string | undefined, fallback: string, taken: Set<string>): { id: string; generated: boolean; renamed: boolean } {
  const trimmed = raw?.trim() ?? '';
  const cleaned = trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  const base = cleaned || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return { id, generated: !cleaned, renamed: Boolean(cleaned) && id !== trimmed };
}

/**
 * Puts back what an export kept aside (see `toLheo`): each saved member replaces the one read, and null removes a
 * member that only the export's placeholders had put there.
 */
export function applySaved<T extends object>(target: T, saved: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(saved)) {
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result as T;
}

/** Drops undefined (and empty-text) members, so that optional fields stay absent rather than `undefined`. */
export function compact<T extends object>(value: { [K in keyof T]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Whether `root` holds a member at `path`. */
function holds(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/** Removes the member at `path` (an array item is spliced out). */
function removeAt(root: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  if (typeof parent !== 'object' || parent === null || last === undefined) return false;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete (parent as Record<PropertyKey, unknown>)[last];
  return true;
}

/**
 * Checks the imported feed against the schema. A value the schema refuses (an e-mail address it rejects, a
 * restored field that no longer fits) is removed and reported rather than making the whole import fail.
 */
export function finishImport(feed: Feed, report: ReportBuilder, encoding?: string): ImportResult {
  // The converters take control characters out of what they read, with its line; this catches the rest (a field
  // restored from the JSON an export saved), with its path in the feed.
  const { value: clean, removed } = removeControls(feed);
  for (const found of removed) report.warn(controlNote(found));
  let current: unknown = clean;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // A fresh copy each time: parseFeed remembers the objects it has seen.
    current = structuredClone(current);
    const parsed = parseFeed(current);
    // Strict: a partial feed (entries the widgets would leave out) is not an import result; its issues are fixed below.
    if (parsed.ok && parsed.issues.length === 0) {
      const sessions = parsed.feed.trainings.reduce((sum, training) => sum + training.sessions.length, 0);
      return { feed: parsed.feed, report: report.build({ trainings: parsed.feed.trainings.length, sessions, encoding }) };
    }
    // Last issues first, so that removing an array item does not shift the paths still to remove.
    for (const issue of [...parsed.issues].reverse()) {
      const path = issue.path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      report.warn({ code: 'value-invalid', where: { path: issue.path }, value: issue.message });
      // A required member that is missing (or was removed above): the object that lacks it goes instead.
      const target = holds(current, path) ? path : path.slice(0, -1);
      if (target.length === 0 || !removeAt(current, target)) break;
    }
  }
  // Never a crash: the issues left are the report's errors.
  const parsed = parseFeed(structuredClone(current));
  for (const issue of parsed.issues) report.error({ code: 'value-invalid', where: { path: issue.path }, value: issue.message });
  throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));
}
