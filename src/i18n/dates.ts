import { fr } from 'date-fns/locale/fr';
import { localDate, localDateOf, wallClockTimeOf } from '../model/calendar.js';
import type { Language } from './translation.js';
import { dateFormat } from './localize.js';

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
    return dateFormat(language, {
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

/** The wall-clock time of a date-time as written in the feed: "9 h 30" in French, "9:30" in English; `''` for a day. */
export function formatTime(iso: string, language: Language): string {
  const time = wallClockTimeOf(iso);
  return time ? `${time.hours}${language === 'fr' ? ' h ' : ':'}${String(time.minutes).padStart(2, '0')}` : '';
}

/** "1er déc. 2021", "24 nov.", "8" in French; "1 Dec 2021" in English; with the wall-clock time if any. */
export function formatDay(iso: string, language: Language, { month = true, year = true, weekday = false }: DayFormatOptions = {}): string {
  const text = formatCalendarDay(localDateOf(iso), language, month, year, weekday);
  const hhmm = formatTime(iso, language);
  return hhmm ? `${text} ${language === 'fr' ? 'à' : 'at'} ${hhmm}` : text;
}

/** "Novembre 2021", "November 2021" for a `YYYY-MM` month. */
export function formatMonth(month: string, language: Language): string {
  const key = `${language}|${month}`;
  let text = formattedMonths.get(key);
  if (text === undefined) {
    const [year = 0, monthNumber = 1] = month.split('-').map(Number);
    // French from date-fns' names, as days are: the first Intl.DateTimeFormat of a page costs milliseconds.
    text = capitalise(
      language === 'fr'
        ? `${fr.localize.month((monthNumber - 1) as Month, { width: 'wide' })} ${year}`
        : dateFormat(language, { month: 'long', year: 'numeric' }).format(localDate(year, monthNumber, 1)), // year 23 stays 23, not 1923
    );
    formattedMonths.set(key, text);
  }
  return text;
}

/** Months already written, by language: a list writes one per group heading, each once per render. */
const formattedMonths = new Map<string, string>();

/** Feed fragments and range words written in lower case ("le contexte…", "du") start a sentence or a heading. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function lowercaseFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
