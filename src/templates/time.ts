import { html, type TemplateResult } from 'lit';
import type { DatePrecision, DateRange, TrainingSession } from '../model/schema.js';
import { calendarDayOf, daysBetween, wallClockTimeOf } from '../model/calendar.js';
import type { Language, Translation } from '../i18n/translation.js';
import { capitalise, formatDay, formatMonth, formatTime, lowercaseFirst, type DayFormatOptions } from '../i18n/dates.js';

/** A day of the feed as `<time datetime="ISO">`, the machine-readable date every shown date carries. */
export function timeElement(iso: string, language: Language, options?: DayFormatOptions): TemplateResult {
  return html`<time datetime=${iso}>${formatDay(iso, language, options)}</time>`;
}

/** A `YYYY-MM` month as `<time datetime="2021-11">Novembre 2021</time>`. */
export function monthElement(month: string, language: Language): TemplateResult {
  return html`<time datetime=${month}>${formatMonth(month, language)}</time>`;
}

/** A month or a year known without its day: `<time datetime="2017-09">septembre 2017</time>`, `<time datetime="2025">2025</time>`. */
function vagueElement(iso: string, precision: Exclude<DatePrecision, 'day'>, language: Language): TemplateResult {
  if (precision === 'year') return html`<time datetime=${iso.slice(0, 4)}>${iso.slice(0, 4)}</time>`;
  const month = formatMonth(iso.slice(0, 7), language);
  return html`<time datetime=${iso.slice(0, 7)}>${language === 'fr' ? lowercaseFirst(month) : month}</time>`;
}

/**
 * A range whose start or end is known only to the month or year, or has no end: "À partir de septembre 2017",
 * "À partir du 15 janv. 2024", "De septembre 2017 à mars 2018", "En 2025". Only what is known is written; without
 * an end (and not open-ended) it is one day of that month or year (schema.ts): "En septembre 2023".
 */
function formatVagueRange(range: DateRange, language: Language, t: Translation['common'], word: (text: string) => string): TemplateResult {
  const startPrecision = range.startPrecision ?? 'day';
  const start = startPrecision === 'day' ? timeElement(range.start, language) : vagueElement(range.start, startPrecision, language);
  /** `prefix`, then `rest`; French elides a final "de" before avril, août and octobre: "À partir d’avril", "D’octobre". */
  const lead = (prefix: string, rest: unknown) =>
    language === 'fr' && startPrecision === 'month' && /\bde$/i.test(prefix) && /04|08|10/.test(range.start.slice(5, 7))
      ? html`${word(prefix.slice(0, -1))}’${rest}`
      : html`${word(prefix)} ${rest}`;
  if (range.openEnded) return lead(startPrecision === 'day' ? t.rangeSinceDay : t.rangeSinceMonth, start);
  const { end: last = range.start } = range;
  const endPrecision = range.end ? (range.endPrecision ?? 'day') : startPrecision;
  const end = endPrecision === 'day' ? timeElement(last, language) : vagueElement(last, endPrecision, language);
  const sameSpan = startPrecision === endPrecision && range.start.slice(0, startPrecision === 'year' ? 4 : 7) === last.slice(0, startPrecision === 'year' ? 4 : 7);
  if (sameSpan && startPrecision !== 'day') return lead(t.rangeIn, start);
  return lead(startPrecision === 'day' ? t.rangeFrom : t.rangeFromMonth, html`${start} ${endPrecision === 'day' ? t.rangeTo : t.rangeToMonth} ${end}`);
}

/**
 * One range in natural French: "Le 8 déc. 2021", "Les 25 et 26 sept. 2023", "Du 24 nov. au 7 déc. 2021",
 * "Du 30 déc. 2021 au 2 janv. 2022". `leading` false starts in lower case, for "…, puis le 8 déc. 2021".
 */
export function formatDateRange(range: DateRange, language: Language, t: Translation['common'], leading = true): TemplateResult {
  const word = (text: string) => (leading ? capitalise(text) : lowercaseFirst(text));
  if (range.openEnded || (range.startPrecision ?? 'day') !== 'day' || (range.endPrecision ?? 'day') !== 'day') return formatVagueRange(range, language, t, word);
  // The <time> elements are written in these templates, not nested ones: a session list renders one per row.
  const { start, end } = range;
  if (!end || end.slice(0, 10) === start.slice(0, 10)) {
    // One day with its hours, the end's as much a fact as the start's: "Le 25 sept. 2023 de 9 h 00 à 17 h 00".
    const until = end && end !== start && wallClockTimeOf(start) ? formatTime(end, language) : '';
    return until
      ? html`${word(t.rangeSingle)} <time datetime=${start}>${formatDay(start.slice(0, 10), language)} ${t.rangeFromMonth} ${formatTime(start, language)}</time> ${t.rangeToMonth} <time datetime=${end}>${until}</time>`
      : html`${word(t.rangeSingle)} <time datetime=${start}>${formatDay(start, language)}</time>`;
  }
  const a = calendarDayOf(start);
  const b = calendarDayOf(end);
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  const hasTime = wallClockTimeOf(start) !== undefined || wallClockTimeOf(end) !== undefined;
  const pair = sameMonth && !hasTime && daysBetween(start, end) === 1;
  const startOptions = pair ? { month: false, year: false } : hasTime ? {} : { month: !sameMonth, year: !sameYear };
  const [from, join] = pair ? [t.rangePair, t.rangePairJoin] : [t.rangeFrom, t.rangeTo];
  return html`${word(from)} <time datetime=${start}>${formatDay(start, language, startOptions)}</time> ${join} <time datetime=${end}>${formatDay(end, language)}</time>`;
}

/** Every range of a session in reading order: "Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021". */
export function formatDateRanges(ranges: readonly DateRange[], language: Language, t: Translation['common'], leading = true): TemplateResult {
  if (ranges.length === 1) return formatDateRange(ranges[0]!, language, t, leading);
  return html`${ranges.map((range, index) =>
    index === 0 ? formatDateRange(range, language, t, leading) : html`, ${t.rangeThen} ${formatDateRange(range, language, t, false)}`,
  )}`;
}

/**
 * What a reader needs to know of a session's dates: its ranges, "Entrées et sorties permanentes" (with the window
 * when there is one), or "Dates à venir" when none is known yet.
 */
export function formatSessionDates(session: Pick<TrainingSession, 'dates' | 'permanentEntry'>, language: Language, t: Translation['common']): TemplateResult {
  if (session.permanentEntry) {
    return session.dates.length ? html`${t.permanentEntry}${t.permanentEntryWindow} ${formatDateRanges(session.dates, language, t, false)}` : html`${t.permanentEntry}`;
  }
  if (session.dates.length === 0) return html`${t.datesToBeAnnounced}`;
  return formatDateRanges(session.dates, language, t);
}
