import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLd } from '../model/json-ld.js';
import type { JsonLdWriter } from './json-ld-script.js';

/** The attribute that marks the scripts this library owns, with the owning element's key as value. */
export const jsonLdOwnerAttribute = 'data-tf-session-list';

/**
 * The Trusted Types policy that writes the JSON-LD scripts. A page that enforces Trusted Types with an allow-list
 * (`trusted-types …`) lists it to keep the structured data; otherwise the widgets skip it (docs/security.md).
 */
export const jsonLdPolicyName = 'training-feed-widgets#json-ld';

let ownerCount = 0;

/**
 * What the widget publishes now: nothing, or data computed only when one of `inputs` changed. `data` may be
 * asynchronous: the code that builds the JSON-LD loads on first use, since most pages never ask for it.
 */
export type StructuredDataSource = { inputs: readonly unknown[]; data: () => JsonLd | undefined | Promise<JsonLd | undefined> } | undefined;

/**
 * schema.org JSON-LD in the page's `<head>`, for search engines: one script per widget, written when the browser is
 * idle after a render that changed what it describes (the first rows paint first), removed when the widget leaves
 * the page (and written again if it comes back).
 *
 * This is only what every session list carries: the writing (when, what changed, the Trusted Types policy, the
 * escaping) is ./json-ld-script.ts, loaded with the first data a widget publishes, since most pages never ask for
 * structured data. Every call reaches it in order, through the one promise of its loading.
 */
export class StructuredDataController implements ReactiveController {
  private readonly owner: string;
  private writer: Promise<JsonLdWriter | undefined> | undefined;

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
    // Nothing to publish and nothing ever written: nothing to load.
    if (!source && !this.writer) return;
    this.writer ??= import('./json-ld-script.js').then(
      ({ JsonLdWriter }) => new JsonLdWriter(this.owner, jsonLdOwnerAttribute, jsonLdPolicyName),
      (error: unknown) => {
        console.error('[training-feed-widgets] données structurées (JSON-LD) non écrites', error);
        return undefined;
      },
    );
    void this.writer.then((writer) => writer?.update(source));
  }

  hostDisconnected(): void {
    // At once, not once the writer has loaded: the widget has left the page. The writer forgets what it wrote and
    // drops what was pending, before anything else it is asked.
    document.head.querySelector(`script[${jsonLdOwnerAttribute}="${CSS.escape(this.owner)}"]`)?.remove();
    void this.writer?.then((writer) => writer?.disconnect());
  }
}
