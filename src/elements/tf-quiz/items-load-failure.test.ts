/**
 * The quiz's items' code (its controls, and the scoring, on-demand.ts) that cannot be loaded (offline, a file
 * missing from a copied dist/): an attempt the learner kept on the device says in French that part of the quiz could
 * not be shown, the details go to the console, and the attempt stays on the device as it was. This file runs in a page
 * of its own, so the items' code is not loaded when it starts. The failing import is the module's own `onDemand`
 * with an importer that rejects as the browser does: in the loader build, whose element does not share this source
 * module, the test is skipped.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { quizRecordFormat } from '../../model/learner-records.js';
import { deviceRecordOf } from '../../controllers/learner-record.js';
import { expectAccessible, settle, textOf, waitUntil } from '../../../test/helpers.js';
import './define.js';
import { itemCode, onDemand, type ItemCode } from './on-demand.js';
import { itemsFetched, root, twoItemQuiz } from './test-support.js';
import { TfQuiz } from './tf-quiz.js';

const record = {
  version: 1,
  quizId: 'items-on-demand',
  consent: true,
  // Finished, its result not saved with it: to be scored again by the items' code.
  progress: { pre: { step: 'result', index: 0, answers: { vf: false, texte: 'Je vais vers les gens.' }, checked: [], seed: 's', startedAt: '2024-03-01T09:00:00.000Z' } },
  results: {},
};

describe('<tf-quiz> items’ code that cannot be loaded', () => {
  const logged: unknown[][] = [];
  const consoleError = console.error;
  const load = itemCode.load;

  beforeEach(function () {
    if (customElements.get('tf-quiz') !== TfQuiz) this.skip();
    console.error = (...args: unknown[]) => logged.push(args);
    const offline = onDemand<ItemCode>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: quiz-item.js')));
    itemCode.load = () => offline.load();
  });

  afterEach(() => {
    console.error = consoleError;
    itemCode.load = load;
    fixtureCleanup();
    localStorage.clear();
  });

  it('says so in French, logs why, keeps the saved attempt as it was, and shows it once the code loads', async () => {
    expect(itemsFetched(), 'not loaded when the page starts').to.equal(false);
    const device = deviceRecordOf<typeof record>(quizRecordFormat, 'items-on-demand');
    device.write(record);
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="items-on-demand" .feed=${twoItemQuiz}></tf-quiz>`);
    await waitUntil(() => textOf(root(el)).includes('Une partie des informations n’a pas pu être affichée.'), 'the French message');
    expect(root(el).querySelector('[part~="error"]'), 'the error state').to.exist;
    expect(logged.some((args) => args.join(' ').includes('<tf-quiz>') && args.join(' ').includes('Failed to fetch')), 'the details in the console').to.equal(true);
    expect(device.read((_value): _value is typeof record => true), 'the attempt on the device, untouched').to.deep.equal({ ok: true, value: record });
    await expectAccessible(el);
    // Back online: the next render asks again; not scored while it could not be, the attempt is on its last item, with
    // its answers, for the learner to finish again.
    itemCode.load = load;
    el.requestUpdate();
    await waitUntil(() => textOf(root(el)).includes('Question 2 sur 2'), 'the last item');
    await settle(el);
    expect(root(el).querySelector('textarea')?.value, 'the answer kept').to.equal('Je vais vers les gens.');
    expect(device.read((_value): _value is typeof record => true), 'the device’s copy still untouched').to.deep.equal({ ok: true, value: record });
    await expectAccessible(el);
  });
});
