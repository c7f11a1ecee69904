/**
 * What `<tf-quiz>` loads on first use, once per page, so that a page showing a quiz downloads only what its first
 * view (the intro) needs: the items (their controls, correction, styles, and the scoring, which the element takes from
 * them too; an attempt resumed past its intro waits for them), imported on the first sign that the visitor is about
 * to start (ItemsOnIntent), or on « Commencer » at the latest; the result step (its charts, tables, styles, the
 * sessions to join, the erase dialog), imported as soon as an attempt starts so that it is there long before « Voir
 * mon résultat »; the xAPI statements, on the first one. In the single-file build these imports are modules of the
 * same file. */
import { supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { QuizStatement } from '../../model/quiz/statements.js';

/** A module imported on first use: `current` once it is there, `load()` to ask for it (at most one request). */
export interface OnDemand<M> {
  readonly current: M | undefined;
  load(): Promise<M | undefined>;
}

export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let module: M | undefined;
  let loading: Promise<M | undefined> | undefined;
  return {
    get current() {
      return module;
    },
    load() {
      loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          // Offline or a missing file: asked again next time; meanwhile the quiz says the part could not be shown.
          loading = undefined;
          console.error('[training-feed-widgets] <tf-quiz> :', error);
          return undefined;
        },
      );
      return loading;
    },
  };
}

export type ItemCode = typeof import('./quiz-item.js');
export const itemCode = onDemand<ItemCode>(() => import('./quiz-item.js'));

/**
 * Loads the items' code on the first sign that the visitor is about to start (a pointer over the quiz, a touch,
 * focus inside it), while `wanted()` says so (the intro, on screen): a visitor who only reads the page downloads
 * none of it, one who starts seldom waits for it. « Commencer » loads it at the latest (tf-quiz.ts).
 */
export class ItemsOnIntent implements ReactiveController {
  private static readonly intents = ['pointerover', 'pointerdown', 'focusin'] as const;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  private readonly intent = (): void => {
    if (!this.wanted()) return;
    this.listen(false);
    void itemCode.load();
  };

  private listen(on: boolean): void {
    for (const type of ItemsOnIntent.intents) {
      if (on) this.host.addEventListener(type, this.intent, { passive: true });
      else this.host.removeEventListener(type, this.intent);
    }
  }

  hostConnected(): void {
    if (!itemCode.current) this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
  }
}

/**
 * The items' code, there whenever an item or the result is rendered (the element waits for it before rendering),
 * with its sheet adopted in `root` just before `before`. Could it not be loaded (offline), it throws: the error state
 * says so (feed-element.ts), and the next render asks again.
 */
export function loadedItems(root: HTMLElement | DocumentFragment, before: CSSResult): ItemCode {
  const code = itemCode.current;
  if (!code) throw new Error('quiz items not loaded');
  if (root instanceof ShadowRoot) adoptStylesBefore(root, code.itemStyles, before);
  return code;
}
export type ResultCode = typeof import('./quiz-result.js');
export const resultCode = onDemand<ResultCode>(() => import('./quiz-result.js'));
export const statementCode = onDemand(() => import('../../model/quiz/statements.js'));

type StatementCode = typeof import('../../model/quiz/statements.js');

/**
 * The element's xAPI statements: sent at once when their code is loaded, else as soon as it is, in the order asked.
 * Each is built from what the caller knew when it asked (its time, its answer). If the code cannot be loaded
 * (offline), the statements wait and go with the next one: a page forwarding them to a learning record store
 * loses none.
 */
export class StatementQueue {
  private readonly pending: { name: `tf-quiz-${string}`; build: (code: StatementCode) => QuizStatement }[] = [];
  private loading: Promise<void> | undefined;

  constructor(private readonly send: (name: `tf-quiz-${string}`, statement: QuizStatement) => void) {}

  emit(name: `tf-quiz-${string}`, build: (code: StatementCode) => QuizStatement): void {
    this.pending.push({ name, build });
    const code = statementCode.current;
    if (code) this.sendPending(code);
    else
      this.loading ??= statementCode.load().then((loaded) => {
        this.loading = undefined;
        if (loaded) this.sendPending(loaded);
      });
  }

  private sendPending(code: StatementCode): void {
    for (const { name, build } of this.pending.splice(0)) this.send(name, build(code));
  }
}

/**
 * Adds `styles` to a shadow root whose element styles are already there, just before `before` (the element's own
 * sheet), so that the cascade is the one a static `styles` list in that order would give. Once per root.
 */
export function adoptStylesBefore(root: ShadowRoot, styles: CSSResult, before: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!supportsAdoptingStyleSheets || !sheet) {
    // Lit renders `<style>` elements instead: one more per sheet loaded on demand, first.
    const text = styles.cssText;
    if (![...root.querySelectorAll('style')].some((style) => style.textContent === text)) root.prepend(Object.assign(document.createElement('style'), { textContent: text }));
    return;
  }
  const sheets = [...root.adoptedStyleSheets];
  if (sheets.includes(sheet)) return;
  const at = sheets.indexOf(before.styleSheet as CSSStyleSheet);
  sheets.splice(at < 0 ? sheets.length : at, 0, sheet);
  root.adoptedStyleSheets = sheets;
}
