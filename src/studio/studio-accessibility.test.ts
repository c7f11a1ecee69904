/**
 * axe-core finds nothing in any state of the studio: every form (the demo feed's trainings, programme and quizzes),
 * each widget previewed at phone width in dark, the publish panel, the open dialog, and all of it in English.
 */
import { expect } from '@open-wc/testing';
import { demoFeed, expectAccessible, waitUntil } from '../../test/helpers.js';
import { previewWidgets } from './model/snippet.js';
import type { TfStudio } from './elements/tf-studio.js';
import { freshStudio, inStudio, settled } from './test-support.js';

async function visitEveryForm(studio: TfStudio): Promise<void> {
  for (const list of ['trainings', 'programmes', 'quizzes'] as const) {
    for (let index = 0; index < studio.feed[list].length; index += 1) {
      await studio.select([list, index]);
      await settled(studio);
      expect(inStudio(studio, '#form-title').textContent).not.to.equal('');
      await expectAccessible(studio);
    }
  }
}

describe('studio: accessibility in every state', () => {
  // Every form and widget in French; in English, the states whose words change.
  for (const lang of ['fr', 'en']) {
    it(`has no axe violation in any form, preview or dialog (${lang})`, async function () {
      this.timeout(120_000);
      const studio = await freshStudio({ lang, draft: await demoFeed() });
      await expectAccessible(studio);
      if (lang === 'fr') await visitEveryForm(studio);
      else await studio.select(['trainings', 0]);

      studio.tab = 'preview';
      for (const widget of lang === 'fr' ? previewWidgets : previewWidgets.slice(0, 2)) {
        studio.setPreview({ widget, width: 'phone', theme: 'dark', language: lang === 'fr' ? 'fr' : 'en' });
        await settled(studio);
        await waitUntil(() => Boolean(inStudio(studio, widget).shadowRoot?.textContent?.trim()), `${widget} to render`);
        await expectAccessible(studio);
      }
      studio.tab = 'publish';
      await settled(studio);
      await expectAccessible(studio);

      inStudio<HTMLButtonElement>(studio, '#open-button').click();
      await settled(studio);
      expect(inStudio<HTMLDialogElement>(studio, '.open-dialog').open).to.equal(true);
      await expectAccessible(studio);
      inStudio<HTMLDialogElement>(studio, '.open-dialog').close();
    });
  }
});
