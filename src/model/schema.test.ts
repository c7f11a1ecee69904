import { expect } from '@open-wc/testing';
import { parseFeed, type FeedIssue } from './parse-feed.js';
import { isIsoDate, isoDate } from './schema.js';

/** The demo feed, as served from the repo root by the test server. */
async function demoFeed(): Promise<any> {
  const response = await fetch(new URL('../../demo/feed.json', import.meta.url));
  expect(response.ok, 'demo/feed.json is served').to.equal(true);
  return response.json();
}

/** A fresh, mutable copy of the demo feed (parseFeed memoises per object, so every case needs its own). */
async function copy(): Promise<any> {
  return structuredClone(await demoFeed());
}

/** The issues of a feed with a fault: refused whole, or kept without the entry at fault (see 'partial feeds'). */
function issuesOf(json: unknown): FeedIssue[] {
  const result = parseFeed(json);
  expect(result.issues, 'the fault is reported').not.to.be.empty;
  return result.issues;
}

/** The issues of a feed refused whole. */
function refusalOf(json: unknown): FeedIssue[] {
  const result = parseFeed(json);
  expect(result.ok, 'the feed is refused').to.equal(false);
  return result.issues;
}

function paths(issues: FeedIssue[]): string[] {
  return issues.map((issue) => issue.path);
}

/**
 * The paths of the faults themselves, without the references cut because they named an entry left out for the fault
 * (a quiz naming a training left out loses that link: `dropped` is the reference's own path).
 */
function faultPaths(issues: FeedIssue[]): string[] {
  return issues.filter((issue) => issue.dropped !== issue.path).map((issue) => issue.path);
}

