/**
 * Issue 12 on the sheet: a next step on every open session (the rule of model/next-step.ts, shared with the session
 * list), the deadline the list shows and why it differs from the published one, and compact cards that line up in a
 * row with their provider in view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { demoFeed, expectAccessible, mountWith, settle, shadowOf, textOf } from '../../../test/helpers.js';
import type { Feed, Training } from '../../model/schema.js';
import { fr } from '../../i18n/fr.js';
import { isRegistrationOpen, sessionEntries, sessionStatus } from '../../model/sessions.js';
import './define.js';
import type { TfSheetCard } from './tf-sheet-card.js';

const t = fr.sheetCard;

/** Text with every kind of space as one plain space, as textOf gives it. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** A sheet of a copy of `feed` as it is now (a feed object is validated once: later changes need a new object). */
function sheet(feed: Feed, training: string, extra: Partial<TfSheetCard> = {}): Promise<TfSheetCard> {
  return mountWith('tf-sheet-card', { training, now: '2021-11-01', feed: structuredClone(feed), ...extra });
}

function trainingOf(feed: Feed, id: string): Training {
  const training = feed.trainings.find((candidate) => candidate.id === id);
  if (!training) throw new Error(`no training ${id}`);
  return training;
}

/** The sessions of the full sheet whose badge says registration is open, with their next-step link. */
function openSessions(element: TfSheetCard): { text: string; link: HTMLAnchorElement | null }[] {
  return [...shadowOf(element).querySelectorAll('.session')]
    .filter((item) => item.querySelector('.badge--open, .badge--closing-soon'))
    .map((item) => ({ text: textOf(item), link: item.querySelector<HTMLAnchorElement>('a[part="next-step"]') }));
}

describe('<tf-sheet-card>: a next step on every open session', () => {
  // The demo's three sheets, on the demo's day and on days when each seed's sessions were open. The IRTS seed
  // publishes no registration link, contact nor page: its sessions rely on the sheet's address (`href`), as the
  // list relies on `sheet-href`.
  for (const now of ['2021-11-01', '2022-03-01', '2023-09-01']) {
    it(`every open session of the demo feed has an action (today ${now})`, async function () {
      this.timeout(30_000); // three sheets, each checked by axe
      const feed = await demoFeed();
      let open = 0;
      for (const training of feed.trainings) {
        const element = await sheet(feed, training.id, { now, href: `https://example.org/fiches/${training.id}` });
        const expected = sessionEntries(feed, training.id).filter((entry) => isRegistrationOpen(sessionStatus(entry, now))).length;
        const sessions = openSessions(element);
        expect(sessions.length, training.id).to.equal(expected);
        for (const session of sessions) expect(session.link, session.text).to.not.equal(null);
        open += sessions.length;
        await expectAccessible(element);
      }
      expect(open, 'open sessions that day').to.be.greaterThan(0);
    });
  }

  it('offers the registration link, else the contact’s e-mail, else a phone, else the sheet’s page, in that order', async () => {
    const feed = await demoFeed();
    const praxis = trainingOf(feed, 'praxis-aller-vers-m1');
    praxis.sessions[0]!.registrationUrl = 'https://example.org/inscription/praxis-g1';
    const element = await sheet(feed, 'praxis-aller-vers-m1', { now: '2023-09-01' });
    const [first, second] = openSessions(element);
    expect(first!.link!.getAttribute('href')).to.equal('https://example.org/inscription/praxis-g1');
    expect(textOf(first!.link)).to.equal(t.registerFor('Groupe 1'));
    // No registration link: the contact of the sheet (the OPCO's), with a subject that names training and session.
    const mail = new URL(second!.link!.href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.pathname).to.equal('aurore.joannes@opco-sante.fr');
    expect(mail.searchParams.get('subject')).to.equal(t.emailSubject(praxis.title, 'Groupe 2'));
    expect(textOf(second!.link)).to.equal(plain(t.emailFor('Groupe 2')));

    praxis.contacts = [{ name: 'Accueil', phone: '03 88 00 00 00' }];
    const byPhone = await sheet(feed, 'praxis-aller-vers-m1', { now: '2023-09-01' });
    expect(openSessions(byPhone)[1]!.link!.getAttribute('href')).to.equal('tel:0388000000');
    expect(textOf(openSessions(byPhone)[1]!.link)).to.equal(plain(t.phoneFor('Groupe 2')));

    // Nothing but the training's own page: that page, unless the reader is on it.
    delete praxis.contacts;
    praxis.url = 'https://example.org/fiches/praxis';
    const bySheet = await sheet(feed, 'praxis-aller-vers-m1', { now: '2023-09-01' });
    expect(openSessions(bySheet)[1]!.link!.getAttribute('href')).to.equal('https://example.org/fiches/praxis');
    expect(textOf(openSessions(bySheet)[1]!.link)).to.equal(plain(t.sheetFor('Groupe 2')));
    delete praxis.url;
    const onItsOwnPage = await sheet(feed, 'praxis-aller-vers-m1', { now: '2023-09-01', href: '#fiche-praxis' });
    expect(openSessions(onItsOwnPage)[1]!.link, 'no link to the page the reader is on').to.equal(null);
    await expectAccessible(bySheet);
  });

  it('prefers the session’s own contact, and names sessions without a label by their first day', async () => {
    const feed: Feed = {
      version: 1,
      quizzes: [],
      programmes: [],
      trainings: [
        {
          id: 'x',
          title: 'Formation',
          provider: { name: 'Organisme', email: 'accueil@example.org' },
          sessions: [{ id: 's1', mode: 'in-person', dates: [{ start: '2022-01-10' }], contacts: [{ name: 'Groupe de Metz', email: 'metz@example.org' }] }],
        },
      ],
    };
    const element = await sheet(feed, 'x');
    const [session] = openSessions(element);
    expect(new URL(session!.link!.href).pathname).to.equal('metz@example.org');
    expect(textOf(session!.link)).to.contain('10 janv. 2022');
  });

  it('reaches every next step with the keyboard, in reading order', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'irts-fc-aller-vers-m1', { href: 'https://example.org/fiches/irts' });
    const links = openSessions(element).map((session) => session.link!);
    expect(links.length).to.equal(5);
    links[0]!.focus();
    for (const link of links.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(shadowOf(element).activeElement).to.equal(link);
    }
  });
});

