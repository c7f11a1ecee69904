/**
 * A session plan saved from a spreadsheet as CSV, one row per session, to the feed. Saved "the French way" (`;`,
 * Windows-1252 or UTF-8 with a BOM, `25/09/2023`, `1 200,50`) or the English way (`,`, UTF-8, `2023-09-25`).
 * Columns are recognised by their header, whatever the case and accents ("Intitulé", "intitule", "Title").
 * Rows of one training (same id, or same title and body) become one training with several sessions.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import type { DatePrecision, DateRange, Feed, Person, Training, TrainingSession } from '../schema.js';
import { decodeText, type TextSource } from './decode.js';
import { compact, finishImport, ImportError, type ImportResult, uniqueId } from './import-result.js';
import { ReportBuilder } from './import-report.js';
import { foldText } from '../session-filters.js';

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
const isUrl = (value: string) => z.url({ protocol: /^https?$/ }).safeParse(value).success;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const months = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A spreadsheet date: `25/09/2023`, `25/09/23`, `25.09.2023`, `2023-09-25`, or a month alone (`09/2023`,
 * `septembre 2023`, `2023-09`). Undefined when it is none of these or not a real day.
 */
export function readSpreadsheetDate(value: string, side: 'start' | 'end'): { iso: string; precision: DatePrecision } | undefined {
  const text = value.trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]);
    return dayOf(year, Number(match[2]), Number(match[1]));
  }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  const named = /^([a-zéèûô.]+)\s+(\d{4})$/i.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  if (monthYear) [month, year] = [Number(monthYear[1]), Number(monthYear[2])];
  else if (yearMonth) [year, month] = [Number(yearMonth[1]), Number(yearMonth[2])];
  else if (named) {
    const name = foldText(named[1]!).replace(/\./g, '');
    const index = [months, englishMonths].map((list) => list.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)))).find((i) => i >= 0);
    if (index !== undefined) [year, month] = [Number(named[2]), index + 1];
  }
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(side === 'start' ? 1 : daysIn(year, month))}`, precision: 'month' };
}

function dayOf(year: number, month: number, day: number): { iso: string; precision: DatePrecision } | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1900 || year > 2200) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
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
  presentiel: 'in-person', 'en presentiel': 'in-person', 'in-person': 'in-person', 'in person': 'in-person', '0': 'in-person', 'sur site': 'in-person',
  distanciel: 'remote', 'a distance': 'remote', 'en ligne': 'remote', remote: 'remote', online: 'remote', '2': 'remote', 'classe virtuelle': 'remote',
  mixte: 'blended', hybride: 'blended', blended: 'blended', '1': 'blended', 'multimodal': 'blended',
};

interface Row {
  line: number;
  cells: Partial<Record<CsvColumn, { value: string; column: number }>>;
}

/** Reads a CSV session plan. Throws ImportError when there is no header row or no title column. */
export function fromCsv(source: TextSource): ImportResult {
  const { text, encoding } = decodeText(source);
  const report = new ReportBuilder('csv');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line += 1;
    return line + 1;
  };

  const records: { cells: string[]; line: number }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineAt(cursor);
      for (const error of result.errors) report.warn({ code: 'csv-quote', where: { line }, value: error.message });
      records.push({ cells: result.data, line });
      cursor = result.meta.cursor;
    },
  });
  const headerRecord = records.shift();
  if (!headerRecord) {
    report.error({ code: 'csv-no-header', where: { line: 1 } });
    throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));
  }
  const columns: (CsvColumn | undefined)[] = headerRecord.cells.map((header, index) => {
    const column = columnByHeader.get(normaliseHeader(header));
    if (!column && header.trim()) report.warn({ code: 'csv-column-unknown', where: { line: headerRecord.line, column: index + 1 }, source: header.trim() });
    return column;
  });
  const missing = (Object.entries(csvColumns) as [CsvColumn, { required?: boolean }][]).filter(([column, spec]) => spec.required && !columns.includes(column));
  for (const [column] of missing) report.error({ code: 'csv-column-missing', where: { line: headerRecord.line }, source: csvColumns[column].names[0] });
  if (missing.some(([column]) => column === 'title')) throw new ImportError(report.build({ trainings: 0, sessions: 0, encoding }));

  const rows: Row[] = records.map(({ cells, line }) => {
    const row: Row = { line, cells: {} };
    cells.forEach((value, index) => {
      const column = columns[index];
      const trimmed = value.trim();
      if (!trimmed) return;
      if (column) {
        row.cells[column] = { value: trimmed, column: index + 1 };
        report.mapped(headerRecord.cells[index]?.trim() ?? column, column);
      } else {
        report.unmapped(headerRecord.cells[index]?.trim() || `#${index + 1}`, { line, column: index + 1 }, trimmed);
      }
    });
    return row;
  });
  return finishImport(new CsvReader(report).feed(rows), report, encoding);
}