describe('feed schema', () => {
  it('accepts the demo feed', async () => {
    const result = parseFeed(await demoFeed());
    if (!result.ok) throw new Error(`demo/feed.json is invalid:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
    expect(result.feed.version).to.equal(1);
    expect(result.feed.trainings.map((t) => t.id)).to.deep.equal([
      'irts-fc-aller-vers-m1',
      'praxis-aller-vers-m1',
      'apsn-aller-vers-m1',
    ]);
    expect(result.feed.programmes.map((p) => p.id)).to.deep.equal(['cadrage-aller-vers']);
    expect(result.feed.quizzes.map((q) => q.id)).to.include('positionnement-aller-vers-m1');
  });

  it('ignores (strips) unknown fields at every level', async () => {
    const feed = await copy();
    feed.someFutureField = { anything: true };
    feed.trainings[0].someFutureField = 'x';
    feed.trainings[1].sessions[0].someFutureField = 42;
    feed.quizzes[0].items[0].someFutureField = [];
    feed.programmes[0].modules[0].sequences[0].someFutureField = null;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed).not.to.have.property('someFutureField');
    expect(result.feed.trainings[0]).not.to.have.property('someFutureField');
    expect(result.feed.trainings[1]!.sessions[0]).not.to.have.property('someFutureField');
    expect(result.feed.quizzes[0]!.items[0]).not.to.have.property('someFutureField');
    expect(result.feed.programmes[0]!.modules[0]!.sequences[0]).not.to.have.property('someFutureField');
  });

  it('refuses a feed without version', async () => {
    const feed = await copy();
    delete feed.version;
    expect(paths(refusalOf(feed))).to.deep.equal(['version']);
  });

  it('refuses a feed that is not an object, at the root', () => {
    expect(paths(refusalOf('not a feed'))).to.deep.equal(['(racine)']);
  });

  it('refuses a French free-text date, naming its path', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[1].dates[0].start = '25 sept. 2023';
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['trainings[1].sessions[1].dates[0].start']);
    expect(issues[0]!.message).to.contain('ISO 8601');
  });

  it('says which days are days as the feed does (isIsoDate, for attributes): leap days, month ends, no overflow', () => {
    const days = ['2024-02-29', '2023-02-29', '2023-02-28', '2023-02-30', '2023-04-31', '2023-12-31', '2023-13-01', '2023-00-10', '1900-02-29', '2000-02-29', '2023-9-1', '2023-09-01T10:00', 'hier', ''];
    const accepted = days.filter(isIsoDate);
    expect(accepted).to.deep.equal(days.filter((day) => isoDate.safeParse(day).success));
    expect(accepted).to.deep.equal(['2024-02-29', '2023-02-28', '2023-12-31', '2000-02-29']);
  });

  it('refuses a French date as a registration deadline', async () => {
    const feed = await copy();
    feed.trainings[0].registrationDeadline = '05/01/2022';
    expect(faultPaths(issuesOf(feed))).to.deep.equal(['trainings[0].registrationDeadline']);
  });

  it('says « strictly » when the bound itself is refused: a weight of 0, a latitude beyond 90', async () => {
    const feed = await copy();
    feed.quizzes[0].items[0].weight = 0;
    feed.trainings[0].sessions[0].place = { city: 'Metz', geo: { latitude: 91, longitude: 6.2 } };
    const messages = Object.fromEntries(issuesOf(feed).map((issue) => [issue.path, issue.message]));
    expect(messages['quizzes[0].items[0].weight']).to.equal('valeur > 0 attendue');
    expect(messages['trainings[0].sessions[0].place.geo.latitude']).to.equal('valeur ≤ 90 attendue');
  });

  it('refuses a session mode outside in-person, remote, blended', async () => {
    const feed = await copy();
    feed.trainings[2].sessions[0].mode = 'présentiel';
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['trainings[2].sessions[0].mode']);
    expect(issues[0]!.message).to.contain('in-person');
  });

  it('refuses a duplicate training id', async () => {
    const feed = await copy();
    // PRAXIS takes the IRTS id; no quiz points at PRAXIS, so this is the only issue.
    feed.trainings[1].id = feed.trainings[0].id;
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['trainings[1].id']);
    expect(issues[0]!.message).to.contain('irts-fc-aller-vers-m1');
  });

  it('refuses a duplicate session id within a training', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[1].id = feed.trainings[1].sessions[0].id;
    const issues = issuesOf(feed);
    expect(paths(issues)).to.include('trainings[1].sessions[1].id');
    expect(issues.find((i) => i.path === 'trainings[1].sessions[1].id')!.message).to.contain('praxis-g1');
  });

  it('refuses a session id used by two trainings, naming the second session by its path', async () => {
    const feed = await copy();
    feed.trainings[2].sessions[0].id = feed.trainings[1].sessions[0].id;
    const issues = issuesOf(feed);
    expect(paths(issues)).to.include('trainings[2].sessions[0].id');
    // Every path must lead to the field in the JSON, never a bare index into a flattened list.
    for (const path of paths(issues)) expect(path).to.match(/^[a-z]/);
  });

  it('refuses a duplicate quiz id', async () => {
    const feed = await copy();
    feed.quizzes[1].id = feed.quizzes[0].id;
    expect(paths(issuesOf(feed))).to.deep.equal(['quizzes[1].id']);
  });

  it('refuses a reference to an unknown programme', async () => {
    const feed = await copy();
    feed.trainings[0].programme = 'cadrage-inconnu';
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['trainings[0].programme']);
    expect(issues[0]!.message).to.contain('cadrage-inconnu');
  });

  it('refuses a reference to a module the programme does not have', async () => {
    const feed = await copy();
    feed.trainings[2].module = 'module-9';
    expect(paths(issuesOf(feed))).to.deep.equal(['trainings[2].module']);
  });

  it('refuses a quiz tied to an unknown training', async () => {
    const feed = await copy();
    feed.quizzes[0].training = 'formation-inconnue';
    expect(paths(issuesOf(feed))).to.deep.equal(['quizzes[0].training']);
  });

  it('accepts sessions whose dates are not known yet, known to the month, open-ended, or with permanent entry', async () => {
    const feed = await copy();
    feed.trainings[0].sessions[2].dates = [];
    feed.trainings[0].sessions[1].dates = [{ start: '2017-09-01', startPrecision: 'month', openEnded: true }];
    Object.assign(feed.trainings[0].sessions[0], { dates: [], permanentEntry: true });
    expect(parseFeed(feed).ok).to.equal(true);
    const wrong = structuredClone(feed);
    wrong.trainings[0].sessions[1].dates[0].startPrecision = 'week';
    delete wrong.trainings[0].sessions[2].dates;
    expect(paths(issuesOf(wrong))).to.deep.equal(['trainings[0].sessions[1].dates[0].startPrecision', 'trainings[0].sessions[2].dates']);
  });

  it('refuses a javascript: URL wherever a link is expected', async () => {
    const feed = await copy();
    feed.programmes[0].url = 'javascript:alert(1)';
    feed.quizzes[0].bands[0].recommendations[2].url = 'javascript:alert(document.cookie)';
    feed.trainings[0].provider.url = 'data:text/html,<script>alert(1)</script>';
    const issues = issuesOf(feed);
    expect(faultPaths(issues)).to.have.members([
      'trainings[0].provider.url',
      'quizzes[0].bands[0].recommendations[2].url',
      'programmes[0].url',
    ]);
    expect(issues[0]!.message).to.contain('https:');
  });

  it('accepts https:, http:, mailto: and tel: links', async () => {
    const feed = await copy();
    feed.trainings[0].url = 'https://www.opco-sante.fr/';
    feed.trainings[0].provider.url = 'http://example.org/';
    feed.programmes[0].publishers[0].url = 'mailto:contact@example.org';
    feed.quizzes[0].bands[0].recommendations[2].url = 'tel:+33300000000';
    expect(parseFeed(feed).ok).to.equal(true);
  });

  it('refuses an unknown quiz item type', async () => {
    const feed = await copy();
    feed.quizzes[0].items[3].type = 'essay';
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['quizzes[0].items[3].type']);
    expect(issues[0]!.message).to.contain('single');
  });

  it('refuses an invalid contact e-mail', async () => {
    const feed = await copy();
    feed.trainings[2].contacts[0].email = 'chloe.dmeyere at opco-sante.fr';
    expect(faultPaths(issuesOf(feed))).to.deep.equal(['trainings[2].contacts[0].email']);
  });

  it('accepts a date with a time and an offset, and refuses one without offset', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[0].dates[0].start = '2023-09-25T09:00:00+02:00';
    expect(parseFeed(feed).ok).to.equal(true);
    const local = await copy();
    local.trainings[1].sessions[0].dates[0].start = '2023-09-25T09:00:00';
    expect(paths(issuesOf(local))).to.deep.equal(['trainings[1].sessions[0].dates[0].start']);
  });

  it('reports every issue, not only the first one', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[1].dates[0].start = '25 sept. 2023';
    feed.trainings[2].sessions[0].mode = 'présentiel';
    feed.quizzes[0].items[3].type = 'essay';
    expect(paths(issuesOf(feed))).to.have.members([
      'trainings[1].sessions[1].dates[0].start',
      'trainings[2].sessions[0].mode',
      'quizzes[0].items[3].type',
    ]);
  });
});

describe('feed schema: references inside quizzes', () => {
  it('refuses an item objective that its training does not have, and an unknown sequence', async () => {
    const feed = (await (await fetch('/demo/feed.json')).json()) as {
      quizzes: { items: { objectives?: string[]; sequences?: string[] }[] }[];
    };
    const quiz = feed.quizzes[0]!;
    const itemIndex = quiz.items.findIndex((item) => item.objectives?.length && item.sequences?.length);
    quiz.items[itemIndex]!.objectives![0] = 'objectif-inconnu';
    quiz.items[itemIndex]!.sequences![0] = 'sequence-99';
    const result = parseFeed(feed);
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.deep.equal([
      `quizzes[0].items[${itemIndex}].objectives[0]`,
      `quizzes[0].items[${itemIndex}].sequences[0]`,
    ]);
  });
});

describe('feed schema: every unique id and reference the README promises', () => {
  const cases: [string, (feed: any) => void, string][] = [
    ['a duplicate module id in a programme', (f) => (f.programmes[0].modules[1].id = f.programmes[0].modules[0].id), 'programmes[0].modules[1].id'],
    ['a duplicate sequence id in a module', (f) => (f.programmes[0].modules[0].sequences[1].id = f.programmes[0].modules[0].sequences[0].id), 'programmes[0].modules[0].sequences[1].id'],
    ['a duplicate option id in an item', (f) => {
      const item = f.quizzes[0].items.find((i: any) => i.type === 'single');
      item.options[1].id = item.options[0].id;
    }, 'options[1].id'],
    ['a module.requires naming no module', (f) => (f.programmes[0].modules[1].requires = ['module-99']), 'programmes[0].modules[1].requires[0]'],
    ['an objective.sequences naming no sequence', (f) => (f.trainings[0].objectives[0].sequences = ['sequence-99']), 'trainings[0].objectives[0].sequences[0]'],
    ['a recommendation naming no sequence', (f) => (f.quizzes[0].bands[0].recommendations[0].sequence = 'sequence-99'), 'quizzes[0].bands[0].recommendations[0].sequence'],
    ['an objective id used twice in a training', (f) => (f.trainings[0].objectives[1].id = f.trainings[0].objectives[0].id), 'trainings[0].objectives[1].id'],
    ['a programme id used twice', (f) => f.programmes.push({ ...f.programmes[0] }), 'programmes[1].id'],
  ];
  for (const [what, mutate, path] of cases) {
    it(`reports ${what}, at its path`, async () => {
      const feed = await copy();
      mutate(feed);
      const found = paths(issuesOf(feed));
      expect(found.some((p) => p.endsWith(path)), `${path} in ${found.join(', ')}`).to.equal(true);
    });
  }

  it('finds ids named like Object.prototype members (constructor, toString, valueOf)', async () => {
    const feed = await copy();
    const objectives = feed.trainings[2].objectives;
    for (const id of ['constructor', 'toString', 'valueOf']) objectives.push({ id, text: `Objectif ${id}` });
    const quiz = feed.quizzes.find((q: any) => q.training === feed.trainings[2].id);
    quiz.items[0].objectives = ['constructor', 'toString', 'valueOf'];
    const result = parseFeed(JSON.parse(JSON.stringify(feed)));
    expect(result.issues).to.deep.equal([]);
    const withUnknown = JSON.parse(JSON.stringify(feed));
    withUnknown.quizzes[feed.quizzes.indexOf(quiz)].items[0].objectives = ['hasOwnProperty'];
    expect(paths(issuesOf(withUnknown))).to.deep.equal([`quizzes[${feed.quizzes.indexOf(quiz)}].items[0].objectives[0]`]);
  });
});

describe('feed schema: dates and seats', () => {
  it('reports a range that ends before it starts, at its end', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[0].dates[0] = { start: '2023-10-10', end: '2023-10-01' };
    const issues = issuesOf(feed);
    expect(paths(issues)).to.deep.equal(['trainings[1].sessions[0].dates[0].end']);
    expect(issues[0]!.message).to.contain('2023-10-01');
  });

  it('compares instants as instants, and a date with an instant by calendar day', async () => {
    const feed = await copy();
    feed.trainings[1].sessions[0].dates[0] = { start: '2023-10-10T09:00:00+02:00', end: '2023-10-10T08:00:00+02:00' };
    expect(paths(issuesOf(feed))).to.deep.equal(['trainings[1].sessions[0].dates[0].end']);
    const sameDay = await copy();
    sameDay.trainings[1].sessions[0].dates[0] = { start: '2023-10-10T09:00:00+02:00', end: '2023-10-10' };
    // Seconds are optional, in the JSON Schema as here.
    sameDay.trainings[1].sessions[1].dates[0] = { start: '2023-10-10T09:00+02:00', end: '2023-10-10T17:30Z' };
    expect(parseFeed(sameDay).issues).to.deep.equal([]);
  });

  it('reports more seats remaining than in total, at remaining', async () => {
    const feed = await copy();
    feed.trainings[0].sessions[0].seats = { total: 12, remaining: 13 };
    expect(paths(issuesOf(feed))).to.deep.equal(['trainings[0].sessions[0].seats.remaining']);
    const full = await copy();
    full.trainings[0].sessions[0].seats = { total: 12, remaining: 12 };
    expect(parseFeed(full).issues).to.deep.equal([]);
  });

  it('reports blank text (spaces only) as it reports empty text', async () => {
    const feed = await copy();
    feed.trainings[0].title = '   ';
    expect(faultPaths(issuesOf(feed))).to.deep.equal(['trainings[0].title']);
  });

  it('refuses links without a host, and takes accented paths and spaced phone numbers', async () => {
    const feed = await copy();
    feed.trainings[0].url = 'https://';
    feed.trainings[1].url = 'ftp://example.org/';
    expect(faultPaths(issuesOf(feed))).to.have.members(['trainings[0].url', 'trainings[1].url']);
    const lenient = await copy();
    lenient.trainings[0].url = 'https://exemple.fr/formation-été';
    lenient.trainings[1].url = 'tel:+33 3 88 00 00 00';
    expect(parseFeed(lenient).issues).to.deep.equal([]);
  });
});
