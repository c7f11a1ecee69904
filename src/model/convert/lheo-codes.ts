/** LHEO's codes and date conventions, shared by the reader and the writer. */
import type { DatePrecision, SessionMode } from '../schema.js';

export const lheoNamespaces = { '2.2': 'http://www.lheo.org/2.2', '2.3': 'http://lheo.gouv.fr/2.3' } as const;

/** The `info` of the `<extras>` where `toLheo` keeps what LHEO has no element for, as JSON, for `fromLheo` to restore. */
export const extrasInfo = 'training-feed-widgets';
/**
 * The `<extra>` there that names, separated by spaces, the LHEO elements `toLheo` wrote without a value of the feed
 * (a placeholder LHEO requires, a recruitment state derived from a cancellation): `fromLheo` leaves them out.
 */
export const notInFeedInfo = 'not-in-feed';

/** `modalites-enseignement`: 0 in person, 1 blended, 2 remote. */
export const modeByCode: Record<string, SessionMode> = { '0': 'in-person', '1': 'blended', '2': 'remote' };
export const codeByMode: Record<SessionMode, string> = { 'in-person': '0', blended: '1', remote: '2' };

/** `etat-recrutement`: 1 open, 2 closed, 3 suspended. */
export const recruitmentByCode = { '1': 'open', '2': 'closed', '3': 'suspended' } as const;
export const codeByRecruitment = { open: '1', closed: '2', suspended: '3' } as const;

/** `type-contact` 1: the disability referent. */
export const disabilityReferentContactType = '1';
/** `code-financeur` 16: an OPCO. */
export const opcoFunderCode = '16';
/** Formacode 80056 « tout public », written when the feed names no audience code (LHEO requires one). */
export const anyAudienceFormacode = '80056';

export type LheoDate =
  | { kind: 'date'; iso: string; precision: DatePrecision }
  | { kind: 'unknown' }
  | { kind: 'open' }
  | { kind: 'invalid' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `AAAAMMJJ` with LHEO's conventions: `00000000` unknown, `99999999` open-ended (as an end) or unknown (as a
 * start), `AAAAMM00` a month, `AAAA0000` a year. A month or year becomes its first day for a start, its last for
 * an end, with the precision kept beside it.
 */
export function readLheoDate(value: string, side: 'start' | 'end'): LheoDate {
  const digits = value.trim();
  if (!/^\d{8}$/.test(digits)) return { kind: 'invalid' };
  if (digits === '00000000') return { kind: 'unknown' };
  if (digits === '99999999') return side === 'end' ? { kind: 'open' } : { kind: 'unknown' };
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year === 0 || month > 12) return { kind: 'invalid' };
  if (month === 0) {
    if (day !== 0) return { kind: 'invalid' };
    return { kind: 'date', iso: side === 'start' ? `${pad(year, 4)}-01-01` : `${pad(year, 4)}-12-31`, precision: 'year' };
  }
  if (day === 0) {
    const last = side === 'start' ? 1 : daysInMonth(year, month);
    return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(last)}`, precision: 'month' };
  }
  if (day > daysInMonth(year, month)) return { kind: 'invalid' };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** The LHEO form of a feed date (the calendar day of a date-time), with its precision; absent: unknown or open. */
export function writeLheoDate(iso: string | undefined, precision: DatePrecision | undefined, side: 'start' | 'end'): string {
  if (iso === undefined) return side === 'start' ? '00000000' : '99999999';
  const [year = '0000', month = '00', day = '00'] = iso.slice(0, 10).split('-');
  if (precision === 'year') return `${year}0000`;
  if (precision === 'month') return `${year}${month}00`;
  return `${year}${month}${day}`;
}
