/**
 * What the result step keeps on screen between renders, apart from the attempt: whether its score tables are open
 * (their content is rendered only then), focus on its heading once a new result is rendered, and printing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrintingController } from '../../controllers/print.js';

/**
 * Focuses a heading just rendered without the scroll that `focus()` does, which would lay the new content out there
 * and then, in the task that rendered it (a forced synchronous layout); the browser lays it out once, for the frame,
 * and after that frame the heading is scrolled into view if it is not, as `focus()` would have done.
 */
export function focusWithoutForcedLayout(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!heading.isConnected) return;
      const { top, bottom } = heading.getBoundingClientRect();
      if (top < 0 || bottom > window.innerHeight) heading.scrollIntoView({ block: 'center', inline: 'nearest' });
    }),
  );
}

export class ResultView implements ReactiveController {
  /** The disclosure of the score tables is open. */
  tablesOpen = false;
  private focusHeading = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** A new result: its tables closed, its heading focused once rendered, for a screen reader to read it next. */
  shown(): void {
    this.tablesOpen = false;
    this.focusHeading = true;
  }

  readonly tablesToggled = (open: boolean): void => {
    if (open === this.tablesOpen) return;
    this.tablesOpen = open;
    this.host.requestUpdate();
  };

  /** « Imprimer »: the answers are rendered first, since the printed result shows them. */
  async print(printing: PrintingController): Promise<void> {
    printing.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
    printing.printing = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('#result-heading');
    if (heading) focusWithoutForcedLayout(heading);
  }
}
