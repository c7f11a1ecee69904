import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language, Namespace, NamespaceStrings, StringOverrides, Strings } from '../i18n/translation.js';
import { loadStrings, stringsIn, toSupportedLanguage, withOverrides } from '../i18n/localize.js';

/** The `lang` of the element, else of its closest ancestor (across shadow roots), as written (`fr-CA`). */
function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return undefined;
}

/** The `lang` of the element, else of its closest ancestor (across shadow roots), else French. */
export function resolveLanguage(element: Element): Language {
  const lang = closestLang(element);
  return lang ? toSupportedLanguage(lang) : 'fr';
}

/**
 * The tag that says what the element's content is in: the page's own (`fr-CA`, `en-GB`: a screen reader keeps its
 * regional voice) when the element speaks that language, else the language it speaks (`fr` on a German page).
 */
export function contentLanguageTag(element: Element): string {
  const written = closestLang(element);
  const language = written ? toSupportedLanguage(written) : 'fr';
  const tag = written?.trim();
  return tag && tag.toLowerCase().split('-')[0] === language ? tag : language;
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute changes anywhere in the document: one observer serves every widget. */
function onLanguageChange(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * The language an element speaks and its strings: from the element's `lang`, else its closest ancestor's, else
 * French; watched, so that a page switching language re-renders the widget. `namespaces` are the only strings the
 * element loads (common and its own), with the partner's `overrides` on top.
 */
export class LocalizeController<N extends Namespace> implements ReactiveController {
  private stopWatching?: () => void;
  private cached?: { language: Language; overrides: StringOverrides | undefined; strings: Strings<N> };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly namespaces: { [K in N]: NamespaceStrings<K> },
    private readonly overrides: () => StringOverrides | undefined,
  ) {
    host.addController(this);
  }

  get language(): Language {
    return resolveLanguage(this.host);
  }

  /**
   * The strings of the current language, with the partner's overrides; French stands in for a language still
   * loading (see `ready`).
   */
  get t(): Strings<N> {
    const language = this.language;
    const overrides = this.overrides();
    const cached = this.cached;
    if (cached && cached.language === language && cached.overrides === overrides) return cached.strings;
    const bundles = Object.entries<NamespaceStrings<N>>(this.namespaces);
    const complete = bundles.every(([, bundle]) => stringsIn(bundle, language) !== undefined);
    const base = Object.fromEntries(bundles.map(([namespace, bundle]) => [namespace, stringsIn(bundle, language) ?? bundle.fr])) as Strings<N>;
    const strings = withOverrides(base, overrides);
    if (complete) this.cached = { language, overrides, strings };
    return strings;
  }

  /** Resolves once the strings of the current language are there: undefined when they already are. */
  ready(): Promise<unknown> | undefined {
    const language = this.language;
    const pending = Object.values<NamespaceStrings<N>>(this.namespaces).map((bundle) => loadStrings(bundle, language)).filter(Boolean);
    return pending.length ? Promise.all(pending) : undefined;
  }

  hostConnected(): void {
    // Connected again after a move: the new place may speak another language.
    this.host.requestUpdate();
    let language = this.language;
    this.stopWatching = onLanguageChange(() => {
      if (this.language !== language) {
        language = this.language;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }
}
