/**
 * Property-based tests in the browser (issue #10), beside test/node/properties.test.mjs which covers the model:
 * - random valid feeds render every element without an error: `<tf-feed>` (reading the feed from its inline
 *   script) and the five widgets inside it, each in its rendered state, with no uncaught error, no rejected promise
 *   and nothing written to `console.error`;
 * - random damage to the demo feed never throws out of a widget: each widget, given the damaged feed directly or
 *   through `<tf-feed>`, ends in its rendered state, partial or not, or in its error message.
 * Run counts stay small (a few seconds each). On failure fast-check's report gives the seed and the path of the
 * counterexample: `fc.assert(property, { seed, path })` replays it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../src/model/parse-feed.js';
import type { Feed } from '../src/model/schema.js';
import { applyDamage, damageArb, pathsOf, validFeedArb } from './feed-arbitraries.js';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, settle, waitUntil } from './helpers.js';
import { container, shadowTree, widgetCases, type WidgetTag } from './widgets.js';

// ---------------------------------------------------------------------------------------------------------------
// Rendering, and what may escape from it

/** Uncaught errors and rejected promises of the page while `run` runs (a Lit render that throws is one of them). */
async function escapedErrors<T>(run: () => Promise<T>): Promise<{ result: T; escaped: string[] }> {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await run();
    // A rejection is reported after the microtasks of the render: let it come.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, escaped };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

type Outcome = 'rendered' | 'error' | 'loading';

/** What a widget shows once settled: its content (`part="base"`), its error message, or still its placeholder. */
function outcomeOf(widget: Element): Outcome {
  const tree = shadowTree(widget);
  if (tree.some((node) => node.getAttribute('role') === 'alert')) return 'error';
  if (tree.some((node) => node.matches('[part~="base"]'))) return 'rendered';
  return 'loading';
}

/** Attributes that point each widget at the generated feed's entries. */
function attributesFor(tag: WidgetTag, feed: Feed): Record<string, string> {
  const training = feed.trainings[0]?.id ?? 'aucune';
  const byTag: Record<WidgetTag, Record<string, string>> = {
    'tf-session-list': {},
    'tf-sheet-card': { training },
    'tf-objectives-checklist': { training },
    'tf-quiz': { quiz: feed.quizzes[0]?.id ?? 'aucun' },
    'tf-programme': { programme: feed.programmes[0]?.id ?? 'aucun' },
  };
  return { now: '2023-09-01', ...byTag[tag] };
}

/** The five widgets inside one `<tf-feed>` that reads `json` from its inline script, settled. */
async function renderThroughFeedElement(json: string, feed: Feed): Promise<HTMLElement[]> {
  const page = await container();
  const provider = document.createElement('tf-feed');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  provider.append(script);
  const widgets = widgetCases.map(({ tag }) => {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributesFor(tag, feed))) widget.setAttribute(name, value);
    provider.append(widget);
    return widget;
  });
  page.append(provider);
  await settle(provider, 3);
  await waitUntil(() => widgets.every((widget) => outcomeOf(widget) !== 'loading'), 'every widget inside <tf-feed> settled');
  return widgets;
}

/** Each widget on its own, its `feed` property set to `feed` (an object the widget has not seen). */
async function renderEachWithFeed(feed: unknown, attributesSource: Feed): Promise<HTMLElement[]> {
  const page = await container();
  const widgets: HTMLElement[] = [];
  for (const { tag } of widgetCases) {
    const widget = document.createElement(tag) as HTMLElement & { feed?: unknown };
    for (const [name, value] of Object.entries(attributesFor(tag, attributesSource))) widget.setAttribute(name, value);
    widget.feed = structuredClone(feed);
    page.append(widget);
    widgets.push(widget);
  }
  await settle(page, 3);
  await waitUntil(() => widgets.every((widget) => outcomeOf(widget) !== 'loading'), 'every widget settled');
  return widgets;
}

const describeOutcomes = (widgets: HTMLElement[]) => widgets.map((widget) => `<${widget.localName}> ${outcomeOf(widget)}`).join(', ');

/** The shared generator's feeds, typed as what parseFeed accepts them to be. */
const validFeeds = validFeedArb().map((feed) => feed as unknown as Feed);

describe('property-based: every element survives random feeds', function () {
  // Each run renders six elements; a handful of runs stays within seconds.
  this.timeout(120_000);

  it('the generator makes valid feeds (parseFeed accepts them whole)', () => {
    fc.assert(
      fc.property(validFeeds, (feed) => {
        const result = parseFeed(structuredClone(feed));
        expect(result.ok, JSON.stringify(result.ok ? result.issues : result)).to.equal(true);
        expect(result.ok && result.issues).to.deep.equal([]);
      }),
      { numRuns: 100 },
    );
  });

  it('random valid feeds: <tf-feed> and the five widgets render, with no error anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(validFeeds, async (feed) => {
        const { result, escaped } = await escapedErrors(() => captureConsoleErrors(() => renderThroughFeedElement(JSON.stringify(feed), feed)));
        // (console.warn is left to show: a valid feed has nothing to warn about either.)
        expect(escaped, 'uncaught errors').to.deep.equal([]);
        expect(result.errors, 'console.error').to.deep.equal([]);
        const widgets = result.result;
        expect(widgets.map(outcomeOf), describeOutcomes(widgets)).to.deep.equal(widgets.map(() => 'rendered'));
        document.querySelectorAll('tf-feed').forEach((provider) => provider.remove());
      }),
      { numRuns: 12 },
    );
  });

  it('random damage to the demo feed: no widget throws; each shows its content, partial or not, or its error message', async () => {
    const demo = await demoFeed();
    const paths = pathsOf(demo).filter((path) => path.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.array(damageArb(paths), { minLength: 1, maxLength: 5 }), fc.boolean(), async (changes, throughFeedElement) => {
        const damaged = structuredClone(demo) as unknown;
        for (const change of changes) applyDamage(damaged, change);
        // The widgets name the demo's entries; damage may have removed them, which an error message then says.
        // The widgets say what they left out, on purpose, in the console: kept out of the test log.
        const { result, escaped } = await escapedErrors(() =>
          captureConsoleWarnings(() =>
            captureConsoleErrors(() => (throughFeedElement ? renderThroughFeedElement(JSON.stringify(damaged), demo) : renderEachWithFeed(damaged, demo))),
          ),
        );
        expect(escaped, 'uncaught errors').to.deep.equal([]);
        const widgets = result.result.result;
        for (const widget of widgets) expect(['rendered', 'error'], describeOutcomes(widgets)).to.include(outcomeOf(widget));
        document.querySelectorAll('tf-feed').forEach((provider) => provider.remove());
      }),
      { numRuns: 20 },
    );
  });
});
