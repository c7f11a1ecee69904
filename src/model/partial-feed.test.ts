import { expect } from '@open-wc/testing';
import { parseFeed } from './parse-feed.js';
import { demoFeed } from '../../test/helpers.js';

/** The demo feed as plain JSON, to break on purpose. */
async function copy(): Promise<any> {
  return demoFeed();
}

describe('partial feeds: a broken entry is left out, the rest is kept', () => {
  it('leaves out one bad session among the others, naming it and why', async () => {
    const feed = await copy();
    const before = feed.trainings[1].sessions.map((s: any) => s.id);
    feed.trainings[1].sessions[1].dates[0].start = '25 sept. 2023';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.trainings[1]!.sessions.map((s) => s.id)).to.deep.equal(before.filter((_: string, i: number) => i !== 1));
    expect(result.feed.trainings).to.have.length(3);
    expect(result.issues).to.deep.equal([
      { path: 'trainings[1].sessions[1].dates[0].start', message: result.issues[0]!.message, dropped: 'trainings[1].sessions[1]' },
    ]);
    expect(result.issues[0]!.message).to.contain('ISO 8601');
  });

  it('says what was expected in French, « attendu » agreeing with the type', async () => {
    const feed = await copy();
    feed.trainings[0].sessions[0].dates = 'le 25 septembre';
    delete feed.trainings[1].title;
    feed.trainings[2].provider = 'IRTS';
    const result = parseFeed(feed);
    // (The references to the trainings left out are reported too: not what this test is about.)
    const said = new Map(result.ok ? result.issues.map((issue) => [issue.path, issue.message]) : []);
    expect(said.get('trainings[0].sessions[0].dates')).to.equal('liste attendue');
    expect(said.get('trainings[1].title')).to.equal('champ obligatoire manquant (texte attendu)');
    expect(said.get('trainings[2].provider')).to.equal('objet attendu');
  });

  it('leaves out a broken training, a broken quiz item and a broken programme, each with its own path', async () => {
    const feed = await copy();
    feed.trainings[0].provider = 'IRTS';
    feed.quizzes[0].items[3].type = 'essay';
    feed.programmes.push({ id: 'cadrage-2', title: '', modules: [] });
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const faults = result.issues.filter((i) => i.dropped !== i.path);
    expect(faults.map((i) => i.dropped)).to.have.members(['trainings[0]', 'quizzes[0].items[3]', 'programmes[1]']);
    // The quiz of the training left out stays, without its link to it.
    expect(result.issues.filter((i) => i.dropped === i.path).map((i) => i.path)).to.include('quizzes[1].training');
    // A whole training, quiz or programme left out is named by its id too (a widget named after it says why).
    expect(faults.map((i) => [i.dropped, i.id])).to.have.deep.members([
      ['trainings[0]', feed.trainings[0].id],
      ['quizzes[0].items[3]', undefined],
      ['programmes[1]', 'cadrage-2'],
    ]);
    expect(result.feed.trainings.map((t) => t.id)).to.deep.equal(['praxis-aller-vers-m1', 'apsn-aller-vers-m1']);
    expect(result.feed.programmes.map((p) => p.id)).to.deep.equal(['cadrage-aller-vers']);
    expect(result.feed.quizzes[0]!.items.map((i) => i.id)).not.to.include(feed.quizzes[0].items[3].id);
  });

  it('keeps a quiz whose training was left out, without the reference, and says so with the original paths', async () => {
    const feed = await copy();
    const quizIndex = feed.quizzes.findIndex((q: any) => q.training === 'irts-fc-aller-vers-m1');
    feed.trainings[0].title = '';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const quiz = result.feed.quizzes[quizIndex]!;
    expect(quiz.training).to.equal(undefined);
    expect(result.issues.map((i) => i.dropped)).to.include.members(['trainings[0]', `quizzes[${quizIndex}].training`]);
    // Band recommendations naming the training lose that link only.
    for (const issue of result.issues.filter((i) => i.dropped !== 'trainings[0]')) expect(issue.message).to.contain('irts-fc-aller-vers-m1');
  });

  it('keeps the first of two trainings sharing an id and leaves out the later', async () => {
    const feed = await copy();
    feed.trainings[2].id = feed.trainings[0].id;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.trainings.map((t) => t.title)).to.deep.equal([feed.trainings[0].title, feed.trainings[1].title]);
    expect(result.issues.find((i) => i.dropped === 'trainings[2]')?.path).to.equal('trainings[2].id');
  });

  it('names paths of the feed as written, even after earlier entries were left out', async () => {
    const feed = await copy();
    feed.trainings[0].sessions[0].mode = 'présentiel';
    feed.trainings[0].sessions[1].mode = 'distanciel';
    feed.trainings[0].sessions[2].id = feed.trainings[0].sessions[3].id;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    expect(result.issues.map((i) => i.dropped)).to.deep.equal(['trainings[0].sessions[0]', 'trainings[0].sessions[1]', 'trainings[0].sessions[3]']);
  });

  it('refuses the feed when its top level is wrong, or when nothing usable is left', async () => {
    const wrongTop = await copy();
    wrongTop.trainings = {};
    expect(parseFeed(wrongTop).ok).to.equal(false);
    const nothingLeft = await copy();
    nothingLeft.quizzes = [];
    nothingLeft.programmes = [];
    for (const training of nothingLeft.trainings) training.title = ' ';
    const result = parseFeed(nothingLeft);
    expect(result.ok).to.equal(false);
    expect(result.issues.map((i) => i.path)).to.include.members(['trainings[0].title', 'trainings[1].title', 'trainings[2].title']);
  });

  it('leaves the object it is given as it was, whole or with entries left out', async () => {
    const whole = await copy();
    const broken = await copy();
    broken.trainings[1].sessions[1].dates[0].start = '25 sept. 2023';
    broken.trainings[0].title = ' ';
    for (const feed of [whole, broken]) {
      const before = structuredClone(feed);
      expect(parseFeed(feed).ok).to.equal(true);
      expect(feed).to.deep.equal(before);
      expect(Object.getPrototypeOf(feed.trainings[1].sessions[1])).to.equal(Object.prototype);
    }
  });

  it('keeps a clean feed clean: no issue, and an empty feed is valid', async () => {
    expect(parseFeed(await copy())).to.include({ ok: true }).and.to.have.property('issues').that.is.empty;
    expect(parseFeed({ version: 1, trainings: [], quizzes: [], programmes: [] }).ok).to.equal(true);
  });
});

