import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../test/fixtures.js';
import { captureConsoleErrors, textOf, waitUntil } from '../../test/helpers.js';
import './tf-feed/define.js';
import './tf-programme/define.js';
import './tf-session-list/define.js';
import './tf-sheet-card/define.js';
import type { TfFeed } from './tf-feed/tf-feed.js';
import type { TfSheetCard } from './tf-sheet-card/tf-sheet-card.js';

describe('FeedElement (every widget)', () => {
  it('takes its feed from, in order: the feed property, its own src, the closest <tf-feed>', async () => {
    const provided = minimalFeed();
    provided.trainings[0]!.title = 'Du fournisseur';
    const own = minimalFeed();
    own.trainings[0]!.title = 'De son src';
    const property = minimalFeed();
    property.trainings[0]!.title = 'De sa propriété';
    const container = await fixture(html`<tf-feed src=${feedUrl(provided)}>
      <tf-sheet-card training="formation-test" variant="compact"></tf-sheet-card>
    </tf-feed>`);
    const card = container.querySelector('tf-sheet-card') as TfSheetCard;
    await waitUntil(() => textOf(card.shadowRoot).includes('Du fournisseur'), 'the provided feed');
    card.src = feedUrl(own);
    await waitUntil(() => textOf(card.shadowRoot).includes('De son src'), 'its own src');
    card.feed = property;
    await waitUntil(() => textOf(card.shadowRoot).includes('De sa propriété'), 'its feed property');
  });

  it('forgets the feed of a <tf-feed> it was taken out of, and says no feed is given', async () => {
    const container = await fixture(html`<div>
      <tf-feed src=${feedUrl(minimalFeed())}><tf-sheet-card training="formation-test" variant="compact"></tf-sheet-card></tf-feed>
      <section lang="en"></section>
    </div>`);
    const card = container.querySelector('tf-sheet-card') as TfSheetCard;
    await waitUntil(() => textOf(card.shadowRoot).includes('Formation de test'), 'the sheet');
    const { errors } = await captureConsoleErrors(async () => {
      container.querySelector('section')!.append(card);
      await waitUntil(() => card.shadowRoot!.querySelector('[part="error"]') !== null, 'the missing-feed error');
    });
    // Moved into an English section: the message follows the new place's language.
    expect(textOf(card.shadowRoot)).to.equal('The trainings cannot be shown at the moment.');
    expect(errors.join('\n')).to.contain('aucun flux');
    container.querySelector('tf-feed')!.append(card);
    await waitUntil(() => textOf(card.shadowRoot).includes('Formation de test'), 'the sheet again');
  });

  it('logs an invalid feed once, for the <tf-feed>, not again for each widget inside it', async () => {
    const feed = minimalFeed() as unknown as { version?: number; trainings: { sessions: { dates: { start: string }[] }[] }[] };
    feed.trainings[0]!.sessions[0]!.dates[0]!.start = '16 oct. 2023';
    // A wrong top level refuses the feed whole (a wrong session alone would only be left out).
    delete feed.version;
    const { errors } = await captureConsoleErrors(async () => {
      const element = await fixture<TfFeed>(html`<tf-feed src=${feedUrl(feed)}>
        <tf-sheet-card training="formation-test"></tf-sheet-card>
        <tf-programme programme="cadrage"></tf-programme>
        <tf-session-list></tf-session-list>
      </tf-feed>`);
      const widgets = [...element.querySelectorAll('tf-sheet-card, tf-programme, tf-session-list')];
      await waitUntil(() => widgets.every((widget) => widget.shadowRoot?.querySelector('[role="alert"]')), 'every widget’s error');
    });
    const invalid = errors.filter((error) => error.includes('flux invalide'));
    expect(invalid, errors.join('\n')).to.have.length(1);
    expect(invalid[0]).to.contain('<tf-feed>');
  });
});

describe('a partial feed', () => {
  it('shows the rest, and tells the webmaster once in the console what was left out and why', async () => {
    const feed = minimalFeed() as unknown as { trainings: { sessions: { id: string; dates: { start: string }[] }[] }[] };
    const broken = structuredClone(feed.trainings[0]!.sessions[0]!);
    broken.id = 'session-cassee';
    broken.dates[0]!.start = '16 oct. 2023';
    feed.trainings[0]!.sessions.push(broken);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const element = await fixture<TfFeed>(html`<tf-feed src=${feedUrl(feed)}>
        <tf-sheet-card training="formation-test"></tf-sheet-card>
        <tf-session-list now="2023-09-01"></tf-session-list>
      </tf-feed>`);
      const list = element.querySelector('tf-session-list')!;
      await waitUntil(() => textOf(list.shadowRoot).includes('Groupe 1'), 'the sessions kept');
      await waitUntil(() => textOf(element.querySelector('tf-sheet-card')!.shadowRoot).includes('Formation de test'), 'the sheet');
    } finally {
      console.warn = original;
    }
    const reports = warnings.filter((warning) => warning.includes('le reste est affiché'));
    expect(reports).to.have.length(1);
    expect(reports[0]).to.contain('trainings[0].sessions[1].dates[0].start').and.contain('ignoré : trainings[0].sessions[1]');
  });
});
