/**
 * The `detail` of `tf-quiz-*` events: shaped like an xAPI statement (without `actor`, which only the host LMS
 * knows), so that a host can forward it to its Learning Record Store. The widget itself sends nothing.
 */
import type { Quiz, QuizItem } from '../schema.js';
import type { QuizPhase, StoredAnswer, StoredQuizResult } from '../learner-records.js';
import { isAnswered, isKnowledge, itemScore } from './scoring.js';

type LanguageMap = Record<string, string>;

export interface QuizStatement {
  verb: { id: string; display: LanguageMap };
  object: {
    id: string;
    definition: { name: LanguageMap; type: string; interactionType?: 'choice' | 'true-false' | 'likert' | 'long-fill-in' };
  };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    response?: string;
    completion: boolean;
  };
  context: {
    extensions: {
      phase: QuizPhase;
      quizId: string;
      training?: string;
      itemId?: string;
      byObjective?: Record<string, number>;
      bySequence?: Record<string, number>;
    };
  };
  /** ISO 8601 instant. */
  timestamp: string;
}

const verbs = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'fr-FR': 'a commencé', 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu', 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'fr-FR': 'a terminé', 'en-US': 'completed' } },
} as const;

const assessment = 'http://adlnet.gov/expapi/activities/assessment';
const interaction = 'http://adlnet.gov/expapi/activities/cmi.interaction';

export const quizActivityId = (quizId: string): string => `urn:training-feed-widgets:quiz:${quizId}`;
export const itemActivityId = (quizId: string, itemId: string): string => `${quizActivityId(quizId)}:item:${itemId}`;

interface StatementContext {
  quiz: Quiz;
  phase: QuizPhase;
  training: string | undefined;
  now: Date;
}

function extensions({ quiz, phase, training }: StatementContext): QuizStatement['context']['extensions'] {
  return { phase, quizId: quiz.id, ...(training ? { training } : {}) };
}

export function startStatement(context: StatementContext): QuizStatement {
  return {
    verb: verbs.initialized,
    object: { id: quizActivityId(context.quiz.id), definition: { name: { 'fr-FR': context.quiz.title }, type: assessment } },
    context: { extensions: extensions(context) },
    timestamp: context.now.toISOString(),
  };
}

const interactionTypes = { single: 'choice', multiple: 'choice', 'true-false': 'true-false', scale: 'likert', text: 'long-fill-in' } as const;

/** The response in xAPI's format: choice ids joined by `[,]`, `true`/`false`, the likert level index, the text. */
function responseOf(item: QuizItem, answer: StoredAnswer | undefined): string {
  if (!isAnswered(item, answer)) return '';
  return Array.isArray(answer) ? answer.join('[,]') : String(answer);
}

export function answerStatement(context: StatementContext, item: QuizItem, answer: StoredAnswer | undefined): QuizStatement {
  const score = itemScore(item, answer);
  return {
    verb: verbs.answered,
    object: {
      id: itemActivityId(context.quiz.id, item.id),
      definition: { name: { 'fr-FR': item.prompt }, type: interaction, interactionType: interactionTypes[item.type] },
    },
    result: {
      ...(score !== undefined ? { score: { scaled: score, raw: score, min: 0, max: 1 } } : {}),
      ...(isKnowledge(item) ? { success: score === 1 } : {}),
      response: responseOf(item, answer),
      completion: isAnswered(item, answer),
    },
    context: { extensions: { ...extensions(context), itemId: item.id } },
    timestamp: context.now.toISOString(),
  };
}

/** `scored` false (a quiz of free-text items only): no score nor success, which would read as a failure. */
export function completeStatement(context: StatementContext, result: StoredQuizResult, scored: boolean): QuizStatement {
  return {
    verb: verbs.completed,
    object: { id: quizActivityId(context.quiz.id), definition: { name: { 'fr-FR': context.quiz.title }, type: assessment } },
    result: {
      ...(scored ? { score: { scaled: result.overall / 100, raw: result.overall, min: 0, max: 100 } } : {}),
      ...(scored && result.passScore !== undefined ? { success: result.overall >= result.passScore } : {}),
      completion: true,
    },
    context: { extensions: { ...extensions(context), byObjective: result.byObjective, bySequence: result.bySequence } },
    timestamp: context.now.toISOString(),
  };
}
