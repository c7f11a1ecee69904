/** docs/examples/forward-statements.js against a fake learning record store on 127.0.0.1. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { importSource } from '../import-source.mjs';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const { forwardQuizStatements } = await import('../../../docs/examples/forward-statements.js');
const { answerStatement, completeStatement, startStatement } = await importSource('src/model/quiz/statements.ts');
const { scoreQuiz } = await importSource('src/model/quiz/scoring.ts');

/** A store that keeps what it is sent and answers like one: 200 with the statement's id. */
async function fakeStore() {
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, statement: JSON.parse(body) });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify([`id-${received.length}`]));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, endpoint: `http://127.0.0.1:${server.address().port}/xapi/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('forwarding statements to a learning record store', () => {
  it('posts every quiz statement, in order, with the page’s actor, as the store expects', async () => {
    const store = await fakeStore();
    const feed = JSON.parse(readFileSync(new URL('../../../demo/feed.json', import.meta.url), 'utf8'));
    const quiz = feed.quizzes[0];
    const context = { quiz, phase: 'pre', training: quiz.training, now: new Date() };
    const item = quiz.items.find((candidate) => candidate.type === 'single');
    const answers = { [item.id]: item.options[0].id };
    const statements = [
      startStatement(context),
      answerStatement(context, item, answers[item.id]),
      completeStatement(context, scoreQuiz(quiz, answers, 'pre', new Date()), true, new Date(Date.now() - 60000)),
    ];
    const page = new EventTarget();
    const actor = { objectType: 'Agent', name: 'Camille Martin', mbox: 'mailto:camille.martin@example.org' };
    const errors = [];
    const stop = forwardQuizStatements(page, { endpoint: store.endpoint, authorization: 'Basic a2V5OnNlY3JldA==', actor, onError: (error) => errors.push(error) });
    for (const [type, statement] of [['tf-quiz-start', statements[0]], ['tf-quiz-answer', statements[1]], ['tf-quiz-complete', statements[2]]]) {
      page.dispatchEvent(new CustomEvent(type, { detail: statement }));
    }
    await stop();
    await store.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(store.received.map((r) => r.statement.verb.id.split('/').pop()), ['initialized', 'answered', 'completed']);
    for (const { method, url, headers, statement } of store.received) {
      assert.equal(method, 'POST');
      assert.equal(url, '/xapi/statements');
      assert.equal(headers['x-experience-api-version'], '1.0.3');
      assert.equal(headers.authorization, 'Basic a2V5OnNlY3JldA==');
      assert.deepEqual(statement.actor, actor);
      assert.deepEqual(validate(statement), []);
    }
  });

  it('says when the store refuses, and goes on', async () => {
    const server = createServer((_, response) => response.writeHead(400).end());
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = new EventTarget();
    const errors = [];
    const stop = forwardQuizStatements(page, { endpoint: `http://127.0.0.1:${server.address().port}/xapi`, authorization: 'Basic x', actor: { mbox: 'mailto:a@example.org' }, onError: (error) => errors.push(error) });
    page.dispatchEvent(new CustomEvent('tf-quiz-start', { detail: { verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' } } }));
    page.dispatchEvent(new CustomEvent('tf-quiz-start', { detail: { verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' } } }));
    await stop();
    await new Promise((resolve) => server.close(resolve));
    assert.equal(errors.length, 2);
    assert.match(String(errors[0]), /LRS: 400/);
  });
});
