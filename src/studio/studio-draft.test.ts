/**
 * Never lose work: the draft survives a reload of the real page, is said on screen and discarded in one click
 * (undoable); the page warns before closing with changes not exported; an import never replaces the feed
 * without asking.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import { draftKey } from './controllers/draft.js';
import type { TfStudio } from './elements/tf-studio.js';
import { byId, freshStudio, inStudio, nextExport, press, settled, studioIn, studioPage, tabToId, tabToText, type } from './test-support.js';

function beforeUnloadIsStopped(target: Window = window): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Clicks a download button of the Publish tab; resolves with what was exported, once rendered. */
async function download(studio: TfStudio, buttonId: string): Promise<{ format: string; fileName: string; text: string }> {
  studio.tab = 'publish';
  await settled(studio);
  const exported = nextExport(studio);
  (inStudio(studio, `#${buttonId}`) as HTMLButtonElement).click();
  const detail = await exported;
  await settled(studio);
  return detail;
}

describe('studio: never lose work', () => {
  afterEach(() => localStorage.removeItem(draftKey));

  it('finds the draft after the page is reloaded mid-edit', async function () {
    this.timeout(30_000);
    localStorage.removeItem(draftKey);
    const frame = await studioPage();
    let studio = await studioIn(frame);
    (studio.shadowRoot!.querySelector('#add-trainings') as HTMLButtonElement).click();
    await studio.updateComplete;
    await waitUntil(() => Boolean(studio.shadowRoot!.getElementById('f-trainings[0].title')), 'the new training form');
    // Typed by script, not by keys: a page the reader never touched closes without a « leave the page? » prompt.
    const title = studio.shadowRoot!.getElementById('f-trainings[0].title') as HTMLInputElement;
    title.value = 'Brouillon en cours';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => localStorage.getItem(draftKey)?.includes('Brouillon en cours') ?? false, 'the draft to be saved');

    frame.contentWindow!.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    studio = await studioIn(frame);
    const note = studio.shadowRoot!.querySelector('.draft-note')!.textContent!;
    expect(note).to.contain('Brouillon retrouvé');
    expect(note).to.contain('gardé dans ce navigateur');
    expect(studio.feed.trainings[0]?.title).to.equal('Brouillon en cours');
    frame.remove();
  });

  it('discards the draft in one click, and undo brings it back', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    expect(inStudio(studio, '.draft-note').textContent).to.contain('Brouillon retrouvé');
    await expectAccessible(studio);
    const discard = [...studio.shadowRoot!.querySelectorAll('.draft-note button')][0] as HTMLButtonElement;
    discard.click();
    await settled(studio);
    expect(studio.feed.trainings).to.have.length(0);
    expect(localStorage.getItem(draftKey)).to.equal(null, 'erased, not replaced by an empty draft');
    expect(inStudio(studio, '.notice').textContent).to.contain('Brouillon effacé');
    (inStudio(studio, '.notice button') as HTMLButtonElement).click();
    await settled(studio);
    expect(studio.feed.trainings[0]?.id).to.equal('formation-test');
  });

  it('warns before closing while changes are not exported', async () => {
    const studio = await freshStudio();
    expect(beforeUnloadIsStopped()).to.equal(false);
    (inStudio(studio, '#add-trainings') as HTMLButtonElement).click();
    await settled(studio);
    expect(beforeUnloadIsStopped()).to.equal(true);
    await download(studio, 'download-json');
    expect(beforeUnloadIsStopped()).to.equal(false);
  });

  /** Ctrl+Z as a person types it. */
  const undoKeys = async () => {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
  };

  it('leaves Ctrl+Z to the fields of the open dialog: the feed behind it is not undone', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    studio.edit(['trainings', 0, 'title'], 'Formation renommée');
    await settled(studio);
    (inStudio(studio, '#open-button') as HTMLButtonElement).click();
    const paste = inStudio(studio, '#open-paste') as HTMLTextAreaElement;
    paste.focus();
    await sendKeys({ type: 'abc' });
    await undoKeys();
    expect(studio.feed.trainings[0]!.title).to.equal('Formation renommée');
    (inStudio(studio, 'dialog') as HTMLDialogElement).close();
    (inStudio(studio, '#open-button') as HTMLButtonElement).focus();
    await undoKeys();
    await settled(studio);
    expect(studio.feed.trainings[0]!.title).to.not.equal('Formation renommée', 'outside the dialog, Ctrl+Z undoes');
  });

  it('reads the same file again when it is chosen again (fixed after an error)', async () => {
    const studio = await freshStudio();
    const input = inStudio(studio, '#open-file') as HTMLInputElement;
    const choose = (content: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'formations.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('{"trainings": [');
    await waitUntil(() => inStudio(studio, '.notice').textContent!.includes('JSON illisible'), 'the refusal');
    expect(input.value).to.equal('', 'emptied, so that choosing the same file fires a change again');
    choose(JSON.stringify(minimalFeed()));
    await waitUntil(() => studio.feed.trainings.length === 1, 'the fixed file to open');
  });

  it('still warns after an LHEO export, which holds trainings only; says in French why a feed without one has none', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    studio.edit(['trainings', 0, 'title'], 'Formation renommée');
    await settled(studio);
    expect(beforeUnloadIsStopped()).to.equal(true);
    expect((await download(studio, 'download-lheo')).format).to.equal('lheo');
    expect(beforeUnloadIsStopped()).to.equal(true, 'the LHEO file is no copy of the work');

    const quizzesOnly = await freshStudio({ draft: { ...minimalFeed(), trainings: [] } });
    quizzesOnly.tab = 'publish';
    await settled(quizzesOnly);
    (inStudio(quizzesOnly, '#download-lheo') as HTMLButtonElement).click();
    await waitUntil(() => inStudio(quizzesOnly, '.notice').textContent!.includes('LHEO ne décrit que des formations'), 'the reason, in French');
  });

  it('asks before an import replaces the feed being written, and each answer does what it says', async () => {
    const studio = await freshStudio({ draft: minimalFeed() });
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    const other = { ...minimalFeed(), trainings: [{ ...minimalFeed().trainings[0]!, id: 'autre', title: 'Autre formation', sessions: [] }] };
    expect(await open.open(JSON.stringify(other), 'autre.json')).to.equal(true);
    await settled(studio);
    const dialog = inStudio<HTMLDialogElement>(studio, '#confirm-import');
    expect(dialog.open).to.equal(true);
    await expectAccessible(studio);
    expect(studio.feed.trainings.map((t) => t.id)).to.deep.equal(['formation-test'], 'nothing replaced yet');

    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Annuler')!.click();
    await settled(studio);
    expect(studio.feed.trainings.map((t) => t.id)).to.deep.equal(['formation-test']);

    await open.open(JSON.stringify(other), 'autre.json');
    await settled(studio);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Ajouter au flux en cours')!.click();
    await settled(studio);
    expect(studio.feed.trainings.map((t) => t.id)).to.deep.equal(['formation-test', 'autre']);

    await open.open(JSON.stringify(other), 'autre.json');
    await settled(studio);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Remplacer')!.click();
    await settled(studio);
    expect(studio.feed.trainings.map((t) => t.id)).to.deep.equal(['autre']);
  });

  it('opens pasted JSON and templates from the open dialog, with the keyboard', async function () {
    this.timeout(30_000);
    const studio = await freshStudio();
    await tabToText('Ouvrir ou importer');
    await press('Enter');
    await settled(studio);
    const dialog = inStudio<HTMLDialogElement>(studio, '.open-dialog');
    expect(dialog.open).to.equal(true);
    await tabToText('Une formation avec une session', { max: 10 });
    await press('Enter');
    await settled(studio);
    expect(dialog.open).to.equal(false);
    expect(studio.feed.trainings[0]?.sessions).to.have.length(1, 'the template, opened at once into an empty studio');

    await tabToText('Ouvrir ou importer', { back: true });
    await press('Enter');
    await settled(studio);
    await tabToId('open-paste', { max: 15 });
    await type('{"version":1,"trainings":[],"quizzes":[],"programmes":[],"title":"Collé"}');
    await tabToText('Importer le texte', { max: 3 });
    await press('Enter');
    await settled(studio);
    const confirm = inStudio<HTMLDialogElement>(studio, '#confirm-import');
    expect(confirm.open).to.equal(true, 'the template being written is not replaced without asking');
    await tabToText('Remplacer', { max: 4 });
    await press('Enter');
    await settled(studio);
    expect(studio.feed.title).to.equal('Collé');
    expect(studio.feed.trainings).to.have.length(0);
  });

  it('opens a dropped file, and says why a file cannot be opened', async () => {
    const studio = await freshStudio();
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(minimalFeed())], 'formations.json', { type: 'application/json' }));
    studio.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => studio.feed.trainings.length === 1, 'the dropped feed to open');
    expect(byId(studio, 'f-version').value).to.equal('1');

    const bad = new DataTransfer();
    bad.items.add(new File(['{"trainings": ['], 'cassé.json'));
    studio.dispatchEvent(new DragEvent('drop', { dataTransfer: bad, bubbles: true, cancelable: true }));
    await waitUntil(() => inStudio(studio, '.notice').textContent!.includes('JSON illisible'), 'the refusal to be said');
    expect(inStudio(studio, '.notice').textContent).to.contain('JSON illisible (fin de fichier inattendue (fichier tronqué ?))', 'in French, not the engine’s English');
    expect(studio.feed.trainings).to.have.length(1, 'the feed being written is kept');
    const misplaced = new DataTransfer();
    misplaced.items.add(new File(['{\n  "version": 1,\n  trainings: []\n}'], 'cassé.json'));
    studio.dispatchEvent(new DragEvent('drop', { dataTransfer: misplaced, bubbles: true, cancelable: true }));
    await waitUntil(() => inStudio(studio, '.notice').textContent!.includes('caractère inattendu ligne 3, colonne 3'), 'where the JSON breaks');
  });
});
