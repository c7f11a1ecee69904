/**
 * The quiz's items, whose code and styles load on demand (on-demand.ts): the intro needs none of them, a visitor who
 * only reads the page downloads none, and the first sign of starting (here the mouse over the quiz)
 * loads them, so that « Commencer » shows the first item styled and focused. This file runs in a page of its own,
 * so the items' code is not loaded when it starts (items-on-intent.test.ts: the keyboard's case).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { settle, waitUntil } from '../../../test/helpers.js';
import './define.js';
import { itemsFetched, twoItemQuiz } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

describe('<tf-quiz> items loaded on intent', () => {
  it('loads the items’ code when the pointer comes over the quiz, and not before', async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${twoItemQuiz}></tf-quiz>`);
    await settle(el);
    await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300)));
    expect(itemsFetched(), 'not loaded while the pointer is elsewhere').to.equal(false);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + 10)] });
    await waitUntil(itemsFetched, 'the items’ code, loaded when the pointer is over the quiz');
  });
});
