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
