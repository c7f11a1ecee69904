/**
 * The draft is never lost in silence: a save the browser refuses is said until one works again, and the older draft
 * left in storage is marked as older; a draft that cannot be read is set aside (never overwritten) and can be
 * downloaded; a draft from a later format version is said; erasing the draft erases it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import { writeFromAnotherTab } from '../../test/learner-storage.js';
import { deepActiveElement } from '../../test/widgets.js';
import { draftAsideKey, draftKey, draftStaleKey } from './controllers/draft.js';
import type { TfStudio } from './elements/tf-studio.js';
import { byId, freshStudio, inStudio, press, settled, testToday } from './test-support.js';

/** A studio opening on whatever storage holds now (freshStudio clears it first). */
async function studioOnStorage(): Promise<TfStudio> {
  const studio = await fixture<TfStudio>(html`<tf-studio now=${testToday} lang="fr"></tf-studio>`);
  await settled(studio);
  return studio;
}

const text = (studio: TfStudio, selector: string) => (studio.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

function refuseDraftSaves(): () => void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (key === draftKey) throw new DOMException('quota', 'QuotaExceededError');
    original.call(this, key, value);
  };
  return () => {
    Storage.prototype.setItem = original;
  };
}

describe('studio: the draft is never lost in silence', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    for (const key of [draftKey, draftAsideKey, draftStaleKey]) localStorage.removeItem(key);
  });

  it('says when the draft can no longer be kept, marks the older one, and stops saying it once saving works', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    const older = localStorage.getItem(draftKey);
    restore = refuseDraftSaves();
    studio.edit(['title'], 'Un très gros flux');
    await settled(studio);
    const alert = inStudio(studio, '.status-bar [role="alert"]');
    expect(alert.textContent).to.contain('ne peut plus être gardé dans ce navigateur');
    expect(text(studio, '.status-bar')).not.to.contain('à chaque modification', 'the statement is not made while it is false');
    expect(localStorage.getItem(draftKey)).to.equal(older);
    expect(localStorage.getItem(draftStaleKey)).not.to.equal(null);
    await expectAccessible(studio);

    // A reload brings the older draft back, said as older.
    const reloaded = await studioOnStorage();
    expect(text(reloaded, '.status-bar')).to.contain('plus ancien que votre dernier travail');
    reloaded.remove();

    restore();
    restore = undefined;
    studio.edit(['title'], 'Un flux plus petit');
    await settled(studio);
    expect(inStudio(studio, '.status-bar [role="alert"]').textContent!.trim()).to.equal('');
    expect(text(studio, '.status-bar')).to.contain('à chaque modification');
    expect(localStorage.getItem(draftStaleKey)).to.equal(null);
    expect(localStorage.getItem(draftKey)).to.contain('Un flux plus petit');
  });

  it('never saves over another tab’s draft: stops saving here, warns on closing, and lets the author choose', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    const otherTab = minimalFeed();
    otherTab.trainings[0]!.title = 'Titre de l’autre onglet';
    const theirs = JSON.stringify({ feed: otherTab, savedAt: new Date().toISOString() });
    await writeFromAnotherTab(draftKey, theirs);
    await settled(studio);
    expect(text(studio, '.draft-alert')).to.contain('modifié dans un autre onglet');
    expect(text(studio, '.status-bar')).not.to.contain('à chaque modification', 'not said while it is false');
    await expectAccessible(studio);

    studio.edit(['trainings', 0, 'title'], 'Titre de cet onglet');
    await settled(studio);
    expect(localStorage.getItem(draftKey)).to.equal(theirs, 'the other tab’s work is not overwritten');
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).to.equal(true, 'closing this tab would lose its work: warned');

    [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-alert button')].find((button) => button.textContent!.includes('Garder le travail de cet onglet'))!.click();
    await settled(studio);
    expect(JSON.parse(localStorage.getItem(draftKey)!).feed.trainings[0].title).to.equal('Titre de cet onglet');
    expect(text(studio, '.draft-alert')).to.equal('');

    await writeFromAnotherTab(draftKey, theirs);
    await settled(studio);
    [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-alert button')].find((button) => button.textContent!.includes('Reprendre celui de l’autre onglet'))!.click();
    await settled(studio);
    expect(studio.feed.trainings[0]!.title).to.equal('Titre de l’autre onglet');
    studio.edit(['trainings', 0, 'title'], 'Suite du travail de l’autre onglet');
    await settled(studio);
    expect(JSON.parse(localStorage.getItem(draftKey)!).feed.trainings[0].title).to.equal('Suite du travail de l’autre onglet', 'saving again');
  });

  it('writes a large draft after a pause in typing, and at once when the page hides', async function () {
    this.timeout(30_000);
    const big = minimalFeed();
    const model = big.trainings[0]!.sessions[0]!;
    big.trainings[0]!.sessions = Array.from({ length: 5_000 }, (_, index) => ({ ...model, id: `session-${index + 1}`, label: `Groupe ${index + 1}` }));
    const studio = await freshStudio({ draft: big });
    const storedTitle = () => JSON.parse(localStorage.getItem(draftKey)!).feed.trainings[0].title as string;
    studio.edit(['trainings', 0, 'title'], 'Premier titre');
    await settled(studio);
    expect(storedTitle()).to.equal('Premier titre');
    expect(localStorage.getItem(draftKey)!.length).to.be.above(500_000, 'a large draft');
    studio.edit(['trainings', 0, 'title'], 'Deuxième titre');
    await settled(studio);
    expect(storedTitle()).to.equal('Premier titre', 'not rewritten at every key');
    await waitUntil(() => storedTitle() === 'Deuxième titre', 'written after a pause', 3_000);
    studio.edit(['trainings', 0, 'title'], 'Troisième titre');
    await settled(studio);
    expect(storedTitle()).to.equal('Deuxième titre');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storedTitle()).to.equal('Troisième titre', 'written at once when the page goes');
  });

  it('sets an unreadable draft aside, says so, and gives it back as a file', async () => {
    localStorage.setItem(draftKey, '{corrupt');
    const studio = await studioOnStorage();
    expect(text(studio, '.status-bar')).to.contain('brouillon illisible');
    expect(localStorage.getItem(draftAsideKey)).to.equal('{corrupt');
    await expectAccessible(studio);
    studio.edit(['title'], 'Nouveau');
    await settled(studio);
    expect(localStorage.getItem(draftAsideKey)).to.equal('{corrupt', 'kept aside, not overwritten');

    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.status-bar button')].find((b) => b.textContent!.includes('Télécharger'))!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]?.download).to.match(/\.json$/);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal('{corrupt');

    [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.status-bar button')].find((b) => b.textContent!.includes('Supprimer le brouillon'))!.click();
    await settled(studio);
    expect(localStorage.getItem(draftAsideKey)).to.equal(null);
    expect(text(studio, '.status-bar')).not.to.contain('illisible');
  });

  it('salvages what can be read, keeps the original aside, and shows no invalid date', async () => {
    localStorage.setItem(draftKey, JSON.stringify({ feed: { version: 1, trainings: 'oops', quizzes: [{ id: 'q', title: 'Quiz gardé', items: [] }], programmes: [] }, savedAt: 'garbage' }));
    const studio = await studioOnStorage();
    expect(studio.feed.quizzes[0]?.title).to.equal('Quiz gardé');
    const bar = text(studio, '.status-bar');
    expect(bar).to.contain('Brouillon retrouvé.');
    expect(bar).not.to.contain('Invalid Date');
    expect(bar).to.contain('Une partie du brouillon n’a pas pu être reprise (trainings');
    expect(localStorage.getItem(draftAsideKey)).to.contain('"trainings":"oops"');
  });

  it('warns about a draft from a later version of the format', async () => {
    localStorage.setItem(draftKey, JSON.stringify({ feed: { ...minimalFeed(), version: 99 }, savedAt: '2023-08-31T10:00:00Z' }));
    const studio = await studioOnStorage();
    expect(text(studio, '.status-bar')).to.contain('version plus récente du format (version 99)');
    await expectAccessible(studio);
  });

  it('erases the stored draft, and shows the time of the last edit, not of the last visit', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    expect(localStorage.getItem(draftKey)).to.contain('2023-08-31T10:00:00.000Z', 'opening the studio writes nothing');
    [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-note button')].find((b) => b.textContent!.includes('Effacer'))!.click();
    await settled(studio);
    expect(localStorage.getItem(draftKey)).to.equal(null);
    const reloaded = await studioOnStorage();
    expect(text(reloaded, '.status-bar')).not.to.contain('Brouillon retrouvé');
  });

  it('puts the focus on the restored item after « Annuler » in the notice, and on the date after « Dater »', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.sessions.push({ ...feed.trainings[0]!.sessions[0]!, id: 'session-test-2', label: 'Groupe 2' });
    const studio = await freshStudio({ draft: feed });
    await studio.select(['trainings', 0]);
    await settled(studio);
    const remove = studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-action="remove-item"][data-path="trainings[0].sessions"]')[1]!;
    remove.focus();
    await press('Enter');
    await settled(studio);
    expect(text(studio, '.notice')).to.contain('Session supprimée.');
    inStudio(studio, '.notice button').focus();
    await press('Enter');
    await settled(studio);
    expect(studio.feed.trainings[0]!.sessions).to.have.length(2);
    const focused = deepActiveElement();
    expect(focused?.closest('[id="i-trainings[0].sessions[1]"]')).not.to.equal(null, `focus on ${focused?.outerHTML.slice(0, 80)}`);

    const dateButton = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('studio-check button')].find((b) => b.textContent!.includes('Dater le flux'))!;
    dateButton.focus();
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()).to.equal(byId(studio, 'f-updated'));
  });
});
