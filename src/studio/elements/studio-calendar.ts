import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { isoDateOf, localDateOf } from '../../model/calendar.js';
import type { StudioLanguage, StudioStrings } from '../i18n/strings.js';

export interface CalendarRequest {
  /** Pick a first and a last day (a session's period), or one day. */
  range: boolean;
  start?: string;
  end?: string;
  onPick: (start: string, end?: string) => void;
  /** Where focus returns when the calendar closes. */
  opener: HTMLElement;
}

const isIsoDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value);

const addDays = (iso: string, days: number): string => {
  const date = localDateOf(iso);
  date.setDate(date.getDate() + days);
  return isoDateOf(date);
};

/** The same day `months` later, kept inside the target month (31 January + 1 month = 28 or 29 February). */
const addMonths = (iso: string, months: number): string => {
  const date = localDateOf(iso);
  const day = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(day, last));
  return isoDateOf(date);
};

/**
 * A month calendar in a modal dialog, for the keyboard as for the mouse: arrows move by day and week, Page Up /
 * Page Down by month (with Shift, by year), Home / End to the week's ends, Enter picks, Escape closes. In range
 * mode the first pick is the first day, the second the last day (in either order).
 */
export class StudioCalendar extends LitElement {
  static override properties: PropertyDeclarations = {
    t: { attribute: false },
    language: { attribute: false },
    request: { state: true },
    focused: { state: true },
    pickedStart: { state: true },
  };

  declare t: StudioStrings;
  declare language: StudioLanguage;
  declare request: CalendarRequest | undefined;
  declare focused: string;
  declare pickedStart: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  async open(request: CalendarRequest): Promise<void> {
    this.request = request;
    this.pickedStart = undefined;
    this.focused = isIsoDay(request.start) ? request.start.slice(0, 10) : isoDateOf(new Date());
    await this.updateComplete;
    this.dialog?.showModal();
    this.focusDay();
  }

  private close(): void {
    const opener = this.request?.opener;
    this.dialog?.close();
    this.request = undefined;
    opener?.focus();
  }

  private focusDay(): void {
    this.querySelector<HTMLButtonElement>(`button[data-day="${this.focused}"]`)?.focus();
  }

  private async move(to: string): Promise<void> {
    this.focused = to;
    await this.updateComplete;
    this.focusDay();
  }

  private onKeydown(event: KeyboardEvent): void {
    const day = (event.target as HTMLElement).dataset['day'];
    if (!day) return;
    const weekday = (localDateOf(day).getDay() + 6) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      PageUp: () => addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(day, event.shiftKey ? 12 : 1),
      Home: () => addDays(day, -weekday),
      End: () => addDays(day, 6 - weekday),
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    void this.move(target());
  }

  private pick(day: string): void {
    const request = this.request;
    if (!request) return;
    if (!request.range) {
      request.onPick(day);
      this.close();
    } else if (this.pickedStart === undefined) {
      this.pickedStart = day;
      this.focused = day;
    } else {
      const [start, end] = [this.pickedStart, day].sort() as [string, string];
      request.onPick(start, end === start ? undefined : end);
      this.close();
    }
  }

  private format(day: string, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.language === 'fr' ? 'fr-FR' : 'en-GB', options).format(localDateOf(day));
  }

  /** Monday-first weeks covering the focused month. */
  private weeks(): (string | undefined)[][] {
    const first = localDateOf(`${this.focused.slice(0, 7)}-01`);
    const daysInMonth = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
    const lead = (first.getDay() + 6) % 7;
    const cells: (string | undefined)[] = [...Array<undefined>(lead), ...Array.from({ length: daysInMonth }, (_, i) => addDays(isoDateOf(first), i))];
    while (cells.length % 7 !== 0) cells.push(undefined);
    return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  }

  private isPicked(day: string): boolean {
    const request = this.request;
    if (!request) return false;
    if (request.range && this.pickedStart !== undefined) return day === this.pickedStart;
    const start = isIsoDay(request.start) ? request.start.slice(0, 10) : undefined;
    const end = isIsoDay(request.end) ? request.end.slice(0, 10) : start;
    return start !== undefined && end !== undefined && day >= start && day <= end;
  }

  override render() {
    const t = this.t.ui;
    const request = this.request;
    const monday = localDateOf('2024-01-01');
    const weekdays = Array.from({ length: 7 }, (_, i) => {
      const date = new Date(monday);
      date.setDate(i + 1);
      return isoDateOf(date);
    });
    const today = isoDateOf(new Date());
    const status = !request?.range ? '' : this.pickedStart === undefined ? t.calendarRangeStart : t.calendarRangeEnd(this.format(this.pickedStart, { dateStyle: 'full' }));
    return html`<dialog class="calendar" aria-labelledby="calendar-title" @close=${() => this.request && this.close()}>
      ${request
        ? html`<h2 id="calendar-title">${request.range ? t.pickRange : t.pickDates}</h2>
            <p class="hint" id="calendar-help">${t.calendarHelp}</p>
            <p class="calendar-status" role="status">${status}</p>
            <div class="calendar-head">
              <button type="button" class="quiet" @click=${() => this.move(addMonths(this.focused, -1))}>‹ ${t.previousMonth}</button>
              <h3 id="calendar-month" aria-live="polite">${this.format(this.focused, { month: 'long', year: 'numeric' })}</h3>
              <button type="button" class="quiet" @click=${() => this.move(addMonths(this.focused, 1))}>${t.nextMonth} ›</button>
            </div>
            <table class="calendar-grid" aria-labelledby="calendar-month" aria-describedby="calendar-help" @keydown=${this.onKeydown}>
              <thead>
                <tr>${weekdays.map((day) => html`<th scope="col"><abbr title=${this.format(day, { weekday: 'long' })}>${this.format(day, { weekday: 'short' })}</abbr></th>`)}</tr>
              </thead>
              <tbody>
                ${this.weeks().map(
                  (week) => html`<tr>
                    ${week.map((day) =>
                      day === undefined
                        ? html`<td></td>`
                        : html`<td>
                            <button type="button" data-day=${day} tabindex=${day === this.focused ? '0' : '-1'} aria-pressed=${this.isPicked(day) ? 'true' : 'false'}
                              aria-current=${day === today ? 'date' : nothing} aria-label=${this.format(day, { dateStyle: 'full' })} @click=${() => this.pick(day)}>
                              ${Number(day.slice(8, 10))}
                            </button>
                          </td>`,
                    )}
                  </tr>`,
                )}
              </tbody>
            </table>
            <button type="button" class="quiet" @click=${() => this.close()}>${t.close}</button>`
        : nothing}
    </dialog>`;
  }
}

customElements.define('studio-calendar', StudioCalendar);
