/**
 * The whole journey with the keyboard only: from an empty feed, a training with two sessions (the second over two
 * ranges, one typed the French way, one picked in the calendar), exported, and the exported JSON validates and
 * renders in <tf-session-list> and <tf-sheet-card>.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '../model/parse-feed.js';
import { isoDateOf } from '../model/calendar.js';
import { expectAccessible, openEveryDisclosure, settle, textOf } from '../../test/helpers.js';
import { deepActiveElement } from '../../test/widgets.js';
import { byId, freshStudio, nextExport, press, settled, tabToId, tabToText, type, waitUntil } from './test-support.js';

const inDays = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return isoDateOf(date);
};

describe('studio: a training with two sessions, keyboard only', () => {
  it('creates, checks and exports a feed that the widgets render', async function () {
    this.timeout(90_000);
    const studio = await freshStudio();
    await expectAccessible(studio);

    // A new training: focus lands on its first field.
    await tabToText('Ajouter : Formation');
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('f-trainings[0].id');
    await expectAccessible(studio);

    await tabToId('f-trainings[0].title');
    await type('Accueillir les publics en situation de handicap');
    await tabToId('f-trainings[0].provider.name');
    await type('IRTS Lorraine');

    // Session 1: one range, typed the French way, made ISO when the field is left.
    await tabToId('add-trainings[0].sessions');
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('f-trainings[0].sessions[0].id');
    await tabToId('f-trainings[0].sessions[0].label');
    await type('Groupe 1');
    await tabToId('f-trainings[0].sessions[0].dates[0].start');
    await type('16/10/2023');
    await press('Tab');
    await settled(studio);
    expect(byId(studio, 'f-trainings[0].sessions[0].dates[0].start').value).to.equal('2023-10-16');
    await tabToId('f-trainings[0].sessions[0].dates[0].end');
    await type('2023-10-17');

    // Session 2: two ranges, the second picked in the calendar.
    await tabToId('add-trainings[0].sessions');
    await press('Enter');
    await settled(studio);
    await tabToId('f-trainings[0].sessions[1].label');
    await type('Groupe 2');
    await tabToId('f-trainings[0].sessions[1].dates[0].start');
    await type('2023-11-20');
    await tabToId('add-trainings[0].sessions[1].dates');
    await press('Enter');
    await settled(studio);
    await tabToId('f-trainings[0].sessions[1].dates[1].label');
    await type('Classe virtuelle');
    const pick = await tabToText('Choisir la période', { max: 40 });
    expect(pick.getAttribute('aria-label')).to.contain('Période 2');
    await press('Enter');
    await settled(studio);
    const calendar = studio.shadowRoot!.querySelector('dialog.calendar') as HTMLDialogElement;
    expect(calendar.open).to.equal(true);
    await expectAccessible(studio);
    await press('ArrowRight');
    await press('ArrowRight');
    await press('Enter');
    await settled(studio);
    await press('ArrowDown');
    await press('Enter');
    await settled(studio);
    expect(calendar.open).to.equal(false);
    expect(deepActiveElement()).to.equal(pick, 'focus returns to the calendar button');
    expect(byId(studio, 'f-trainings[0].sessions[1].dates[1].start').value).to.equal(inDays(2));
    expect(byId(studio, 'f-trainings[0].sessions[1].dates[1].end').value).to.equal(inDays(9));

    // The check panel has nothing left to say about the schema.
    await waitUntil(() => studio.check.problems.length === 0, 'a valid feed');
    await expectAccessible(studio);

    // Export from the Publish tab: Tab reaches the selected tab, arrows move along the tab list.
    await tabToId('tab-check');
    await press('ArrowRight');
    await press('ArrowRight');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('tab-publish');
    await tabToId('download-json', { max: 10 });
    const exported = nextExport(studio);
    await press('Enter');
    const { text, fileName } = await exported;
    expect(fileName).to.equal('formations.json');
    await expectAccessible(studio);

    const result = parseFeed(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [training] = result.feed.trainings;
    expect(training?.title).to.equal('Accueillir les publics en situation de handicap');
    expect(training?.sessions.map((session) => session.dates)).to.deep.equal([
      [{ start: '2023-10-16', end: '2023-10-17' }],
      [{ start: '2023-11-20' }, { start: inDays(2), end: inDays(9), label: 'Classe virtuelle' }],
    ]);

    const list = await fixture(html`<tf-session-list .feed=${result.feed} now="2023-09-01" show-past></tf-session-list>`);
    // A session's details (here the labelled date range) are rendered while open, as a visitor opens them.
    openEveryDisclosure(list);
    await waitUntil(() => textOf(list.shadowRoot).includes('Classe virtuelle'), 'the opened details');
    expect(textOf(list.shadowRoot)).to.contain('Groupe 2');
    const sheet = await fixture(html`<tf-sheet-card .feed=${result.feed} training=${training!.id} now="2023-09-01"></tf-sheet-card>`);
    await settle(sheet);
    expect(textOf(sheet.shadowRoot)).to.contain('Accueillir les publics').and.to.contain('IRTS Lorraine');
  });
});
