/**
 * What bench/run.mjs measures inside the page, each next to the same work done with plain DOM. Every function
 * resolves once the browser has rendered the next frame: the visitor's wait, not only the script's.
 * `?build=loader` uses the drop-in loader (element chunks loaded before any measure); `?build=bundle` the single
 * file, which also exports `parseFeed` for the validation measure.
 */
const build = new URLSearchParams(location.search).get('build') ?? 'loader';

/**
 * What a widget defers until after its first frame, by design: idle callbacks (the structured data) and background
 * tasks (the rest of a large feed's validation). Held while a figure is read (`holdDeferred`), then let go
 * (`releaseDeferred`, which resolves once that work is done and painted, so that it can be read on its own). Not held,
 * part of it would count or not according to DevTools' round trip: its reading comes after the frame, when the
 * deferred work may have started. Installed before the library loads, as the page's own APIs.
 */
const held = [];
const running = [];
let holding = false;
/** While held work is let go: what it asks for in turn is started at once, and waited for too. */
let releasing = false;
const realIdleCallback = window.requestIdleCallback.bind(window);
const realCancelIdleCallback = window.cancelIdleCallback.bind(window);
let heldIds = -1;
/** Idle callbacks held or started by a release, by the id the widget was given: it may cancel them. */
const idleRequests = new Map();
window.requestIdleCallback = (callback, options) => {
  if (!holding && !releasing) return realIdleCallback(callback, options);
  const id = heldIds--;
  const request = { id };
  request.start = () =>
    running.push(
      new Promise((resolve) => {
        request.cancel = () => (realCancelIdleCallback(request.handle), resolve());
        request.handle = realIdleCallback((deadline) => (idleRequests.delete(id), resolve(callback(deadline))), options);
      }),
    );
  idleRequests.set(id, request);
  held.push(request);
  return id;
};
window.cancelIdleCallback = (id) => {
  const request = idleRequests.get(id);
  if (!request) return realCancelIdleCallback(id);
  idleRequests.delete(id);
  const index = held.indexOf(request);
  if (index >= 0) held.splice(index, 1);
  else request.cancel?.();
};
const realPostTask = scheduler.postTask.bind(scheduler);
scheduler.postTask = (task, options) => {
  if ((!holding && !releasing) || options?.priority !== 'background') return realPostTask(task, options);
  return new Promise((resolve, reject) => {
    held.push({ start: () => running.push(realPostTask(task, options).then(resolve, reject)) });
  });
};

const library =
  build === 'bundle' ? await import('../../dist/training-feed-widgets.bundle.js') : await import('../../dist/training-feed-widgets.js');
if (build === 'loader') await Promise.all(['tf-session-list', 'tf-quiz'].map((tag) => library.load(tag)));

const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const pageSize = 50;
let text = '';
/** The feed parsed by `parseText`. */
let parsed;
/** Lets the rest of the quiz result come (quizResult holds it until quizRest). */
let releaseRest = () => {};

/** The rows plain DOM shows for the first page: sorted by start date, month headings, nine elements a row. */
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
let plainRows = [];
function renderPlainRows(host, rows) {
  const list = document.createElement('div');
  let month = '';
  let group;
  for (const { training, session } of rows.slice(0, pageSize)) {
    const start = new Date(`${session.dates[0].start}T00:00:00Z`);
    const heading = monthFormat.format(start);
    if (heading !== month) {
      month = heading;
      const h3 = document.createElement('h3');
      h3.textContent = heading;
      group = document.createElement('ul');
      list.append(h3, group);
    }
    const li = document.createElement('li');
    const title = document.createElement('h4');
    const link = document.createElement('a');
    link.href = `#${training.id}`;
    link.textContent = training.title;
    title.append(link);
    const when = document.createElement('p');
    const time = document.createElement('time');
    time.dateTime = session.dates[0].start;
    time.textContent = dateFormat.format(start);
    when.append(time);
    const where = document.createElement('p');
    where.textContent = [session.place?.city, session.place?.region].filter(Boolean).join(', ');
    const mode = document.createElement('span');
    mode.textContent = session.mode;
    const seats = document.createElement('p');
    seats.textContent = session.seats ? `${session.seats.remaining} places restantes` : '';
    const contact = document.createElement('a');
    contact.href = `#inscription-${session.id}`;
    contact.textContent = 'S’inscrire';
    li.append(title, when, where, mode, seats, contact);
    group.append(li);
  }
  host.replaceChildren(list);
}

/**
 * `tag` with `attributes`, fed the feed's text (parsed here, as a page's script would), added and rendered; with
 * `fed` false, added before any feed (its loading state).
 */
async function mount(tag, attributes, fed = true) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (fed) element.feed = JSON.parse(text);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** A measure that rendered no session measured nothing. */
const expectRows = (list) => {
  if (list.shadowRoot.querySelectorAll('li.session').length === 0) throw new Error('no rows');
};

/** The session list's attributes in every measure, with `attributes` beside them. */
const listAttributes = (attributes) => ({ now: '2023-01-01', 'show-past': '', ...attributes });

const shadowHost = () => {
  const host = document.createElement('section');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
};

