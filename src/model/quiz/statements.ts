/**
 * The `detail` of `tf-quiz-*` events: xAPI statements (1.0.3, read by 2.0 stores too), so that a host page can
 * forward them to its Learning Record Store. The widget itself sends nothing (docs/xapi.md).
 *
 * - Activity ids are URNs: `urn:training-feed-widgets:quiz:<quiz>`, `…:quiz:<quiz>:item:<item>` and
 *   `urn:training-feed-widgets:training:<training>`.
 * - Every extension key is an IRI under `xapiExtensionBase` (`phase`, `quiz-id`, `training`, `item-id`,
 *   `by-objective`, `by-sequence`).
 * - Each answer's activity defines its interaction (`choices`, `scale`, `source`/`target`,
 *   `correctResponsesPattern`), so that a store can read the response; its `contextActivities.parent` is the quiz
 *   and `grouping` the training.
 * - `actor`: only the host knows the learner. Given (`<tf-quiz>.actor`), it is in every statement; otherwise the
 *   host adds it before sending, as a store refuses a statement without one.
 */
import type { Quiz, QuizItem } from '../schema.js';
import type { QuizPhase, StoredAnswer, StoredQuizResult } from '../learner-records.js';
import { correctOptions, isAnswered, isKnowledge, itemScore, matchingChoices } from './scoring.js';
import { decimal, levelId, responseOf, targetId } from './responses.js';

export { responseOf };

type LanguageMap = Record<string, string>;

/** An xAPI Agent: one inverse functional identifier (`mbox`, `mbox_sha1sum`, `openid` or `account`). */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export type InteractionType = 'choice' | 'true-false' | 'likert' | 'long-fill-in' | 'fill-in' | 'numeric' | 'matching';

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  name: LanguageMap;
  type: string;
  interactionType?: InteractionType;
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  correctResponsesPattern?: string[];
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface QuizStatement {
  /** Set when the host gave one; otherwise the host adds it before sending. */
  actor?: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: Activity & { definition: ActivityDefinition };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    response?: string;
    completion: boolean;
    /** ISO 8601 duration, e.g. `PT4M12.5S`. */
    duration?: string;
  };
  context: {
    contextActivities?: { parent?: Activity[]; grouping?: Activity[] };
    extensions: Record<string, unknown>;
  };
  /** ISO 8601 instant. */
  timestamp: string;
}

/** The one base of every extension key of the statements. */
export const xapiExtensionBase = 'urn:training-feed-widgets:xapi:extension:';

/** The extension keys, full IRIs. */
export const xapiExtensions = {
  phase: `${xapiExtensionBase}phase`,
  quizId: `${xapiExtensionBase}quiz-id`,
  training: `${xapiExtensionBase}training`,
  itemId: `${xapiExtensionBase}item-id`,
  byObjective: `${xapiExtensionBase}by-objective`,
  bySequence: `${xapiExtensionBase}by-sequence`,
} as const;

const verbs = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'fr-FR': 'a commencé', 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu', 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'fr-FR': 'a terminé', 'en-US': 'completed' } },
} as const;

const assessment = 'http://adlnet.gov/expapi/activities/assessment';
const interaction = 'http://adlnet.gov/expapi/activities/cmi.interaction';

export const quizActivityId = (quizId: string): string => `urn:training-feed-widgets:quiz:${quizId}`;
export const itemActivityId = (quizId: string, itemId: string): string => `${quizActivityId(quizId)}:item:${itemId}`;
export const trainingActivityId = (trainingId: string): string => `urn:training-feed-widgets:training:${trainingId}`;

export interface StatementContext {
  quiz: Quiz;
  phase: QuizPhase;
  training: string | undefined;
  now: Date;
  /** The learner, when the host page gave it. */
  actor?: XapiAgent | undefined;
}

/** The language of the feed's texts: French, the feed's language. */
const inFeedLanguage = (text: string): LanguageMap => ({ 'fr-FR': text });

/** ISO 8601 duration of `milliseconds`, in seconds to the hundredth: `PT3723.45S` (1 h 2 min 3.45 s). */
export function isoDuration(milliseconds: number): string {
  return `PT${Math.max(0, Math.round(milliseconds / 10)) / 100}S`;
}

const quizActivity = (quiz: Quiz): Activity & { definition: ActivityDefinition } => ({
  objectType: 'Activity',
  id: quizActivityId(quiz.id),
  definition: { name: inFeedLanguage(quiz.title), type: assessment },
});

function baseContext({ quiz, phase, training }: StatementContext, parent: boolean): QuizStatement['context'] {
  const grouping = training ? [{ objectType: 'Activity' as const, id: trainingActivityId(training) }] : undefined;
  const contextActivities = {
    ...(parent ? { parent: [{ objectType: 'Activity' as const, id: quizActivityId(quiz.id) }] } : {}),
    ...(grouping ? { grouping } : {}),
  };
  return {
    ...(Object.keys(contextActivities).length > 0 ? { contextActivities } : {}),
    extensions: { [xapiExtensions.phase]: phase, [xapiExtensions.quizId]: quiz.id, ...(training ? { [xapiExtensions.training]: training } : {}) },
  };
}

