/**
 * A session plan saved from a spreadsheet as CSV, one row per session, to the feed. Saved "the French way" (`;`,
 * Windows-1252 or UTF-8 with a BOM, `25/09/2023`, `1 200,50`) or the English way (`,`, UTF-8, `2023-09-25`).
 * Columns are recognised by their header, whatever the case and accents ("Intitulé", "intitule", "Title").
 * Rows of one training (same id, or same title and body) become one training with several sessions.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import type { DatePrecision, DateRange, Feed, Person, Training, TrainingSession } from '../schema.js';
import { endsBeforeStart } from '../calendar.js';
import { decodeText, decodingNotes, looksBinary, type TextSource } from './decode.js';
import { compact, finishImport, ImportError, type ImportResult, uniqueId } from './import-result.js';
import { ReportBuilder } from './import-report.js';
import { describeControls, hasControls, withoutControls } from './control-characters.js';
import { feedLink, withoutMailto } from './links.js';
import { foldText } from '../session-filters.js';
import { frenchNumber, isDurationAmount } from './text.js';

/** Every column the importer knows: the first name is the template's, the others are accepted too. */
export const csvColumns = {
  trainingId: { names: ['Identifiant formation', 'Id formation', 'Training id'] },
  title: { names: ['Intitulé', 'Titre', 'Formation', 'Intitulé de la formation', 'Title', 'Training'], required: true },
  provider: { names: ['Organisme', 'Organisme de formation', 'Provider', 'Training body'], required: true },
  siret: { names: ['SIRET'] },
  sessionId: { names: ['Identifiant session', 'Id session', 'Session id'] },
  label: { names: ['Session', 'Groupe', 'Libellé session', 'Session label', 'Group'] },
  start: { names: ['Date de début', 'Début', 'Start date', 'Start'] },
  end: { names: ['Date de fin', 'Fin', 'End date', 'End'] },
  permanentEntry: { names: ['Entrées permanentes', 'Entrées et sorties permanentes', 'Permanent entry'] },
  mode: { names: ['Modalité', 'Mode', 'Modalité pédagogique', 'Teaching mode'] },
  venue: { names: ['Lieu', 'Nom du lieu', 'Venue'] },
  address: { names: ['Adresse', 'Address'] },
  postalCode: { names: ['Code postal', 'CP', 'Postal code', 'Zip'] },
  city: { names: ['Ville', 'Commune', 'City', 'Town'] },
  region: { names: ['Région', 'Region'] },
  registrationDeadline: { names: ['Date limite d’inscription', 'Clôture des inscriptions', 'Registration deadline', 'Deadline'] },
  registrationUrl: { names: ['Lien d’inscription', 'URL d’inscription', 'Inscription', 'Registration URL', 'Registration link'] },
  seats: { names: ['Places', 'Nombre de places', 'Seats'] },
  remainingSeats: { names: ['Places restantes', 'Places disponibles', 'Remaining seats'] },
  cancelled: { names: ['Annulée', 'Annulé', 'Cancelled', 'Canceled'] },
  note: { names: ['Remarque', 'Commentaire', 'Note'] },
  hours: { names: ['Durée (heures)', 'Heures', 'Nombre d’heures', 'Hours', 'Duration (hours)'] },
  days: { names: ['Durée (jours)', 'Jours', 'Nombre de jours', 'Days', 'Duration (days)'] },
  price: { names: ['Prix', 'Tarif', 'Coût', 'Prix (€)', 'Tarif (€)', 'Price', 'Cost'] },
  audience: { names: ['Public', 'Public visé', 'Audience'] },
  objectives: { names: ['Objectifs', 'Objectives'] },
  prerequisites: { names: ['Prérequis', 'Prerequisites'] },
  access: { names: ['Modalités d’accès', 'Modalités et délais d’accès', 'Access'] },
  accessibility: { names: ['Accessibilité', 'Accessibilité handicap', 'Accessibility'] },
  disabilityReferent: { names: ['Référent handicap', 'Disability referent'] },
  contactName: { names: ['Contact', 'Nom du contact', 'Contact name'] },
  contactEmail: { names: ['Courriel', 'E-mail', 'Email', 'Mail', 'Contact email'] },
  contactPhone: { names: ['Téléphone', 'Tél', 'Phone', 'Contact phone'] },
  rncp: { names: ['Code RNCP', 'RNCP'] },
  rs: { names: ['Code RS', 'RS'] },
  certifier: { names: ['Certificateur', 'Certifier'] },
  cpf: { names: ['Éligible CPF', 'CPF', 'Eligible CPF', 'CPF eligible'] },
  updated: { names: ['Mise à jour', 'Date de mise à jour', 'Updated', 'Last updated'] },
  url: { names: ['Lien', 'URL', 'Page', 'Lien de la fiche', 'Link'] },
} as const satisfies Record<string, { names: readonly string[]; required?: boolean }>;

