const allowedProtocols = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The URL to put in an `href`, or `undefined` when the feed's link must not be followed (`javascript:`, `data:`…).
 * Relative links resolve against `baseUrl` (an element's `baseURI` in the page: what a webmaster expects).
 */
export function safeHref(url: string | undefined, baseUrl: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, baseUrl);
    return allowedProtocols.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function mailtoHref(email: string, subject?: string): string {
  return `mailto:${encodeURI(email)}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}

/**
 * A `tel:` link: the number's digits and a leading +, whatever the feed's spacing ("03 81 41 61 00"). Only the first
 * number written is dialled, not the digits of what follows it ("poste 12", "ou 06…"), and an international one
 * without the trunk zero it shows in brackets ("+33 (0)3 81…" dials +33 3 81…).
 */
export function telHref(phone: string): string | undefined {
  // The match as text (`null` when there is none, which has no digit).
  const digits = `${/\+?\d[\d\s.()-]*/.exec(phone)}`.replace(/\(0\)|[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}
