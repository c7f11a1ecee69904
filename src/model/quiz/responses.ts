/**
 * The learner's response in xAPI's format, apart from the statements (statements.ts): the quiz compares responses on
 * every « Suivant » to send each distinct one once, while the statements themselves are built on first use.
 */
import type { QuizItem } from '../schema.js';
import type { StoredAnswer } from '../learner-records.js';
import { isAnswered, matchesOf, matchingChoices, parseLearnerNumber } from './scoring.js';

/** Scale levels and matching targets are named by position: their labels may repeat or change. */
export const levelId = (index: number): string => `level-${index + 1}`;
export const targetId = (index: number): string => `target-${index + 1}`;

/** Decimal written without exponent or locale, as xAPI's numeric patterns want it. */
export const decimal = (value: number): string => String(Number(value.toPrecision(12)));

/** The response in xAPI's format for the item's interaction type. */
export function responseOf(item: QuizItem, answer: StoredAnswer | undefined): string {
  if (!isAnswered(item, answer)) return '';
  switch (item.type) {
    case 'scale':
      return levelId(answer as number);
    case 'numerical':
      return decimal(parseLearnerNumber(answer as string) as number);
    case 'matching': {
      const targets = matchingChoices(item);
      return matchesOf(item, answer)
        .flatMap((match, index) => (match === '' || !targets.includes(match) ? [] : [`${item.pairs[index]?.id}[.]${targetId(targets.indexOf(match))}`]))
        .join('[,]');
    }
    default:
      return Array.isArray(answer) ? answer.join('[,]') : String(answer);
  }
}

