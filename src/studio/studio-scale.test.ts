/**
 * The studio at scale and at narrow widths: a training with a thousand sessions is shown a page at a time (and a
 * check entry still reaches a field on any page), days picked in the calendar are days, and nothing scrolls
 * sideways at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Feed } from '../model/schema.js';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import { deepActiveElement } from '../../test/widgets.js';
import { byId, freshStudio, inStudio, nextExport, press, settled, tabTo, type } from './test-support.js';
import type { TfStudio } from './elements/tf-studio.js';

function thousandSessions(): Feed {
  const feed = minimalFeed();
  const training = feed.trainings[0]!;
  const model = training.sessions[0]!;
  training.sessions = Array.from({ length: 1_000 }, (_, index) => ({ ...model, id: `session-${index + 1}`, label: `Groupe ${index + 1}`, dates: [{ start: '2023-10-16', end: '2023-10-17' }] }));
  // The 900th session has a date typed the French way: the check panel lists it.
  training.sessions[899]!.dates[0]!.start = '16/10/2023';
  return feed;
}

/**
 * A studio whose feed has a contact with an e-mail address, its training open, that checks a typed feed after a pause:
 * above 2,000 sessions it does; this small feed stands for such a catalogue.
 */
async function studioWaitingForPauses(): Promise<TfStudio> {
  const feed = minimalFeed();
  (feed.trainings[0] as { contacts?: unknown }).contacts = [{ name: 'Aurore', email: 'aurore@example.org' }];
  const studio = await freshStudio({ draft: feed });
  (studio as unknown as { checkAfterPauseAbove: number }).checkAfterPauseAbove = 0;
  await studio.select(['trainings', 0]);
  return studio;
}

/** Types « aurore » over the contact's e-mail address: the feed becomes invalid. */
async function typeInvalidEmail(studio: TfStudio): Promise<void> {
  const email = byId(studio, 'f-trainings[0].contacts[0].email');
  email.focus();
  email.select();
  await type('aurore');
}

const sessionForms = (root: ShadowRoot) => [...root.querySelectorAll('fieldset.item')].filter((item) => /^i-trainings\[0\]\.sessions\[\d+\]$/.test(item.id));

