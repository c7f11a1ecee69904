/**
 * Registers `tag` unless it already is. Never throws: two bundles of the library on one page (a CMS plugin and a
 * theme, say) must not break the page. A different class already under the tag is kept, with a warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(`[training-feed-widgets] <${tag}> est déjà défini par une autre copie de la bibliothèque ; celle-ci est ignorée.`);
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    console.warn(`[training-feed-widgets] <${tag}> n’a pas pu être défini.`, error);
  }
}
