import { html, nothing } from 'lit';
import { isoDateOf } from '../../model/calendar.js';
import type { PathKey } from '../model/paths.js';
import { fieldLabel, itemName, type StudioStrings } from '../i18n/strings.js';
import { StudioPart } from './studio-part.js';

/**
 * Where a problem is, in the form's own words: « Quiz 1 › Question 1 › Question posée » for
 * `quizzes[0].items[0].prompt` (items by their name and number, fields by their label).
 */
export function placeName(t: StudioStrings, path: readonly PathKey[]): string {
  const steps: string[] = [];
  let parent: string | undefined;
  path.forEach((key, index) => {
    const next = path[index + 1];
    if (typeof key === 'number') return;
    if (typeof next === 'number') {
      steps.push(`${itemName(t, key, parent)} ${next + 1}`);
    } else {
      steps.push(fieldLabel(t, key, parent));
    }
    parent = key;
  });
  return steps.length === 0 ? t.ui.general : steps.join(' › ');
}

/**
 * The check panel: every problem of the feed with its path, each a link to its field; each training's Qualiopi
 * indicator-1 items still to publish; and the age of the information.
 */
export class StudioCheck extends StudioPart {
  /** `name`: the button's whole name where its label repeats from one section to the next (it starts with the label). */
  private goButton(path: PathKey[], label: string, detail?: string, name?: string) {
    return html`<button type="button" class="link" aria-label=${name ?? nothing} @click=${() => this.editor.goTo(path)}>${label}</button>${detail ? html` <code>${detail}</code>` : nothing}`;
  }

  /** Dated today, the button goes away: focus goes to the date it wrote, in the general information. */
  private setUpdatedToday(): void {
    this.editor.edit(['updated'], isoDateOf(new Date()));
    this.editor.goTo(['updated']);
  }

  override render() {
    const t = this.t.ui;
    const { problems, qualiopi, freshness } = this.check;
    return html`<h2>${t.problems(problems.length)}</h2>
      ${problems.length > 0
        ? html`<ul class="problems">
            ${problems.map((problem) => html`<li>${this.goButton(problem.path, t.fieldError(placeName(this.t, problem.path), problem.message), problem.key)}</li>`)}
          </ul>`
        : nothing}
      <h2>${t.qualiopiTitle}</h2>
      ${qualiopi.length === 0 ? html`<p>${t.qualiopiNoTraining}</p>` : nothing}
      ${qualiopi.map((report) => {
        const training = report.title || t.untitled(itemName(this.t, 'trainings'), report.index + 1);
        // Every training lists the same items: each button says which training it leads to.
        const item = (missing: (typeof report.missing)[number]) => t.qualiopiItem(missing.indicator, this.t.qualiopi[missing.item] ?? missing.item);
        return html`<h3>${training}</h3>
          ${report.missing.length === 0
            ? html`<p class="ok">✓ ${t.qualiopiComplete}</p>`
            : html`<p>${t.qualiopiMissing(report.missing.length)}</p>
                <ul class="problems">
                  ${report.missing.map((missing) => {
                    const label = item(missing);
                    return html`<li>${this.goButton(missing.path, label, undefined, t.qualiopiItemOf(label, training))}</li>`;
                  })}
                </ul>`}`;
      })}
      <h2>${t.freshnessTitle}</h2>
      <p class=${freshness.status === 'fresh' ? 'ok' : 'warning'}>
        ${freshness.status === 'fresh' ? `✓ ${t.freshnessFresh}` : freshness.status === 'old' ? t.freshnessOld(freshness.days) : t.freshnessMissing}
      </p>
      ${freshness.status === 'fresh'
        ? nothing
        : html`<button type="button" @click=${() => this.setUpdatedToday()}>${t.setUpdatedToday}</button>`}`;
  }
}

customElements.define('studio-check', StudioCheck);