export type CsvColumn = keyof typeof csvColumns;

/** Header text compared without case, accents, spaces or punctuation: "Date de début" = "date_de_debut". */
export const normaliseHeader = (header: string) => foldText(header).replace(/[^a-z0-9]+/g, '');

const columnByHeader = new Map<string, CsvColumn>(
  (Object.entries(csvColumns) as [CsvColumn, { names: readonly string[] }][]).flatMap(([column, { names }]) => names.map((name) => [normaliseHeader(name), column] as const)),
);

const isEmail = (value: string) => z.email().safeParse(value).success;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const months = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Day names, Sunday first (`Date#getUTCDay`), French then English, each with its first three letters. */
const weekdays = [
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
];

/**
 * The month (1–12) a name stands for, accents, case and a final dot aside: `octobre`, `Févr.`, `aout`, `sept`,
 * `October`, `Oct`. A shortened name must be three letters at least and name one month only (`jui`: June or July?).
 */
function monthOf(word: string): number | undefined {
  const name = foldText(word).replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const found = new Set([months, englishMonths].flatMap((list) => list.flatMap((month, index) => (month.startsWith(name) ? [index + 1] : []))));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The day of the week (0 Sunday) a name stands for (`lundi`, `lun.`, `Monday`, `Mon`), or undefined. */
function weekdayOf(word: string): number | undefined {
  const name = foldText(word).replace(/\.$/, '');
  for (const list of weekdays) {
    const index = list.findIndex((day) => day === name || (name.length === 3 && day.startsWith(name)));
    if (index >= 0) return index;
  }
  return undefined;
}

/** A year written with two digits is of this century (`23`: 2023). */
const fullYear = (written: string) => Number(written.length === 2 ? `20${written}` : written);

/** A spreadsheet date, and the time of day when the cell had one (`09:00:00`), with its UTC offset if written. */
export interface SpreadsheetDate {
  iso: string;
  precision: DatePrecision;
  /** `HH:MM:SS`, local time; absent for a day alone (and for midnight without an offset: Excel's date cells). */
  time?: string;
  /** `+02:00`, when the cell wrote one (`Z` is `+00:00`). */
  offset?: string;
  /** The year as written when it had two digits (`23`, read 2023): worth saying. */
  shortYear?: string;
}

/**
 * A spreadsheet date: `25/09/2023`, `25/09/23`, `25.09.2023`, `2023-09-25`, a day written out as Excel shows a
 * date cell in a French (or English) locale (`9 octobre 2023`, `lundi 9 octobre 2023`, `1er octobre 2023`,
 * `09-oct.-23`, `9-Oct-2023`, `9 févr. 2024`), or a month alone (`09/2023`, `septembre 2023`, `2023-09`). A day may
 * carry a time: `25/09/2023 09:00` (Excel), `25/09/2023 9h30`, `2023-09-25T09:00`, `2023-09-25 09:00:00`,
 * `2023-09-25T09:00:00+02:00`. A two-digit year is this century's (`shortYear` says so). Undefined when it is none
 * of these, not a real day (`31 février`), a day of the week that is not that day's, or not a real time.
 */
export function readSpreadsheetDate(value: string, side: 'start' | 'end'): SpreadsheetDate | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(.+))?$/.exec(text);
  if (match) return shortened(withTime(dayOf(fullYear(match[3]!), Number(match[2]), Number(match[1])), match[4]), match[3]!);
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(.+))?$/.exec(text);
  if (match) return withTime(dayOf(Number(match[1]), Number(match[2]), Number(match[3])), match[4]);
  // [lundi|le] 9 octobre 2023, 1er oct. 2023, 09-oct.-23, 9-Oct-2023, then perhaps a time.
  match = /^(?:(\p{L}+\.?),? )?(\d{1,2})(?:er|ᵉʳ)?(?: ?[-/] ?| )(\p{L}+\.?)(?: ?[-/] ?| )(\d{4}|\d{2})(?: (.+))?$/iu.exec(text);
  if (match) {
    const [, dayName, day, monthName, year, time] = match as unknown as [string, string | undefined, string, string, string, string | undefined];
    const month = monthOf(monthName);
    const date = month === undefined ? undefined : dayOf(fullYear(year), month, Number(day));
    if (!date || (dayName !== undefined && foldText(dayName) !== 'le' && weekdayOf(dayName) !== new Date(`${date.iso}T00:00:00Z`).getUTCDay())) return undefined;
    return shortened(withTime(date, time), year);
  }
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  const named = /^([a-zéèûô.]+)\s+(\d{4})$/i.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  if (monthYear) [month, year] = [Number(monthYear[1]), Number(monthYear[2])];
  else if (yearMonth) [year, month] = [Number(yearMonth[1]), Number(yearMonth[2])];
  else if (named) {
    month = monthOf(named[1]!);
    if (month !== undefined) year = Number(named[2]);
  }
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(side === 'start' ? 1 : daysIn(year, month))}`, precision: 'month' };
}

/** `date` marked as read from a two-digit year, when `year` was written so. */
const shortened = (date: SpreadsheetDate | undefined, year: string): SpreadsheetDate | undefined => (date && year.length === 2 ? { ...date, shortYear: year } : date);

function dayOf(year: number, month: number, day: number): SpreadsheetDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1900 || year > 2200) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * The day with the time written after it (`09:00`, `9:00:00`, `9h`, `9 h 30`, `à 9h30`, an offset after it; whole seconds
 * written with zero fractions as JavaScript's toISOString writes them, `09:00:00.000Z`), if real.
 */
function withTime(day: SpreadsheetDate | undefined, written: string | undefined): SpreadsheetDate | undefined {
  if (!day || written === undefined) return day;
  const match = /^(?:à\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]0+)?)?|(\d{1,2})\s?h\s?(\d{2})?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(written.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1] ?? match[4], match[2] ?? match[5] ?? '0', match[3] ?? '0'].map(Number) as [number, number, number];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const time = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  const zone = match[6]?.toUpperCase();
  if (zone === undefined) return time === '00:00:00' ? day : { ...day, time };
  if (zone === 'Z') return { ...day, time, offset: '+00:00' };
  const [, sign, offsetHours, offsetMinutes = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
  return { ...day, time, offset: `${sign}${offsetHours}:${offsetMinutes}` };
}

/**
 * Time zones of the overseas departments and territories, by the first three digits of their postal codes; any
 * other French postal code (or none: a remote session) is Paris time. French Polynesia (987) spans three zones.
 */
const overseasZones: Record<string, string> = {
  '971': 'America/Guadeloupe', '972': 'America/Martinique', '973': 'America/Cayenne', '974': 'Indian/Reunion', '975': 'America/Miquelon',
  '976': 'Indian/Mayotte', '977': 'America/St_Barthelemy', '978': 'America/Marigot', '986': 'Pacific/Wallis', '988': 'Pacific/Noumea',
};

const timeZoneOf = (postalCode: string | undefined): string | undefined => {
  const code = postalCode?.replace(/\s/g, '') ?? '';
  return /^9[78]/.test(code) ? overseasZones[code.slice(0, 3)] : 'Europe/Paris';
};

const wallClocks = new Map<string, Intl.DateTimeFormat | undefined>();

/** The zone's wall clock at `instant`, as milliseconds of the same wall clock read as UTC; undefined without time zone data. */
function wallClockAt(zone: string, instant: number): number | undefined {
  if (!wallClocks.has(zone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      format = undefined;
    }
    wallClocks.set(zone, format);
  }
  const format = wallClocks.get(zone);
  if (!format) return undefined;
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
}

/**
 * The UTC offset of a local time in `zone` (`+02:00` for 09:00 in Paris in summer, `+01:00` in winter), from the
 * time zone data of the JavaScript engine. `clock-change` for a time that does not exist (spring, 02:30) or comes
 * twice (autumn, 02:30): which one was meant cannot be told; `zone` when the zone or its data is unknown.
 */
function utcOffsetOf(day: string, time: string, zone: string | undefined): { offset: string } | { reason: 'zone' | 'clock-change' } {
  if (zone === undefined) return { reason: 'zone' };
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hours, minutes, seconds);
  // The offsets in force a day before and a day after: a change of offset between them is the only ambiguity.
  const candidates = new Set<number>();
  for (const shift of [-86_400_000, 0, 86_400_000]) {
    const clock = wallClockAt(zone, wall + shift);
    if (clock === undefined || Number.isNaN(clock)) return { reason: 'zone' };
    candidates.add(clock - (wall + shift));
  }
  const fits = [...candidates].filter((offset) => wallClockAt(zone, wall - offset) === wall);
  if (fits.length !== 1) return { reason: 'clock-change' };
  const offset = fits[0]! / 60_000;
  if (!Number.isInteger(offset)) return { reason: 'zone' };
  return { offset: `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}` };
}

/** `1 200,50 €`, `1200.5`, `1.200,50`: a non-negative number, or undefined. */
export function readSpreadsheetNumber(value: string): number | undefined {
  let text = value.replace(/[\s\u00a0\u202f€]|EUR/gi, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** "Aucun", "Sans", "None": published as "Pas de prérequis" (an empty list), not as a prerequisite. */
const noPrerequisites = new Set(['aucun', 'aucune', 'sans', 'non', 'none', 'no', 'pasdeprerequis', 'sansprerequis']);
const yes = new Set(['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true']);
const no = new Set(['non', 'n', 'no', '0', 'faux', 'false', '']);
const modes: Record<string, TrainingSession['mode']> = {
  presentiel: 'in-person', presentielle: 'in-person', 'en presentiel': 'in-person', 'in-person': 'in-person', 'in person': 'in-person', '0': 'in-person', 'sur site': 'in-person',
  'face a face': 'in-person', 'face-a-face': 'in-person',
  distanciel: 'remote', 'en distanciel': 'remote', 'a distance': 'remote', distance: 'remote', 'en ligne': 'remote', remote: 'remote', online: 'remote', '2': 'remote',
  'classe virtuelle': 'remote', foad: 'remote', 'e-learning': 'remote', elearning: 'remote', visio: 'remote', visioconference: 'remote',
  mixte: 'blended', hybride: 'blended', blended: 'blended', mixed: 'blended', '1': 'blended', multimodal: 'blended', 'presentiel et distanciel': 'blended',
  'presentiel/distanciel': 'blended', 'blended learning': 'blended',
};

interface Row {
  line: number;
  /** Each cell read, with its column's number and header as written. */
  cells: Partial<Record<CsvColumn, { value: string; column: number; header: string }>>;
  /** Fewer cells than the header has columns: its last columns are read as empty. */
  short: boolean;
}

/** A record as papaparse read it: its cells, its first and last line, and whether its quotes were badly closed. */
interface CsvRecord {
  cells: string[];
  line: number;
  lastLine: number;
  badQuotes: boolean;
}

/**
 * A cell written as Excel's text formula, `="01000"` (exports write so a postal code, SIRET or number whose leading
 * zeros Excel would drop): its text, as Excel shows it. Any other cell as it is.
 */
const excelText = (cell: string): string => /^="((?:[^"]|"")*)"$/.exec(cell)?.[1]?.replaceAll('""', '"') ?? cell;

/**
 * Reads a CSV session plan. Throws ImportError when nothing can be imported: binary content, no header row, a
 * required column missing, no row under the header, or no usable row.
 *
 * Never a value in the wrong column: a record whose quotes are badly closed (papaparse's MissingQuotes and
 * InvalidQuotes: the cells after the quote would shift, and an unclosed quote swallows the lines after it) is
 * refused with the lines it spans; so is a record with more non-empty cells than the header has columns (an
 * unquoted separator inside a value). A record with fewer cells (Excel leaves out a row's empty last cells) is
 * read as it is, the missing last cells empty, and reported.
 */
export function fromCsv(source: TextSource): ImportResult {
  const decoded = decodeText(source);
  const { encoding } = decoded;
  // Excel's « sep=; » first line names the separator: it is read, then blanked (offsets and lines stay as they are).
  const separatorLine = /^[^\S\n]*"?sep=([;,\t|])"?[^\S\n]*(?=\r?\n|$)/i.exec(decoded.text);
  const text = separatorLine ? ' '.repeat(separatorLine[0].length) + decoded.text.slice(separatorLine[0].length) : decoded.text;
  const report = new ReportBuilder('csv');
  decodingNotes(decoded).forEach((note) => report.warn(note));
  const fail = (): never => {
    throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));
  };
  if (looksBinary(text)) {
    report.error({ code: 'not-text', where: {} });
    return fail();
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  /** The 1-based line of a character offset. */
  const lineAt = (offset: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };

  const records: CsvRecord[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    ...(separatorLine ? { delimiter: separatorLine[1] } : { delimitersToGuess: [';', ',', '\t', '|'] }),
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The record starts after the blank lines papaparse skipped, and ends with the newline its cursor passed.
      let start = cursor;
      while (start < text.length && /\s/.test(text[start]!)) start += 1;
      const end = Math.max(start, result.meta.cursor - 1);
      records.push({ cells: result.data, line: lineAt(start), lastLine: lineAt(end), badQuotes: result.errors.some((error) => error.type === 'Quotes') });
      cursor = result.meta.cursor;
    },
  });
  const headerRecord = records.shift();
  if (!headerRecord) {
    report.error({ code: 'csv-no-header', where: { line: 1 } });
    return fail();
  }
  const header = headerRecord;
  /** A cell without its control characters (BEL, NUL…: never text), each cell that had some warned. */
  const cleanCell = (value: string, line: number, index: number, source: string): string => {
    if (!hasControls(value)) return value;
    const { count, list } = describeControls(value);
    report.warn({ code: 'control-removed', where: { line, column: index + 1 }, source, value: list, field: String(count) });
    return withoutControls(value);
  };
  header.cells = header.cells.map((name, index) => cleanCell(name, header.line, index, `#${index + 1}`));
  if (header.badQuotes) {
    report.error({ code: 'csv-quote', where: { line: header.line }, field: header.lastLine > header.line ? String(header.lastLine) : undefined });
    fail();
  }
  const firstColumn = new Map<CsvColumn, number>();
  const columns: (CsvColumn | undefined)[] = header.cells.map((name, index) => {
    const column = columnByHeader.get(normaliseHeader(name));
    if (!column) {
      if (name.trim()) report.warn({ code: 'csv-column-unknown', where: { line: header.line, column: index + 1 }, source: name.trim() });
      return undefined;
    }
    const first = firstColumn.get(column);
    if (first === undefined) {
      firstColumn.set(column, index + 1);
      return column;
    }
    // Two columns for one field (`Ville` twice, or `Ville` and `Commune`): the first is read, the other listed as not carried.
    report.warn({ code: 'csv-column-duplicate', where: { line: header.line, column: index + 1 }, source: name.trim(), field: String(first) });
    return undefined;
  });
  const missing = (Object.entries(csvColumns) as [CsvColumn, { required?: boolean }][]).filter(([column, spec]) => spec.required && !columns.includes(column));
  for (const [column] of missing) report.error({ code: 'csv-column-missing', where: { line: header.line }, source: csvColumns[column].names[0] });
  if (missing.length) fail();
  if (records.length === 0) {
    report.error({ code: 'csv-no-rows', where: { line: header.line } });
    fail();
  }

  const width = header.cells.length;
  /** A row's cells as a header's, to tell the header written again (exports put end to end) from a session. */
  const asHeader = (cells: string[]) => cells.map((cell) => normaliseHeader(cell)).join(';').replace(/;+$/, '');
  const headerKey = asHeader(header.cells);
  const rows: Row[] = [];
  for (const { cells, line, lastLine, badQuotes } of records) {
    if (badQuotes) {
      report.error({ code: 'csv-quote', where: { line }, field: lastLine > line ? String(lastLine) : undefined });
      continue;
    }
    if (asHeader(cells) === headerKey) {
      report.warn({ code: 'csv-header-repeated', where: { line } });
      continue;
    }
    if (cells.slice(width).some((cell) => cell.trim())) {
      report.error({ code: 'csv-too-many-cells', where: { line }, value: String(cells.length), field: String(width) });
      continue;
    }
    const row: Row = { line, cells: {}, short: cells.length < width };
    cells.slice(0, width).forEach((cell, index) => {
      const column = columns[index];
      const trimmed = excelText(cleanCell(cell, line, index, header.cells[index]?.trim() || `#${index + 1}`).trim());
      if (!trimmed) return;
      if (column) {
        const name = header.cells[index]?.trim() ?? column;
        row.cells[column] = { value: trimmed, column: index + 1, header: name };
        report.mapped(name, column);
      } else {
        report.unmapped(header.cells[index]?.trim() || `#${index + 1}`, { line, column: index + 1 }, trimmed);
      }
    });
    rows.push(row);
  }
  if (!columns.includes('mode')) report.warn({ code: 'mode-defaulted', where: { line: header.line }, source: csvColumns.mode.names[0] });
  const feed = new CsvReader(report, columns.includes('mode')).feed(rows);
  if (feed.trainings.length === 0) {
    report.error({ code: 'csv-no-rows', where: {}, field: 'refused' });
    fail();
  }
  return finishImport(feed, report, encoding);
}

