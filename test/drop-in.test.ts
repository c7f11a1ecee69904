/**
 * The built drop-in, as a webmaster uses it: the loader from dist/ (built by `npm run build`, which `npm test`
 * runs first) and the chunks it loads from beside itself, nothing from the sources. Each page is an iframe of its
 * own, so that what it downloads can be read from its own resource timings.
 */
import { expect } from '@open-wc/testing';
import { captureConsoleWarnings, expectAccessible, textOf, waitUntil } from './helpers.js';
import { elements } from '../src/elements.js';

const tags = elements.map((element) => element.tag);

/** What the build wrote of its chunk graph (see rollup.config.mjs). */
interface ChunkGraph {
  loader: string;
  elements: Record<string, { files: string[]; onDemand: string[] }>;
}

const dropIn = `${location.origin}/dist/training-feed-widgets.js`;

/**
 * A page of its own with `body`, the drop-in (`loader`) in its head; resolves once the page has run its scripts.
 * The page keeps what its console said as errors in `consoleErrors`.
 */
async function pageWith(body: string, lang = 'fr', loader = dropIn): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const keepErrors = `<script>consoleErrors = []; const error = console.error; console.error = (...args) => (consoleErrors.push(args.join(' ')), error(...args));</script>`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${keepErrors}<script type="module" src="${loader}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** What the loader exports, as a page's script uses it. */
interface Loader {
  observe(root: ShadowRoot): void;
  load(tag: string): Promise<unknown>;
}

/** The page's own instance of the loader at `url`: the same URL in the same page is the same module. */
function loaderIn(frame: HTMLIFrameElement, url = dropIn): Promise<Loader> {
  return (frame.contentWindow as unknown as { eval(code: string): Promise<Loader> }).eval(`import(${JSON.stringify(url)})`);
}

/** The files under /dist/ that the page has downloaded, relative to dist/. */
function downloadedFromDist(frame: HTMLIFrameElement): string[] {
  const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return entries
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/'.length))
    .sort();
}

