/** Links and e-mail addresses as sources write them, made what the feed holds. */
import { linkPattern } from '../schema.js';

/**
 * A link as the feed writes it: its scheme in lower case (`HTTPS://`, `Mailto:` are the same links: schemes are
 * case-insensitive, RFC 3986 § 3.1; only the scheme is changed), or `https://` put before an address that has none
 * (`www.…`, then `completed`). Undefined when the feed's link rule refuses the result.
 */
export function feedLink(raw: string): { link: string; completed: boolean } | undefined {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(raw)?.[0];
  const link = scheme === undefined ? `https://${raw.replace(/^\/+/, '')}` : `${scheme.toLowerCase()}${raw.slice(scheme.length)}`;
  return linkPattern.test(link) ? { link, completed: scheme === undefined } : undefined;
}

/** An e-mail address written as a link (`mailto:x@y.fr`, `Mailto:…`): the address alone. */
export const withoutMailto = (value: string): string => value.replace(/^mailto:/i, '');
