/**
 * A page that already defines its own `<tf-feed>` (another library's, defined before ours): the widgets inside it
 * get no feed from it, so they load its `src` themselves rather than wait forever.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';

describe('a <tf-feed> of another library', () => {
  before(async () => {
    customElements.define('tf-feed', class ForeignFeed extends HTMLElement {});
    const { warnings } = await captureConsoleWarnings(async () => {
      await import('../tf-sheet-card/define.js');
      await import('../tf-session-list/define.js');
      await import('./define.js');
    });
    expect(warnings.join('\n')).to.contain('déjà défini');
  });

  it('does not leave the widgets inside loading: they load its src themselves, with a warning', async () => {
    const { warnings } = await captureConsoleWarnings(async () => {
      const element = await fixture(html`<tf-feed src=${feedUrl(minimalFeed())}>
        <tf-session-list now="2023-09-01"></tf-session-list>
        <tf-sheet-card training="formation-test" variant="compact"></tf-sheet-card>
      </tf-feed>`);
      const [list, card] = [element.querySelector('tf-session-list')!, element.querySelector('tf-sheet-card')!];
      await waitUntil(() => textOf(shadowOf(list)).includes('Groupe 1') && textOf(shadowOf(card)).includes('Formation de test'), 'both widgets');
    });
    expect(warnings.filter((warning) => warning.includes('autre bibliothèque'))).to.have.length(2);
  });

  it('says no feed is given when that <tf-feed> has no src', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      await captureConsoleWarnings(async () => {
        const element = await fixture(html`<tf-feed><tf-session-list></tf-session-list></tf-feed>`);
        const list = element.querySelector('tf-session-list')!;
        await waitUntil(() => shadowOf(list).querySelector('[part="error"]') !== null, 'the error state');
      });
    });
    expect(errors.join('\n')).to.contain('aucun flux');
  });
});
