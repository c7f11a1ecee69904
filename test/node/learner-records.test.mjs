/**
 * The learner's records as pure data: reading copies of other versions (unknown fields kept, a newer version never
 * downgraded), merging two tabs' copies (the newest part wins, this widget's on a tie), and ids named like
 * Object.prototype members. The storing itself is tested in the browser (src/elements/*\/learner-data.test.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importSource } from './import-source.mjs';

const { quizRecordFormat, mergeProgress, isNewerRecord, ownValue } = await importSource('src/model/learner-records.ts');
const { checklistRecordFormat, objectiveProgress, withObjective } = await importSource('src/model/checklist-record.ts');
const { withPhase, attemptProgress, attemptWithRecord, newAttempt, nextAttempt, resumedAttempt } = await importSource('src/model/quiz/attempt.ts');
const { answerOf, scoreQuiz } = await importSource('src/model/quiz/scoring.ts');
const { objectiveEvidence } = await importSource('src/model/quiz/evidence.ts');

const at = (minute) => `2026-12-02T08:${String(minute).padStart(2, '0')}:00.000Z`;
const progress = (fields) => ({ step: 'item', index: 0, answers: {}, checked: [], seed: 's', startedAt: at(0), ...fields });
const quizRecord = (fields) => ({ version: 1, quizId: 'q', consent: true, progress: {}, results: {}, ...fields });
const result = (phase, overall, completedAt) => ({ quizId: 'q', phase, completedAt, overall, byObjective: {}, bySequence: {} });
/** JSON as it comes back from localStorage. */
const stored = (value) => JSON.parse(JSON.stringify(value));

describe('merging two tabs’ copies of a quiz', () => {
  it('keeps both tabs’ answers of one attempt, the newest answer to each item winning', () => {
    const local = progress({ answers: { a: 'x', b: true, c: 1 }, answeredAt: { a: at(1), b: at(5), c: at(2) }, checked: ['a'], index: 3 });
    const other = progress({ answers: { a: 'y', b: false, d: 'texte' }, answeredAt: { a: at(4), b: at(3), d: at(6) }, checked: ['d'], index: 1 });
    const merged = mergeProgress(local, other);
    assert.deepEqual(merged.answers, { a: 'y', b: true, c: 1, d: 'texte' });
    assert.deepEqual(merged.answeredAt, { a: at(4), b: at(5), c: at(2), d: at(6) });
    assert.deepEqual(merged.checked, ['a', 'd']);
    assert.equal(merged.index, 3, 'this widget stays where it is');
  });

  it('keeps this widget’s answer on a tie, and counts answers saved before answeredAt existed as the oldest', () => {
    const local = progress({ answers: { a: 'x', b: 'mine' }, answeredAt: { a: at(1) } });
    const other = progress({ answers: { a: 'y', b: 'old', c: 'old' } });
    assert.deepEqual(mergeProgress(local, other).answers, { a: 'x', b: 'mine', c: 'old' });
    const tie = progress({ answers: { a: 'y' }, answeredAt: { a: at(1) } });
    assert.equal(mergeProgress(local, tie).answers.a, 'x');
  });

  it('a copy the device failed to take since (older) never takes a change back', () => {
    const device = progress({ answers: { a: 'first' }, answeredAt: { a: at(1) } });
    const memory = progress({ answers: { a: 'changed', b: 'new' }, answeredAt: { a: at(7), b: at(8) } });
    assert.deepEqual(mergeProgress(memory, device).answers, { a: 'changed', b: 'new' });
  });

  it('a retry in one tab replaces the attempt it ended, in both tabs', () => {
    const retried = progress({ startedAt: at(10), seed: 't', answers: { a: 'again' }, answeredAt: { a: at(12) } });
    const stale = progress({ startedAt: at(0), answers: { a: 'old', b: 'before' }, answeredAt: { a: at(11), b: at(5) }, checked: ['b'] });
    assert.equal(mergeProgress(retried, stale), retried);
    assert.equal(mergeProgress(stale, retried), retried);
  });

  it('keeps an item id `__proto__` as an own answer', () => {
    const local = progress({ answers: JSON.parse('{"__proto__":"mine"}') });
    const other = progress({ answers: JSON.parse('{"constructor":"theirs"}'), answeredAt: JSON.parse('{"constructor":"2026-12-02T08:01:00.000Z"}') });
    const merged = mergeProgress(local, other);
    assert.deepEqual(Object.keys(merged.answers).sort(), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(merged.answers), Object.prototype);
  });

  it('merges phases and results: the newest result wins, a phase only one copy holds is kept', () => {
    const local = quizRecord({ progress: { pre: progress({ answers: { a: 1 } }) }, results: { pre: result('pre', 40, at(5)), post: result('post', 70, at(9)) } });
    const other = quizRecord({ progress: { post: progress({ answers: { b: 2 } }) }, results: { pre: result('pre', 60, at(6)), post: result('post', 10, at(8)) } });
    const merged = quizRecordFormat.merge(local, other);
    assert.deepEqual(Object.keys(merged.progress).sort(), ['post', 'pre']);
    assert.equal(merged.results.pre.overall, 60);
    assert.equal(merged.results.post.overall, 70);
  });
});

