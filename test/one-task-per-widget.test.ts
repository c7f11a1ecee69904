/**
 * A page of widgets fed by one `<tf-feed>` (issue #11: the demo's total blocking time): each widget's first render
 * of the feed runs in a task of its own, so that no single task renders them all. Observed without timings: a
 * MutationObserver's callback runs at the end of the task whose render it reports, so when the first widget's
 * content appears, the widgets rendered in the same task are already there and the others are not.
 */
import { expect } from '@open-wc/testing';
import { demoFeed, waitUntil } from './helpers.js';
import { container, widgetCases } from './widgets.js';

const hasContent = (widget: Element) => widget.shadowRoot?.querySelector('[part~="base"]') != null;

describe('one task per widget', () => {
  it('the widgets inside one <tf-feed> render the feed one task each', async () => {
    const page = await container();
    const provider = document.createElement('tf-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await demoFeed());
    const widgets = [...widgetCases, ...widgetCases].map(({ tag, attributes }) => {
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries({ now: '2023-09-01', ...attributes })) widget.setAttribute(name, value);
      return widget;
    });
    provider.append(script, ...widgets);
    page.append(provider);

    /** For each widget, how many widgets had their content when its own content appeared. */
    const renderedAlongside = new Map<Element, number>();
    const observers = widgets.map((widget) => {
      const observer = new MutationObserver(() => {
        if (renderedAlongside.has(widget) || !hasContent(widget)) return;
        renderedAlongside.set(widget, widgets.filter(hasContent).length);
      });
      observer.observe(widget.shadowRoot!, { childList: true, subtree: true });
      return observer;
    });
    await waitUntil(() => renderedAlongside.size === widgets.length, 'every widget rendered', 10_000);
    observers.forEach((observer) => observer.disconnect());

    const counts = [...renderedAlongside.values()].sort((a, b) => a - b);
    expect(counts[0], 'widgets already rendered when the first one was').to.equal(1);
    expect(new Set(counts).size, `widgets rendered at each step: ${counts.join(', ')}`).to.equal(widgets.length);
  });
});