describe('<tf-sheet-card>: the same deadline as the list, and why', () => {
  it('says the effective deadline of each IRTS group and why it is not the published 5 janv. 2022', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'irts-fc-aller-vers-m1');
    const root = shadowOf(element);
    const [group1, , , group5] = [...root.querySelectorAll('.session')];
    // Group 1 starts on 24 Nov. 2021: registration closes the day before, not on the published 5 Jan. 2022.
    expect(group1!.querySelector('.badge time')!.getAttribute('datetime')).to.equal('2021-11-23');
    const why = group1!.querySelector('.deadline-why')!;
    expect(textOf(why)).to.equal('(la veille du début : la date limite publiée, 5 janv. 2022, tombe après le début)');
    expect(why.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-05');
    // Group 5 starts on 17 Jan. 2022: the published deadline holds, nothing to explain.
    expect(group5!.querySelector('.badge time')!.getAttribute('datetime')).to.equal('2022-01-05');
    expect(group5!.querySelector('.deadline-why')).to.equal(null);
    // The published deadline in the key facts says the same.
    const fact = [...root.querySelectorAll('.fact')].find((item) => textOf(item.querySelector('dt')) === t.registrationDeadline)!;
    expect(textOf(fact.querySelector('dd'))).to.equal(`5 janv. 2022 (${t.deadlineEarlierStarts})`);
    await expectAccessible(element);
  });

  it('says it in English with lang="en"', async () => {
    const feed = await demoFeed();
    const element = await fixture<TfSheetCard>(html`<tf-sheet-card lang="en" training="irts-fc-aller-vers-m1" now="2021-11-01" .feed=${feed}></tf-sheet-card>`);
    await settle(element);
    const root = shadowOf(element);
    expect(textOf(root.querySelector('.deadline-why'))).to.equal('(the day before the start: the published deadline, 5 Jan 2022, falls after the start)');
    expect(textOf(root)).to.contain('the day before the start for sessions that start earlier');
    await expectAccessible(element);
  });
});

describe('<tf-sheet-card variant="compact"> in a row', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 375]) {
    it(`cards of equal height, actions aligned at the bottom, the provider in view (${width} px)`, async () => {
      await setViewport({ width, height: 900 });
      const feed = await demoFeed();
      const row = await fixture<HTMLDivElement>(html`<div style="display:grid;gap:1em;grid-template-columns:repeat(auto-fit,minmax(16em,1fr))">
        ${feed.trainings.map(
          (training) => html`<tf-sheet-card variant="compact" now="2023-09-01" training=${training.id} href="#fiche-${training.id}" .feed=${feed}></tf-sheet-card>`,
        )}
      </div>`);
      const cards = [...row.querySelectorAll<TfSheetCard>('tf-sheet-card')];
      await Promise.all(cards.map((card) => settle(card)));
      const top = (node: Element) => Math.round(node.getBoundingClientRect().top);
      const bottom = (node: Element) => Math.round(node.getBoundingClientRect().bottom);
      // Cards sharing a line of the grid (all three at 1280 px, one each on a phone).
      const lines = new Map<number, TfSheetCard[]>();
      for (const card of cards) lines.set(top(card), [...(lines.get(top(card)) ?? []), card]);
      if (width === 1280) expect(lines.size, 'one row').to.equal(1);
      for (const line of lines.values()) {
        const articles = line.map((card) => shadowOf(card).querySelector('article')!);
        expect(new Set(articles.map(bottom)).size, 'equal heights').to.equal(1);
        const links = line.map((card) => shadowOf(card).querySelector('[part="link"]')!);
        expect(new Set(links.map(bottom)).size, 'actions aligned').to.equal(1);
        links.forEach((link, index) => expect(bottom(link)).to.be.at.least(bottom(articles[index]!) - 40));
      }
      // The three sheets share their title: the provider tells them apart, right under it.
      const providers = cards.map((card) => textOf(shadowOf(card).querySelector('.header .provider')));
      expect(new Set(cards.map((card) => textOf(shadowOf(card).querySelector('h2')).replace(/'/g, '’'))).size).to.equal(1);
      expect(new Set(providers).size).to.equal(3);
      for (const card of cards) {
        const provider = shadowOf(card).querySelector('.header .provider')!;
        expect(provider.checkVisibility()).to.equal(true);
        await expectAccessible(card);
      }
    });
  }
});
