/**
 * What the studio says of an import and of an export: an .h5p package or a binary file refused as the command line
 * refuses them, what an addition to the feed added, kept once or renamed, notes of the last import only, an import
 * of nothing refused; a calendar that says which sessions it left out; LHEO placeholders listed.
 */
import { expect } from '@open-wc/testing';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import type { Feed } from '../model/schema.js';
import type { TfStudio } from './elements/tf-studio.js';
import { freshStudio, inStudio, nextExport, settled } from './test-support.js';

type Opener = HTMLElement & { openFile(file: File): Promise<boolean> };

async function openFile(studio: TfStudio, name: string, bytes: BlobPart): Promise<boolean> {
  const done = await inStudio<Opener>(studio, 'studio-open').openFile(new File([bytes], name));
  await settled(studio);
  return done;
}

/** Answers the shell's question « Remplacer le flux en cours ? ». */
async function answer(studio: TfStudio, label: 'Remplacer' | 'Ajouter au flux en cours' | 'Annuler'): Promise<void> {
  const confirm = inStudio<HTMLDialogElement>(studio, '#confirm-import');
  await waitUntil(() => confirm.open, 'the question before adding');
  [...confirm.querySelectorAll('button')].find((button) => button.textContent === label)!.click();
  await settled(studio);
}

const notice = (studio: TfStudio) => inStudio(studio, '.notice').textContent ?? '';
const notes = (studio: TfStudio) => [...studio.shadowRoot!.querySelectorAll('.import-notes li')].map((li) => li.textContent ?? '');
const openError = (studio: TfStudio) => studio.shadowRoot!.querySelector('.open-dialog .field-error')?.textContent ?? '';
// eslint-disable-next-line no-control-regex
const controlBytes = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const gift = (question: string) => `::Q1:: ${question} {=Oui ~Non}\n`;

describe('studio: what an import says', () => {
  it('refuses an .h5p package and a binary file as the command line does, never quoting raw bytes', async () => {
    const studio = await freshStudio();
    // A zip as H5P writes it: its local header, then h5p.json.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...new TextEncoder().encode('h5p.json'), 0, 1, 2, 0xff, 0x10]);
    expect(await openFile(studio, 'H5P.TrueFalse.h5p', zip)).to.equal(false);
    expect(openError(studio)).to.contain('décompressez-le et donnez son fichier content/content.json');
    expect(openError(studio)).not.to.match(controlBytes);
    expect(studio.feed.quizzes).to.have.length(0, 'no junk quiz');
    // The same archive under another name is still a package.
    expect(await openFile(studio, 'paquet.zip', zip)).to.equal(false);
    expect(openError(studio)).to.contain('content/content.json');

    const garbage = new Uint8Array(600).map((_, index) => (index * 37 + 11) % 256);
    expect(await openFile(studio, 'garbage.bin', garbage)).to.equal(false);
    expect(openError(studio)).to.contain('fichier binaire');
    expect(notice(studio)).not.to.match(controlBytes);
    expect(studio.feed.quizzes).to.have.length(0);
    await expectAccessible(studio);
  });

  it('says what an addition added, kept once or renamed; quiz ids come from the file name', async function () {
    this.timeout(20_000);
    const studio = await freshStudio();
    expect(await openFile(studio, 'positionnement.gift', gift('Première question ?'))).to.equal(true);
    expect(studio.feed.quizzes.map((quiz) => quiz.id)).to.deep.equal(['positionnement'], 'id from the file name, as the command line');

    // The same file again: nothing added, and said.
    await openFile(studio, 'positionnement.gift', gift('Première question ?'));
    await answer(studio, 'Ajouter au flux en cours');
    expect(studio.feed.quizzes).to.have.length(1);
    await waitUntil(() => notice(studio).includes('Rien n’a été ajouté'), `the addition reported (notice: ${notice(studio)})`);
    expect(notice(studio)).to.contain('Rien n’a été ajouté').and.to.contain('Déjà dans le flux, gardé une fois : 1 questionnaire');

    // Another quiz under the same name: renamed, and the old → new id said (snippets name ids).
    await openFile(studio, 'positionnement.gift', gift('Autre question ?'));
    await answer(studio, 'Ajouter au flux en cours');
    expect(studio.feed.quizzes.map((quiz) => quiz.id)).to.deep.equal(['positionnement', 'positionnement-2']);
    await waitUntil(() => notice(studio).includes('renommé'), `the renaming reported (notice: ${notice(studio)})`);
    expect(notice(studio)).to.contain('Ajouté : 1 questionnaire').and.to.contain('« positionnement » renommé « positionnement-2 »');
    await expectAccessible(studio);

    // The report keeps the notice's « Annuler », which takes the addition back.
    studio.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')!.click();
    await waitUntil(() => studio.feed.quizzes.length === 1, 'the addition undone');
    expect(studio.feed.quizzes.map((quiz) => quiz.id)).to.deep.equal(['positionnement']);
  });

  it('shows the notes of the last import only, and refuses an import of nothing', async function () {
    this.timeout(20_000);
    const studio = await freshStudio({ draft: minimalFeed() });
    await openFile(studio, 'quiz.gift', gift('Une question ?'));
    await answer(studio, 'Ajouter au flux en cours');
    await waitUntil(() => notes(studio).join(' ').includes('GIFT'), 'the notes of the applied import');

    // « Annuler »: nothing imported, no notes of it.
    await openFile(studio, 'autre.gift', gift('Une autre ?'));
    await answer(studio, 'Annuler');
    expect(studio.shadowRoot!.querySelector('.import-notes')).to.equal(null, 'no notes of a cancelled import');

    // A failed import: no notes of an earlier one.
    await openFile(studio, 'quiz.gift', gift('Une question ?'));
    await answer(studio, 'Ajouter au flux en cours');
    await waitUntil(() => notes(studio).length > 0, 'the notes of the applied import');
    const before: Feed = studio.feed;
    const empty = '<?xml version="1.0" encoding="utf-8"?>\n<lheo xmlns="http://www.lheo.org/2.2"><offres></offres></lheo>\n';
    expect(await openFile(studio, 'empty-offres.xml', empty)).to.equal(false);
    expect(openError(studio)).to.contain('rien d’utilisable').and.to.contain('le flux en cours n’est pas modifié');
    expect(studio.shadowRoot!.querySelector('.import-notes')).to.equal(null);
    expect(studio.feed).to.equal(before, 'the feed never replaced by an empty one');
    expect(inStudio<HTMLDialogElement>(studio, '#confirm-import').open).to.equal(false, 'not even asked');
  });
});

