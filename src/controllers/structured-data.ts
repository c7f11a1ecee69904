import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLd } from '../model/json-ld.js';

/** The attribute that marks the scripts this library owns, with the owning element's key as value. */
export const jsonLdOwnerAttribute = 'data-tf-session-list';

/** Creates, updates or removes the light-DOM script of one owner. */
function writeJsonLd(owner: string, data: JsonLd | undefined): void {
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

let ownerCount = 0;

/** What the widget publishes now: nothing, or data computed only when one of `inputs` changed. */
export type StructuredDataSource = { inputs: readonly unknown[]; data: () => JsonLd | undefined } | undefined;

/**
 * schema.org JSON-LD in the page's `<head>`, for search engines: one script per widget, written after a render
 * when what it describes changed, removed when the widget leaves the page (and written again if it comes back).
 */
export class StructuredDataController implements ReactiveController {
  private readonly owner: string;
  private written: readonly unknown[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: () => StructuredDataSource,
  ) {
    this.owner = `${host.localName}-${++ownerCount}`;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the script was removed on the way out.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const source = this.source();
    if (!source) {
      if (this.written) writeJsonLd(this.owner, undefined);
      this.written = undefined;
      return;
    }
    const written = this.written;
    if (written && written.length === source.inputs.length && written.every((input, index) => input === source.inputs[index])) return;
    writeJsonLd(this.owner, source.data());
    this.written = source.inputs;
  }

  hostDisconnected(): void {
    writeJsonLd(this.owner, undefined);
    this.written = undefined;
  }
}