describe('records of other versions', () => {
  const unknownProgress = progress({ answers: { a: 'x' }, future: { nested: [1, 'deux'] } });
  const written = {
    version: 1,
    quizId: 'q',
    consent: true,
    syncedWith: { lms: 'https://lms.example', at: at(1) },
    progress: { pre: unknownProgress, mid: { something: true } },
    results: { pre: { ...result('pre', 50, at(2)), confidence: 0.8 } },
  };

  it('keeps the fields and phases this version does not know, at every level, and says nothing is damaged', () => {
    const { record, damaged } = quizRecordFormat.salvage('q', stored(written));
    assert.equal(damaged, false);
    assert.deepEqual(record, written);
  });

  it('writes them back untouched after a change to the same attempt, and after a merge', () => {
    const { record } = quizRecordFormat.salvage('q', stored(written));
    const changed = withPhase(record, 'pre', { ...progress({ answers: { a: 'y' } }), answeredAt: { a: at(3) } });
    assert.deepEqual(changed.progress.pre.future, written.progress.pre.future);
    assert.deepEqual(changed.syncedWith, written.syncedWith);
    assert.deepEqual(changed.progress.mid, written.progress.mid);
    assert.equal(changed.results.pre.confidence, 0.8);
    const merged = quizRecordFormat.merge(quizRecordFormat.empty('q'), stored(written));
    assert.deepEqual(merged, written);
  });

  it('reads a newer version as far as it is compatible, keeps its version, and marks it never to be written', () => {
    const newer = { ...written, version: 2 };
    const { record, damaged } = quizRecordFormat.salvage('q', stored(newer));
    assert.equal(damaged, false);
    assert.equal(record.version, 2);
    assert.equal(isNewerRecord(record), true);
    assert.equal(isNewerRecord(quizRecordFormat.merge(quizRecordFormat.empty('q'), record)), true, 'merging never downgrades');
    assert.equal(isNewerRecord(quizRecordFormat.salvage('q', stored(written)).record), false);
  });

  it('still salvages an older or damaged record, as version 1', () => {
    const { record, damaged } = quizRecordFormat.salvage('q', { quizId: 'q', progress: { pre: unknownProgress, post: 'oops' }, results: {} });
    assert.equal(damaged, true);
    assert.equal(record.version, 1);
    assert.deepEqual(Object.keys(record.progress), ['pre']);
  });

  it('keeps an objective’s unknown fields, reads bare states of older lists, and merges objective by objective', () => {
    const list = {
      version: 1,
      trainingId: 't',
      consent: true,
      updatedAt: at(1),
      theme: 'sombre',
      objectives: { o1: { state: 'acquired', note: 'n', updatedAt: at(1), evidenceSeen: ['q'] }, o2: { state: 'in-progress', note: '' } },
    };
    assert.deepEqual(checklistRecordFormat.salvage('t', stored(list)), { record: list, damaged: false });
    const old = checklistRecordFormat.salvage('t', { objectives: { o1: 'acquired', o2: { state: 'fini' } } });
    assert.equal(old.damaged, true);
    assert.deepEqual(old.record.objectives, { o1: { state: 'acquired', note: '' } });

    const local = withObjective(stored(list), 'o2', { note: 'relire' }, new Date(at(5)));
    assert.deepEqual(local.objectives.o1.evidenceSeen, ['q']);
    const other = withObjective(withObjective(stored(list), 'o1', { state: 'in-progress' }, new Date(at(3))), 'o2', { state: 'acquired' }, new Date(at(4)));
    const merged = checklistRecordFormat.merge(local, other);
    assert.deepEqual(merged.objectives.o1, { state: 'in-progress', note: 'n', updatedAt: at(3), evidenceSeen: ['q'] });
    assert.deepEqual(merged.objectives.o2, { state: 'in-progress', note: 'relire', updatedAt: at(5) });
    assert.equal(merged.updatedAt, at(5));
    assert.equal(merged.theme, 'sombre');
  });
});

