/**
 * What training bodies already have, opened in the studio: an LHEO catalogue (ISO-8859-1) fixed from the check
 * panel with the keyboard and exported as JSON and LHEO; a CSV session plan from Excel (Windows-1252) added to the
 * feed being written. Real files: the converters' own fixtures.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../model/parse-feed.js';
import { fromLheo } from '../model/convert/lheo-read.js';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import { deepActiveElement } from '../../test/widgets.js';
import type { TfStudio } from './elements/tf-studio.js';
import { draftKey } from './controllers/draft.js';
import { freshStudio, inStudio, nextExport, press, settled, studioIn, studioPage, tabTo, type } from './test-support.js';

/** Drops a fixture file on the studio, as a file manager would. */
async function dropFixture(studio: TfStudio, path: string): Promise<void> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], path.split('/').pop()!));
  studio.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

/** A spreadsheet saved « CSV (séparateur : point-virgule) » by Excel in France: Windows-1252 bytes. */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c };
  return new Uint8Array(Array.from(text, (char) => high[char] ?? char.charCodeAt(0)));
}

const problemButtons = (studio: TfStudio) => [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('studio-check button.link')];

describe('studio: LHEO and CSV', () => {
  it('opens an LHEO catalogue, fixes a Qualiopi gap from the check panel with the keyboard, exports JSON and LHEO', async function () {
    this.timeout(60_000);
    const studio = await freshStudio();
    await dropFixture(studio, '/test/fixtures/lheo/catalogue-2.3-iso-8859-1.xml');
    await waitUntil(() => studio.feed.trainings.length > 0, 'the LHEO catalogue to open');
    const titles = studio.feed.trainings.map((training) => training.title).join(' ');
    expect(titles).not.to.contain('\uFFFD', 'ISO-8859-1 read as such');
    expect(inStudio(studio, '.import-notes summary').textContent).to.contain('remarque(s) de conversion');
    await expectAccessible(studio);

    // A gap the check panel lists for the first training, fixed in its field.
    const report = studio.check.qualiopi[0]!;
    const gap = report.missing.find((missing) => ['accessibility', 'access', 'evaluation', 'methods'].includes(missing.item));
    expect(gap, `a textual Qualiopi gap among ${report.missing.map((m) => m.item).join(', ')}`).not.to.equal(undefined);
    const label = `${studio.t.qualiopi[gap!.item]} (indicateur ${gap!.indicator})`;
    expect(problemButtons(studio).some((button) => button.textContent === label)).to.equal(true);
    await tabTo((element) => element.localName === 'button' && element.textContent === label, label, { max: 400 });
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal(`f-trainings[0].${gap!.item}`);
    await type('Locaux accessibles ; référente handicap joignable au 03 81 00 00 00.');
    await settled(studio);
    expect(studio.check.qualiopi[0]!.missing.map((missing) => missing.item)).not.to.include(gap!.item);
    expect(studio.check.problems).to.deep.equal([]);

    studio.tab = 'publish';
    await settled(studio);
    let exported = nextExport(studio);
    inStudio<HTMLButtonElement>(studio, '#download-json').click();
    const json = parseFeed(JSON.parse((await exported).text));
    expect(json.ok).to.equal(true);
    exported = nextExport(studio);
    inStudio<HTMLButtonElement>(studio, '#download-lheo').click();
    const { text: xml, fileName } = await exported;
    expect(fileName).to.equal('formations-lheo.xml');
    const again = fromLheo(xml).feed.trainings[0];
    expect(again?.title).to.equal(studio.feed.trainings[0]?.title);
    expect(JSON.stringify(again?.[gap!.item])).to.contain('Locaux accessibles', 'the fix travels in the LHEO export');
    await expectAccessible(studio);
  });

  // On the built page: the CSV parser is CommonJS, which only the studio's bundle makes loadable.
  it('adds a CSV session plan from Excel to the feed being written, after asking', async function () {
    this.timeout(30_000);
    localStorage.setItem(draftKey, JSON.stringify({ feed: minimalFeed(), savedAt: '2023-08-31T10:00:00.000Z' }));
    const frame = await studioPage();
    const studio = await studioIn(frame);
    const bytes = windows1252(
      'Intitulé;Organisme;Groupe;Date de début;Date de fin;Ville;Modalité\r\n' +
        'La pratique de l’Aller Vers – Module 1;IRTS de Franche-Comté;Groupe 1;25/09/2023;26/09/2023;Besançon;Présentiel\r\n' +
        'La pratique de l’Aller Vers – Module 1;IRTS de Franche-Comté;Groupe 2;16/10/2023;17/10/2023;Dole;Présentiel\r\n',
    );
    const open = inStudio<HTMLElement & { openFile(file: File): Promise<boolean> }>(studio, 'studio-open');
    // A file of the page's own realm, as its file picker gives.
    const PageFile = (frame.contentWindow as unknown as typeof globalThis).File;
    expect(await open.openFile(new PageFile([bytes], 'sessions.csv'))).to.equal(true, inStudio(studio, '.notice').textContent!);
    const confirm = inStudio<HTMLDialogElement>(studio, '#confirm-import');
    await waitUntil(() => confirm.open, `the question before adding (notice: ${inStudio(studio, '.notice').textContent})`);
    [...confirm.querySelectorAll('button')].find((button) => button.textContent === 'Ajouter au flux en cours')!.click();
    await settled(studio);
    const [kept, ...added] = studio.feed.trainings;
    expect(kept?.id).to.equal('formation-test');
    expect(added).to.have.length(1, 'the rows of one training make one training with its sessions');
    expect(added[0]?.title).to.equal('La pratique de l’Aller Vers – Module 1', 'Windows-1252 read as such');
    expect(added[0]?.provider.name).to.equal('IRTS de Franche-Comté');
    expect(added[0]?.sessions.map((session) => session.dates[0]?.start)).to.deep.equal(['2023-09-25', '2023-10-16']);
    expect(studio.check.problems).to.deep.equal([]);
    expect(inStudio(studio, '.import-notes summary').textContent).to.contain('remarque(s) de conversion');
    frame.remove();
    localStorage.removeItem(draftKey);
  });
});
