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
