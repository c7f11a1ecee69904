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

// ---------------------------------------------------------------------------------------------------------------
// Random valid feeds: one programme with its modules and sequences, trainings that deliver them with objectives
// and sessions, one quiz on the first training

const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((text) => /\S/.test(text) && text === text.trim()),
  fc.constantFrom('Aller vers les publics', 'Œuvrer « ensemble » : l’été !', 'Formation', 'x'.repeat(200), 'Un titre ; deux ? Trois !'),
);
const dayArb = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 11, 31) }).map((time) => new Date(time).toISOString().slice(0, 10));
const rangeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 30 }), fc.boolean()).map(([start, length, timed]) => {
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
  return timed ? { start: `${start}T09:00:00+02:00`, end: `${end}T17:30:00+02:00` } : { start, end };
});
const seatsArb = fc.integer({ min: 0, max: 30 }).chain((total) => fc.record({ total: fc.constant(total), remaining: fc.integer({ min: 0, max: total }) }));
const sessionArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      label: textArb,
      mode: fc.constantFrom('in-person', 'remote', 'blended'),
      dates: fc.array(rangeArb, { minLength: 1, maxLength: 3 }),
      seats: seatsArb,
      cancelled: fc.boolean(),
      place: fc.record({ city: textArb, region: fc.constantFrom('Grand Est', 'Hauts-de-France', 'Occitanie') }, { requiredKeys: ['city'] }),
      registrationUrl: fc.constantFrom('https://example.org/inscription', 'mailto:contact@example.org', 'tel:+33388000000'),
    },
    { requiredKeys: ['id', 'mode', 'dates'] },
  );
const sequencesArb = (prefix: string) =>
  fc.uniqueArray(idArb, { maxLength: 3 }).chain((ids) =>
    fc.tuple(...ids.map((id, index) => fc.record({ id: fc.constant(`${prefix}-${id}`), number: fc.constant(index + 1), title: textArb, description: fc.option(textArb, { nil: undefined }) }))),
  );
const modulesArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id, index) =>
      fc.record(
        {
          id: fc.constant(id),
          number: fc.constant(index + 1),
          title: textArb,
          duration: textArb,
          audience: textArb,
          requires: fc.constant(index > 0 ? [ids[0]!] : []),
          sequences: sequencesArb(id),
        },
        { requiredKeys: ['id', 'number', 'title', 'sequences'] },
      ),
    ),
  ),
);
const programmeArb = fc.record(
  {
    id: fc.constant('cadre'),
    title: textArb,
    subtitle: textArb,
    issuer: textArb,
    context: fc.array(textArb, { maxLength: 3 }),
    fundingRule: textArb,
    audience: fc.record({ description: textArb, priority: textArb }, { requiredKeys: ['description'] }),
    sections: fc.array(fc.record({ title: textArb, paragraphs: fc.array(textArb, { minLength: 1, maxLength: 2 }) }), { maxLength: 3 }),
    modules: modulesArb,
  },
  { requiredKeys: ['id', 'title', 'modules'] },
);
const optionsArb = fc.uniqueArray(idArb, { minLength: 2, maxLength: 4 }).map((ids) => ids.map((id, index) => ({ id, label: `Option ${id}`, correct: index === 0 })));
const itemArb = (id: string, objectives: string[]) =>
  fc.oneof(
    optionsArb.map((options) => ({ id, type: 'single', prompt: 'Quelle réponse ?', options, objectives })),
    optionsArb.map((options) => ({ id, type: 'multiple', prompt: 'Lesquelles ?', options })),
    fc.boolean().map((answer) => ({ id, type: 'true-false', prompt: 'Vrai ?', answer, objectives })),
    fc.integer({ min: 2, max: 7 }).map((count) => ({ id, type: 'scale', prompt: 'Votre niveau ?', levels: Array.from({ length: count }, (_, level) => ({ label: `Niveau ${level}` })) })),
    fc.constant({ id, type: 'text', prompt: 'Et vous ?' }),
  );

