import type { ReactiveControllerHost } from 'lit';
import { PrintingController } from './print.js';

/**
 * Printing: the widget's disclosures (`<details>`) open while the page prints, and close again afterwards (the
 * reader's own choices are kept); `print()` is the widgets' "Imprimer" button. A module apart from ./print.ts,
 * which the quiz and the session list use alone, so that their pages do not download it.
 */
export class PrintController extends PrintingController {
  /** Disclosures opened for printing, to close again afterwards. */
  private openedForPrint: HTMLDetailsElement[] = [];

  constructor(protected override readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    super(host);
  }

  print(): void {
    window.print();
  }

  hostUpdated(): void {
    // Rendered while printing (a late feed): open the new disclosures too. Not from the media query alone: after
    // `afterprint` it may still match for a moment, and would reopen what was just restored.
    if (this.printing) this.expand();
  }

  protected override set(printing: boolean): void {
    super.set(printing);
    if (printing) this.expand();
    else this.restore();
  }

  private expand(): void {
    this.host.renderRoot.querySelectorAll('details').forEach((details) => {
      if (details.open) return;
      details.open = true;
      this.openedForPrint.push(details);
    });
  }

  private restore(): void {
    this.openedForPrint.forEach((details) => {
      details.open = false;
    });
    this.openedForPrint = [];
  }
}
