/**
 * The parts a page can style with `::part()` are those the Custom Elements Manifest documents (from `@csspart`):
 * a part rendered but not documented is an API nobody knows of; the docs' tables are made from the manifest.
 * Every loaded widget has a root part `base` (older names stay beside it as aliases, e.g. `part="base sheet"`).
 */
import { expect } from '@open-wc/testing';
import { demoFeed, waitUntil } from './helpers.js';
import { container, itFor, renderWidget, widgetCases, type WidgetState } from './widgets.js';

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

let documented: Promise<Map<string, Set<string>>> | undefined;

/** The documented parts of each tag, from the built manifest (`npm test` builds first). */
function documentedParts(): Promise<Map<string, Set<string>>> {
  documented ??= fetch('/dist/custom-elements.json')
    .then((response) => response.json() as Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }>)
    .then(({ modules }) => {
      const declarations = modules.flatMap((module) => module.declarations ?? []);
      return new Map(declarations.filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName as string, new Set((declaration.cssParts ?? []).map((part) => part.name))]));
    });
  return documented;
}

const states: readonly WidgetState[] = ['loading', 'error', 'filled'];

/** Every part name the shadow tree of `element` renders (an element may have several). */
const partsOf = (element: Element): string[] => Array.from(element.shadowRoot?.querySelectorAll('[part]') ?? [], (node) => Array.from(node.part)).flat();

describe('parts (::part) are documented in the manifest', () => {
  for (const widget of widgetCases) {
    for (const state of states) {
      itFor(widget, `renders only documented parts (${state})`, async () => {
        const parts = (await documentedParts()).get(widget.tag);
        expect(parts, `<${widget.tag}> in the manifest`).to.exist;
        const element = await renderWidget(widget, state);
        const rendered = new Set(partsOf(element));
        expect(rendered.size, 'parts rendered').to.be.greaterThan(0);
        expect([...rendered].filter((part) => !parts?.has(part)), 'parts rendered but not documented with @csspart').to.deep.equal([]);
        if (state !== 'filled') return;
        // `base` is the root: every other part of the loaded widget is inside it.
        const base = element.shadowRoot?.querySelector('[part~="base"]');
        expect(base, `<${widget.tag}> part="base"`).to.exist;
        const outside = Array.from(element.shadowRoot?.querySelectorAll('[part]') ?? []).filter((node) => node !== base && !base?.contains(node));
        expect(outside.map((node) => node.getAttribute('part')), 'parts outside the base part').to.deep.equal([]);
      });
    }

    itFor(widget, 'renders only documented parts (« Réessayer » after a server error; the notice of entries left out)', async () => {
      const parts = (await documentedParts()).get(widget.tag);
      const failing = document.createElement(widget.tag);
      for (const [name, value] of Object.entries(widget.attributes)) failing.setAttribute(name, value);
      failing.setAttribute('src', `/test-server/fail-once/parts-${widget.tag}`);
      (await container()).append(failing);
      await waitUntil(() => partsOf(failing).includes('retry'), '« Réessayer »');
      const feed = await demoFeed();
      for (const training of feed.trainings) (training.sessions[0] as { mode: string }).mode = 'nowhere';
      const partial = await renderWidget(widget, 'filled', { attributes: { debug: '' } });
      (partial as HTMLElement & { feed: unknown }).feed = feed;
      await waitUntil(() => partsOf(partial).includes('notice'), 'the notice of entries left out');
      const rendered = [...new Set([...partsOf(failing), ...partsOf(partial)])];
      expect(rendered.filter((part) => !parts?.has(part)), 'parts rendered but not documented with @csspart').to.deep.equal([]);
    });
  }
});
