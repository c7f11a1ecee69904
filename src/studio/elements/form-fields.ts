/**
 * The form generated from the feed's shape: one labelled control per field, a fieldset per object and list, the
 * item actions (move, duplicate, delete), and the messages of `parseFeed` under the field they concern. Stateless
 * templates: every control carries its path (`data-path`) and the form element handles their events in one place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Feed } from '../../model/schema.js';
import { pathKey, type Path, type PathKey } from '../model/paths.js';
import { referenceAt, type Reference } from '../model/references.js';
import { variantOf, type CompositeShape, type Field, type ObjectShape, type Shape } from '../model/shapes.js';
import { fieldLabel, itemName, valueName, type StudioStrings } from '../i18n/strings.js';

export interface FormContext {
  feed: Feed;
  t: StudioStrings;
  /** `parseFeed`'s messages by path key. */
  issues: Map<string, string[]>;
  /** The index of the first item shown of the list at `listPath`: long lists are shown `listPageSize` at a time. */
  pageStart?: (listPath: Path, length: number) => number;
}

/**
 * How many items of one list the form shows at once. A training may have thousands of sessions: rendering them
 * all (40 controls each) froze the studio for a minute, so the form shows one page and a way to the others.
 */
export const listPageSize = 20;

/** A calendar, drawn: emoji fonts are missing on many systems. */
export const calendarIcon = html`<svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="3" y="5" width="18" height="16" rx="2"></rect><path d="M3 10h18M8 3v4M16 3v4"></path></svg>`;

/** Long texts get a multi-line box. */
const longTextKeys = new Set(['description', 'message', 'access', 'accessibility', 'note', 'explanation', 'fundingRule', 'audience', 'feedback']);

/** What a list item is called in its legend: its title, name or text when it has one. */
const summaryKeys = ['title', 'label', 'name', 'prompt', 'text', 'start'];

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export const fieldId = (path: Path): string => `f-${pathKey(path)}`;
const errorId = (path: Path): string => `e-${pathKey(path)}`;
const hintId = (path: Path): string => `h-${pathKey(path)}`;

/** The last named key before the field's own: `sessions` for `trainings[0].sessions[1].label`. */
const parentKeyOf = (path: Path): string | undefined => path.slice(0, -1).filter((key): key is string => typeof key === 'string').at(-1);

function messagesFor(ctx: FormContext, path: Path, prefix = false): string[] {
  const key = pathKey(path);
  const own = ctx.issues.get(key) ?? [];
  if (!prefix) return own;
  const nested = [...ctx.issues].filter(([issueKey]) => issueKey.startsWith(`${key}[`)).flatMap(([, messages]) => messages);
  return [...own, ...nested];
}

