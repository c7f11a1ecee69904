/** Scoring of every item type: partial and negative credit bounded per item, weights, answers as learners type them. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importSource } from '../import-source.mjs';

const { itemScore, scoreQuiz, verdictOf, parseLearnerNumber, correctOptions } = await importSource('src/model/quiz/scoring.ts');
const { nextAttemptSeed, seededShuffle } = await importSource('src/model/quiz/shuffle.ts');

const options = (...specs) => specs.map(([id, extra]) => ({ id, label: id.toUpperCase(), ...extra }));

describe('choice items', () => {
  const partial = { id: 'p', type: 'single', prompt: '?', options: options(['a', { credit: 50 }], ['b', { correct: true }], ['c', { credit: -100 }]) };
  const multiple = { id: 'm', type: 'multiple', prompt: '?', options: options(['a', { credit: 50 }], ['b', { credit: 50 }], ['c', { credit: -50 }], ['d']) };
  const legacy = { id: 'l', type: 'multiple', prompt: '?', options: options(['a', { correct: true }], ['b', { correct: true }], ['c'], ['d']) };

  it('single choice: the picked option’s credit, a negative credit counting 0', () => {
    assert.deepEqual(['a', 'b', 'c'].map((answer) => itemScore(partial, answer)), [0.5, 1, 0]);
    assert.deepEqual(['a', 'b', 'c'].map((answer) => verdictOf(partial, answer)), ['partial', 'correct', 'incorrect']);
    assert.deepEqual(correctOptions(partial).map((o) => o.id), ['b']);
  });

  it('multiple choice: credits add up, bounded to 0–1 within the item', () => {
    assert.equal(itemScore(multiple, ['a', 'b']), 1);
    assert.equal(itemScore(multiple, ['a', 'b', 'c']), 0.5);
    assert.equal(itemScore(multiple, ['a', 'c']), 0);
    assert.equal(itemScore(multiple, ['c']), 0);
    assert.equal(itemScore(multiple, ['a', 'b', 'd']), 1);
  });

  it('multiple choice without credits: 1/n per right option, −1/n per wrong one', () => {
    assert.equal(itemScore(legacy, ['a']), 0.5);
    assert.equal(itemScore(legacy, ['a', 'b', 'c']), 0.5);
    assert.equal(itemScore(legacy, ['a', 'b', 'c', 'd']), 0);
  });
});

describe('typed answers', () => {
  const short = { id: 's', type: 'short-answer', prompt: '?', answers: [{ text: 'Bethléem' }, { text: 'Nazareth*', credit: 50 }] };

  it('short answer: case and accents ignored unless asked, spaces tidied, * as a wildcard', () => {
    assert.equal(itemScore(short, '  bethleem '), 1);
    assert.equal(itemScore(short, 'BETHLÉEM'), 1);
    assert.equal(itemScore(short, 'Nazareth en Galilée'), 0.5);
    assert.equal(itemScore(short, 'Jérusalem'), 0);
    assert.equal(itemScore({ ...short, caseSensitive: true }, 'bethléem'), 0);
    assert.equal(itemScore({ ...short, accentSensitive: true }, 'Bethleem'), 0);
    assert.equal(itemScore({ ...short, answers: [{ text: 'a.b' }] }, 'axb'), 0, 'a dot is a dot, not any character');
  });

  it('numerical: value ± tolerance, ranges, the best credit, French decimals', () => {
    const numerical = { id: 'n', type: 'numerical', prompt: '?', answers: [{ value: 3.14, tolerance: 0.01 }, { value: 3.5, tolerance: 0.5, credit: 25 }] };
    assert.equal(itemScore(numerical, '3,15'), 1);
    assert.equal(itemScore(numerical, '3.13'), 1);
    assert.equal(itemScore(numerical, '3.5'), 0.25);
    assert.equal(itemScore(numerical, '4'), 0.25, 'bounds included');
    assert.equal(itemScore(numerical, '5'), 0);
    assert.equal(itemScore(numerical, 'trois'), 0);
    assert.deepEqual(['1 822', '-0,5', '1e3', '12abc', '', '.5'].map(parseLearnerNumber), [1822, -0.5, 1000, undefined, undefined, 0.5]);
  });

  it('matching: the share of pairs matched right', () => {
    const matching = { id: 'x', type: 'matching', prompt: '?', pairs: [{ id: 'a', prompt: 'A', match: '1' }, { id: 'b', prompt: 'B', match: '2' }, { id: 'c', prompt: 'C', match: '3' }, { id: 'd', prompt: 'D', match: '4' }] };
    assert.equal(itemScore(matching, ['1', '2', '3', '4']), 1);
    assert.equal(itemScore(matching, ['1', '', '4', '3']), 0.25);
    assert.equal(itemScore(matching, []), 0);
  });

  it('instruction and text items are never scored', () => {
    assert.equal(itemScore({ id: 'i', type: 'instruction', prompt: 'Lisez.' }, undefined), undefined);
    assert.equal(itemScore({ id: 't', type: 'text', prompt: '?' }, 'réponse'), undefined);
  });
});

describe('scoreQuiz', () => {
  it('weights items in the overall, objective and sequence scores', () => {
    const quiz = {
      id: 'q',
      title: 'Q',
      items: [
        { id: 'a', type: 'true-false', prompt: '?', answer: true, weight: 3, objectives: ['o1'], sequences: ['s1'] },
        { id: 'b', type: 'true-false', prompt: '?', answer: true, objectives: ['o1'], sequences: ['s2'] },
        { id: 'c', type: 'instruction', prompt: 'Lisez.', sequences: ['s2'] },
      ],
    };
    const result = scoreQuiz(quiz, { a: true, b: false }, 'pre', new Date('2026-01-01T00:00:00Z'));
    assert.equal(result.overall, 75);
    assert.deepEqual(result.byObjective, { o1: 75 });
    assert.deepEqual(result.bySequence, { s1: 100, s2: 0 });
  });
});

describe('retry', () => {
  it('the next attempt’s seed is another, and the same after the same seed', () => {
    assert.notEqual(nextAttemptSeed('stable'), 'stable');
    assert.equal(nextAttemptSeed('stable'), nextAttemptSeed('stable'));
    const list = Array.from({ length: 8 }, (_, i) => i);
    assert.notDeepEqual(seededShuffle(list, nextAttemptSeed('stable')), seededShuffle(list, 'stable'));
  });
});

describe('from positioning to a session', async () => {
  const { sessionsToJoin } = await importSource('src/model/quiz/sessions-to-join.ts');
  const session = (id, start, extra = {}) => ({ id, mode: 'in-person', dates: [{ start }], ...extra });
  const feed = {
    version: 1,
    quizzes: [],
    programmes: [{ id: 'p', title: 'P', modules: [{ id: 'm1', number: 1, title: 'M1', sequences: [{ id: 's1', number: 1, title: 'S1' }] }, { id: 'm2', number: 2, title: 'M2', sequences: [{ id: 's2', number: 2, title: 'S2' }] }] }],
    trainings: [
      { id: 'own', title: 'Own', provider: { name: 'O' }, programme: 'p', module: 'm2', sessions: [session('own-1', '2027-03-01')] },
      { id: 'basics', title: 'Basics', provider: { name: 'B' }, programme: 'p', module: 'm1', sessions: [session('past', '2026-01-05'), session('full', '2027-01-10', { seats: { total: 10, remaining: 0 } }), session('open', '2027-02-01')] },
    ],
  };
  const quiz = { id: 'q', title: 'Q', training: 'own', items: [], bands: [{ min: 0, title: 'Débuter', recommendations: [{ text: 'Les bases', sequence: 's1' }] }, { min: 80, title: 'Prêt' }] };
  const result = (overall, bySequence) => ({ quizId: 'q', phase: 'pre', completedAt: '2026-12-01T00:00:00Z', overall, byObjective: {}, bySequence });

  it('lists the open sessions of the trainings the band recommends, then the quiz’s own', () => {
    assert.deepEqual(sessionsToJoin(feed, quiz, result(30, {}), '2026-12-01').map((e) => e.session.id), ['open', 'own-1']);
  });

  it('a weak sequence points at the training of its module; a good result only at the quiz’s own training', () => {
    assert.deepEqual(sessionsToJoin(feed, { ...quiz, bands: [] }, result(90, { s1: 20 }), '2026-12-01').map((e) => e.session.id), ['open', 'own-1']);
    assert.deepEqual(sessionsToJoin(feed, quiz, result(90, { s1: 90 }), '2026-12-01').map((e) => e.session.id), ['own-1']);
    assert.deepEqual(sessionsToJoin(feed, quiz, result(90, {}), '2027-06-01'), []);
  });
});