class CsvReader {
  private readonly trainingIds = new Set<string>();
  private readonly sessionIds = new Set<string>();

  /** `modeColumn`: whether the file has a mode column (a session without one is then reported). */
  constructor(
    private readonly report: ReportBuilder,
    private readonly modeColumn: boolean,
  ) {}

  feed(rows: Row[]): Feed {
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const title = row.cells.title?.value;
      if (!title) {
        this.report.error({ code: 'csv-row-skipped', where: { line: row.line }, source: csvColumns.title.names[0] });
        continue;
      }
      const key = row.cells.trainingId?.value ?? `${title}\u0000${row.cells.provider?.value ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    // The body is required: a training none of whose rows names it is left out, never published under a placeholder.
    const usable = [...groups.values()].filter((group) => {
      if (group.some((row) => row.cells.provider)) return true;
      for (const row of group) this.report.error({ code: 'csv-row-skipped', where: { line: row.line }, source: csvColumns.provider.names[0] });
      return false;
    });
    const short = usable.flat().filter((row) => row.short).map((row) => row.line).sort((a, b) => a - b);
    if (short.length) this.report.warn({ code: 'csv-short-rows', where: {}, value: `${short.slice(0, 10).join(', ')}${short.length > 10 ? '…' : ''}`, field: String(short.length) });
    const trainings = usable.map((group) => this.training(group));
    return { version: 1, trainings, quizzes: [], programmes: [] };
  }

  private value(row: Row, column: CsvColumn): string | undefined {
    return row.cells[column]?.value;
  }

  private where(row: Row, column: CsvColumn) {
    return { line: row.line, column: row.cells[column]?.column };
  }

  private invalid(row: Row, column: CsvColumn, code: 'csv-date' | 'csv-number' | 'value-invalid'): undefined {
    const cell = row.cells[column];
    if (cell) this.report.unmap(cell.header, column);
    this.report.warn({ code, where: this.where(row, column), source: csvColumns[column].names[0], value: this.value(row, column) });
    return undefined;
  }

  /**
   * The contact's e-mail address: of several in one cell (`a@b.fr; c@d.fr`, `a@b.fr, c@d.fr`), as of an LHEO
   * `courriel`, the first valid one, the others warned as left out; none valid, the whole cell is warned as left out.
   */
  private email(row: Row): string | undefined {
    const raw = this.value(row, 'contactEmail');
    if (raw === undefined) return undefined;
    const candidates = raw.split(/[\s;,]+/).filter(Boolean).map(withoutMailto);
    const email = candidates.find(isEmail);
    if (email === undefined) return this.invalid(row, 'contactEmail', 'value-invalid');
    const rest = candidates.filter((candidate) => candidate !== email).join(' ');
    if (rest) this.report.warn({ code: 'value-invalid', where: this.where(row, 'contactEmail'), source: csvColumns.contactEmail.names[0], value: rest });
    return email;
  }

  private number(row: Row, column: CsvColumn): number | undefined {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    return readSpreadsheetNumber(raw) ?? this.invalid(row, column, 'csv-number');
  }

  /** A duration: 0 or a trace of one is refused and reported, never shown as « 0 h ». */
  private duration(row: Row, column: 'hours' | 'days'): number | undefined {
    const value = this.number(row, column);
    return value === undefined || isDurationAmount(value) ? value : this.invalid(row, column, 'value-invalid');
  }

  /** A French postal code that a spreadsheet wrote as a number (01000 → 1000) gets its leading zero back, said so. */
  private postalCode(row: Row): string | undefined {
    const value = this.value(row, 'postalCode');
    if (value === undefined || !/^\d{4}$/.test(value)) return value;
    this.report.warn({ code: 'postal-code-padded', where: this.where(row, 'postalCode'), value, field: `0${value}` });
    return `0${value}`;
  }

  /** A count of seats: a whole number, else refused and reported rather than rounded. */
  private count(row: Row, column: 'seats' | 'remainingSeats'): number | undefined {
    const value = this.number(row, column);
    return value === undefined || Number.isInteger(value) ? value : this.invalid(row, column, 'value-invalid');
  }

  /** Oui/non and their kin, accents and case aside; `alsoYes`: the column's own word for yes (« annulée »). */
  private boolean(row: Row, column: CsvColumn, alsoYes: readonly string[] = []): boolean | undefined {
    const value = this.value(row, column);
    if (value === undefined) return undefined;
    const raw = foldText(value).trim();
    if (yes.has(raw) || alsoYes.includes(raw)) return true;
    if (no.has(raw)) return false;
    return this.invalid(row, column, 'value-invalid');
  }

  /**
   * A date, with its time when the cell has one and the field holds one (`holds: 'date-time'`): local time where the
   * session is (Paris, or the overseas zone its postal code names), with that zone's offset on that day. When the
   * offset cannot be told, or the field holds a date only, the date is kept and the time left out, said.
   */
  private date(row: Row, column: CsvColumn, side: 'start' | 'end', holds: 'date' | 'date-time' = 'date-time'): { iso: string; precision: DatePrecision } | undefined {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    const read = readSpreadsheetDate(raw, side);
    if (!read) return this.invalid(row, column, 'csv-date');
    const { iso, precision, time } = read;
    if (read.shortYear) this.report.warn({ code: 'csv-two-digit-year', where: this.where(row, column), source: csvColumns[column].names[0], value: raw, field: iso.slice(0, 4) });
    if (time === undefined) return { iso, precision };
    const zoned = holds === 'date' ? { reason: 'date-only' as const } : read.offset ? { offset: read.offset } : utcOffsetOf(iso, time, timeZoneOf(this.value(row, 'postalCode')));
    if ('offset' in zoned) return { iso: `${iso}T${time}${zoned.offset}`, precision };
    this.report.warn({ code: 'csv-time-dropped', where: this.where(row, column), source: csvColumns[column].names[0], value: raw, field: zoned.reason });
    return { iso, precision };
  }

  private url(row: Row, column: CsvColumn): string | undefined {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    // What the feed holds and the widgets follow: https, http, mailto, tel (the scheme in any case: lower-cased).
    return feedLink(raw)?.link ?? this.invalid(row, column, 'value-invalid');
  }

  private lines(row: Row, column: CsvColumn): string[] | undefined {
    const list = this.value(row, column)
      // Only a line break, ` | ` or a bullet: a `;` is punctuation inside a French sentence (« le cadre légal ; savoir… »).
      ?.split(/\s*(?:\r?\n|\s\|\s|•)\s*/)
      .map((item) => item.replace(/^[-–*]\s+/, '').trim())
      .filter(Boolean);
    return list?.length ? list : undefined;
  }

  /** A training-wide value: from the first row that has it; a different value on a later row is reported. */
  private shared<T>(rows: Row[], column: CsvColumn, read: (row: Row) => T | undefined): T | undefined {
    let found: T | undefined;
    let first: string | undefined;
    for (const row of rows) {
      const raw = this.value(row, column);
      if (raw === undefined) continue;
      if (first === undefined) {
        first = raw;
        found = read(row);
      } else if (raw !== first) {
        this.report.warn({ code: 'value-differs', where: this.where(row, column), source: csvColumns[column].names[0], value: raw, field: first });
      }
    }
    return found;
  }

  private training(rows: Row[]): Training {
    const first = rows[0]!;
    const title = this.value(first, 'title')!;
    const { id, renamed, generated } = uniqueId(this.value(first, 'trainingId'), slug(title) || `formation-${this.trainingIds.size + 1}`, this.trainingIds);
    if (this.value(first, 'trainingId') && (renamed || generated)) this.report.warn({ code: 'id-renamed', where: this.where(first, 'trainingId'), value: this.value(first, 'trainingId'), field: id });
    const text = (column: CsvColumn) => this.shared(rows, column, (row) => this.value(row, column));
    // Rows grouped by their id may differ in title: the first is kept, the others reported like any training-wide column.
    text('title');
    const hours = this.shared(rows, 'hours', (row) => this.duration(row, 'hours'));
    const days = this.shared(rows, 'days', (row) => this.duration(row, 'days'));
    const price = this.shared(rows, 'price', (row) => this.number(row, 'price'));
    const siret = this.shared(rows, 'siret', (row) => {
      const value = this.value(row, 'siret')?.replace(/\s/g, '');
      return value && /^\d{14}$/.test(value) ? value : this.invalid(row, 'siret', 'value-invalid');
    });
    const contactName = text('contactName');
    const contactEmail = this.shared(rows, 'contactEmail', (row) => this.email(row));
    const contactPhone = text('contactPhone');
    const contact: Person | undefined =
      contactName || contactEmail || contactPhone ? compact<Person>({ name: contactName ?? contactEmail ?? contactPhone ?? '', email: contactEmail, phone: contactPhone }) : undefined;
    const referent = text('disabilityReferent');
    const rncp = text('rncp')?.replace(/\s/g, '').toUpperCase().replace(/^(RNCP)?/, 'RNCP');
    const rs = text('rs')?.replace(/\s/g, '').toUpperCase().replace(/^(RS)?/, 'RS');
    const updated = this.shared(rows, 'updated', (row) => this.date(row, 'updated', 'start'));
    return compact<Training>({
      id,
      title,
      provider: compact({ name: text('provider') ?? '-', siret }),
      audience: text('audience'),
      duration:
        hours === undefined && days === undefined
          ? undefined
          : compact({ label: [days !== undefined && `${frenchNumber(days)} j`, hours !== undefined && `${frenchNumber(hours)} h`].filter(Boolean).join(' / '), days, hours }),
      price: price === undefined ? undefined : { amount: price, currency: 'EUR' },
      objectives: this.shared(rows, 'objectives', (row) => this.lines(row, 'objectives'))?.map((objective, index) => ({ id: `objectif-${index + 1}`, text: objective })),
      prerequisites: this.shared(rows, 'prerequisites', (row) => (noPrerequisites.has(normaliseHeader(this.value(row, 'prerequisites') ?? '')) ? [] : this.lines(row, 'prerequisites'))),
      access: text('access'),
      accessibility: text('accessibility'),
      disabilityReferent: referent ? { name: referent } : undefined,
      contacts: contact ? [contact] : undefined,
      certification:
        rncp || rs || text('certifier')
          ? compact({ rncp: rncp && /^RNCP\d{1,6}$/.test(rncp) ? rncp : undefined, rs: rs && /^RS\d{1,6}$/.test(rs) ? rs : undefined, certifier: text('certifier') })
          : undefined,
      funding: (() => {
        const cpf = this.shared(rows, 'cpf', (row) => this.boolean(row, 'cpf'));
        return cpf === undefined ? undefined : { cpf };
      })(),
      updated: updated?.iso,
      url: this.shared(rows, 'url', (row) => this.url(row, 'url')),
      sessions: rows.map((row, index) => this.session(row, id, index)),
    });
  }

  private session(row: Row, trainingId: string, index: number): TrainingSession {
    const { id, renamed, generated } = uniqueId(this.value(row, 'sessionId'), `${trainingId}-${index + 1}`, this.sessionIds);
    if (this.value(row, 'sessionId') && (renamed || generated)) this.report.warn({ code: 'id-renamed', where: this.where(row, 'sessionId'), value: this.value(row, 'sessionId'), field: id });
    const start = this.date(row, 'start', 'start');
    const end = this.date(row, 'end', 'end');
    const dates: DateRange[] = [];
    if (start) {
      const range: DateRange = { start: start.iso };
      if (start.precision !== 'day') range.startPrecision = start.precision;
      if (end && !endsBeforeStart(start.iso, end.iso) && (end.iso !== start.iso || end.precision !== start.precision)) {
        range.end = end.iso;
        if (end.precision !== 'day') range.endPrecision = end.precision;
      } else if (end && endsBeforeStart(start.iso, end.iso)) {
        this.report.warn({ code: 'end-before-start', where: this.where(row, 'end'), value: `${start.iso} > ${end.iso}` });
      }
      dates.push(range);
    } else if (this.value(row, 'start') === undefined && !this.boolean(row, 'permanentEntry')) {
      this.report.warn({ code: 'date-unknown', where: { line: row.line } });
    }
    const rawMode = this.value(row, 'mode');
    const mode = rawMode === undefined ? undefined : modes[foldText(rawMode).trim()];
    // The feed needs a mode: an unknown or empty one is written « in person » and said so (a missing column once).
    if (!mode && row.cells.mode) this.report.unmap(row.cells.mode.header, 'mode');
    if (!mode && (rawMode !== undefined || this.modeColumn)) this.report.warn({ code: 'mode-defaulted', where: this.where(row, 'mode'), source: csvColumns.mode.names[0], value: rawMode ?? '', field: 'présentiel, distanciel, mixte' });
    const seats = this.count(row, 'seats');
    let remaining = this.count(row, 'remainingSeats');
    // More seats left than seats: said at the cell, as the feed would refuse it (with a path the author cannot use).
    if (seats !== undefined && remaining !== undefined && remaining > seats) remaining = this.invalid(row, 'remainingSeats', 'value-invalid');
    const place = compact({ name: this.value(row, 'venue'), address: this.value(row, 'address'), postalCode: this.postalCode(row), city: this.value(row, 'city'), region: this.value(row, 'region') });
    const deadline = this.date(row, 'registrationDeadline', 'end', 'date');
    return compact<TrainingSession>({
      id,
      label: this.value(row, 'label'),
      mode: mode ?? 'in-person',
      place: Object.keys(place).length ? place : undefined,
      dates,
      permanentEntry: this.boolean(row, 'permanentEntry') || undefined,
      registrationDeadline: deadline?.iso,
      registrationUrl: this.url(row, 'registrationUrl'),
      seats: seats === undefined && remaining === undefined ? undefined : compact({ total: seats, remaining }),
      cancelled: this.boolean(row, 'cancelled', ['annule', 'annulee']) || undefined,
      note: this.value(row, 'note'),
    });
  }
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