describe('studio: long lists, calendar precision, reflow', () => {
  it('shows a thousand sessions a page at a time; a check entry on the 900th session reaches its field', async function () {
    this.timeout(60_000);
    const studio = await freshStudio({ draft: thousandSessions() });
    await studio.select(['trainings', 0]);
    await settled(studio);
    const root = studio.shadowRoot!;

    const first = sessionForms(root);
    expect(first.map((item) => item.id)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `i-trainings[0].sessions[${i}]`));
    expect(root.querySelectorAll('studio-form input, studio-form select, studio-form textarea, studio-form button').length).to.be.below(1_500);
    expect(byId<HTMLElement>(studio, 'page-trainings[0].sessions').textContent).to.contain('Sessions 1 à 20 sur 1');

    // The check panel's entry on session 900, reached and pressed with the keyboard.
    await waitUntil(() => root.querySelector('.problems') !== null || inStudio(studio, '[role="tab"][aria-selected="true"]').textContent!.includes('Vérifier'), 'the check panel');
    studio.tab = 'check';
    await settled(studio);
    inStudio(studio, '#tab-check').focus();
    await tabTo((el) => el.localName === 'button' && el.closest('li')?.textContent?.includes('sessions[899]') === true, 'the problem of session 900', { max: 400 });
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('f-trainings[0].sessions[899].dates[0].start');
    expect(sessionForms(root).map((item) => item.id)).to.include('i-trainings[0].sessions[899]');
    expect(sessionForms(root).length).to.equal(20, 'still one page');

    // « Afficher les 20 suivant(e)s »: the next page, focus on its first session's first field.
    await tabTo((el) => el.localName === 'button' && (el.textContent ?? '').includes('suivant'), 'the next page');
    await press('Enter');
    await settled(studio);
    expect(sessionForms(root)[0]!.id).to.equal('i-trainings[0].sessions[900]');
    expect(sessionForms(root).length).to.equal(20);
    expect((deepActiveElement() as HTMLElement).closest('fieldset.item')?.id).to.equal('i-trainings[0].sessions[900]');
    await expectAccessible(studio);

    // The last session of the page moved down: the next page comes, focus follows the session.
    const moveDown = [...root.querySelectorAll<HTMLButtonElement>('button[data-action="move-down"]')].find((b) => b.dataset['path'] === 'trainings[0].sessions' && b.dataset['index'] === '919')!;
    moveDown.focus();
    await press('Enter');
    await settled(studio);
    expect(studio.feed.trainings[0]!.sessions[920]!.id).to.equal('session-920');
    expect((deepActiveElement() as HTMLElement).dataset['index']).to.equal('920');
    expect(sessionForms(root)[0]!.id).to.equal('i-trainings[0].sessions[920]');

    // A session added at the end is shown and focused, on the last page.
    byId<HTMLButtonElement>(studio, 'add-trainings[0].sessions').focus();
    await press('Enter');
    await settled(studio);
    expect(studio.feed.trainings[0]!.sessions.length).to.equal(1_001);
    expect(deepActiveElement()?.closest('fieldset.item')?.id).to.equal('i-trainings[0].sessions[1000]');
    expect(sessionForms(root).length).to.equal(1, 'the last page holds the new session only');
  });

  it('in a big catalogue, typing waits for a pause before the feed is checked again; an export meanwhile takes the last key', async function () {
    this.timeout(30_000);
    const studio = await studioWaitingForPauses();
    studio.tab = 'publish';
    await settled(studio);

    // A key typed, then at once the LHEO export: the file holds the key.
    const title = byId(studio, 'f-trainings[0].title');
    title.focus();
    await type(' bis');
    const exported = nextExport(studio);
    inStudio<HTMLButtonElement>(studio, '#download-lheo').click();
    expect((await exported).text).to.contain(`${minimalFeed().trainings[0]!.title} bis`);

    // A key that makes the feed invalid: the form and panels keep the last check while the author types…
    await typeInvalidEmail(studio);
    await studio.updateComplete;
    expect(studio.check.problems.map((problem) => problem.key)).to.deep.equal(['trainings[0].contacts[0].email']);
    expect(studio.shadowRoot!.querySelector('[id="e-trainings[0].contacts[0].email"]'), 'no error shown yet').to.equal(null);
    // …but an export asked meanwhile is refused, said, as the disabled button would.
    let exports = 0;
    studio.addEventListener('tf-studio-export', () => (exports += 1));
    inStudio<HTMLButtonElement>(studio, '#download-lheo').click();
    await settled(studio);
    expect(exports).to.equal(0);
    expect(inStudio(studio, '.notice').textContent).to.contain('corrigez-les avant de le publier');

    // After the pause, the field says what is wrong and the export waits for the fix.
    await waitUntil(() => studio.shadowRoot!.querySelector('[id="e-trainings[0].contacts[0].email"]') !== null, 'the field’s problem after the pause');
    expect(inStudio<HTMLButtonElement>(studio, '#download-lheo').disabled).to.equal(true);
    await expectAccessible(studio);
  });

  it('taken off the page while the author pauses, it says nothing more; put back, it shows the feed’s check at once', async function () {
    this.timeout(30_000);
    const studio = await studioWaitingForPauses();
    await settled(studio);
    await typeInvalidEmail(studio);
    const noticeOf = () => (studio as unknown as { notice?: { message: string } }).notice?.message;
    const before = noticeOf();
    const place = studio.parentElement!;
    studio.remove();
    // Longer than the pause before the field's problem is said (700 ms).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(noticeOf(), 'nothing said off the page').to.equal(before);
    place.append(studio);
    await settled(studio);
    expect(studio.shadowRoot!.querySelector('[id="e-trainings[0].contacts[0].email"]'), 'the field’s problem, without a new pause').to.not.equal(null);
  });

  it('picking days in the calendar on a month-only period makes its precision « day », undone in one step', async function () {
    this.timeout(30_000);
    const feed = minimalFeed();
    feed.trainings[0]!.sessions[0]!.dates = [{ start: '2024-03-01', end: '2024-03-31', startPrecision: 'month', endPrecision: 'month' }];
    const studio = await freshStudio({ draft: feed });
    await studio.select(['trainings', 0]);
    await settled(studio);
    (inStudio(studio, 'button[data-action="pick-range"]') as HTMLButtonElement).focus();
    await press('Enter');
    await settled(studio);
    await press('ArrowDown');
    await press('Enter');
    await settled(studio);
    await press('ArrowDown');
    await press('Enter');
    await settled(studio);
    const range = studio.feed.trainings[0]!.sessions[0]!.dates[0]!;
    expect(range.start).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(range.end).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(range.startPrecision).to.equal('day');
    expect(range.endPrecision).to.equal('day');
    expect(byId<HTMLSelectElement>(studio, 'f-trainings[0].sessions[0].dates[0].startPrecision').value).to.equal('day');

    await sendKeys({ down: 'Control' });
    await press('z');
    await sendKeys({ up: 'Control' });
    await settled(studio);
    expect(studio.feed.trainings[0]!.sessions[0]!.dates[0]).to.deep.equal({ start: '2024-03-01', end: '2024-03-31', startPrecision: 'month', endPrecision: 'month' });

    // One day picked for the start alone: that bound only becomes a day.
    (inStudio(studio, 'button[data-action="pick-date"][data-path="trainings[0].sessions[0].dates[0].start"]') as HTMLButtonElement).focus();
    await press('Enter');
    await settled(studio);
    await press('ArrowDown');
    await press('Enter');
    await settled(studio);
    const single = studio.feed.trainings[0]!.sessions[0]!.dates[0]!;
    expect(single.start).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect([single.startPrecision, single.end, single.endPrecision]).to.deep.equal(['day', '2024-03-31', 'month']);
  });

  it('does not scroll sideways at 320 px: a 300-letter word wraps, the calendar fits its dialog', async function () {
    this.timeout(30_000);
    const feed = minimalFeed();
    feed.trainings[0]!.title = 'Anticonstitutionnellement'.repeat(12);
    const studio = await freshStudio({ draft: feed });
    await setViewport({ width: 320, height: 800 });
    try {
      await studio.select(['trainings', 0]);
      await settled(studio);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      (inStudio(studio, 'button[data-action="pick-range"]') as HTMLButtonElement).click();
      await settled(studio);
      const dialog = inStudio(studio, 'dialog.calendar');
      const grid = inStudio(studio, '.calendar-grid').getBoundingClientRect();
      expect(grid.right).to.be.at.most(dialog.getBoundingClientRect().right);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      await press('Escape');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
