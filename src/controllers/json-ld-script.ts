/**
 * Writes the JSON-LD scripts of ./structured-data.ts: loaded on demand with the JSON-LD builder, when the browser is
 * idle after a render, since most pages never ask for structured data. It imports nothing from there (the names
 * come as arguments): a chunk loaded on demand that imported from the session list's chunk would split it in two.
 */
import type { JsonLd } from '../model/json-ld.js';

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
