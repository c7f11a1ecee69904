import { fr } from 'date-fns/locale/fr';
import { html, type TemplateResult } from 'lit';
import type { DateRange } from '../model/schema.js';
import { calendarDayOf, daysBetween, localDateOf, wallClockTimeOf } from '../model/calendar.js';
import type { Translation, Language } from '../i18n/translation.js';
import { localeTag } from './localize.js';

type Month = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
type Day = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DayFormatOptions {
  month?: boolean;
  year?: boolean;
  weekday?: boolean;
}

/**
 * French with the names of date-fns' `fr` locale, as the sheets write dates ("1er déc. 2021", "24 nov.", "8");
 * the locale's `localize` alone, because date-fns' `format` would add 4 KiB gzip to every visitor's download for
 * three tokens. Other languages with the browser's `Intl` ("1 Dec 2021"), which costs no bytes.
 */
function formatCalendarDay(date: Date, language: Language, month: boolean, year: boolean, weekday: boolean): string {
  if (language !== 'fr') {
    return new Intl.DateTimeFormat(localeTag(language), {
      day: 'numeric',
      month: month ? 'short' : undefined,
      year: year ? 'numeric' : undefined,
      weekday: weekday ? 'long' : undefined,
    }).format(date);
  }
  let text = date.getDate() === 1 ? '1er' : String(date.getDate());
  if (month) text += ` ${fr.localize.month(date.getMonth() as Month, { width: 'abbreviated' })}`;
  if (year) text += ` ${date.getFullYear()}`;
  if (weekday) text = `${fr.localize.day(date.getDay() as Day, { width: 'wide' })} ${text}`;
  return text;
}

/** "1er déc. 2021", "24 nov.", "8" in French; "1 Dec 2021" in English; with the wall-clock time if any. */
export function formatDay(iso: string, language: Language, { month = true, year = true, weekday = false }: DayFormatOptions = {}): string {
  let text = formatCalendarDay(localDateOf(iso), language, month, year, weekday);
  const time = wallClockTimeOf(iso);
  if (time) {
    const hhmm = language === 'fr'
      ? `${time.hours} h ${String(time.minutes).padStart(2, '0')}`
      : `${time.hours}:${String(time.minutes).padStart(2, '0')}`;
    text += ` ${language === 'fr' ? 'à' : 'at'} ${hhmm}`;
  }
  return text;
}

/** A day of the feed as `<time datetime="ISO">`, the machine-readable date every shown date carries. */
export function timeElement(iso: string, language: Language, options?: DayFormatOptions): TemplateResult {
  return html`<time datetime=${iso}>${formatDay(iso, language, options)}</time>`;
}

/** Feed fragments and range words written in lower case ("le contexte…", "du") start a sentence or a heading. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowercaseFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * One range in natural French: "Le 8 déc. 2021", "Les 25 et 26 sept. 2023", "Du 24 nov. au 7 déc. 2021",
 * "Du 30 déc. 2021 au 2 janv. 2022". `leading` false starts in lower case, for "…, puis le 8 déc. 2021".
 */
export function formatDateRange(range: DateRange, language: Language, t: Translation['common'], leading = true): TemplateResult {
  const word = (text: string) => (leading ? capitalise(text) : lowercaseFirst(text));
  const { start, end } = range;
  if (!end || end.slice(0, 10) === start.slice(0, 10)) {
    return html`${word(t.rangeSingle)} ${timeElement(start, language)}`;
  }
  const a = calendarDayOf(start);
  const b = calendarDayOf(end);
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  const hasTime = wallClockTimeOf(start) !== undefined || wallClockTimeOf(end) !== undefined;
  if (sameMonth && !hasTime && daysBetween(start, end) === 1) {
    return html`${word(t.rangePair)} ${timeElement(start, language, { month: false, year: false })} ${t.rangePairJoin} ${timeElement(end, language)}`;
  }
  const startOptions = hasTime ? {} : { month: !sameMonth, year: !sameYear };
  return html`${word(t.rangeFrom)} ${timeElement(start, language, startOptions)} ${t.rangeTo} ${timeElement(end, language)}`;
}

/** Every range of a session in reading order: "Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021". */
export function formatDateRanges(ranges: readonly DateRange[], language: Language, t: Translation['common']): TemplateResult {
  return html`${ranges.map((range, index) =>
    index === 0 ? formatDateRange(range, language, t) : html`, ${t.rangeThen} ${formatDateRange(range, language, t, false)}`,
  )}`;
}
