/**
 * How the widgets turn the webmaster's attributes into what they use: today's date from `now`, a training's sheet
 * link from `sheet-href`, and console warnings for the webmaster's mistakes.
 */
import { isIsoDate, type Training } from '../model/schema.js';
import { todayIso } from '../model/sessions.js';
import { safeHref } from '../model/links.js';

const warned = new WeakMap<Element, Set<string>>();

/** A webmaster's mistake that the widget works around: said once per element, in the console, never on the page. */
export function warnOnce(host: Element, message: string): void {
  const seen = warned.get(host) ?? new Set<string>();
  if (seen.has(message)) return;
  warned.set(host, seen.add(message));
  console.warn(`[training-feed-widgets] <${host.localName}> ${message}`);
}

/**
 * Today for statuses: `now` when it starts with a day of the calendar (`2023-09-01`), else the reader's today, with a
 * warning (`now="hier"`, `now="2023-13-45"` or `now="2023-02-30"` would otherwise shift every status without a word).
 * The feed's own rule for a day (schema.ts), so that `now` and the feed agree on what a date is.
 */
export function todayFor(host: Element, now: string | undefined): string {
  const valid = now === undefined || isIsoDate(now.slice(0, 10));
  if (!valid) warnOnce(host, `now="${now}" : date AAAA-MM-JJ attendue, aujourd’hui utilisé.`);
  return todayIso(valid ? now : undefined);
}

/**
 * A training's sheet: the feed's `url`, else the `sheet-href` template, where `{id}` (or `{training}`) is the
 * training's id and `{session}` the session's. Unsafe results are dropped; a template without `{id}` still links
 * (a catalogue page), but the webmaster is told that every training leads to the same page.
 */
export function sheetLink(host: Element, training: Training, template: string | undefined, sessionId = ''): string | undefined {
  const own = safeHref(training.url, host.baseURI);
  if (own || !template) return own;
  if (!/\{(id|training)\}/.test(template)) warnOnce(host, `sheet-href="${template}" sans {id} : une seule page pour toutes les formations.`);
  const href = safeHref(template.replace(/\{(?:id|training)\}/g, encodeURIComponent(training.id)).replace(/\{session\}/g, encodeURIComponent(sessionId)), host.baseURI);
  if (!href) warnOnce(host, `sheet-href="${template}" refusé (https:, http:, mailto:, tel: seulement).`);
  return href;
}
