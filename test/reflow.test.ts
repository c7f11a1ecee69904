/**
 * Reflow (WCAG 1.4.10, RGAA 10.11) and text resizing (WCAG 1.4.4, RGAA 10.4): every widget, filled with the demo
 * feed and every disclosure open, fits 320 CSS px with no horizontal scrolling, and 640 px with its text at 200 %.
 */
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { demoFeed, settle } from './helpers.js';
import { container, itFor, nameOf, openEveryDisclosure, renderWidget, scrollsInside, shadowTree, widgetCases } from './widgets.js';

/** What sticks out of the viewport or of the widget, to name in the failure. */
function overflowing(element: HTMLElement): string[] {
  const limit = document.documentElement.clientWidth + 0.5;
  const problems: string[] = [];
  if (element.scrollWidth > element.clientWidth + 0.5) problems.push(`<${element.localName}> scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`);
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
    problems.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
  }
  for (const node of shadowTree(element)) {
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.right > limit && !node.closest('.visually-hidden') && !node.matches('.visually-hidden')) {
      // A scroll container of its own (a wide table in a region that scrolls) is allowed by WCAG 1.4.10.
      const scroller = scrollsInside(node, element);
      if (!scroller) problems.push(`${nameOf(node)} right edge ${Math.round(box.right)} > ${Math.round(limit)}`);
    }
  }
  return problems;
}

/** Fields of running text, names and labels: where a hand-typed feed can hold a word without any break. */
const textFields = new Set(['title', 'subtitle', 'label', 'text', 'name', 'description', 'prompt', 'audience', 'access', 'note', 'city', 'address', 'role', 'message', 'explanation']);

/** The feed with every text field one unbreakable word of 10,000 characters. */
function withLongWords<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (textFields.has(key) ? 'x'.repeat(10_000) : value) as T;
  if (Array.isArray(value)) return value.map((item) => withLongWords(item, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLongWords(v, k)])) as T;
  return value;
}

async function openEverything(element: HTMLElement): Promise<void> {
  openEveryDisclosure(element);
  await settle(element);
}

describe('reflow and text resizing', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const widget of widgetCases) {
    itFor(widget, 'fits 320 px wide with no horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['fr', 'en']) {
        const element = await renderWidget(widget, 'filled', { parent: await container({ lang }) });
        await openEverything(element);
        expect(overflowing(element), `lang=${lang}`).to.deep.equal([]);
      }
    });

    itFor(widget, 'fits 320 px wide while loading and in error', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const state of ['loading', 'error'] as const) {
        const element = await renderWidget(widget, state);
        expect(overflowing(element), state).to.deep.equal([]);
      }
    });

    itFor(widget, 'fits 320 px wide when the feed holds 10,000-character words', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await renderWidget(widget, 'filled');
      (element as HTMLElement & { feed?: unknown }).feed = withLongWords(await demoFeed());
      await settle(element);
      await openEverything(element);
      expect(overflowing(element)).to.deep.equal([]);
    });

    itFor(widget, 'text at 200 % still fits 640 px wide', async () => {
      await setViewport({ width: 640, height: 800 });
      const wrapper = await container();
      wrapper.style.fontSize = '200%';
      const element = await renderWidget(widget, 'filled', { parent: wrapper });
      await openEverything(element);
      expect(parseFloat(getComputedStyle(element).fontSize), 'the widget follows the resized text').to.equal(2 * parseFloat(getComputedStyle(document.body).fontSize));
      expect(overflowing(element)).to.deep.equal([]);
    });
  }
});