describe('studio: what an export says', () => {
  const monthOnly = (feed: Feed): Feed => {
    const training = feed.trainings[0]!;
    const session = training.sessions[0]!;
    return { ...feed, trainings: [{ ...training, sessions: [session, { ...session, id: 'session-mois', label: 'En novembre', dates: [{ start: '2023-11-01', end: '2023-11-30', startPrecision: 'month', endPrecision: 'month' }] }] }] };
  };

  it('says which sessions the calendar left out, and downloads no empty calendar', async function () {
    this.timeout(20_000);
    const studio = await freshStudio({ draft: monthOnly(minimalFeed()) });
    studio.tab = 'publish';
    await settled(studio);
    const exported = nextExport(studio);
    inStudio<HTMLButtonElement>(studio, '#download-ics').click();
    const { text } = await exported;
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(notice(studio)).to.contain('Fichier « sessions.ics » prêt.').and.to.contain('1 session sans jours précis non exportée');

    // Only month-precise sessions: said, and no file.
    const onlyMonth = monthOnly(minimalFeed());
    onlyMonth.trainings[0]!.sessions.shift();
    const studio2 = await freshStudio({ draft: onlyMonth });
    studio2.tab = 'publish';
    await settled(studio2);
    let downloads = 0;
    studio2.addEventListener('tf-studio-export', () => (downloads += 1));
    inStudio<HTMLButtonElement>(studio2, '#download-ics').click();
    await settled(studio2);
    expect(downloads).to.equal(0);
    expect(notice(studio2)).to.contain('Aucune session datée au jour près');
  });

  it('lists the required LHEO fields written as placeholders', async function () {
    this.timeout(20_000);
    const studio = await freshStudio({ draft: minimalFeed() });
    studio.tab = 'publish';
    await settled(studio);
    const exported = nextExport(studio);
    inStudio<HTMLButtonElement>(studio, '#download-lheo').click();
    expect((await exported).text).to.contain('00000000000000');
    await settled(studio);
    expect(notice(studio)).to.match(/\d+ champs exigés par LHEO manquent au flux/);
    const lines = [...studio.shadowRoot!.querySelectorAll('.lheo-placeholders li')].map((li) => li.textContent ?? '');
    expect(lines.some((line) => line.includes('SIRET') && line.includes('00000000000000'))).to.equal(true, lines.join('\n'));
    await expectAccessible(studio);
  });
});

describe('studio: the snippet builder', () => {
  it('warns of a javascript: feed address and writes no snippet with it; offers no element the feed cannot fill', async function () {
    this.timeout(20_000);
    const studio = await freshStudio({ draft: minimalFeed() });
    studio.tab = 'preview';
    await settled(studio);
    const url = inStudio<HTMLInputElement>(studio, '#snippet-url');
    url.focus();
    url.value = 'javascript:alert(1)';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(studio);
    expect(inStudio(studio, '#snippet-problem').textContent).to.contain('n’est pas mise dans l’extrait');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(inStudio<HTMLTextAreaElement>(studio, '#snippet-code').value).to.equal('');
    expect(inStudio<HTMLTextAreaElement>(studio, '#snippet-code').value).not.to.contain('javascript:');
    const programme = [...studio.shadowRoot!.querySelectorAll<HTMLOptionElement>('.preview-controls option')].find((option) => option.value === 'tf-programme');
    expect(programme?.disabled).to.equal(true, 'no programme in the feed: <tf-programme> not offered');
    await expectAccessible(studio);
  });
});
