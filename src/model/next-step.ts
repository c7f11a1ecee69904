import { mailtoHref, telHref } from './links.js';
import type { SessionEntry } from './sessions.js';

/** What a reader can do about an open session, best first: register, write, call, or read the sheet. */
export type NextStep = { kind: 'register' | 'email' | 'phone' | 'sheet'; url: string };

/**
 * The next step of an open session, the same rule in every element: the session's registration link, else the
 * e-mail of a contact (the session's own first, then the training's) or of the provider, else a phone number, else
 * the training's sheet. `safeHref` drops links
 * that must not be followed; `sheetUrl` is the sheet's address when the page knows one (never on the sheet itself).
 */
export function nextStep(
  entry: SessionEntry,
  options: { safeHref: (url: string | undefined) => string | undefined; emailSubject: string; sheetUrl?: string | undefined },
): NextStep | undefined {
  const register = options.safeHref(entry.session.registrationUrl);
  if (register) return { kind: 'register', url: register };
  const { training } = entry;
  const people = [...(entry.session.contacts ?? []), ...(training.contacts ?? []), training.provider];
  const email = people.find((person) => person.email)?.email;
  if (email) return { kind: 'email', url: mailtoHref(email, options.emailSubject) };
  const phone = people.map((person) => (person.phone ? telHref(person.phone) : undefined)).find(Boolean);
  if (phone) return { kind: 'phone', url: phone };
  return options.sheetUrl ? { kind: 'sheet', url: options.sheetUrl } : undefined;
}