function errors(path: Path, messages: string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<p class="field-error" id=${errorId(path)}>${messages.join(' ; ')}</p>`;
}

const describedBy = (path: Path, messages: string[], hint: boolean): string | typeof nothing => {
  const ids = [hint ? hintId(path) : '', messages.length > 0 ? errorId(path) : ''].filter(Boolean).join(' ');
  return ids || nothing;
};

function labelText(ctx: FormContext, field: Field, path: Path): TemplateResult {
  const label = fieldLabel(ctx.t, field.key, parentKeyOf(path));
  return html`${label}${field.optional ? html` <span class="optional">(${ctx.t.ui.optionalHint})</span>` : nothing}`;
}

export function renderFields(ctx: FormContext, shape: ObjectShape, value: unknown, path: Path, skip: readonly string[] = []): (TemplateResult | typeof nothing)[] {
  const object = record(value);
  return shape.fields.filter((field) => !skip.includes(field.key)).map((field) => renderField(ctx, field, object[field.key], [...path, field.key]));
}

function renderField(ctx: FormContext, field: Field, value: unknown, path: Path): TemplateResult | typeof nothing {
  const reference = referenceAt(ctx.feed, path);
  if (reference) return renderReference(ctx, field, value, path, reference);
  const { shape } = field;
  switch (shape.kind) {
    case 'text':
    case 'number':
    case 'date':
      return renderInput(ctx, field, shape, value, path);
    case 'boolean':
      return html`<div class="field checkbox">
        <input type="checkbox" id=${fieldId(path)} data-path=${pathKey(path)} data-kind="boolean" ?data-optional=${field.optional} .checked=${live(value === true)} />
        <label for=${fieldId(path)}>${fieldLabel(ctx.t, field.key, parentKeyOf(path))}</label>
      </div>`;
    case 'choice':
      return renderSelect(ctx, field, path, String(value ?? ''), shape.values.map((v) => ({ value: v, label: valueName(ctx.t, v) })), 'choice');
    case 'list':
      if (shape.item.kind === 'text') return renderLines(ctx, field, value, path);
      return renderList(ctx, field, shape.item, value, path);
    case 'object':
    case 'variants':
      return renderObjectField(ctx, field, shape, value, path);
    default:
      return nothing;
  }
}

function renderInput(ctx: FormContext, field: Field, shape: Extract<Shape, { kind: 'text' | 'number' | 'date' }>, value: unknown, path: Path): TemplateResult {
  const messages = messagesFor(ctx, path);
  const id = fieldId(path);
  const hint = shape.kind === 'date' ? (shape.withTime ? ctx.t.ui.dateTimeHint : ctx.t.ui.dateHint) : undefined;
  const shown = value === undefined || value === null ? '' : String(value);
  const common = { id, key: pathKey(path), invalid: messages.length > 0 ? 'true' : 'false', described: describedBy(path, messages, hint !== undefined) };
  let control: TemplateResult;
  if (shape.kind === 'text' && longTextKeys.has(field.key)) {
    control = html`<textarea id=${common.id} rows="3" data-path=${common.key} data-kind="text" ?data-optional=${field.optional} aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${live(shown)}></textarea>`;
  } else if (shape.kind === 'number') {
    // Text, not type="number": a browser's number field reads « 10,5 » or « -  » as nothing, which would erase the value
    // while it is typed. What is typed stays; a comma is a decimal point; what is no number is flagged by the check.
    control = html`<input type="text" inputmode=${shape.integer ? 'numeric' : 'decimal'} autocomplete="off" id=${common.id} data-path=${common.key} data-kind="number" ?data-optional=${field.optional} aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${shown} />`;
  } else {
    const type = shape.kind === 'text' && shape.format === 'email' ? 'email' : 'text';
    control = html`<input type=${type} id=${common.id} data-path=${common.key} data-kind=${shape.kind === 'date' ? 'date' : 'text'} ?data-optional=${field.optional} aria-invalid=${common.invalid} aria-describedby=${common.described} autocomplete="off" .value=${live(shown)} />`;
  }
  return html`<div class="field">
    <label for=${id}>${labelText(ctx, field, path)}</label>
    ${hint ? html`<span class="hint" id=${hintId(path)}>${hint}</span>` : nothing}
    <div class="control-row">
      ${control}
      ${shape.kind === 'date'
        ? html`<button type="button" class="icon-button" data-action="pick-date" data-path=${pathKey(path)} aria-label=${`${ctx.t.ui.pickDates} : ${fieldLabel(ctx.t, field.key, parentKeyOf(path))}`}>${calendarIcon}</button>`
        : nothing}
    </div>
    ${errors(path, messages)}
  </div>`;
}

function renderSelect(ctx: FormContext, field: Field, path: Path, current: string, choices: { value: string; label: string }[], kind: string): TemplateResult {
  const messages = messagesFor(ctx, path);
  const known = choices.some((choice) => choice.value === current);
  return html`<div class="field">
    <label for=${fieldId(path)}>${labelText(ctx, field, path)}</label>
    <select id=${fieldId(path)} data-path=${pathKey(path)} data-kind=${kind} ?data-optional=${field.optional} aria-invalid=${messages.length > 0 ? 'true' : 'false'} aria-describedby=${describedBy(path, messages, false)}>
      ${field.optional || !known ? html`<option value="" ?selected=${current === ''}>${ctx.t.ui.none}</option>` : nothing}
      ${!known && current !== '' ? html`<option value=${current} selected>${current}</option>` : nothing}
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === current}>${choice.label}</option>`)}
    </select>
    ${errors(path, messages)}
  </div>`;
}

