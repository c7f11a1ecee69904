import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLd } from '../model/json-ld.js';

/** The attribute that marks the scripts this library owns, with the owning element's key as value. */
export const jsonLdOwnerAttribute = 'data-tf-session-list';

/**
 * The Trusted Types policy that writes the JSON-LD scripts. A page that enforces Trusted Types with an allow-list
 * (`trusted-types …`) lists it to keep the structured data; otherwise the widgets skip it (docs/security.md).
 */
export const jsonLdPolicyName = 'training-feed-widgets#json-ld';

/**
 * Removes the light-DOM script of one owner. Writing one needs more (the Trusted Types policy, the escaping): that
 * code is in ./json-ld-script.ts, loaded with the JSON-LD builder when the browser is idle.
 */
function removeJsonLd(owner: string): void {
  document.head.querySelector(`script[${jsonLdOwnerAttribute}="${CSS.escape(owner)}"]`)?.remove();
}

let ownerCount = 0;

/**
 * What the widget publishes now: nothing, or data computed only when one of `inputs` changed. `data` may be
 * asynchronous: the code that builds the JSON-LD loads on first use, since most pages never ask for it.
 */
export type StructuredDataSource = { inputs: readonly unknown[]; data: () => JsonLd | undefined | Promise<JsonLd | undefined> } | undefined;

/** When the browser is idle, at the latest after `timeout` ms; a timer where idle callbacks do not exist (Safari). */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

/**
 * schema.org JSON-LD in the page's `<head>`, for search engines: one script per widget, written when the browser is
 * idle after a render that changed what it describes (the first rows paint first), removed when the widget leaves
 * the page (and written again if it comes back).
 */
export class StructuredDataController implements ReactiveController {
  private readonly owner: string;
  private written: readonly unknown[] | undefined;
  private cancelPending: (() => void) | undefined;

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
      this.cancel();
      if (this.written) removeJsonLd(this.owner);
      this.written = undefined;
      return;
    }
    const written = this.written;
    if (written && written.length === source.inputs.length && written.every((input, index) => input === source.inputs[index])) return;
    this.written = source.inputs;
    this.cancel();
    this.cancelPending = whenIdle(() => {
      // Built asynchronously: a change or a removal meanwhile makes this result stale.
      let current = true;
      this.cancelPending = () => (current = false);
      Promise.all([source.data(), import('./json-ld-script.js')]).then(
        ([data, { writeJsonLd }]) => current && writeJsonLd(this.owner, data, jsonLdOwnerAttribute, jsonLdPolicyName),
        (error: unknown) => console.error('[training-feed-widgets] données structurées (JSON-LD) non écrites', error),
      );
    });
  }

  hostDisconnected(): void {
    this.cancel();
    removeJsonLd(this.owner);
    this.written = undefined;
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }
}
