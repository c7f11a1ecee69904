import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLd } from '../model/json-ld.js';

/** The attribute that marks the scripts this library owns, with the owning element's key as value. */
export const jsonLdOwnerAttribute = 'data-tf-session-list';

/**
 * The Trusted Types policy that writes the JSON-LD scripts. A page that enforces Trusted Types with an allow-list
 * (`trusted-types …`) lists it to keep the structured data; otherwise the widgets skip it (docs/security.md).
 */
export const jsonLdPolicyName = 'training-feed-widgets#json-ld';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

/** The policy once created; null when the page forbids it (and the JSON-LD is skipped). */
let policy: ScriptPolicy | null | undefined;

/** `text` as the page accepts a script's text: a plain string, or a TrustedScript where Trusted Types exist. */
function trustedScript(text: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (!trustedTypes) return text;
  if (policy === undefined) {
    try {
      // The text is our own JSON.stringify output with `<` escaped: nothing to sanitise.
      policy = trustedTypes.createPolicy(jsonLdPolicyName, { createScript: (input) => input });
    } catch (error) {
      policy = null;
      console.warn(`[training-feed-widgets] données structurées (JSON-LD) non écrites : la politique Trusted Types « ${jsonLdPolicyName} » n’est pas autorisée par la page.`, error);
    }
  }
  return policy ? policy.createScript(text) : undefined;
}

/** Creates, updates or removes the light-DOM script of one owner. */
function writeJsonLd(owner: string, data: JsonLd | undefined): void {
  let script = document.head.querySelector<HTMLScriptElement>(`script[${jsonLdOwnerAttribute}="${CSS.escape(owner)}"]`);
  if (!data) {
    script?.remove();
    return;
  }
  // `<` escaped: a title containing "</script>" must not end the script element early.
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (script?.textContent === text) return;
  const trusted = trustedScript(text);
  if (trusted === undefined) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(jsonLdOwnerAttribute, owner);
    document.head.append(script);
  }
  // A TrustedScript where the page enforces Trusted Types; the DOM types only know strings.
  script.textContent = trusted as string;
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
      if (this.written) writeJsonLd(this.owner, undefined);
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
      Promise.resolve(source.data()).then(
        (data) => current && writeJsonLd(this.owner, data),
        (error: unknown) => console.error('[training-feed-widgets] données structurées (JSON-LD) non écrites', error),
      );
    });
  }

  hostDisconnected(): void {
    this.cancel();
    writeJsonLd(this.owner, undefined);
    this.written = undefined;
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }
}