const withActor = (context: StatementContext): Pick<QuizStatement, 'actor'> => (context.actor ? { actor: context.actor } : {});

export function startStatement(context: StatementContext): QuizStatement {
  return {
    ...withActor(context),
    verb: verbs.initialized,
    object: quizActivity(context.quiz),
    context: baseContext(context, false),
    timestamp: context.now.toISOString(),
  };
}

const component = (id: string, description: string): InteractionComponent => ({ id, description: inFeedLanguage(description) });

/** The interaction an item defines: its components and, for knowledge items, the responses that earn full credit. */
export function interactionOf(item: QuizItem): Pick<ActivityDefinition, 'interactionType' | 'choices' | 'scale' | 'source' | 'target' | 'correctResponsesPattern'> {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const correct = correctOptions(item).map((option) => option.id);
      const pattern = !isKnowledge(item) ? undefined : item.type === 'single' ? correct : [correct.join('[,]')];
      return {
        interactionType: 'choice',
        choices: item.options.map((option) => component(option.id, option.label)),
        ...(pattern ? { correctResponsesPattern: pattern } : {}),
      };
    }
    case 'true-false':
      return { interactionType: 'true-false', correctResponsesPattern: [String(item.answer)] };
    case 'scale':
      return { interactionType: 'likert', scale: item.levels.map((level, index) => component(levelId(index), level.label)) };
    case 'text':
      return { interactionType: 'long-fill-in' };
    case 'short-answer': {
      const flag = `{case_matters=${item.caseSensitive === true}}`;
      return {
        interactionType: 'fill-in',
        correctResponsesPattern: item.answers.filter((answer) => (answer.credit ?? 100) === 100).map((answer) => `${flag}${answer.text}`),
      };
    }
    case 'numerical':
      return {
        interactionType: 'numeric',
        correctResponsesPattern: item.answers
          .filter((answer) => (answer.credit ?? 100) === 100)
          .map((answer) => {
            const tolerance = answer.tolerance ?? 0;
            return tolerance === 0 ? decimal(answer.value) : `${decimal(answer.value - tolerance)}[:]${decimal(answer.value + tolerance)}`;
          }),
      };
    case 'matching': {
      const targets = matchingChoices(item);
      return {
        interactionType: 'matching',
        source: item.pairs.map((pair) => component(pair.id, pair.prompt)),
        target: targets.map((match, index) => component(targetId(index), match)),
        correctResponsesPattern: [item.pairs.map((pair) => `${pair.id}[.]${targetId(targets.indexOf(pair.match))}`).join('[,]')],
      };
    }
    case 'instruction':
      return {};
  }
}

export function answerStatement(context: StatementContext, item: QuizItem, answer: StoredAnswer | undefined): QuizStatement {
  const score = itemScore(item, answer);
  const base = baseContext(context, true);
  return {
    ...withActor(context),
    verb: verbs.answered,
    object: {
      objectType: 'Activity',
      id: itemActivityId(context.quiz.id, item.id),
      definition: { name: inFeedLanguage(item.prompt), type: interaction, ...interactionOf(item) },
    },
    result: {
      ...(score !== undefined ? { score: { scaled: score, raw: score, min: 0, max: 1 } } : {}),
      ...(isKnowledge(item) ? { success: score === 1 } : {}),
      response: responseOf(item, answer),
      completion: isAnswered(item, answer),
    },
    context: { ...base, extensions: { ...base.extensions, [xapiExtensions.itemId]: item.id } },
    timestamp: context.now.toISOString(),
  };
}

/**
 * `scored` false (a quiz of free-text items only): no score nor success, which would read as a failure.
 * `startedAt`: when the attempt began, for the statement's duration.
 */
export function completeStatement(context: StatementContext, result: StoredQuizResult, scored: boolean, startedAt?: Date): QuizStatement {
  const elapsed = startedAt ? context.now.getTime() - startedAt.getTime() : Number.NaN;
  const base = baseContext(context, false);
  return {
    ...withActor(context),
    verb: verbs.completed,
    object: quizActivity(context.quiz),
    result: {
      ...(scored ? { score: { scaled: result.overall / 100, raw: result.overall, min: 0, max: 100 } } : {}),
      ...(scored && result.passScore !== undefined ? { success: result.overall >= result.passScore } : {}),
      completion: true,
      ...(Number.isFinite(elapsed) ? { duration: isoDuration(elapsed) } : {}),
    },
    context: { ...base, extensions: { ...base.extensions, [xapiExtensions.byObjective]: result.byObjective, [xapiExtensions.bySequence]: result.bySequence } },
    timestamp: context.now.toISOString(),
  };
}
