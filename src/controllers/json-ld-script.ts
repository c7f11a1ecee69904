/**
 * Writes the JSON-LD scripts of ./structured-data.ts: loaded on demand with the first data a widget publishes, since
 * most pages never ask for structured data. It imports nothing from there but types (the names come as arguments):
 * a chunk loaded on demand that imported from the session list's chunk would split it in two.
 */
import type { JsonLd } from '../model/json-ld.js';
import type { StructuredDataSource } from './structured-data.js';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

/** The policy once created; null when the page forbids it (and the JSON-LD is skipped). */
let policy: ScriptPolicy | null | undefined;

/** `text` as the page accepts a script's text: a plain string, or a TrustedScript where Trusted Types exist. */
function trustedScript(text: string, policyName: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (!trustedTypes) return text;
  if (policy === undefined) {
    try {
      // The text is our own JSON.stringify output with `<` escaped: nothing to sanitise.
      policy = trustedTypes.createPolicy(policyName, { createScript: (input) => input });
    } catch (error) {
      policy = null;
      console.warn(`[training-feed-widgets] données structurées (JSON-LD) non écrites : la politique Trusted Types « ${policyName} » n’est pas autorisée par la page.`, error);
    }
  }
  return policy ? policy.createScript(text) : undefined;
}

/** Creates, updates or removes the light-DOM script of one owner. */
export function writeJsonLd(owner: string, data: JsonLd | undefined, ownerAttribute: string, policyName: string): void {
  let script = document.head.querySelector<HTMLScriptElement>(`script[${ownerAttribute}="${CSS.escape(owner)}"]`);
  if (!data) {
    script?.remove();
    return;
  }
  // `<` escaped: a title containing "</script>" must not end the script element early.
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (script?.textContent === text) return;
  const trusted = trustedScript(text, policyName);
  if (trusted === undefined) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(ownerAttribute, owner);
    document.head.append(script);
  }
  // A TrustedScript where the page enforces Trusted Types; the DOM types only know strings.
  script.textContent = trusted as string;
}

/** When the browser is idle, at the latest after `timeout` ms; a timer where idle callbacks do not exist (Safari). */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

/** One widget's script: written when the browser is idle after a render that changed what it describes. */
export class JsonLdWriter {
  private written: readonly unknown[] | undefined;
  private cancelPending: (() => void) | undefined;

  constructor(
    private readonly owner: string,
    private readonly ownerAttribute: string,
    private readonly policyName: string,
  ) {}

  /** After each render of the widget: what it publishes now. */
  update(source: StructuredDataSource): void {
    if (!source) {
      this.cancel();
      if (this.written) writeJsonLd(this.owner, undefined, this.ownerAttribute, this.policyName);
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
        (data) => current && writeJsonLd(this.owner, data, this.ownerAttribute, this.policyName),
        (error: unknown) => console.error('[training-feed-widgets] données structurées (JSON-LD) non écrites', error),
      );
    });
  }

  /** The widget left the page (its script already removed): nothing pending, nothing written. */
  disconnect(): void {
    this.cancel();
    this.written = undefined;
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }
}
