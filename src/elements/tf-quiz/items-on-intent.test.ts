/**
 * The quiz's items, whose code and styles load on demand (on-demand.ts): the intro needs none of them, a visitor who
 * only reads the page downloads none, and the first sign of starting (here the keyboard: focus inside the quiz)
 * loads them, so that « Commencer » shows the first item styled and focused. This file runs in a page of its own,
 * so the items' code is not loaded when it starts (items-on-pointer.test.ts: the mouse's case).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle, waitUntil } from '../../../test/helpers.js';
import './define.js';
import { itemsFetched, root, twoItemQuiz } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

describe('<tf-quiz> items loaded on intent', () => {
  it('shows the intro without the items’ code, loads it when focus enters the quiz; « Commencer » then shows the first item, styled and focused', async () => {
    expect(itemsFetched(), 'not loaded when the page starts').to.equal(false);
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${twoItemQuiz}></tf-quiz>`);
    expect(root(el).querySelector('[part~="intro"]'), 'the intro').to.exist;
    await settle(el);
    await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300)));
    expect(itemsFetched(), 'not loaded while the visitor only reads').to.equal(false);
    await sendKeys({ press: 'Tab' });
    await waitUntil(itemsFetched, 'the items’ code, loaded when focus enters the quiz');
    for (let tabs = 0; tabs < 5 && root(el).activeElement?.textContent?.trim() !== 'Commencer'; tabs += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const fieldset = root(el).querySelector('fieldset');
    expect(fieldset, 'the first item').to.exist;
    expect(getComputedStyle(fieldset!).display, 'the items’ sheet').to.equal('grid');
    expect(root(el).activeElement?.id, 'focus on the item’s heading').to.equal('heading-vf');
  });
});