describe('feeds that cannot be read', () => {
  it('refuses a throwing getter and a revoked proxy, without throwing', async () => {
    const throwing = await copy();
    Object.defineProperty(throwing, 'trainings', { enumerable: true, get: () => { throw new Error('getter'); } });
    const { proxy, revoke } = Proxy.revocable(await copy(), {});
    revoke();
    for (const feed of [throwing, proxy]) {
      const result = parseFeed(feed);
      expect(result.ok).to.equal(false);
      expect(result.issues[0]!.path).to.equal('(racine)');
      expect(result.issues[0]!.message).to.contain('flux illisible');
    }
  });

  it('reads a whole feed with a cycle in a field it does not define without the cycle; refuses it with entries to leave out', async () => {
    const cyclic: any = await copy();
    cyclic.trainings[0].self = cyclic;
    const whole = parseFeed(cyclic);
    expect(whole.ok).to.equal(true);
    if (whole.ok) expect(JSON.parse(JSON.stringify(whole.feed)).trainings[0]).not.to.have.property('self');
    // Leaving entries out needs a copy of the whole object, cycle included: it goes no deeper than any feed.
    const broken: any = await copy();
    broken.trainings[0].self = broken;
    broken.trainings[1].title = '';
    const result = parseFeed(broken);
    expect(result.ok).to.equal(false);
    expect(result.issues[0]!.message).to.contain('flux illisible');
  });
});
