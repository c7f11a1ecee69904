/// <reference types="node" />
/**
 * `training-feed-widgets`: the command line (Node ≥ 20, no browser). validate, import, export, schema; French
 * messages, English with `--lang en`. Exit codes: 0 success, 1 invalid feed or unusable file, 2 usage or I/O error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { findControls, toLheo, formatReport, ImportError, jsonProblem, mergeFeeds, visibleText, type ImportReport, type ReportLanguage } from '../model/convert/index.js';
import { decodeText, looksBinary } from '../model/convert/decode.js';
import { coursesJsonLd } from '../model/json-ld.js';
import { sessionsCalendar, type SessionCalendarInput } from '../model/ics.js';
import { knownToTheDay } from '../model/calendar-days.js';
import { safeHref } from '../model/links.js';
import { parseFeed, type FeedIssue } from '../model/parse-feed.js';
import { dayMessage, getAt, parsePathKey } from '../model/issue-paths.js';
import { missingQualiopiItems, qualiopiIndicator } from '../model/qualiopi.js';
import type { Feed } from '../model/schema.js';
import { sessionEntries, sessionStatus, todayIso } from '../model/sessions.js';
import { importers } from './importers.js';
import { messages, type Messages } from './messages.js';

/** A failure with its exit code: 1 for bad content, 2 for usage and I/O. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress redraws one line). */
  interactive: boolean;
}

const formatNames = () => importers.map((importer) => importer.name).join('|');

function read(file: string, t: Messages): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(t.cannotRead(file, t.systemError((error as NodeJS.ErrnoException).code ?? String(error))), 2);
  }
}

function write(file: string | undefined, text: string, io: CliIo, t: Messages): void {
  if (file === undefined) {
    io.stdout(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(t.cannotWrite(file, t.systemError((error as NodeJS.ErrnoException).code ?? String(error))), 2);
  }
  io.stderr(`${t.written(file)}\n`);
}

/** Whether `bytes` are UTF-16: a byte-order mark, or ASCII characters each with a NUL byte beside it. */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.length >= 4 && ((a !== 0 && b === 0 && c !== 0 && d === 0) || (a === 0 && b !== 0 && c === 0 && d !== 0));
}

/**
 * A feed file's JSON. A feed is UTF-8 (a BOM aside), as browsers read it: a UTF-16 file, what `>` writes in Windows
 * PowerShell 5, is said to be one, with what to do, rather than « not JSON ». A file that is not UTF-8 is read as
 * Windows-1252 (« ANSI »), as the widgets read it, and a UTF-8 file with stray bytes of that encoding as UTF-8: each
 * with a warning, so that its author saves it as UTF-8.
 */
function readJson(file: string, io: CliIo, t: Messages): unknown {
  const bytes = read(file, t);
  if (isUtf16(bytes)) throw new CliError(t.utf16Feed(file), 1);
  const { text, encoding, strayBytes } = decodeText(bytes);
  if (encoding === 'windows-1252') io.stderr(`${t.warning} – ${t.windows1252Feed(file)}\n`);
  if (strayBytes) io.stderr(`${t.warning} – ${t.strayBytesFeed(file, strayBytes.count, strayBytes.lines.join(', '))}\n`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(t.notJson(file, jsonProblem(text, (error as Error).message, t.lang)), 1);
  }
}

/** The version of the feed this library reads. */
const feedVersion = 1;

/** A feed checked before it is published: `feed` when nothing is wrong, every problem otherwise; and what to know. */
interface CheckedFeed {
  feed?: Feed;
  errors: { path: string; message: string; dropped?: string }[];
  /** The feed says another version than the one this library reads: a warning, as the feed is still read. */
  version?: { path: 'version'; message: string };
}

/**
 * The command line checks a feed before it is published, more strictly than the widgets show one: an entry they
 * would leave out (a partial feed) is an error, and so is a text holding control characters (NUL, BEL…), which they
 * would show as they are. The schema lets those through (a check of every text would weigh on every page): they
 * are found here, each with its path in the file as written. A feed of another version is read (forward
 * compatibility: what this library does not know is ignored), with a warning.
 */
