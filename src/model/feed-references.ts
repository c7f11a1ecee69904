/**
 * The rules of a feed that JSON Schema cannot say: unique ids and references between entries. Each issue names the
 * path of the offending field, so that parse-feed.ts can leave out the entry it belongs to and keep the rest.
 *
 * Ids are looked up in `Map`s and `Set`s, never with `in` on plain objects: an id such as `constructor` or
 * `__proto__` is an id like any other.
 */
import type * as z from 'zod/mini';
import type { Programme, Quiz, Training } from './schema.js';

/** The part of the feed the rules read (typed from the entries' schemas, so that schema.ts can call this). */
export interface FeedEntries {
  trainings: readonly Training[];
  quizzes: readonly Quiz[];
  programmes: readonly Programme[];
}

type Path = (string | number)[];

/**
 * What a partial feed leaves out for the issue (parse-feed.ts): the later of two entries with one id, or the
 * reference to nothing (the link only: a quiz stays, without the training it named).
 */
export type LeaveOut = 'duplicate' | 'reference';

/** The validation under way (zod's payload): the feed parsed so far and its issues. */
type Ctx = z.core.ParsePayload<FeedEntries>;

function report(ctx: Ctx, path: Path, message: string, input: unknown, leaveOut: LeaveOut = 'reference'): void {
  ctx.issues.push({ code: 'custom', path, message, input, params: { leaveOut }, continue: true });
}

/** Reports every id seen twice in `list` (at the later one), and returns the first entry of each id. */
function indexById<T extends { id: string }>(list: readonly T[], path: Path, what: string, ctx: Ctx): Map<string, T> {
  const byId = new Map<string, T>();
  list.forEach((item, index) => {
    if (byId.has(item.id)) report(ctx, [...path, index, 'id'], `${what} « ${item.id} » en double`, item.id, 'duplicate');
    else byId.set(item.id, item);
  });
  return byId;
}

/** Reports `id` (when set) unless `known` has it: « what « id » introuvable dans where ». */
function checkKnown(id: string | undefined, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, path: Path, what: string, where: string, ctx: Ctx): void {
  if (id !== undefined && !known.has(id)) report(ctx, path, `${what} « ${id} » introuvable dans ${where}`, id);
}

/** checkKnown for each id of a list. */
function checkAllKnown(ids: readonly string[] | undefined, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, path: Path, what: string, where: string, ctx: Ctx): void {
  ids?.forEach((id, index) => checkKnown(id, known, [...path, index], what, where, ctx));
}

/** The check the feed schema runs once its entries are valid (`z.check`). */
export function checkFeedReferences(ctx: Ctx): void {
  const feed = ctx.value;
  const trainings = indexById(feed.trainings, ['trainings'], 'formation', ctx);
  indexById(feed.quizzes, ['quizzes'], 'quiz', ctx);
  const programmes = indexById(feed.programmes, ['programmes'], 'référentiel', ctx);

  const sequenceIds = new Set<string>();
  feed.programmes.forEach((programme, p) => {
    const modules = indexById(programme.modules, ['programmes', p, 'modules'], 'module', ctx);
    programme.modules.forEach((module, m) => {
      const modulePath = ['programmes', p, 'modules', m];
      indexById(module.sequences, [...modulePath, 'sequences'], 'séquence', ctx);
      module.sequences.forEach((sequence) => sequenceIds.add(sequence.id));
      checkAllKnown(module.requires, modules, [...modulePath, 'requires'], 'module', `le référentiel « ${programme.id} »`, ctx);
    });
  });

  // Session ids are unique across the whole feed: URLs, events and calendars name a session by its id alone.
  const sessionIds = new Set<string>();
  feed.trainings.forEach((training, t) => {
    training.sessions.forEach((session, s) => {
      if (sessionIds.has(session.id)) report(ctx, ['trainings', t, 'sessions', s, 'id'], `session « ${session.id} » en double`, session.id, 'duplicate');
      sessionIds.add(session.id);
    });
    indexById(training.objectives ?? [], ['trainings', t, 'objectives'], 'objectif', ctx);
    training.objectives?.forEach((objective, o) =>
      checkAllKnown(objective.sequences, sequenceIds, ['trainings', t, 'objectives', o, 'sequences'], 'séquence', 'programmes', ctx),
    );
    checkKnown(training.programme, programmes, ['trainings', t, 'programme'], 'référentiel', 'programmes', ctx);
    const programme = training.programme === undefined ? undefined : programmes.get(training.programme);
    if (programme) {
      const modules = new Set(programme.modules.map((m) => m.id));
      checkKnown(training.module, modules, ['trainings', t, 'module'], 'module', `le référentiel « ${programme.id} »`, ctx);
    }
  });

  feed.quizzes.forEach((quiz, q) => {
    const quizPath = ['quizzes', q];
    indexById(quiz.items, [...quizPath, 'items'], 'question', ctx);
    checkKnown(quiz.training, trainings, [...quizPath, 'training'], 'formation', 'trainings', ctx);
    checkKnown(quiz.programme, programmes, [...quizPath, 'programme'], 'référentiel', 'programmes', ctx);
    const training = quiz.training === undefined ? undefined : trainings.get(quiz.training);
    const objectiveIds = new Set((training?.objectives ?? []).map((o) => o.id));
    quiz.items.forEach((item, i) => {
      const itemPath = [...quizPath, 'items', i];
      if (item.type === 'single' || item.type === 'multiple') indexById(item.options, [...itemPath, 'options'], 'option', ctx);
      if (item.type === 'matching') indexById(item.pairs, [...itemPath, 'pairs'], 'paire', ctx);
      if (training) checkAllKnown(item.objectives, objectiveIds, [...itemPath, 'objectives'], 'objectif', `la formation « ${training.id} »`, ctx);
      checkAllKnown(item.sequences, sequenceIds, [...itemPath, 'sequences'], 'séquence', 'programmes', ctx);
    });
    quiz.bands?.forEach((band, b) =>
      band.recommendations?.forEach((recommendation, r) => {
        const path = [...quizPath, 'bands', b, 'recommendations', r];
        checkKnown(recommendation.training, trainings, [...path, 'training'], 'formation', 'trainings', ctx);
        checkKnown(recommendation.sequence, sequenceIds, [...path, 'sequence'], 'séquence', 'programmes', ctx);
      }),
    );
  });
}
