/**
 * The quiz's items and result, whose code and styles load after the intro (on-demand.ts): an attempt restored past
 * its intro waits for them rather than showing the intro or an error. This file runs in a page of its own, so
 * neither the items' nor the result's code is loaded when it starts (items-on-intent.test.ts and items-on-pointer.test.ts: the intro's case).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { quizRecordFormat } from '../../model/learner-records.js';
import { deviceRecordOf } from '../../controllers/learner-record.js';
import { expectAccessible, settle, textOf } from '../../../test/helpers.js';
import './define.js';
import { itemsFetched, root, twoItemQuiz } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

async function mount(): Promise<TfQuiz> {
  const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${twoItemQuiz}></tf-quiz>`);
  await settle(el);
  return el;
}

/** An attempt the learner kept on this device, at the second item or on the result, the first item answered. */
function saveAttempt(step: 'item' | 'result'): void {
  deviceRecordOf(quizRecordFormat, 'items-on-demand').write({
    version: 1,
    quizId: 'items-on-demand',
    consent: true,
    progress: { pre: { step, index: 1, answers: { vf: false }, checked: [], seed: 's', startedAt: '2024-03-01T09:00:00.000Z' } },
    results: {},
  });
}

describe('<tf-quiz> items loaded after the intro', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('resumes a finished attempt on its result, in a page that never loaded the result’s code', async () => {
    expect(itemsFetched(), 'not loaded when the page starts').to.equal(false);
    saveAttempt('result');
    const el = await mount();
    expect(root(el).querySelector('[part~="result"]'), 'the result step').to.exist;
    expect(textOf(root(el))).not.to.contain('n’a pas pu être affichée');
    // Saved without its result: scored again by the items' code, loaded for it (vf answered right, the text not scored).
    expect(itemsFetched(), 'the items’ code, which scores').to.equal(true);
    expect(textOf(root(el).querySelector('[part~="summary"]')).replace(/\s/g, ' ')).to.contain('100 %');
  });

  it('resumes a saved attempt at its item, styled, once the items’ code is there (no intro in between)', async () => {
    saveAttempt('item');
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${twoItemQuiz}></tf-quiz>`);
    // The first render waits for the items' code: the intro is never shown.
    expect(root(el).querySelector('[part~="intro"]'), 'no intro').to.equal(null);
    await settle(el);
    expect(textOf(root(el))).to.contain('Question 2 sur 2');
    expect(getComputedStyle(root(el).querySelector('fieldset')!).display, 'the items’ sheet').to.equal('grid');
    await expectAccessible(el);
  });
});