function checkFeed(json: unknown, t: Messages): CheckedFeed {
  const parsed = parseFeed(json);
  const errors: FeedIssue[] = parsed.issues.map((issue) => ({ ...issue, message: dayMessage(getAt(json, parsePathKey(issue.path)), issue.message, t.lang) }));
  if (parsed.ok) {
    const leftOut = new Set(parsed.issues.flatMap((issue) => (issue.dropped ? [issue.dropped] : [])));
    for (const found of findControls(parsed.feed, leftOut)) errors.push({ path: found.path, message: t.controlCharacters(found.count, found.list) });
  }
  const version = (json as { version?: unknown } | null)?.version;
  const checked: CheckedFeed = { errors };
  if (typeof version === 'number' && version !== feedVersion) checked.version = { path: 'version', message: t.otherVersion(version, feedVersion) };
  if (parsed.ok && errors.length === 0) checked.feed = parsed.feed;
  return checked;
}

const problemLines = (errors: CheckedFeed['errors']) => errors.map((issue) => `  ${issue.path} : ${issue.message}`);

/** The warning of a feed of another version, if it is one. */
function warnVersion(checked: CheckedFeed, io: CliIo, t: Messages): void {
  if (checked.version) io.stderr(`${t.warning} – ${checked.version.message}\n`);
}

/** Reads and validates a feed file, or throws with every problem and its path (as `validate` finds them). */
function readFeed(file: string, io: CliIo, t: Messages): Feed {
  const checked = checkFeed(readJson(file, io, t), t);
  warnVersion(checked, io, t);
  if (checked.feed) return checked.feed;
  throw new CliError([t.invalid(file, checked.errors.length), ...problemLines(checked.errors)].join('\n'), 1);
}

/** The report of an import that gave nothing: its « no offer » warning is the error that makes it fail; nothing was carried. */
function nothingImported(report: ImportReport): ImportReport {
  const why = report.warnings.filter((note) => note.code === 'no-offer').map((note) => ({ ...note, field: 'refused' }));
  return {
    ...report,
    mapped: [],
    warnings: report.warnings.filter((note) => note.code !== 'no-offer'),
    errors: [...report.errors, ...(why.length ? why : [{ code: 'no-offer' as const, where: {}, field: 'refused' }])],
  };
}

function sessionCount(feed: Feed): number {
  return feed.trainings.reduce((sum, training) => sum + training.sessions.length, 0);
}

function validate(positionals: string[], values: Record<string, unknown>, io: CliIo, t: Messages): number {
  const file = positionals[0];
  if (!file) throw new CliError(t.missingArgument('FLUX / FEED'), 2);
  const checked = checkFeed(readJson(file, io, t), t);
  const feed = checked.feed;
  const qualiopi = feed
    ? feed.trainings.flatMap((training) =>
        missingQualiopiItems(training).map((item) => ({ training: training.id, item, indicator: qualiopiIndicator[item] })),
      )
    : [];
  if (values.json) {
    const warnings = [...(checked.version ? [checked.version] : []), ...qualiopi];
    io.stdout(`${JSON.stringify({ valid: feed !== undefined, errors: checked.errors, warnings }, null, 2)}\n`);
    return feed ? 0 : 1;
  }
  if (!feed) {
    io.stderr(`${t.invalid(file, checked.errors.length)}\n${problemLines(checked.errors).map((line) => `${line}\n`).join('')}`);
    warnVersion(checked, io, t);
    return 1;
  }
  io.stdout(`${t.valid(file, feed.trainings.length, sessionCount(feed))}\n`);
  warnVersion(checked, io, t);
  for (const training of feed.trainings) {
    const missing = qualiopi.filter((warning) => warning.training === training.id);
    if (missing.length) io.stderr(`${t.warning} – ${t.qualiopiMissing(training.id, missing.map((m) => t.qualiopiItem(m.item, m.indicator)).join(', '))}\n`);
  }
  return 0;
}