function renderReference(ctx: FormContext, field: Field, value: unknown, path: Path, reference: Reference): TemplateResult {
  const choices = reference.choices.map((choice) => ({ value: choice.value, label: `${choice.label} (${choice.value})` }));
  if (!reference.multiple) return renderSelect(ctx, field, path, typeof value === 'string' ? value : '', choices, 'ref-one');
  const picked = new Set(Array.isArray(value) ? value.map(String) : []);
  const messages = messagesFor(ctx, path, true);
  // Ids the feed names that no longer exist stay listed, so that unticking them fixes the problem.
  const all = [...choices, ...[...picked].filter((id) => !choices.some((c) => c.value === id)).map((id) => ({ value: id, label: id }))];
  return html`<fieldset class="group" id=${fieldId(path)} aria-describedby=${describedBy(path, messages, false)}>
    <legend>${labelText(ctx, field, path)}</legend>
    ${all.length === 0 ? html`<p class="hint">${ctx.t.ui.noChoices}</p>` : nothing}
    ${all.map(
      (choice, index) => html`<div class="field checkbox">
        <input type="checkbox" id=${`${fieldId(path)}-${index}`} data-path=${pathKey(path)} data-kind="ref-many" ?data-optional=${field.optional} value=${choice.value} .checked=${live(picked.has(choice.value))} />
        <label for=${`${fieldId(path)}-${index}`}>${choice.label}</label>
      </div>`,
    )}
    ${errors(path, messages)}
  </fieldset>`;
}

/**
 * A list of texts: one per line. Its value is bound without `live`: empty lines being typed stay on screen while
 * the feed keeps only the filled ones. `prerequisites` adds « Aucun prérequis », which is the empty list.
 */
function renderLines(ctx: FormContext, field: Field, value: unknown, path: Path): TemplateResult {
  const lines = Array.isArray(value) ? value.map(String) : [];
  const messages = messagesFor(ctx, path, true);
  const none = field.key === 'prerequisites' && Array.isArray(value) && value.length === 0;
  return html`<div class="field">
    <label for=${fieldId(path)}>${labelText(ctx, field, path)}</label>
    <span class="hint" id=${hintId(path)}>${ctx.t.ui.linesHint}</span>
    <textarea id=${fieldId(path)} rows=${Math.min(8, Math.max(3, lines.length + 1))} data-path=${pathKey(path)} data-kind="lines" ?data-optional=${field.optional} ?disabled=${none} aria-invalid=${messages.length > 0 ? 'true' : 'false'} aria-describedby=${describedBy(path, messages, true)} .value=${lines.join('\n')}></textarea>
    ${field.key === 'prerequisites'
      ? html`<div class="field checkbox">
          <input type="checkbox" id=${`${fieldId(path)}-none`} data-path=${pathKey(path)} data-kind="no-prerequisites" .checked=${live(none)} />
          <label for=${`${fieldId(path)}-none`}>${ctx.t.ui.noPrerequisites}</label>
        </div>`
      : nothing}
    ${errors(path, messages)}
  </div>`;
}

function addButton(ctx: FormContext, path: Path, action: 'add-item' | 'add-field', name: string, id?: string): TemplateResult {
  return html`<button type="button" class="add" id=${id ?? nothing} data-action=${action} data-path=${pathKey(path)}>${ctx.t.ui.add(name)}</button>`;
}

function renderObjectField(ctx: FormContext, field: Field, shape: CompositeShape, value: unknown, path: Path): TemplateResult {
  const label = fieldLabel(ctx.t, field.key, parentKeyOf(path));
  const messages = messagesFor(ctx, path);
  if (value === undefined) {
    return html`<div class="field absent">${addButton(ctx, path, 'add-field', label, fieldId(path))}${errors(path, messages)}</div>`;
  }
  return html`<fieldset class="group" id=${fieldId(path)}>
    <legend>${label}</legend>
    ${errors(path, messages)} ${renderObjectBody(ctx, shape, value, path)}
    ${field.optional ? html`<button type="button" class="quiet" data-action="remove-field" data-path=${pathKey(path)}>${ctx.t.ui.removeField(label)}</button>` : nothing}
  </fieldset>`;
}

/** An object's fields; a variant (a quiz item) starts with its type, which switches the fields below. */
export function renderObjectBody(ctx: FormContext, shape: CompositeShape, value: unknown, path: Path): TemplateResult {
  if (shape.kind === 'object') return html`${renderFields(ctx, shape, value, path)}`;
  const current = String(record(value)[shape.discriminator] ?? '');
  const typeField: Field = { key: shape.discriminator, optional: false, shape: { kind: 'choice', values: shape.options.map((o) => o.value) } };
  return html`${renderSelect(ctx, typeField, [...path, shape.discriminator], current, shape.options.map((o) => ({ value: o.value, label: valueName(ctx.t, o.value) })), 'variant')}
  ${renderFields(ctx, variantOf(shape, value), value, path, [shape.discriminator])}`;
}

