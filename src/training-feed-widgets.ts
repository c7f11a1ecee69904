/**
 * The drop-in: a small loader. One `<script type="module">` tag makes every element of the library usable, but a
 * page downloads only the code of the elements it shows: each tag is defined when it first appears in the document
 * (or in a shadow root handed to `observe`), by importing its chunk from beside this file. The build turns each
 * of those imports into one wave of requests: the element's chunk and every shared chunk it needs are preloaded
 * together (see `preloadDynamicImports` in rollup.config.mjs).
 *
 * For one file that defines everything at once, use `training-feed-widgets.bundle.js` (README, "The snippet").
 */
import { elements, type ElementTag } from './elements.js';

type Root = Document | DocumentFragment | Element;

const waiting = new Map<string, () => Promise<unknown>>(elements.map(({ tag, load }) => [tag, load]));
/** The chunks asked for, settled once their definitions have run, or rejected when they could not be loaded. */
const loading = new Map<string, Promise<unknown>>();
const observed = new WeakSet<Node>();
/**
 * What stands in place of an element whose code could not be loaded (a `dist/` copied without its `chunks/`, a
 * request blocked or refused): a sentence in the page's language instead of an empty box, and none of the room the
 * no-shift rule (README) keeps for it. One sheet, adopted by the document and each observed shadow root, is
 * empty until a load fails: elements of that tag added later say it too.
 */
// Browsers without constructable stylesheets (Safari before 16.4) go without it, rather than without the loader.
const failures = 'adoptedStyleSheets' in document ? new CSSStyleSheet() : undefined;
function sayFailed(tag: string): void {
  const element = `${tag}:not(:defined)`;
  failures?.insertRule(`${element}{display:block;min-height:auto}`);
  failures?.insertRule(`${element}::before{content:"Ce contenu n’a pas pu être chargé. Rechargez la page pour réessayer."}`);
  failures?.insertRule(`${element}:lang(en)::before{content:"This content could not be loaded. Reload the page to try again."}`);
}
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineWithin(node);
});

function define(tag: string): void {
  const load = waiting.get(tag);
  if (!load) return;
  waiting.delete(tag);
  if (waiting.size === 0) observer.disconnect();
  const attempt = load().catch((error: unknown) => {
    console.error(`[training-feed-widgets] <${tag}> n’a pas pu être chargé (fichiers de dist/ manquants ou bloqués ?)`, error);
    sayFailed(tag);
    throw error;
  });
  // The console has said it: only a caller of `load` is told again, by its rejection.
  attempt.catch(() => {});
  loading.set(tag, attempt);
}

/**
 * Defines every tag still waiting that `root` is, or holds. One walk of the subtree looks for all of them at once:
 * a host page that adds large subtrees (an application's views) pays one walk each, not one per tag it never uses.
 */
function defineWithin(root: Root): void {
  // define() passes over a tag that is not waiting (another element, or one defined already).
  if (root instanceof Element) define(root.localName);
  let found: Element | null;
  while (waiting.size > 0 && (found = root.querySelector([...waiting.keys()].join()))) define(found.localName);
}

/**
 * Watches a shadow root (or any other root the document's observer cannot see into) for the library's tags: an
 * application that renders `<tf-quiz>` inside its own component's shadow root calls
 * `observe(this.shadowRoot)` once. Tags already defined are not watched again. The root adopts the sheet that says
 * when an element's code could not be loaded.
 */
export function observe(root: Document | DocumentFragment): void {
  if (observed.has(root)) return;
  observed.add(root);
  if (failures && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, failures];
  if (waiting.size === 0) return;
  defineWithin(root);
  if (waiting.size > 0) observer.observe(root, { childList: true, subtree: true });
}

/**
 * Loads and defines `tag` now, whether or not it is on the page yet: for a script that creates the element off the
 * document and wants its class (`await load('tf-quiz')`). Resolves once the element's chunk has run, so a tag that
 * another library already defined has had its warning in the console; rejects when its code could not be loaded,
 * and for a tag that is not one of the library's.
 */
export async function load(tag: ElementTag): Promise<CustomElementConstructor> {
  define(tag);
  const attempt = loading.get(tag);
  // From plain JavaScript, a misspelt tag would otherwise wait for ever.
  if (!attempt) throw new TypeError(`[training-feed-widgets] <${tag}> n’a pas pu être chargé (élément inconnu)`);
  await attempt;
  return customElements.whenDefined(tag);
}

observe(document);