window.bench = {
  build,
  holdDeferred() {
    holding = true;
  },
  /** Lets the held work run, and resolves once it is done (the tasks it posted too) and painted. */
  async releaseDeferred() {
    holding = false;
    releasing = true;
    while (held.length > 0 || running.length > 0) {
      for (const each of held.splice(0)) each.start();
      await Promise.allSettled(running.splice(0));
      // A render the work asked for, and what that render defers in turn.
      await painted();
    }
    releasing = false;
  },
  async fetchFeed(url) {
    text = await (await fetch(url)).text();
    return text.length;
  },
  jsonParse() {
    JSON.parse(text);
  },
  /** The feed's text parsed and kept, for `validateOnly`. */
  parseText() {
    parsed = JSON.parse(text);
  },
  /** The validation alone (parseFeed) of what `parseText` parsed. */
  validateOnly() {
    if (!library.parseFeed(parsed).ok) throw new Error('invalid feed');
  },
  /** Removes what a measure rendered (widgets, plain DOM rows), and waits for that to be painted. */
  async clear() {
    for (const each of document.body.querySelectorAll('tf-session-list, tf-quiz, section')) each.remove();
    plainRows = [];
    await painted();
  },
  /** `attributes` beside the bench's own (bench/profile.mjs: `page-size="1"` for the fixed cost of a first page). */
  async widgetFirstPage(attributes = {}) {
    const element = await mount('tf-session-list', listAttributes(attributes));
    await painted();
    expectRows(element);
  },
  /**
   * A session list on the page before its feed, as on a real page: `<tf-feed src>` or `src` fetches the feed after
   * the element is upgraded and has rendered its loading state. Prepares `widgetFeedArrives`.
   */
  async widgetWaiting(attributes = {}) {
    await mount('tf-session-list', listAttributes(attributes), false);
    await painted();
  },
  /** The feed's text reaches the waiting list (`widgetWaiting`): parsed, given, rendered and painted. */
  async widgetFeedArrives() {
    const element = document.querySelector('tf-session-list');
    element.feed = JSON.parse(text);
    await element.updateComplete;
    await painted();
    expectRows(element);
  },
  async plainFirstPage() {
    const feed = JSON.parse(text);
    plainRows = feed.trainings.flatMap((training) => training.sessions.map((session) => ({ training, session })));
    plainRows.sort((a, b) => (a.session.dates[0].start < b.session.dates[0].start ? -1 : 1));
    renderPlainRows(shadowHost(), plainRows);
    await painted();
  },
  async widgetKeystroke(query) {
    const element = document.querySelector('tf-session-list');
    const field = element.shadowRoot.querySelector('#filter-q');
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    await painted();
  },
  async plainKeystroke(query) {
    const host = document.querySelector('section').shadowRoot;
    const needle = query.toLowerCase();
    const matching = plainRows.filter(({ training, session }) =>
      `${training.title} ${session.place?.city ?? ''} ${session.place?.region ?? ''}`.toLowerCase().includes(needle),
    );
    renderPlainRows(host, matching);
    await painted();
  },
  /**
   * A 100-item quiz in its default layout (one item at a time), every item answered and « Suivant » clicked up to
   * the last one: ready for the click on « Terminer », which scores the attempt and shows the result.
   */
  async quizReady() {
    const element = await mount('tf-quiz', { quiz: 'positionnement-aller-vers-m1' });
    const root = element.shadowRoot;
    root.querySelector('[part~="intro"] .button').click(); // « Commencer »
    await element.updateComplete;
    const items = JSON.parse(text).quizzes[0].items.length;
    for (let index = 0; index < items; index += 1) {
      root.querySelector('fieldset input')?.click();
      const field = root.querySelector('textarea, input[type="text"]');
      if (field) {
        field.value = 'Une réponse';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      if (index === items - 1) break;
      root.querySelector('#next').click();
      await element.updateComplete;
    }
    await painted();
    // Half a second for what 100 answers leave behind (about 10 ms of CPU: garbage, idle tasks), which the click's
    // reading would otherwise count.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return items;
  },
  /**
   * The click on « Terminer » until the next frame is rendered: what the learner waits for. That frame shows the
   * result's summary, focused (frames before it, if any, are counted). The rest of the result comes in a task after
   * that frame (tf-quiz/result-view.ts); it is held back here until `quizRest`, after the CPU reading: DevTools'
   * reading comes a round trip after the frame, and would otherwise count the next task and frame as well. The
   * whole result is measured by `quizResultComplete`.
   */
  async quizResult() {
    const element = document.querySelector('tf-quiz');
    const view = element.resultView;
    const next = view.next;
    const held = new Promise((resolve) => (releaseRest = resolve));
    view.next = () => held.then(() => ((view.next = next), next()));
    element.shadowRoot.querySelector('#next').click();
    let frames = 0;
    do await painted();
    while (!element.shadowRoot.querySelector('[part~="summary"]') && ++frames < 100);
    if (frames === 100) throw new Error('no result step');
  },
  /** After `quizResult`'s reading: the rest of the result comes, as it would have after the first frame. */
  async quizRest() {
    const element = document.querySelector('tf-quiz');
    releaseRest();
    await element.updateComplete;
    if (!element.shadowRoot.querySelector('[part~="chart"]')) throw new Error('no whole result');
  },
  /** The same click until the whole result is rendered and painted (the rest added after the summary's frame). */
  async quizResultComplete() {
    const element = document.querySelector('tf-quiz');
    element.shadowRoot.querySelector('#next').click();
    await element.updateComplete;
    await painted();
    if (!element.shadowRoot.querySelector('[part~="chart"]')) throw new Error('no whole result');
  },
};
window.benchReady = true;
