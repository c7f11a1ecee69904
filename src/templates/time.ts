import { html, type TemplateResult } from 'lit';
import type { DateRange } from '../model/schema.js';
import { calendarDayOf, daysBetween, wallClockTimeOf } from '../model/calendar.js';
import type { Language, Translation } from '../i18n/translation.js';
import { capitalise, formatDay, formatMonth, lowercaseFirst, type DayFormatOptions } from '../i18n/dates.js';

/** A day of the feed as `<time datetime="ISO">`, the machine-readable date every shown date carries. */
export function timeElement(iso: string, language: Language, options?: DayFormatOptions): TemplateResult {
  return html`<time datetime=${iso}>${formatDay(iso, language, options)}</time>`;
}

/** A `YYYY-MM` month as `<time datetime="2021-11">Novembre 2021</time>`. */
export function monthElement(month: string, language: Language): TemplateResult {
  return html`<time datetime=${month}>${formatMonth(month, language)}</time>`;
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
