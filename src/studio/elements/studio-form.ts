import { html, nothing, type PropertyDeclarations } from 'lit';
import { withoutControls } from '../../model/convert/control-characters.js';
import { getAt, parsePathKey, pathKey, type Path } from '../model/paths.js';
import { feedShape, shapeAt, variantOf, type ObjectShape } from '../model/shapes.js';
import { defaultValue, idFactory, newValue } from '../model/create.js';
import { fieldId, itemActions, itemSummary, listPageSize, renderFields, renderObjectBody, type FormContext } from './form-fields.js';
import { StudioPart } from './studio-part.js';

/** `16/10/2023` → `2023-10-16`: French authors type dates the French way. */
export function normaliseDate(text: string): string {
  const trimmed = text.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!french) return trimmed;
  const [, day = '', month = '', year = ''] = french;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The event changes nothing in the feed. */
const unchanged = Symbol('unchanged');

/** Controls edited as they are typed (one undo step per field); the others change on `change`. */
const typedKinds = new Set(['text', 'number', 'date', 'lines']);

/**
 * The form of what is selected: the feed's general information, or one training, programme or quiz (the path of
 * `target`). Every control's events are handled here, by the path it carries.
 */
export class StudioForm extends StudioPart {
  static override properties: PropertyDeclarations = { ...StudioPart.properties, target: { attribute: false } };

  declare target: Path;

  /** The first item shown of each long list, by the list's path key (see `listPageSize`). */
  private readonly pageStarts = new Map<string, number>();

  constructor() {
    super();
    this.addEventListener('input', (event) => this.onInput(event, 'input'));
    this.addEventListener('change', (event) => this.onInput(event, 'change'));
    // Leaving a typed field tidies it up (trimmed text, a French date made ISO), imported values included.
    this.addEventListener('focusout', (event) => this.onInput(event, 'leave'));
    this.addEventListener('click', (event) => this.onClick(event));
  }

  private get context(): FormContext {
    const issues = new Map<string, string[]>();
    for (const problem of this.check.problems) issues.set(problem.key, [...(issues.get(problem.key) ?? []), problem.message]);
    return { feed: this.feed, t: this.t, issues, pageStart: (listPath, length) => this.pageStart(listPath, length) };
  }

  /** The page kept for this list, brought back within it when items were removed (deleted, undone, replaced). */
  private pageStart(listPath: Path, length: number): number {
    const kept = this.pageStarts.get(pathKey(listPath)) ?? 0;
    const lastPage = Math.max(0, Math.floor((length - 1) / listPageSize) * listPageSize);
    return Math.min(kept, lastPage);
  }

  /**
   * Shows the pages that hold `path` (a session on page 45, a date inside it), rendered at once so that focus can
   * move there in the same task. Returns whether anything changed.
   */
  private reveal(path: Path): boolean {
    let changed = false;
    for (let depth = this.target.length; depth < path.length; depth += 1) {
      const index = path[depth];
      if (typeof index !== 'number') continue;
      const key = pathKey(path.slice(0, depth));
      const start = Math.floor(index / listPageSize) * listPageSize;
      if ((this.pageStarts.get(key) ?? 0) === start) continue;
      this.pageStarts.set(key, start);
      changed = true;
    }
    if (changed) {
      this.requestUpdate();
      this.performUpdate();
    }
    return changed;
  }

  /** « Afficher les suivant(e)s »: the other page is shown and focus goes to its first item's first field. */
  private showPage(listPath: Path, start: number): void {
    this.pageStarts.set(pathKey(listPath), start);
    this.requestUpdate();
    this.performUpdate();
    this.focusPath([...listPath, start]);
  }

  override render() {
    const ctx = this.context;
    if (this.target.length === 0) {
      const shape = feedShape();
      const general: ObjectShape = { kind: 'object', fields: shape.fields.filter((field) => field.shape.kind !== 'list') };
      return html`<h2 id="form-title" tabindex="-1">${this.t.ui.general}</h2>
        <div class="form-body">${renderFields(ctx, general, this.feed, [])}</div>`;
    }
    const [listKey, index] = this.target as [string, number];
    const list = (getAt(this.feed, [listKey]) as unknown[] | undefined) ?? [];
    const value = list[index];
    const shape = shapeAt(this.target, this.feed);
    if (value === undefined || !shape || (shape.kind !== 'object' && shape.kind !== 'variants')) return nothing;
    const summary = itemSummary(ctx, listKey, undefined, value, index);
    return html`<h2 id="form-title" tabindex="-1">${summary}</h2>
      ${itemActions(ctx, [listKey], index, list.length, summary)}
      <div class="form-body">${renderObjectBody(ctx, shape, value, this.target)}</div>`;
  }

  private onInput(event: Event, phase: 'input' | 'change' | 'leave'): void {
    const control = event.target as Control;
    const key = control.dataset['path'];
    const kind = control.dataset['kind'];
    if (key === undefined || kind === undefined) return;
    const typed = typedKinds.has(kind);
    if (typed ? phase === 'change' : phase !== 'change') return;
    const committed = phase !== 'input';
    const path = parsePathKey(key);
    const value = this.readControl(control, kind, path, control.hasAttribute('data-optional'), committed);
    if (value === unchanged) return;
    this.editor.edit(path, value, typed ? key : undefined);
  }