function importCommand(positionals: string[], values: Record<string, unknown>, io: CliIo, t: Messages, lang: ReportLanguage): number {
  const file = positionals[0];
  if (!file) throw new CliError(t.missingArgument('FICHIER / FILE'), 2);
  const from = values.from as string | undefined;
  const bytes = read(file, t);
  const importer = from === undefined ? importers.find((candidate) => candidate.detect(bytes, file)) : importers.find((candidate) => candidate.name === from);
  // Bytes that are no text at all are an unusable file (1), not a format to name with --from (2).
  if (!importer && from === undefined && looksBinary(decodeText(bytes.subarray(0, 8192)).text)) throw new CliError(t.binaryFile(file), 1);
  if (!importer) throw new CliError(from === undefined ? t.undetectedFormat(file, formatNames()) : t.unknownFormat(from, formatNames()), 2);
  const quizId = values.id as string | undefined;
  const isQuiz = importer.name === 'gift' || importer.name === 'h5p';
  if (quizId !== undefined && !isQuiz) throw new CliError(t.idForQuizOnly, 2);
  const existing = typeof values.into === 'string' ? readFeed(values.into, io, t) : undefined;
  let lastShown = -1;
  const onProgress = (done: number, total: number) => {
    if (total < 200) return;
    const tenth = Math.floor((done / total) * 10);
    if (io.interactive) io.stderr(`\r${t.progress(done, total)}${done === total ? '\n' : ''}`);
    else if (tenth !== lastShown) io.stderr(`${t.progress(done, total)}\n`);
    lastShown = tenth;
  };
  let result;
  try {
    result = importer.read(bytes, { onProgress, fileName: file, ...(quizId !== undefined ? { id: quizId } : {}) });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.stderr(`${formatReport(error.report, lang).join('\n')}\n${t.nothingWritten(typeof values.output === 'string' ? values.output : undefined)}\n`);
    return 1;
  }
  if (result.feed.trainings.length + result.feed.quizzes.length + result.feed.programmes.length === 0) {
    // Nothing to import (an LHEO file of no offer): an unusable file, as a CSV file of no row is; nothing is written.
    io.stderr(`${formatReport(nothingImported(result.report), lang).join('\n')}\n${t.nothingWritten(typeof values.output === 'string' ? values.output : undefined)}\n`);
    return 1;
  }
  io.stderr(`${formatReport(result.report, lang).join('\n')}\n`);
  let feed = result.feed;
  if (existing) {
    // A quiz whose id was derived (file name, category, title) never replaces one of the feed: mergeFeeds gives it a
    // free id, said as a warning. Trainings, and a quiz whose --id the user gave, replace theirs.
    const merged = mergeFeeds([existing, feed], isQuiz && quizId === undefined ? 'rename' : 'replace');
    feed = merged.feed;
    const renamedQuiz = (collision: (typeof merged.collisions)[number]) => collision.kind === 'quiz' && collision.resolution === 'renamed';
    for (const collision of merged.collisions.filter(renamedQuiz)) io.stderr(`${t.warning} – ${t.quizRenamed(collision.id, collision.renamedTo!)}\n`);
    const collisions = merged.collisions.filter((collision) => !renamedQuiz(collision));
    io.stderr(`${t.merged(collisions.length)}\n`);
    for (const collision of collisions) io.stderr(`  ${t.collision(collision.kind, collision.id, collision.renamedTo ? `→ ${collision.renamedTo}` : t.resolution[collision.resolution])}\n`);
  }
  write(values.output as string | undefined, `${JSON.stringify(feed, null, 2)}\n`, io, t);
  return 0;
}

