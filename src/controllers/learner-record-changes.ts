/** Other widgets' learner records, watched: the checklist reads the quiz's results again when they change. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LearnerRecord, LearnerRecordFormat } from '../model/learner-records.js';

/**
 * Calls `onChange` whenever records of `format` change on this page (its change event) or in another tab (the
 * native `storage` event), e.g. the checklist reading the quiz's results again.
 */
export class LearnerRecordChanges implements ReactiveController {
  private readonly eventName: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    format: LearnerRecordFormat<LearnerRecord>,
    private readonly onChange: () => void,
  ) {
    this.eventName = format.changeEvent?.name;
    host.addController(this);
  }

  private readonly notify = (): void => this.onChange();

  hostConnected(): void {
    if (this.eventName) window.addEventListener(this.eventName, this.notify);
    window.addEventListener('storage', this.notify);
  }

  hostDisconnected(): void {
    if (this.eventName) window.removeEventListener(this.eventName, this.notify);
    window.removeEventListener('storage', this.notify);
  }
}
