import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Feed, Quiz, QuizItem } from '../src/model/schema.js';
import { quizRecordFormat, type StoredQuizProgress, type StoredQuizResult } from '../src/model/learner-records.js';
import { deviceRecordOf } from '../src/controllers/learner-record.js';
import { demoFeed, invalidFeed, loading, renderFromArgs } from './story-helpers.js';

const demoQuizId = 'positionnement-aller-vers-m1';
const demoQuiz = demoFeed.quizzes.find((quiz) => quiz.id === demoQuizId) as Quiz;

/** The demo feed with a copy of the demo quiz under `id` (each story its own device record), optionally changed. */
function feedWithQuiz(id: string, change: Partial<Quiz> = {}): Feed {
  return { ...demoFeed, quizzes: [...demoFeed.quizzes, { ...demoQuiz, ...change, id }] };
}

/** A feed whose quiz holds one item of a type, to show each type alone. */
function feedWithItem(type: QuizItem['type']): { feed: Feed; quiz: string } {
  const item = demoQuiz.items.find((candidate) => candidate.type === type) as QuizItem;
  const quiz = `story-item-${type}`;
  return { feed: feedWithQuiz(quiz, { items: [item] }), quiz };
}

/**
 * Writes a learner's saved attempt for `quizId`, as if they had opted in and reloaded the page: the element resumes
 * at that step. Stories only; the format is the public one of `model/learner-records.ts`.
 */
function savedAttempt(quizId: string, progress: Partial<StoredQuizProgress>, results: { pre?: StoredQuizResult; post?: StoredQuizResult } = {}, phase: 'pre' | 'post' = 'pre'): void {
  deviceRecordOf(quizRecordFormat, quizId).write({
    version: 1,
    quizId,
    consent: true,
    progress: { [phase]: { step: 'item', index: 0, answers: {}, checked: [], seed: 'story', startedAt: '2024-03-01T09:00:00.000Z', ...progress } },
    results,
  });
}

const preResult: StoredQuizResult = {
  quizId: 'story-compare',
  phase: 'pre',
  completedAt: '2024-03-01T09:30:00.000Z',
  overall: 38,
  knowledge: 44,
  selfRating: 25,
  passScore: 70,
  byObjective: { 'apsn-obj-1': 33, 'apsn-obj-2': 0, 'apsn-obj-3': 50, 'apsn-obj-4': 33, 'apsn-obj-5': 33, 'apsn-obj-6': 0 },
  bySequence: { 'sequence-1': 45, 'sequence-2': 30, 'sequence-3': 17, 'sequence-4': 100 },
};

/** Every item answered well enough to show progress against `preResult`. */
const goodAnswers: StoredQuizProgress['answers'] = {
  'auto-socio-historique': 2,
  'auto-contextes-publics': 2,
  'auto-etapes-posture': 1,
  'auto-ressources-territoriales': 2,
  'origine-deligny': 'deligny',
  'public-prioritaire': 'niveau-6',
  'modules-sequences': '2-6',
  'rupture-demande': 'demande',
  'champs-connexes': ['maraudes', 'travail-de-rue'],
  'sequences-module-1': ['raisons', 'besoin', 'conditions'],
  'hors-cadre': false,
  'definition-officielle': true,
  'module-2-sans-module-1': true,
  'reflexion-non-demande': 'Aller à la rencontre des personnes qui ne demandent rien.',
};

const meta: Meta = {
  title: 'Éléments/tf-quiz',
  component: 'tf-quiz',
  args: { quiz: demoQuizId, lang: 'fr' },
  // Only the demo feed's quizzes as choices; everything else comes from the manifest.
  argTypes: { quiz: { control: 'select', options: demoFeed.quizzes.map((quiz) => quiz.id) } },
  render: renderFromArgs('tf-quiz', { feed: demoFeed }),
};
export default meta;

type Story = StoryObj;

/** The intro: purpose, number of items, estimated time, what is stored and the consent box. */
export const Intro: Story = {};

const itemStory = (type: QuizItem['type']): Story => ({
  render: () => {
    const { feed, quiz } = feedWithItem(type);
    savedAttempt(quiz, { index: 0 });
    return html`<tf-quiz quiz=${quiz} .feed=${feed}></tf-quiz>`;
  },
});

export const ItemSingleChoice = itemStory('single');
export const ItemMultipleChoice = itemStory('multiple');
export const ItemTrueFalse = itemStory('true-false');
/** A self-rating scale: its levels in a row that wraps on narrow screens. */
export const ItemScale = itemStory('scale');
export const ItemFreeText = itemStory('text');

/** Immediate correction after "Valider": verdict in words and icon, the option's feedback and the explanation. */
export const Feedback: Story = {
  render: () => {
    const quiz = 'story-feedback';
    savedAttempt(quiz, { index: 8, answers: { 'champs-connexes': ['maraudes', 'guichet'] }, checked: ['champs-connexes'] });
    return html`<tf-quiz quiz=${quiz} .feed=${feedWithQuiz(quiz)}></tf-quiz>`;
  },
};

/** The result: overall score, band, recommendations, scores per objective and sequence. */
export const Result: Story = {
  render: () => {
    const quiz = 'story-result';
    savedAttempt(quiz, { step: 'result', answers: { 'origine-deligny': 'deligny', 'auto-socio-historique': 1, 'hors-cadre': false } });
    return html`<tf-quiz quiz=${quiz} .feed=${feedWithQuiz(quiz)}></tf-quiz>`;
  },
};

/** After the training: progress since the positioning, as a chart with a table. */
export const PrePostComparison: Story = {
  render: () => {
    const quiz = 'story-compare';
    savedAttempt(quiz, { step: 'result', answers: goodAnswers }, { pre: preResult }, 'post');
    return html`<tf-quiz quiz=${quiz} phase="post" .feed=${feedWithQuiz(quiz)}></tf-quiz>`;
  },
};

/** The same comparison from a `pre` result given by the host (e.g. its LMS) through `previousResult`. */
export const PrePostFromProperty: Story = {
  render: () => {
    const quiz = 'story-compare-property';
    savedAttempt(quiz, { step: 'result', answers: goodAnswers }, {}, 'post');
    return html`<tf-quiz quiz=${quiz} phase="post" .previousResult=${{ ...preResult, quizId: quiz }} .feed=${feedWithQuiz(quiz)}></tf-quiz>`;
  },
};

/** Every item on one page, with one submit button. */
export const PageLayout: Story = { args: { layout: 'page', quiz: 'positionnement-irts-fc-aller-vers-m1' } };

/** Items and options shuffled with a fixed seed. */
export const Shuffled: Story = { args: { shuffle: true, seed: 'storybook' } };

export const English: Story = { args: { lang: 'en' } };

export const Loading: Story = { render: () => html`${loading(html`<tf-quiz quiz=${demoQuizId}></tf-quiz>`)}` };

export const InvalidFeed: Story = { render: () => html`<tf-quiz quiz=${demoQuizId} .feed=${invalidFeed}></tf-quiz>` };

export const UnknownQuiz: Story = { render: () => html`<tf-quiz quiz="inconnu" .feed=${demoFeed}></tf-quiz>` };
