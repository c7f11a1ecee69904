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

/** The feed being written may be anything until it is valid: lists that are not lists count as empty. */
const listOf = <T>(value: readonly T[] | undefined): T[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []);

/** Parts with an id can be named; the label is their title or text when they have one. */
function choices(items: readonly { id: string; title?: string; text?: string }[] | undefined): ReferenceChoice[] {
  return listOf(items)
    .filter((item) => typeof item.id === 'string' && item.id !== '')
    .map((item) => ({ value: item.id, label: typeof item.title === 'string' ? item.title : typeof item.text === 'string' ? item.text : item.id }));
}

const trainings = (feed: Feed) => choices(feed.trainings);
const programmes = (feed: Feed) => choices(feed.programmes);
const sequences = (feed: Feed) =>
  listOf(feed.programmes).flatMap((programme) =>
    listOf(programme.modules).flatMap((module) => choices(module.sequences).map((sequence) => ({ value: sequence.value, label: `${module.title} › ${sequence.label}` }))),
  );

/** The objectives a quiz item may measure: its quiz's training's, else every training's. */
function objectivesFor(feed: Feed, path: Path): ReferenceChoice[] {
  const quiz = getAt(feed, path.slice(0, 2)) as { training?: string } | undefined;
  const pool = listOf(feed.trainings).filter((training) => quiz?.training === undefined || training.id === quiz.training);
  return pool.flatMap((training) => choices(training.objectives));
}

/** The modules a training may deliver: its programme's, else every programme's. */
function modulesFor(feed: Feed, path: Path): ReferenceChoice[] {
  const training = getAt(feed, path.slice(0, 2)) as { programme?: string } | undefined;
  return listOf(feed.programmes)
    .filter((programme) => training?.programme === undefined || programme.id === training.programme)
    .flatMap((programme) => choices(programme.modules));
}

/** Other modules of the same programme, for "requires". */
function siblingModules(feed: Feed, path: Path): ReferenceChoice[] {
  const self = getAt(feed, path.slice(0, 4)) as { id?: string } | undefined;
  return choices(getAt(feed, path.slice(0, 3)) as { id: string; title: string }[] | undefined).filter((module) => module.value !== self?.id);
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
