/**
 * The quiz's items, whose code and styles load after the intro (on-demand.ts): the intro needs none of them, they
 * come when the browser is idle without a click, and « Commencer » shows the first item styled and focused. This
 * file runs in a page of its own, so the items' code is not loaded when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Feed } from '../../model/schema.js';
import { settle, waitUntil } from '../../../test/helpers.js';
import './define.js';
import { click, root } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

const feed: Feed = {
  version: 1,
  trainings: [],
  programmes: [],
  quizzes: [
    {
      id: 'items-on-demand',
      title: 'Items à la demande',
      items: [
        { id: 'vf', type: 'true-false', prompt: 'L’aller vers attend la demande.', answer: false },
        { id: 'texte', type: 'text', prompt: 'Votre pratique en quelques mots.' },
      ],
    },
  ],
};

/** Whether the page fetched the items' module (src/…/quiz-item.ts, or dist/chunks/quiz-item-….js in the loader build). */
const itemsFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('quiz-item'));

describe('<tf-quiz> items loaded when the browser is idle', () => {
  it('shows the intro, then loads the items’ code without a click; « Commencer » shows the first item, styled and focused', async () => {
    expect(itemsFetched(), 'not loaded when the page starts').to.equal(false);
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${feed}></tf-quiz>`);
    expect(root(el).querySelector('[part~="intro"]'), 'the intro').to.exist;
    await waitUntil(itemsFetched, 'the items’ code, loaded when the browser is idle');
    await settle(el);
    await click(el, 'Commencer');
    const fieldset = root(el).querySelector('fieldset');
    expect(fieldset, 'the first item').to.exist;
    expect(getComputedStyle(fieldset!).display, 'the items’ sheet').to.equal('grid');
    expect(root(el).activeElement?.id, 'focus on the item’s heading').to.equal('heading-vf');
  });
});
