import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing: the widget's disclosures (`<details>`) open while the page prints, and close again afterwards (the
 * reader's own choices are kept); `print()` is the widgets' "Imprimer" button.
 */
export class PrintController implements ReactiveController {
  /** Disclosures opened for printing, to close again afterwards. */
  private openedForPrint: HTMLDetailsElement[] = [];
  private printMedia?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  print(): void {
    window.print();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.expand);
    window.addEventListener('afterprint', this.restore);
    this.printMedia = window.matchMedia('print');
    this.printMedia.addEventListener('change', this.onPrintMediaChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.expand);
    window.removeEventListener('afterprint', this.restore);
    this.printMedia?.removeEventListener('change', this.onPrintMediaChange);
  }

  hostUpdated(): void {
    // Rendered while printing (late feed, print preview already open): open the new disclosures too.
    if (this.printMedia?.matches) this.expand();
  }

  private readonly onPrintMediaChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.expand();
    else this.restore();
  };

  private readonly expand = (): void => {
    this.host.renderRoot.querySelectorAll('details').forEach((details) => {
      if (details.open) return;
      details.open = true;
      this.openedForPrint.push(details);
    });
  };

  private readonly restore = (): void => {
    this.openedForPrint.forEach((details) => {
      details.open = false;
    });
    this.openedForPrint = [];
  };
}
