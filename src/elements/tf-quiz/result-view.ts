/**
 * What the result step keeps on screen between renders, apart from the attempt: whether the whole result is there
 * yet, whether its score tables are open (their content is rendered only then), and printing.
 *
 * The click on « Voir mon résultat » is answered by the summary alone (heading, score, band, the next step), which
 * the learner reads first and where focus goes; the rest (other recommendations, sessions, bars, tables, the answers'
 * button, the data actions) is added below it in a task after that frame. The summary does not move, and the click
 * pays only for the summary's render and layout, not for the whole step's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrintingController } from '../../controllers/print.js';

/**
 * Resolves in a task after the next frame is rendered. A page that gets no frames (a tab in the background) goes on
 * after `fallbackMs` instead: nothing there waits for a frame.
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

export class ResultView implements ReactiveController {
  /** The whole result is rendered; `false` between the click that shows a new result and the task after its frame. */
  complete = true;
  /** The disclosure of the score tables is open. */
  tablesOpen = false;
  /** The task that adds the rest of the result, while it is to come. */
  private rest: Promise<void> | undefined;
  /** When the rest of a new result comes: after the next frame (a test may hold it back to see the summary alone). */
  next: () => Promise<void> = afterNextFrame;
  /** The quiz's box, kept at the height of the step the click left until the rest comes. */
  private held: HTMLElement | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * A new result, just computed: its summary first, the rest after its frame; its tables closed. `box` (the quiz's
   * outer box) keeps the height of the step the click leaves until then, so that the page below the quiz moves once
   * (as the whole result comes), not twice. Read in the click, whose layout is already up to date.
   */
  shown(box?: HTMLElement | null): void {
    this.complete = false;
    this.tablesOpen = false;
    if (!box) return;
    box.style.minHeight = `${box.getBoundingClientRect().height}px`;
    this.held = box;
  }

  /** The summary is rendered (focus is on its heading by now): the rest comes in a task after the next frame. */
  hostUpdated(): void {
    if (this.complete || this.rest) return;
    this.rest = this.next().then(() => {
      this.rest = undefined;
      this.complete = true;
      this.held?.style.removeProperty('min-height');
      this.held = undefined;
      this.host.requestUpdate();
    });
  }

  /** Until the rest of the result is added, the task that adds it (the element's `updateComplete` waits for it). */
  get pending(): Promise<void> | undefined {
    return this.rest;
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
