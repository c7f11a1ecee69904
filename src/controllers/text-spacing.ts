/**
 * Shields a widget's text spacing from the page's theme without shutting out the reader's (WCAG 1.4.12, RGAA
 * 10.12). A theme's `* { line-height: 1.9 }` matches the element itself and would beat a `:host` rule; an
 * `!important` `:host` rule would also beat a reader's spacing tool (`* { letter-spacing: .12em !important }`),
 * injected as the page's own CSS. The element's own style sits in between: it beats every normal rule of the page
 * and yields to its `!important` ones. A value the webmaster set in the element's `style` is kept. Set through the
 * CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows; when the element is connected, as custom
 * elements may not add attributes before.
 */
export function shieldTextSpacing({ style }: HTMLElement): void {
  for (const [property, value] of [
    ['line-height', 'var(--_tf-line-height)'],
    ['letter-spacing', 'normal'],
    ['word-spacing', 'normal'],
  ] as const) {
    if (!style.getPropertyValue(property)) style.setProperty(property, value);
  }
}