export function itemSummary(ctx: FormContext, listKey: string, parentKey: string | undefined, value: unknown, index: number): string {
  const name = itemName(ctx.t, listKey, parentKey);
  const object = record(value);
  const summary = summaryKeys.map((key) => object[key]).find((text) => typeof text === 'string' && text.trim() !== '');
  return summary ? `${name} ${index + 1} — ${String(summary)}` : `${name} ${index + 1}`;
}

/** Move, duplicate and delete buttons of one list item. */
export function itemActions(ctx: FormContext, listPath: Path, index: number, count: number, summary: string): TemplateResult {
  const key = pathKey(listPath);
  const button = (action: string, label: string, disabled = false) =>
    html`<button type="button" class="quiet" data-action=${action} data-path=${key} data-index=${index} ?disabled=${disabled} aria-label=${`${label} : ${summary}`}>${label}</button>`;
  return html`<div class="item-actions" role="group" aria-label=${ctx.t.ui.itemActions(summary)}>
    ${button('move-up', ctx.t.ui.moveUp, index === 0)} ${button('move-down', ctx.t.ui.moveDown, index === count - 1)}
    ${button('duplicate', ctx.t.ui.duplicate)} ${button('remove-item', ctx.t.ui.remove)}
  </div>`;
}

function renderList(ctx: FormContext, field: Field, item: Shape, value: unknown, path: Path): TemplateResult {
  const list = Array.isArray(value) ? value : [];
  const label = fieldLabel(ctx.t, field.key, parentKeyOf(path));
  const name = itemName(ctx.t, field.key, parentKeyOf(path));
  const messages = messagesFor(ctx, path);
  const isRange = field.key === 'dates';
  const start = ctx.pageStart?.(path, list.length) ?? 0;
  const shown = list.slice(start, start + listPageSize);
  return html`<fieldset class="group list" id=${fieldId(path)}>
    <legend>${label}</legend>
    ${errors(path, messages)}
    ${list.length > listPageSize ? pager(ctx, path, label, start, list.length, 'before') : nothing}
    ${shown.map((entry, offset) => {
      const index = start + offset;
      const itemPath: PathKey[] = [...path, index];
      const summary = itemSummary(ctx, field.key, parentKeyOf(path), entry, index);
      return html`<fieldset class="item" id=${`i-${pathKey(itemPath)}`}>
        <legend>${summary}</legend>
        ${errors(itemPath, messagesFor(ctx, itemPath))}
        ${item.kind === 'object' || item.kind === 'variants' ? renderObjectBody(ctx, item, entry, itemPath) : nothing}
        ${isRange
          ? html`<button type="button" class="quiet" data-action="pick-range" data-path=${pathKey(itemPath)} aria-label=${`${ctx.t.ui.pickRange} : ${summary}`}>${calendarIcon} ${ctx.t.ui.pickRange}</button>`
          : nothing}
        ${itemActions(ctx, path, index, list.length, summary)}
      </fieldset>`;
    })}
    ${list.length > listPageSize ? pager(ctx, path, label, start, list.length, 'after') : nothing}
    ${addButton(ctx, path, 'add-item', name, `add-${pathKey(path)}`)}
  </fieldset>`;
}

/**
 * Where the reader is in a long list, and the way to the previous or next page. The position is said before the
 * items (a live region: it is read again when the page changes); the previous page's button comes before them,
 * the next page's after them, in reading order.
 */
function pager(ctx: FormContext, path: Path, name: string, start: number, total: number, where: 'before' | 'after'): TemplateResult | typeof nothing {
  const key = pathKey(path);
  const last = Math.min(total, start + listPageSize);
  if (where === 'before') {
    return html`<div class="pager">
      <p class="hint" id=${`page-${key}`} role="status">${ctx.t.ui.listPage(name, start + 1, last, total)}</p>
      ${start > 0
        ? html`<button type="button" class="quiet" data-action="show-page" data-path=${key} data-index=${Math.max(0, start - listPageSize)} aria-describedby=${`page-${key}`}>${ctx.t.ui.showPrevious(Math.min(listPageSize, start))}</button>`
        : nothing}
    </div>`;
  }
  if (last >= total) return nothing;
  return html`<div class="pager">
    <button type="button" class="quiet" data-action="show-page" data-path=${key} data-index=${last} aria-describedby=${`page-${key}`}>${ctx.t.ui.showNext(Math.min(listPageSize, total - last))}</button>
  </div>`;
}