class CsvReader {
  private readonly trainingIds = new Set<string>();
  private readonly sessionIds = new Set<string>();

  constructor(private readonly report: ReportBuilder) {}

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
    const trainings = [...groups.values()].map((group) => this.training(group));
    return { version: 1, trainings, quizzes: [], programmes: [] };
  }

  private value(row: Row, column: CsvColumn): string | undefined {
    return row.cells[column]?.value;
  }

  private where(row: Row, column: CsvColumn) {
    return { line: row.line, column: row.cells[column]?.column };
  }

  private invalid(row: Row, column: CsvColumn, code: 'csv-date' | 'csv-number' | 'value-invalid'): undefined {
    this.report.warn({ code, where: this.where(row, column), source: csvColumns[column].names[0], value: this.value(row, column) });
    return undefined;
  }

  private number(row: Row, column: CsvColumn): number | undefined {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    return readSpreadsheetNumber(raw) ?? this.invalid(row, column, 'csv-number');
  }

  private boolean(row: Row, column: CsvColumn): boolean | undefined {
    const raw = this.value(row, column)?.toLowerCase();
    if (raw === undefined) return undefined;
    if (yes.has(raw)) return true;
    if (no.has(raw)) return false;
    return this.invalid(row, column, 'value-invalid');
  }

  private date(row: Row, column: CsvColumn, side: 'start' | 'end') {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    return readSpreadsheetDate(raw, side) ?? this.invalid(row, column, 'csv-date');
  }

  private url(row: Row, column: CsvColumn): string | undefined {
    const raw = this.value(row, column);
    if (raw === undefined) return undefined;
    const completed = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
    return isUrl(completed) ? completed : this.invalid(row, column, 'value-invalid');
  }

  private lines(row: Row, column: CsvColumn): string[] | undefined {
    const list = this.value(row, column)
      ?.split(/\s*(?:\r?\n|\s\|\s|;\s|•)\s*/)
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
    const hours = this.shared(rows, 'hours', (row) => this.number(row, 'hours'));
    const days = this.shared(rows, 'days', (row) => this.number(row, 'days'));
    const price = this.shared(rows, 'price', (row) => this.number(row, 'price'));
    const siret = this.shared(rows, 'siret', (row) => {
      const value = this.value(row, 'siret')?.replace(/\s/g, '');
      return value && /^\d{14}$/.test(value) ? value : this.invalid(row, 'siret', 'value-invalid');
    });
    const contactName = text('contactName');
    const contactEmail = this.shared(rows, 'contactEmail', (row) => {
      const value = this.value(row, 'contactEmail');
      return value && isEmail(value) ? value : this.invalid(row, 'contactEmail', 'value-invalid');
    });
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
          : compact({ label: [days && `${days} j`, hours && `${hours} h`].filter(Boolean).join(' / '), days: days || undefined, hours: hours || undefined }),
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
      if (end && end.iso >= start.iso && (end.iso !== start.iso || end.precision !== start.precision)) {
        range.end = end.iso;
        if (end.precision !== 'day') range.endPrecision = end.precision;
      } else if (end && end.iso < start.iso) {
        this.report.warn({ code: 'end-before-start', where: this.where(row, 'end'), value: `${start.iso} > ${end.iso}` });
      }
      dates.push(range);
    } else if (this.value(row, 'start') === undefined && !this.boolean(row, 'permanentEntry')) {
      this.report.warn({ code: 'date-unknown', where: { line: row.line } });
    }
    const rawMode = this.value(row, 'mode');
    const modeKey = rawMode === undefined ? undefined : foldText(rawMode).trim();
    const mode = modeKey === undefined ? 'in-person' : (modes[modeKey] ?? this.invalid(row, 'mode', 'value-invalid') ?? 'in-person');
    const seats = this.number(row, 'seats');
    const remaining = this.number(row, 'remainingSeats');
    const place = compact({ name: this.value(row, 'venue'), address: this.value(row, 'address'), postalCode: this.value(row, 'postalCode'), city: this.value(row, 'city'), region: this.value(row, 'region') });
    const deadline = this.date(row, 'registrationDeadline', 'end');
    return compact<TrainingSession>({
      id,
      label: this.value(row, 'label'),
      mode,
      place: Object.keys(place).length ? place : undefined,
      dates,
      permanentEntry: this.boolean(row, 'permanentEntry') || undefined,
      registrationDeadline: deadline?.iso,
      registrationUrl: this.url(row, 'registrationUrl'),
      seats: seats === undefined && remaining === undefined ? undefined : compact({ total: seats === undefined ? undefined : Math.round(seats), remaining: remaining === undefined ? undefined : Math.round(remaining) }),
      cancelled: this.boolean(row, 'cancelled') || undefined,
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