function exportCommand(positionals: string[], values: Record<string, unknown>, io: CliIo, t: Messages, lang: ReportLanguage): number {
  const file = positionals[0];
  if (!file) throw new CliError(t.missingArgument('FLUX / FEED'), 2);
  const to = values.to as string | undefined;
  if (to !== 'lheo' && to !== 'ics' && to !== 'jsonld') throw new CliError(to === undefined ? t.missingArgument('--to lheo|ics|jsonld') : t.unknownFormat(to, 'lheo|ics|jsonld'), 2);
  const feed = readFeed(file, io, t);
  const output = values.output as string | undefined;
  if (to === 'lheo') {
    if (feed.trainings.length === 0) throw new CliError(t.nothingToExport(file), 1);
    const { xml, report } = toLheo(feed);
    io.stderr(`${formatReport(report, lang).join('\n')}\n`);
    write(output, xml, io, t);
  } else if (to === 'jsonld') {
    const today = todayIso();
    const items = sessionEntries(feed).map((entry) => ({ entry, status: sessionStatus(entry, today) }));
    const links = { sheetUrl: (training: Feed['trainings'][number]) => training.url, registrationUrl: (entry: (typeof items)[number]['entry']) => entry.session.registrationUrl };
    write(output, `${JSON.stringify(coursesJsonLd(items, links), null, 2)}\n`, io, t);
  } else {
    const texts = lang === 'fr'
      ? { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' }
      : { remote: 'Remote', provider: 'Training body', registration: 'Registration', more: 'More' };
    const stamp = new Date();
    const sessions: SessionCalendarInput[] = [];
    const base = pathToFileURL(file).href;
    for (const training of feed.trainings) {
      for (const session of training.sessions) {
        // Each range known to the day is an event (as the widget's and the studio's files); the others are said.
        const vague = session.dates.filter((range) => !knownToTheDay(range)).length;
        if (vague > 0 || session.dates.length === 0) io.stderr(`${t.warning} – ${vague < session.dates.length ? t.rangesNotInCalendar(session.id, vague) : t.notInCalendar(session.id)}\n`);
        // As the widget writes them: links it follows, as URIs (RFC 3986: ASCII, « é » percent-encoded).
        const registrationUrl = safeHref(session.registrationUrl, base);
        sessions.push({ training, session, url: registrationUrl ?? safeHref(training.url, base), registrationUrl, texts, stamp });
      }
    }
    const calendar = sessionsCalendar(sessions, 'cli');
    if (calendar.events === 0) throw new CliError(t.emptyCalendar(file), 1);
    write(output, calendar.text, io, t);
  }
  return 0;
}

function schemaCommand(io: CliIo, t: Messages): number {
  const file = new URL('./feed.schema.json', import.meta.url);
  io.stdout(read(file.pathname, t).toString('utf8'));
  return 0;
}

const commands = {
  validate: { options: { json: { type: 'boolean' } }, run: validate, help: 'validateHelp' },
  import: { options: { from: { type: 'string' }, into: { type: 'string' }, id: { type: 'string' }, output: { type: 'string', short: 'o' } }, run: importCommand, help: 'importHelp' },
  export: { options: { to: { type: 'string' }, output: { type: 'string', short: 'o' } }, run: exportCommand, help: 'exportHelp' },
  schema: { options: {}, run: (_p: string[], _v: Record<string, unknown>, io: CliIo, t: Messages) => schemaCommand(io, t), help: 'schemaHelp' },
} as const satisfies Record<string, { options: ParseArgsConfig['options']; run: unknown; help: keyof Messages }>;

/** The language of the messages: English with `--lang en` (or `--lang=en`), else French. */
const languageOf = (args: readonly string[]): ReportLanguage =>
  args.includes('--lang=en') || args.some((arg, i) => arg === '--lang' && args[i + 1] === 'en') ? 'en' : 'fr';

/**
 * What to say when standard output fails once the command has handed its text over (Node reports a failed write
 * to a pipe or a file later, as an event): nothing when the reader stopped reading (`| head` closes the pipe: what
 * was left had nowhere to go, as for any Unix command); else the reason, as for a file that cannot be written, and
 * exit code 2 (`> /dev/full`, a full disk).
 */
export function standardOutputFailure(args: readonly string[], code: string | undefined): { message: string; exitCode: 2 } | undefined {
  if (code === 'EPIPE') return undefined;
  const t = messages[languageOf(args)];
  return { message: `${t.error} – ${t.cannotWriteOutput(t.systemError(code ?? 'EIO'))}\n`, exitCode: 2 };
}

/** Runs the command line on `args` (without `node` and the script) and returns the exit code. */
export function runCli(args: string[], io: CliIo): number {
  const lang = languageOf(args);
  const t = messages[lang];
  const usage = () => t.usage.replaceAll('{formats}', formatNames());
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(commands, name)) {
    io.stderr(`${t.error} – ${t.unknownCommand(name)}\n\n${usage()}\n`);
    return 2;
  }
  const command = commands[name as keyof typeof commands];
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(`${t[command.help].replaceAll('{formats}', formatNames())}\n`);
      return 0;
    }
    if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'fr') throw new CliError(t.unknownOption(`--lang ${String(values.lang)}`), 2);
    // Every command reads one file; a second one would otherwise be left unread without a word (`validate *.json`).
    const maxFiles = name === 'schema' ? 0 : 1;
    if (positionals.length > maxFiles) throw new CliError(t.oneFileOnly(positionals[maxFiles]!), 2);
    return command.run(positionals, values, io, t, lang);
  } catch (error) {
    if (error instanceof CliError) {
      // A message may quote a file name or a parser's words about the input: control characters are shown escaped.
      io.stderr(`${t.error} – ${error.message.split('\n').map(visibleText).join('\n')}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      // Node's words are English: the option it names is quoted in them (`Unknown option '--bogus'`).
      const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? error.message;
      const detail = error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? t.optionNeedsValue(option) : t.unknownOption(option);
      io.stderr(`${t.error} – ${detail}\n\n${t[command.help].replaceAll('{formats}', formatNames())}\n`);
      return 2;
    }
    // A defect of ours, never a stack trace for the user (DEBUG=1 shows it).
    if (process.env.DEBUG) throw error;
    io.stderr(`${t.error} – ${t.internalError(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}
