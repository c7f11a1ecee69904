/**
 * What the result step keeps on screen between renders, apart from the attempt: whether its score tables are open
 * (their content is rendered only then), focus on its heading once a new result is rendered, and printing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrintingController } from '../../controllers/print.js';

/**
 * Focuses the heading of a result just rendered, scrolling it into view at once. (Deferring that scroll to after the
 * frame saved no measurable time and moved the page under the reader's pointer a moment after the click.)
 */
function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
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
    if (heading) focusHeading(heading);
  }
}
