/**
 * The quiz's xAPI statements, whose code loads on first use (on-demand.ts): those asked for before it is there are
 * sent once it is, in the order asked; once it is there, a statement is sent at once. This file runs in a page of
 * its own, so the statements' code is not loaded when it starts.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../../test/helpers.js';
import type { QuizStatement } from '../../model/quiz/statements.js';
import { StatementQueue } from './on-demand.js';

describe('<tf-quiz> statements loaded on first use', () => {
  it('sends the statements asked for before their code was there, in order, then each at once', async () => {
    const sent: string[] = [];
    const queue = new StatementQueue((name) => sent.push(name));
    const fake = (code: object) => {
      expect(code, 'the statements module').to.have.property('answerStatement');
      return {} as QuizStatement;
    };
    queue.emit('tf-quiz-first', fake);
    queue.emit('tf-quiz-second', fake);
    queue.emit('tf-quiz-third', fake);
    expect(sent, 'nothing before the code is there').to.deep.equal([]);
    await waitUntil(() => sent.length === 3, 'the three statements');
    expect(sent).to.deep.equal(['tf-quiz-first', 'tf-quiz-second', 'tf-quiz-third']);
    queue.emit('tf-quiz-fourth', fake);
    expect(sent.at(-1), 'sent at once').to.equal('tf-quiz-fourth');
  });
});