describe('ids named like Object.prototype members', () => {
  const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

  it('finds nothing inherited, and stores each as an own key without touching any prototype', () => {
    for (const name of names) {
      assert.equal(ownValue({}, name), undefined, name);
      assert.equal(answerOf({}, name), undefined, name);
      assert.deepEqual(objectiveProgress(undefined, name), { state: 'not-started', note: '' }, name);
    }
    const json = `{"version":1,"trainingId":"t","consent":true,"updatedAt":"","objectives":{"__proto__":{"state":"acquired","note":"p"},"constructor":{"state":"in-progress","note":"c"}}}`;
    const { record } = checklistRecordFormat.salvage('t', JSON.parse(json));
    assert.equal(Object.getPrototypeOf(record.objectives), Object.prototype);
    assert.deepEqual(objectiveProgress(record, '__proto__'), { state: 'acquired', note: 'p' });
    assert.equal(objectiveProgress(record, 'constructor').note, 'c');
    assert.equal(objectiveProgress(record, 'toString').state, 'not-started');
    const changed = withObjective(record, '__proto__', { note: 'q' }, new Date(at(1)));
    assert.equal(Object.getPrototypeOf(changed.objectives), Object.prototype);
    assert.equal(JSON.parse(JSON.stringify(changed)).objectives.__proto__.note, 'q');
    assert.equal({}.state, undefined, 'Object.prototype untouched');
  });

  it('answers, scores and merges items, options and objectives of those names', () => {
    const quiz = {
      id: 'q',
      title: 'Q',
      items: [
        { id: 'constructor', type: 'single', prompt: '?', objectives: ['toString'], options: [{ id: 'valueOf', label: 'V', correct: true }, { id: 'toString', label: 'T' }] },
        { id: 'toString', type: 'true-false', prompt: '?', answer: true, objectives: ['constructor'] },
        { id: 'hasOwnProperty', type: 'multiple', prompt: '?', objectives: ['hasOwnProperty'], options: [{ id: 'constructor', label: 'C', correct: true }, { id: 'x', label: 'X' }] },
      ],
    };
    let attempt = nextAttempt(newAttempt('s'), { type: 'start', now: new Date(at(0)), seed: 's' });
    attempt = nextAttempt(attempt, { type: 'answer', itemId: 'constructor', answer: 'valueOf', now: new Date(at(1)) });
    const blank = scoreQuiz(quiz, attempt.answers, 'pre', new Date(at(2)));
    assert.deepEqual(blank.byObjective, { toString: 100, constructor: 0, hasOwnProperty: 0 });
    const other = stored(quizRecord({ progress: { pre: { ...progress({ answers: { toString: true, hasOwnProperty: ['constructor'] }, answeredAt: { toString: at(3), hasOwnProperty: at(3) } }) } } }));
    const record = quizRecordFormat.merge(withPhase(quizRecord(), 'pre', attemptProgress(attempt)), other);
    const merged = attemptWithRecord(attempt, quiz, 'pre', record, new Date(at(4)));
    assert.deepEqual(merged.answers, { constructor: 'valueOf', toString: true, hasOwnProperty: ['constructor'] });
    assert.equal(scoreQuiz(quiz, merged.answers, 'pre', new Date(at(5))).overall, 100);
    const evidence = objectiveEvidence([{ quiz, pre: blank }], 'valueOf');
    assert.deepEqual(evidence, [], 'no score for an objective the quiz does not measure');
    assert.equal(objectiveEvidence([{ quiz, pre: blank }], 'constructor')[0].score, 0);
  });

  it('resumes the other tab’s newer attempt in place of this one', () => {
    const quiz = { id: 'q', title: 'Q', items: [{ id: 'a', type: 'true-false', prompt: '?', answer: true }, { id: 'b', type: 'true-false', prompt: '?', answer: true }] };
    const mine = nextAttempt(newAttempt('s'), { type: 'start', now: new Date(at(0)), seed: 's' });
    const theirs = progress({ startedAt: at(5), seed: 't', index: 1, answers: { a: false }, answeredAt: { a: at(6) } });
    const adopted = attemptWithRecord(mine, quiz, 'pre', quizRecord({ progress: { pre: theirs } }), new Date(at(7)));
    assert.deepEqual(adopted, resumedAttempt(quiz, 'pre', theirs, undefined, new Date(at(7))));
    assert.deepEqual(attemptWithRecord(mine, quiz, 'pre', withPhase(quizRecord(), 'pre', attemptProgress(mine)), new Date(at(7))), mine, 'nothing new: the same attempt');
  });
});
