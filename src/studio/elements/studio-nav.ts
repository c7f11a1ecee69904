import { html, type PropertyDeclarations } from 'lit';
import { pathKey, type Path } from '../model/paths.js';
import { itemName } from '../i18n/strings.js';
import { StudioPart } from './studio-part.js';

type TopList = 'trainings' | 'programmes' | 'quizzes';
const lists: TopList[] = ['trainings', 'programmes', 'quizzes'];

/** The feed's table of contents: its general information, then every training, programme and quiz. */
export class StudioNav extends StudioPart {
  static override properties: PropertyDeclarations = { ...StudioPart.properties, target: { attribute: false } };

  declare target: Path;

  private problemCount(prefix: string): number {
    return this.check.problems.filter((problem) => problem.key === prefix || problem.key.startsWith(`${prefix}.`) || problem.key.startsWith(`${prefix}[`)).length;
  }

  private entry(path: Path, label: string) {
    const current = pathKey(path) === pathKey(this.target);
    const problems = path.length === 0 ? 0 : this.problemCount(pathKey(path));
    return html`<li>
      <button type="button" class="nav-entry" aria-current=${current ? 'true' : 'false'} @click=${() => this.editor.select(path)}>
        ${label}${problems > 0 ? html` <span class="badge">${this.t.ui.problemBadge(problems)}</span>` : ''}
      </button>
    </li>`;
  }

  override render() {
    const t = this.t.ui;
    return html`<nav aria-labelledby="nav-title">
      <h2 id="nav-title">${t.contents}</h2>
      <ul class="nav-list">${this.entry([], t.general)}</ul>
      ${lists.map((list) => {
        const name = itemName(this.t, list);
        const items = this.feed[list] as { title?: unknown }[];
        const titleOf = (item: { title?: unknown }, index: number) => (typeof item.title === 'string' && item.title.trim()) || t.untitled(name, index + 1);
        return html`<h3 id=${`nav-${list}`}>${t[list]}</h3>
          <ul class="nav-list" aria-labelledby=${`nav-${list}`}>
            ${items.map((item, index) => this.entry([list, index], titleOf(item, index)))}
          </ul>
          <button type="button" class="add" id=${`add-${list}`} @click=${() => this.editor.addItem([list])}>${t.add(name)}</button>`;
      })}
    </nav>`;
  }
}

customElements.define('studio-nav', StudioNav);
