import type { JsonLd } from '../model/json-ld.js';

/** The attribute that marks the scripts this library owns, with the owning element's key as value. */
export const jsonLdOwnerAttribute = 'data-tf-session-list';

/** Creates, updates or removes the light-DOM script of one owner. */
export function writeJsonLd(owner: string, data: JsonLd | undefined): void {
  let script = document.head.querySelector<HTMLScriptElement>(`script[${jsonLdOwnerAttribute}="${CSS.escape(owner)}"]`);
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(jsonLdOwnerAttribute, owner);
    document.head.append(script);
  }
  // `<` escaped: a title containing "</script>" must not end the script element early.
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (script.textContent !== text) script.textContent = text;
}
