import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, or while the print media query applies
 * (print preview, emulation). The host renders again on each change, for content it leaves out on screen.
 */
export class PrintingController implements ReactiveController {
  printing = false;
  protected readonly printMedia = window.matchMedia('print');

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.printMedia.addEventListener('change', this.mediaChanged);
    // Connected while the page already prints (print preview open).
    if (this.printMedia.matches) this.set(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.printMedia.removeEventListener('change', this.mediaChanged);
  }

  protected set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly beforePrint = (): void => this.set(true);
  private readonly afterPrint = (): void => this.set(false);
  private readonly mediaChanged = (event: MediaQueryListEvent): void => this.set(event.matches);
}

/**
 * Printing: the widget's disclosures (`<details>`) open while the page prints, and close again afterwards (the
 * reader's own choices are kept); `print()` is the widgets' "Imprimer" button.
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
