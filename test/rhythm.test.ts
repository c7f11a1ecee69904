/**
 * Rhythm (issue #12): one documented width rule and one block margin for every element (docs/theming.md, "Width
 * and spacing"). Every widget takes its container's width (`--tf-max-width: none`, the sheet and the programme
 * included, which were capped at 60em while the list and the quiz were not); a length caps them all alike, and the
 * sheet's and the programme's own properties still override it; `--tf-block-margin` (1.5em) separates two widgets
 * that follow each other as it separates a widget from a paragraph, and a page rule on the tag still wins. Both are
 * in the manifest of every element and in the README's rule for tags not defined yet (so the page does not move).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { settle } from './helpers.js';
import { renderWidget, widgetCases } from './widgets.js';

const fontSize = 16;

/** A page column `width` px wide, the five widgets in it one after the other, filled with the demo feed. */
async function column(style = ''): Promise<{ page: HTMLElement; widgets: HTMLElement[] }> {
  const page = await fixture<HTMLDivElement>(html`<div style="font-size:${fontSize}px;display:flow-root;${style}"></div>`);
  const widgets: HTMLElement[] = [];
  for (const widget of widgetCases) widgets.push(await renderWidget(widget, 'filled', { parent: page, attributes: { now: '2023-09-01' } }));
  await settle(page);
  return { page, widgets };
}

/** The space between each widget's bottom edge and the next one's top edge. */
function spaces(widgets: HTMLElement[]): number[] {
  return widgets.slice(1).map((widget, index) => Math.round(widget.getBoundingClientRect().top - widgets[index]!.getBoundingClientRect().bottom));
}

describe('rhythm: one width rule, one block margin', function () {
  this.timeout(60_000);

  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('every element takes the width of its container, by default', async () => {
    const { widgets } = await column('width: 1100px');
    for (const widget of widgets) expect(widget.getBoundingClientRect().width, widget.localName).to.equal(1100);
  });

  it('--tf-max-width caps them all alike, and the per-element properties still win', async () => {
    const narrow = await column('--tf-max-width: 30em');
    for (const widget of narrow.widgets) expect(widget.getBoundingClientRect().width, widget.localName).to.equal(30 * fontSize);

    const own = await column('--tf-max-width: none; --tf-sheet-card-max-width: 40em; --tf-programme-max-width: 45em');
    const width = (tag: string) => own.widgets.find((widget) => widget.localName === tag)!.getBoundingClientRect().width;
    expect(width('tf-sheet-card')).to.equal(40 * fontSize);
    expect(width('tf-programme')).to.equal(45 * fontSize);
    expect(width('tf-quiz')).to.equal(own.page.getBoundingClientRect().width);
  });

  it('two adjacent widgets are 1.5em apart, the same for every pair; --tf-block-margin changes it; a page rule wins', async () => {
    const { widgets } = await column();
    expect(spaces(widgets)).to.deep.equal(widgets.slice(1).map(() => 1.5 * fontSize));

    const wider = await column('--tf-block-margin: 2.5em');
    expect(spaces(wider.widgets)).to.deep.equal(wider.widgets.slice(1).map(() => 2.5 * fontSize));

    const ruled = await column();
    const style = document.createElement('style');
    style.textContent = '.tf-rhythm-page > * { margin-block: 0 }';
    document.head.append(style);
    try {
      ruled.page.classList.add('tf-rhythm-page');
      expect(spaces(ruled.widgets), "the page's own rule").to.deep.equal(ruled.widgets.slice(1).map(() => 0));
    } finally {
      style.remove();
    }
  });

  it('the widget keeps a paragraph’s distance from the text around it: margins collapse', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="font-size:${fontSize}px;display:flow-root"><p style="margin-block:1em">Avant</p></div>`);
    const widget = await renderWidget(widgetCases.find((candidate) => candidate.tag === 'tf-quiz')!, 'filled', { parent: page });
    page.insertAdjacentHTML('beforeend', '<p style="margin-block:1em">Après</p>');
    const [before, after] = Array.from(page.querySelectorAll('p'));
    expect(Math.round(widget.getBoundingClientRect().top - before!.getBoundingClientRect().bottom)).to.equal(1.5 * fontSize);
    expect(Math.round(after!.getBoundingClientRect().top - widget.getBoundingClientRect().bottom)).to.equal(1.5 * fontSize);
  });

  it('the README rule for tags not defined yet keeps the same margin, so the page does not move', async () => {
    const readme = await (await fetch('/README.md')).text();
    const rule = readme.match(/<!-- not-defined-rule:start -->\s*```css\n([\s\S]*?)```/)?.[1] ?? '';
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head><style>body { font: ${fontSize}px sans-serif } ${rule}</style></head><body>${widgetCases.map(({ tag }) => `<${tag}></${tag}>`).join('')}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const { widgets } = await column();
      for (const widget of widgets) {
        const undefinedTag = frame.contentDocument!.querySelector(widget.localName)!;
        const before = frame.contentWindow!.getComputedStyle(undefinedTag);
        const after = getComputedStyle(widget);
        expect([before.marginTop, before.marginBottom], widget.localName).to.deep.equal([after.marginTop, after.marginBottom]);
      }
    } finally {
      frame.remove();
    }
  });

  it('documents both properties in the manifest of every element and in docs/theming.md', async () => {
    const manifestResponse = await fetch('/dist/custom-elements.json');
    expect(manifestResponse.ok, 'dist/custom-elements.json (npm run build)').to.equal(true);
    const manifest = (await manifestResponse.json()) as { modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[] };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    for (const { tag } of widgetCases) {
      const properties = declarations.find((declaration) => declaration.tagName === tag)?.cssProperties ?? [];
      expect(properties.find((property) => property.name === '--tf-max-width')?.default, tag).to.equal('none');
      expect(properties.find((property) => property.name === '--tf-block-margin')?.default, tag).to.equal('1.5em');
    }
    const theming = await (await fetch('/docs/theming.md')).text();
    expect(theming).to.contain('## Width and spacing');
    expect(theming).to.match(/\| `--tf-max-width` \| `none` \|/);
    expect(theming).to.match(/\| `--tf-block-margin` \| `1.5em` \|/);
  });
});