  private readControl(control: Control, kind: string, path: Path, optional: boolean, committed: boolean): unknown {
    const empty = optional ? undefined : '';
    switch (kind) {
      case 'text': {
        // Committed: trimmed, and without control characters (a vertical tab pasted from a word processor becomes a
        // space): invisible here, they would reach the page as they are.
        const text = committed ? withoutControls(control.value).trim() : control.value;
        if (committed && text === control.value) return unchanged;
        return text.trim() === '' ? empty : text;
      }
      case 'date': {
        const text = committed ? normaliseDate(control.value) : control.value;
        if (committed && text === control.value) return unchanged;
        return text.trim() === '' ? empty : text;
      }
      case 'number': {
        const text = control.value.trim();
        if (text === '') return committed ? unchanged : undefined;
        // French decimals (« 10,5 ») and grouped thousands (« 1 250 ») are numbers too.
        const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
        const number = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact) ? Number(compact) : Number.NaN;
        if (Number.isFinite(number)) return committed && number === getAt(this.feed, path) ? unchanged : number;
        // Not a number (yet): left as typed while typing; once left, kept as written, so that the check says so there.
        return committed ? text : unchanged;
      }
      case 'lines': {
        if (committed) return unchanged;
        const lines = control.value.split('\n').map((line) => withoutControls(line).trim()).filter(Boolean);
        return lines.length === 0 && optional ? undefined : lines;
      }
      case 'boolean':
        return (control as HTMLInputElement).checked ? true : optional ? undefined : false;
      case 'choice':
      case 'ref-one':
        return control.value === '' ? (optional ? undefined : '') : control.value;
      case 'ref-many': {
        const boxes = [...this.querySelectorAll<HTMLInputElement>(`input[data-kind="ref-many"]`)].filter((box) => box.dataset['path'] === control.dataset['path']);
        const picked = boxes.filter((box) => box.checked).map((box) => box.value);
        return picked.length === 0 && optional ? undefined : picked;
      }
      case 'no-prerequisites':
        return (control as HTMLInputElement).checked ? [] : undefined;
      case 'variant':
        return this.switchVariant(path.slice(0, -1), control.value);
      default:
        return unchanged;
    }
  }

  /** A quiz item changing type keeps what both types share (id, prompt, links) and gets the new type's fields. */
  private switchVariant(itemPath: Path, type: string): unknown {
    const shape = shapeAt(itemPath, this.feed);
    const old = (getAt(this.feed, itemPath) ?? {}) as Record<string, unknown>;
    if (shape?.kind !== 'variants') return unchanged;
    const target = variantOf(shape, { [shape.discriminator]: type });
    const fresh = defaultValue(target, String(itemPath.at(-2)), idFactory(this.feed)) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(old).filter(([key]) => key !== shape.discriminator && target.fields.some((f) => f.key === key)));
    // The whole item changes: the edit is at the item's path, not at its `type`.
    this.editor.edit(itemPath, { ...fresh, ...kept, [shape.discriminator]: type });
    return unchanged;
  }

  private onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const path = parsePathKey(button.dataset['path'] ?? '');
    const action = button.dataset['action'];
    const index = Number(button.dataset['index']);
    switch (action) {
      case 'add-item':
        return this.editor.addItem(path);
      case 'show-page':
        return this.showPage(path, index);
      case 'add-field':
        return this.editor.edit(path, newValue(this.feed, path));
      case 'remove-field':
        return this.editor.edit(path, undefined);
      case 'pick-date':
        return this.editor.pickDates(path, false, button);
      case 'pick-range':
        return this.editor.pickDates(path, true, button);
      case 'move-up':
      case 'move-down':
        // An item moved past the edge of its page takes the page with it, so that focus can follow it.
        this.reveal([...path, action === 'move-up' ? index - 1 : index + 1]);
        return this.editor.listAction(action, path, index);
      case 'duplicate':
      case 'remove-item':
        return this.editor.listAction(action, path, index);
      default:
        return undefined;
    }
  }

  /** Moves focus to the field at `path`, or the closest part of the form that holds it. */
  focusPath(path: Path): boolean {
    this.reveal(path);
    for (let length = path.length; length >= this.target.length; length -= 1) {
      const prefix = path.slice(0, length);
      const element = this.querySelector<HTMLElement>(`[id="${CSS.escape(fieldId(prefix))}"], [id="${CSS.escape(`i-${pathKey(prefix)}`)}"]`);
      const focusable = element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input:not([disabled]), select, textarea:not([disabled]), button');
      if (focusable) {
        focusable.focus();
        focusable.scrollIntoView({ block: 'center' });
        return true;
      }
    }
    this.querySelector<HTMLElement>('#form-title')?.focus();
    return false;
  }
}

customElements.define('studio-form', StudioForm);