const validFeedArb = fc
  .record({
    programme: programmeArb,
    trainingIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    sessionIds: fc.uniqueArray(idArb, { maxLength: 8 }),
    objectiveIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
    itemIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }),
  })
  .chain(({ programme, trainingIds, sessionIds, objectiveIds, itemIds }) =>
    fc.record({
      version: fc.constant(1),
      programmes: fc.constant([programme]),
      trainings: fc.tuple(
        ...trainingIds.map((id, index) =>
          fc.record(
            {
              id: fc.constant(id),
              title: textArb,
              provider: fc.record({ name: textArb, region: fc.constantFrom('Grand Est', 'Hauts-de-France') }, { requiredKeys: ['name'] }),
              programme: fc.constant('cadre'),
              module: fc.constantFrom(...programme.modules.map((module) => module.id)),
              objectives: fc.tuple(...objectiveIds.map((objective) => textArb.map((text) => ({ id: `${id}-${objective}`, text })))),
              sessions: fc.tuple(...sessionIds.filter((_, session) => session % trainingIds.length === index).map(sessionArb)),
              context: fc.array(textArb, { maxLength: 2 }),
            },
            { requiredKeys: ['id', 'title', 'provider', 'programme', 'module', 'objectives', 'sessions'] },
          ),
        ),
      ),
      quizzes: fc
        .tuple(...itemIds.map((item) => itemArb(item, [`${trainingIds[0]}-${objectiveIds[0]}`])))
        .map((items) => [{ id: 'quiz', title: 'Positionnement', training: trainingIds[0], items }]),
    }),
  )
  .map((feed) => feed as unknown as Feed);

// ---------------------------------------------------------------------------------------------------------------
// Random damage to the demo feed (as in test/node/properties.test.mjs)

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.keys(value).flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, Array.isArray(value) ? Number(key) : key]))];
}

const hostileString = fc.constantFrom('', '   ', '\u0000', 'javascript:alert(1)', 'https://', '0023-09-25', '2023-02-30', 'constructor', '__proto__', '</script>', 'x'.repeat(10_000));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), hostileString, fc.constantFrom(null, -1, 0, 1.5, 1e308, true, [], {}));

interface Damage {
  path: Path;
  kind: 'replace' | 'delete' | 'hostile-key' | 'duplicate';
  value: unknown;
  key: string;
}

function damageArb(paths: Path[]): fc.Arbitrary<Damage> {
  return fc.record({
    path: fc.constantFrom(...paths),
    kind: fc.constantFrom('replace', 'delete', 'hostile-key', 'duplicate'),
    value: anyValue,
    key: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then'),
  }) as fc.Arbitrary<Damage>;
}

function applyDamage(feed: unknown, { path, kind, value, key }: Damage): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown> | undefined)?.[step], feed) as Record<string | number, unknown> | unknown[] | null | undefined;
  const last = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last)) return;
  const record = parent as Record<string | number, unknown>;
  if (kind === 'replace') record[last] = value;
  else if (kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete record[last];
  else if (kind === 'hostile-key') Object.defineProperty(parent, key, { value: record[last], enumerable: true, configurable: true, writable: true });
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
}

// ---------------------------------------------------------------------------------------------------------------

describe('property-based: every element survives random feeds', function () {
  // Each run renders six elements; a handful of runs stays within seconds.
  this.timeout(120_000);

  it('the generator makes valid feeds (parseFeed accepts them whole)', () => {
    fc.assert(
      fc.property(validFeedArb, (feed) => {
        const result = parseFeed(structuredClone(feed));
        expect(result.ok, JSON.stringify(result.ok ? result.issues : result)).to.equal(true);
        expect(result.ok && result.issues).to.deep.equal([]);
      }),
      { numRuns: 100 },
    );
  });

  it('random valid feeds: <tf-feed> and the five widgets render, with no error anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(validFeedArb, async (feed) => {
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
