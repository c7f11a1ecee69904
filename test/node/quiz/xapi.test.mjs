/**
 * Every statement the demo quizzes emit, and those of every item type, passes Learning Locker's xAPI validator once
 * the host adds an actor; each interaction describes itself as xAPI 1.0.3 says it must.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { importSource } from '../import-source.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const { answerStatement, completeStatement, startStatement, xapiExtensionBase, isoDuration } = await importSource('src/model/quiz/statements.ts');
const { scoreQuiz, isAnswered, matchingChoices } = await importSource('src/model/quiz/scoring.ts');
const { fromGift } = await importSource('src/model/convert/gift.ts');

const demoFeed = JSON.parse(readFileSync(new URL('../../../demo/feed.json', import.meta.url), 'utf8'));
const giftQuiz = fromGift(readFileSync(new URL('../fixtures/gift/features.gift', import.meta.url), 'utf8')).quiz;
const actor = { objectType: 'Agent', name: 'Camille Martin', mbox: 'mailto:camille.martin@example.org' };

/** Answers a learner may give to `item`: right, wrong, partial, blank. */
function sampleAnswers(item) {
  switch (item.type) {
    case 'single':
      return item.options.map((option) => option.id);
    case 'multiple':
      return [item.options.map((option) => option.id), [item.options[0].id]];
    case 'true-false':
      return [true, false];
    case 'scale':
      return item.levels.map((_, index) => index);
    case 'text':
      return ['Une réponse libre.'];
    case 'short-answer':
      return [...item.answers.map((answer) => answer.text), 'autre chose'];
    case 'numerical':
      return ['2018', '2,5', '-1'];
    case 'matching':
      return [item.pairs.map((pair) => pair.match), [matchingChoices(item).at(-1)]];
    case 'instruction':
      return [];
  }
}

/** Every statement one attempt at `quiz` sends for each sample answer. */
function statementsOf(quiz, training) {
  const now = new Date('2026-03-02T10:15:00+01:00');
  const context = { quiz, phase: 'pre', training, now };
  const statements = [startStatement(context)];
  const answers = {};
  for (const item of quiz.items) {
    for (const answer of sampleAnswers(item)) {
      if (!isAnswered(item, answer)) continue;
      answers[item.id] = answer;
      statements.push(answerStatement(context, item, answer));
    }
  }
  const result = scoreQuiz(quiz, answers, 'pre', now);
  statements.push(completeStatement(context, result, true, new Date('2026-03-02T09:58:47.5+01:00')));
  return statements;
}

/** What xAPI 1.0.3 (§ 2.4.4.1 Interaction Activities) asks of each interaction type. */
function checkInteraction(definition) {
  const components = { choice: ['choices'], sequencing: ['choices'], likert: ['scale'], matching: ['source', 'target'], performance: ['steps'] };
  const wanted = components[definition.interactionType] ?? [];
  for (const list of ['choices', 'scale', 'source', 'target', 'steps']) {
    assert.equal(definition[list] !== undefined, wanted.includes(list), `${definition.interactionType}: ${list}`);
    for (const component of definition[list] ?? []) assert.ok(component.id && Object.keys(component.description).length > 0);
  }
  if (['choice', 'true-false', 'fill-in', 'numeric', 'matching'].includes(definition.interactionType) && definition.correctResponsesPattern) {
    assert.ok(definition.correctResponsesPattern.length > 0);
  }
}

function checkAll(statements) {
  for (const statement of statements) {
    const warnings = validate({ actor, ...statement });
    assert.deepEqual(warnings.map((warning) => `${warning.path.join('.')}: ${JSON.stringify(warning.data)}`), [], JSON.stringify(statement));
    for (const key of Object.keys(statement.context.extensions)) assert.ok(key.startsWith(xapiExtensionBase), key);
    if (statement.object.definition.interactionType) checkInteraction(statement.object.definition);
  }
}

describe('xAPI statements', () => {
  it('every statement of the demo quizzes is valid once the host adds the actor', () => {
    let count = 0;
    for (const quiz of demoFeed.quizzes) {
      const statements = statementsOf(quiz, quiz.training);
      count += statements.length;
      checkAll(statements);
      const answers = statements.filter((s) => s.verb.id.endsWith('/answered'));
      assert.ok(answers.every((s) => s.context.contextActivities.parent[0].id === `urn:training-feed-widgets:quiz:${quiz.id}`));
      if (quiz.training) assert.ok(statements.every((s) => s.context.contextActivities.grouping[0].id === `urn:training-feed-widgets:training:${quiz.training}`));
    }
    assert.ok(count > 40);
  });

  it('statements of every item type are valid, responses read against their interaction', () => {
    const statements = statementsOf(giftQuiz, undefined);
    checkAll(statements);
    const byItem = (id) => statements.find((s) => s.object.id.endsWith(`:item:${id}`));
    assert.deepEqual(byItem('appariement').object.definition.correctResponsesPattern, ['pair-1[.]target-1[,]pair-2[.]target-2[,]pair-3[.]target-3']);
    assert.equal(byItem('appariement').result.response, 'pair-1[.]target-1[,]pair-2[.]target-2[,]pair-3[.]target-3');
    assert.deepEqual(byItem('numerique-avec-tolerance').object.definition.correctResponsesPattern, ['2017[:]2019']);
    assert.deepEqual(byItem('numerique-intervalle').object.definition.correctResponsesPattern, ['2[:]4']);
    assert.deepEqual(byItem('reponse-courte').object.definition.correctResponsesPattern, ['{case_matters=false}RSA']);
    assert.deepEqual(byItem('reponses-multiples').object.definition.correctResponsesPattern, ['la-maraude[,]la-permanence-delocalisee']);
    assert.equal(statements.filter((s) => s.object.id.endsWith(':item:consigne')).length, 0, 'an instruction is never answered');
  });

  it('likert responses name a level of the scale', () => {
    const quiz = demoFeed.quizzes.find((q) => q.items.some((item) => item.type === 'scale'));
    const item = quiz.items.find((candidate) => candidate.type === 'scale');
    const statement = answerStatement({ quiz, phase: 'post', training: undefined, now: new Date() }, item, 1);
    assert.equal(statement.result.response, 'level-2');
    assert.ok(statement.object.definition.scale.some((level) => level.id === 'level-2'));
  });

  it('carries the host’s actor when given, and none otherwise', () => {
    const context = { quiz: giftQuiz, phase: 'pre', training: undefined, now: new Date() };
    assert.equal(startStatement(context).actor, undefined);
    assert.deepEqual(startStatement({ ...context, actor }).actor, actor);
    assert.deepEqual(validate(startStatement({ ...context, actor })), []);
    assert.ok(validate(startStatement(context)).some((warning) => warning.path.join('.') === 'statement.actor'), 'a store refuses a statement without actor');
  });

  it('writes ISO 8601 durations', () => {
    assert.deepEqual([0, 1500, 61000, 3723450, -5].map(isoDuration), ['PT0S', 'PT1.5S', 'PT61S', 'PT3723.45S', 'PT0S']);
  });
});
