/**
 * Fields that name another part of the feed (a training's programme, a quiz item's objectives…). The studio offers
 * the existing ids in a list: an author never types an id that must match another one.
 */
import type { Feed } from '../../model/schema.js';
import { getAt, pathPattern, type Path } from './paths.js';

export interface ReferenceChoice {
  value: string;
  label: string;
}

export interface Reference {
  /** A list of ids (checkboxes) or one id (a select). */
  multiple: boolean;
  choices: ReferenceChoice[];
}

const choice = (item: { id: string; title?: string; text?: string }): ReferenceChoice => ({
  value: item.id,
  label: item.title ?? item.text ?? item.id,
});

const trainings = (feed: Feed) => feed.trainings.map(choice);
const programmes = (feed: Feed) => feed.programmes.map(choice);
const sequences = (feed: Feed) =>
  feed.programmes.flatMap((programme) =>
    programme.modules.flatMap((module) => module.sequences.map((sequence) => ({ value: sequence.id, label: `${module.title} › ${sequence.title}` }))),
  );

/** The objectives a quiz item may measure: its quiz's training's, else every training's. */
function objectivesFor(feed: Feed, path: Path): ReferenceChoice[] {
  const quiz = getAt(feed, path.slice(0, 2)) as { training?: string } | undefined;
  const pool = feed.trainings.filter((training) => quiz?.training === undefined || training.id === quiz.training);
  return pool.flatMap((training) => (training.objectives ?? []).map(choice));
}

/** The modules a training may deliver: its programme's, else every programme's. */
function modulesFor(feed: Feed, path: Path): ReferenceChoice[] {
  const training = getAt(feed, path.slice(0, 2)) as { programme?: string } | undefined;
  return feed.programmes
    .filter((programme) => training?.programme === undefined || programme.id === training.programme)
    .flatMap((programme) => programme.modules.map(choice));
}

/** Other modules of the same programme, for "requires". */
function siblingModules(feed: Feed, path: Path): ReferenceChoice[] {
  const modules = (getAt(feed, path.slice(0, 3)) as { id: string; title: string }[] | undefined) ?? [];
  const self = getAt(feed, path.slice(0, 4)) as { id?: string } | undefined;
  return modules.filter((module) => module.id !== self?.id).map(choice);
}

const rules: Record<string, (feed: Feed, path: Path) => Reference> = {
  'trainings.*.programme': (feed) => ({ multiple: false, choices: programmes(feed) }),
  'trainings.*.module': (feed, path) => ({ multiple: false, choices: modulesFor(feed, path) }),
  'trainings.*.objectives.*.sequences': (feed) => ({ multiple: true, choices: sequences(feed) }),
  'programmes.*.modules.*.requires': (feed, path) => ({ multiple: true, choices: siblingModules(feed, path) }),
  'quizzes.*.training': (feed) => ({ multiple: false, choices: trainings(feed) }),
  'quizzes.*.programme': (feed) => ({ multiple: false, choices: programmes(feed) }),
  'quizzes.*.items.*.objectives': (feed, path) => ({ multiple: true, choices: objectivesFor(feed, path) }),
  'quizzes.*.items.*.sequences': (feed) => ({ multiple: true, choices: sequences(feed) }),
  'quizzes.*.bands.*.recommendations.*.training': (feed) => ({ multiple: false, choices: trainings(feed) }),
  'quizzes.*.bands.*.recommendations.*.sequence': (feed) => ({ multiple: false, choices: sequences(feed) }),
};

/** The choices for the field at `path` when it names other parts of the feed, else undefined. */
export function referenceAt(feed: Feed, path: Path): Reference | undefined {
  return rules[pathPattern(path)]?.(feed, path);
}