describe('the drop-in dist/training-feed-widgets.js', () => {
  let graph: ChunkGraph;

  before(async () => {
    graph = (await (await fetch('/dist/chunks/graph.json')).json()) as ChunkGraph;
  });

  it('is a small loader: no element is defined before it is on the page', async () => {
    const frame = await pageWith('<p>Rien à montrer.</p>');
    const view = frame.contentWindow!;
    await waitUntil(() => downloadedFromDist(frame).includes(graph.loader), 'the loader');
    for (const tag of tags) expect(view.customElements.get(tag), tag).to.equal(undefined);
    expect(downloadedFromDist(frame)).to.deep.equal([graph.loader]);
    frame.remove();
  });

  for (const tag of tags) {
    it(`a page with only <${tag}> downloads its chunks and no other, preloaded in one wave`, async () => {
      const frame = await pageWith(`<${tag}></${tag}>`);
      const view = frame.contentWindow!;
      await waitUntil(() => view.customElements.get(tag) !== undefined, `<${tag}> defined`);
      const expected = [...graph.elements[tag]!.files].sort();
      await waitUntil(() => downloadedFromDist(frame).length >= expected.length, 'every chunk downloaded');
      expect(downloadedFromDist(frame)).to.deep.equal(expected);
      // Every chunk was asked for by the loader at once, not discovered after the element's chunk arrived: the
      // shared ones, and the element's own too, which it imports only once the shared ones have run (a task each).
      const preloaded = [...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
        new URL(link.href).pathname.slice('/dist/'.length),
      );
      expect(preloaded.sort()).to.deep.equal(expected.filter((file) => file !== graph.loader));
      for (const other of tags.filter((each) => each !== tag)) expect(view.customElements.get(other), other).to.equal(undefined);
      frame.remove();
    });
  }

  it('loads English strings only on a page in English', async () => {
    // One chunk per namespace the element speaks: common and its own.
    const english = graph.elements['tf-quiz']!.onDemand.filter((file) => /\/en-[\w-]+\.js$/.test(file));
    expect(english, 'the English chunks').to.have.length(2);
    const french = await pageWith('<tf-quiz src="/demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz>');
    const frenchQuiz = french.contentDocument!.querySelector('tf-quiz')!;
    await waitUntil(() => textOf(frenchQuiz.shadowRoot).includes('Vos données'), 'the French quiz');
    for (const file of english) expect(downloadedFromDist(french)).to.not.include(file);
    french.remove();

    const page = await pageWith('<tf-quiz src="/demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz>', 'en');
    const quiz = page.contentDocument!.querySelector('tf-quiz')!;
    await waitUntil(() => english.every((file) => downloadedFromDist(page).includes(file)), 'the English strings');
    await waitUntil(() => textOf(quiz.shadowRoot).includes('Your data'), 'the English quiz');
    page.remove();
  });

  it('loads the structured-data code only for a list that publishes it, and writes its JSON-LD', async () => {
    // The JSON-LD builder and the script writer: two chunks on demand, in no page's total.
    const jsonLdChunks = graph.elements['tf-session-list']!.onDemand.filter((file) => /\/json-ld[\w-]*\.js$/.test(file));
    expect(jsonLdChunks, 'the JSON-LD chunks').to.have.length(2);
    const plain = await pageWith('<tf-session-list src="/demo/feed.json" now="2023-09-01"></tf-session-list>');
    await waitUntil(() => (plain.contentDocument!.querySelector('tf-session-list')!.shadowRoot?.querySelectorAll('li').length ?? 0) > 0, 'the rows');
    // The list would ask for them when the browser is idle after its rows: past that, nothing came.
    await new Promise((resolve) => plain.contentWindow!.requestIdleCallback(resolve, { timeout: 2000 }));
    await new Promise((resolve) => plain.contentWindow!.requestIdleCallback(resolve, { timeout: 2000 }));
    for (const file of jsonLdChunks) expect(downloadedFromDist(plain)).to.not.include(file);
    plain.remove();
    const published = await pageWith('<tf-session-list src="/demo/feed.json" now="2023-09-01" structured-data></tf-session-list>');
    await waitUntil(() => published.contentDocument!.head.querySelector('script[type="application/ld+json"]') !== null, 'the JSON-LD script', 5000);
    expect(downloadedFromDist(published)).to.include.members(jsonLdChunks);
    published.remove();
  });

  it('defines a tag added later, and in a shadow root it is told about', async () => {
    const frame = await pageWith('');
    const view = frame.contentWindow!;
    await waitUntil(() => downloadedFromDist(frame).includes(graph.loader), 'the loader');
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<div><tf-programme src="/demo/feed.json" programme="cadrage-aller-vers"></tf-programme></div>');
    await waitUntil(() => view.customElements.get('tf-programme') !== undefined, '<tf-programme> defined');

    const host = frame.contentDocument!.createElement('div');
    frame.contentDocument!.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    (await loaderIn(frame)).observe(shadow);
    shadow.innerHTML = '<tf-sheet-card src="/demo/feed.json" training="praxis-aller-vers-m1"></tf-sheet-card>';
    await waitUntil(() => textOf(shadow.querySelector('tf-sheet-card')!.shadowRoot).includes('PRAXIS'), 'the sheet inside a shadow root');
    frame.remove();
  });

  it('walks a subtree the page adds once, whatever it still waits for, and still finds a tag deep inside', async () => {
    const frame = await pageWith('<tf-programme src="/demo/feed.json" programme="cadrage-aller-vers"></tf-programme>');
    const view = frame.contentWindow! as unknown as typeof globalThis;
    await waitUntil(() => view.customElements.get('tf-programme') !== undefined, '<tf-programme> defined');
    // An application's view: a table of a thousand rows, none of the library's tags.
    const table = frame.contentDocument!.createElement('table');
    table.innerHTML = '<tr><td><span>cell</span></td></tr>'.repeat(1000);
    const walks: string[] = [];
    const { querySelector } = view.Element.prototype;
    // The loader's walks: a query for nothing but the library's tags (the widgets query their own shadow roots too).
    view.Element.prototype.querySelector = function (this: Element, selectors: string) {
      if (selectors.split(',').every((selector) => (tags as readonly string[]).includes(selector))) walks.push(selectors);
      return querySelector.call(this, selectors);
    };
    try {
      frame.contentDocument!.body.append(table);
      await new Promise((resolve) => setTimeout(resolve));
      expect(walks, 'one walk for the five tags still waiting').to.have.length(1);
      expect(walks[0]!.split(',').sort()).to.deep.equal(tags.filter((tag) => tag !== 'tf-programme').sort());
      walks.length = 0;
      table.rows[500]!.cells[0]!.insertAdjacentHTML('beforeend', '<div><tf-sheet-card src="/demo/feed.json" training="praxis-aller-vers-m1"></tf-sheet-card></div>');
      await waitUntil(() => view.customElements.get('tf-sheet-card') !== undefined, 'a sheet deep in the table defined');
      // The walk that found the sheet, for the five tags, then one for the four left (and one per node the page
      // adds after it, such as the sheet's own): never one walk per tag.
      expect(walks[0]!.split(',')).to.have.length(5).and.include('tf-sheet-card');
      expect(walks.slice(1).map((walk) => walk.split(',').length)).to.satisfy((counts: number[]) => counts.length > 0 && counts.every((count) => count === 4));
    } finally {
      view.Element.prototype.querySelector = querySelector;
    }
    frame.remove();
  });

  describe('when an element’s code cannot be loaded (dist/ copied without that chunk)', () => {
    const withoutQuiz = `${location.origin}/test-server/dist-without/tf-quiz/training-feed-widgets.js`;
    const failedMessage = (element: Element): string => element.ownerDocument.defaultView!.getComputedStyle(element, '::before').content;
    // The README's rule for no layout shift, which keeps 32em for a quiz until it is defined.
    const noShiftRule = '<style>tf-quiz:not(:defined) { display: block; min-height: var(--tf-reserved-height, 32em); }</style>';

    it('says so in its place, in the page’s language, without the room kept for it; the other elements work', async () => {
      const frame = await pageWith(
        `${noShiftRule}<tf-quiz src="/demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz><tf-session-list src="/demo/feed.json" now="2023-09-01"></tf-session-list>`,
        'fr',
        withoutQuiz,
      );
      const view = frame.contentWindow as Window & { consoleErrors: string[] };
      const page = frame.contentDocument!;
      const quiz = page.querySelector('tf-quiz')!;
      await waitUntil(() => failedMessage(quiz).includes('Ce contenu n’a pas pu être chargé.'), 'the message in place of the quiz');
      expect(failedMessage(quiz)).to.contain('Rechargez la page pour réessayer.');
      expect(view.customElements.get('tf-quiz')).to.equal(undefined);
      // A line of text, not the 32em the page's rule keeps for a quiz on its way.
      expect(quiz.getBoundingClientRect().height).to.be.above(0).and.below(100);
      expect(view.consoleErrors.some((error) => error.includes('<tf-quiz> n’a pas pu être chargé'))).to.equal(true);

      const list = page.querySelector('tf-session-list')!;
      await waitUntil(() => (list.shadowRoot?.querySelectorAll('li.session').length ?? 0) > 0, 'the session list, unaffected');
      expect(failedMessage(list)).to.equal('none');

      // A quiz added later says it too, and `load` rejects rather than waiting for ever.
      page.body.insertAdjacentHTML('beforeend', '<tf-quiz id="later"></tf-quiz>');
      expect(failedMessage(page.querySelector('#later')!)).to.contain('Ce contenu n’a pas pu être chargé.');
      let rejected = false;
      await (await loaderIn(frame, withoutQuiz)).load('tf-quiz').catch(() => (rejected = true));
      expect(rejected, 'load rejected').to.equal(true);
      frame.remove();
    });

    it('says it in English on an English page, and inside a shadow root the loader is told about', async () => {
      const frame = await pageWith('<tf-quiz src="/demo/feed.json" quiz="positionnement-aller-vers-m1"></tf-quiz>', 'en', withoutQuiz);
      const page = frame.contentDocument!;
      const quiz = page.querySelector('tf-quiz')!;
      await waitUntil(() => failedMessage(quiz).includes('This content could not be loaded.'), 'the English message');
      expect(failedMessage(quiz)).to.contain('Reload the page to try again.');

      const host = page.createElement('div');
      page.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      (await loaderIn(frame, withoutQuiz)).observe(shadow);
      shadow.innerHTML = '<tf-quiz lang="fr"></tf-quiz>';
      expect(failedMessage(shadow.querySelector('tf-quiz')!)).to.contain('Ce contenu n’a pas pu être chargé.');
      frame.remove();
    });
  });

  it('shows a sheet from nothing but <tf-sheet-card src training>', async () => {
    await import(/* @vite-ignore */ dropIn);
    const card = document.createElement('tf-sheet-card');
    card.setAttribute('src', '/demo/feed.json');
    card.setAttribute('training', 'praxis-aller-vers-m1');
    document.body.append(card);
    await waitUntil(() => textOf(card.shadowRoot).includes('PRAXIS'), 'the PRAXIS sheet');
    const text = textOf(card.shadowRoot);
    expect(text).to.contain('La pratique de l’Aller Vers les publics');
    expect(text).to.contain('Chantal CORNIER');
    expect(card.shadowRoot!.querySelector('time[datetime="2023-09-25"]')).to.not.equal(null);
    await expectAccessible(card);
    card.remove();
  });

  it('refuses, rather than waits for ever, a tag that is not one of the library’s', async () => {
    const loader = (await import(/* @vite-ignore */ dropIn)) as { load(tag: string): Promise<CustomElementConstructor> };
    const refusal = await loader.load('tf-quizz').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).to.be.instanceOf(TypeError);
    expect(String(refusal)).to.contain('<tf-quizz>');
  });

  it('tolerates a second copy on the page: no error, the first definitions stay, and the copies share the feed', async () => {
    const loader = (await import(/* @vite-ignore */ dropIn)) as {
      load(tag: string): Promise<CustomElementConstructor>;
    };
    const first = await loader.load('tf-quiz');
    await loader.load('tf-feed');

    const { result: secondCopy, warnings } = await captureConsoleWarnings(
      () => import(/* @vite-ignore */ `${location.origin}/dist/training-feed-widgets.bundle.js`) as Promise<{ TfFeed: CustomElementConstructor }>,
    );
    expect(customElements.get('tf-quiz')).to.equal(first);
    expect(warnings.filter((warning) => warning.includes('<tf-quiz>'))).to.have.length(1);

    // The second copy's provider (registered under another tag for the test) feeds the first copy's widget.
    expect(secondCopy.TfFeed).to.not.equal(customElements.get('tf-feed'));
    customElements.define('tf-feed-second-copy', secondCopy.TfFeed);
    const host = document.createElement('div');
    host.innerHTML = `<tf-feed-second-copy src="/demo/feed.json"><tf-programme programme="cadrage-aller-vers"></tf-programme></tf-feed-second-copy>`;
    document.body.append(host);
    const programme = host.querySelector('tf-programme')!;
    await waitUntil(() => textOf(programme.shadowRoot).includes('Identifier les techniques'), 'the programme, fed by the other copy');
    host.remove();
  });
});
