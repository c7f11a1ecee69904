/**
 * What the result step keeps on screen between renders, apart from the attempt: whether its score tables are open
 * (their content is rendered only then), and printing.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PrintingController } from '../../controllers/print.js';

export class ResultView {
  /** The disclosure of the score tables is open. */
  tablesOpen = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new result: its tables closed. */
  shown(): void {
    this.tablesOpen = false;
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
}
