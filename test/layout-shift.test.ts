/**
 * No layout shift: a widget's loading state has the height that README's `tf-…:not(:defined)` rule gives the tag
 * before the script runs, so that a page using the rule does not move from the first paint to the loaded widget;
 * the quiz and the checklist keep that height once loaded. Each page is an iframe of a given width, so that the
 * phone and the desktop heights are both checked.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

const widgets = ['tf-session-list', 'tf-sheet-card', 'tf-programme', 'tf-quiz', 'tf-objectives-checklist'];
let documentedRule = '';

before(async () => {
  const readme = await (await fetch('/README.md')).text();
  documentedRule = readme.match(/<!-- not-defined-rule:start -->\s*```css\n([\s\S]*?)```/)?.[1] ?? '';
});

/** An iframe `width` px wide holding `body`, with the README rule; resolves once it has loaded. */
async function frameOf(width: number, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="fr"><head><style>body { margin: 0; font: 16px/1.5 sans-serif } ${documentedRule}</style></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const heightOf = (frame: HTMLIFrameElement, tag: string): number => frame.contentDocument!.querySelector(tag)!.getBoundingClientRect().height;

describe('no layout shift', () => {
  it('README documents a :not(:defined) rule for every widget', () => {
    for (const tag of widgets) expect(documentedRule, tag).to.contain(`${tag}:not(:defined)`);
  });

  for (const width of [360, 1000]) {
    it(`at ${width} px, each widget loading takes the height the rule reserves before the script`, async () => {
      const before = await frameOf(width, widgets.map((tag) => `<${tag}></${tag}>`).join(''));
      // The widgets' own code, each reading a feed that never comes: they stay loading.
      const loading = await frameOf(
        width,
        widgets.map((tag) => `<${tag} src="/test-server/hang/layout-shift-${width}-${tag}"></${tag}>`).join('') +
          `<script type="module">${widgets.map((tag) => `import '/src/elements/${tag}/define.ts';`).join('')}</script>`,
      );
      await waitUntil(
        () => widgets.every((tag) => loading.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector('[part="status"]')),
        'every widget in its loading state',
      );
      for (const tag of widgets) {
        expect(heightOf(before, tag), `${tag} reserves room before the script`).to.be.above(100);
        expect(heightOf(loading, tag), tag).to.be.closeTo(heightOf(before, tag), 1);
      }
      before.remove();
      loading.remove();
    });
  }

  it('the quiz keeps its room once loaded: its intro does not make the page below move', async () => {
    const frame = await frameOf(
      360,
      `<tf-quiz src="/demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz><script type="module">import '/src/elements/tf-quiz/define.ts';</script>`,
    );
    const reserved = heightOf(frame, 'tf-quiz');
    const quiz = frame.contentDocument!.querySelector('tf-quiz')!;
    await waitUntil(() => Boolean(quiz.shadowRoot?.querySelector('[part~="intro"]')), 'the quiz intro');
    expect(heightOf(frame, 'tf-quiz')).to.be.closeTo(reserved, 1);
    frame.remove();
  });
});
