import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes: a selector in the shadow root (an id is `#id`), or a function that finds the element. */
export type FocusTarget = string | ((root: ParentNode) => HTMLElement | null | undefined);

/**
 * Moves focus once the next render is on screen: the control that had it is often gone with that render (a
 * "Next" button, a cleared filter, an erased list). A target that is not focusable by nature (a heading, a
 * correction) becomes focusable by script only, outside the Tab order.
 */
export class FocusController implements ReactiveController {
  private pending: FocusTarget | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses `target` after the next render. */
  focusAfterRender(target: FocusTarget): void {
    this.pending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending;
    if (target === undefined) return;
    this.pending = undefined;
    const root = this.host.renderRoot;
    const element = typeof target === 'string' ? root.querySelector<HTMLElement>(target) : target(root);
    if (!element) return;
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  }
}
