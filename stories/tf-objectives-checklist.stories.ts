import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/tf-objectives-checklist/define.js';
import { checklistRecord } from '../src/elements/tf-objectives-checklist/checklist-storage.js';
import { quizRecord, type StoredQuizResult } from '../src/elements/tf-quiz/quiz-results.js';
import type { Feed } from '../src/model/schema.js';
import { demoFeed, invalidFeed, loading } from './story-helpers.js';

/**
 * Stories that need something on the device (consent given, quiz results) write it in their render, before the
 * element reads it. Each uses its own training id so that a docs page showing every story at once stays coherent.
 */
const quizId = 'positionnement-aller-vers-m1';
const consentTrainingId = 'apsn-aller-vers-m1-story-consent';

/**
 * The demo feed plus a copy of the APSN training under another id (without its sessions, whose ids must stay unique
 * in a feed), whose progress the "consent given" story saves.
 */
const storyFeed: Feed = {
  ...demoFeed,
  trainings: [
    ...demoFeed.trainings,
    ...demoFeed.trainings.filter((training) => training.id === 'apsn-aller-vers-m1').map((training) => ({ ...training, id: consentTrainingId, sessions: [] })),
  ],
};

function quizResult(phase: 'pre' | 'post', byObjective: Record<string, number>): StoredQuizResult {
  return { quizId, phase, completedAt: '2024-03-01T10:00:00+01:00', overall: 55, byObjective, bySequence: {}, passScore: 70 };
}

function saveQuizResults(): void {
  quizRecord(quizId).write({
    version: 1,
    quizId,
    consent: true,
    progress: {},
    results: {
      pre: quizResult('pre', { 'apsn-obj-1': 40, 'apsn-obj-2': 25, 'apsn-obj-3': 50, 'apsn-obj-6': 0 }),
      post: quizResult('post', { 'apsn-obj-1': 80, 'apsn-obj-2': 60, 'apsn-obj-3': 90, 'apsn-obj-6': 75 }),
    },
  });
}

type Args = { training: string; lang: string; quiz: string; headingLevel: number };

const renderChecklist = ({ training, lang, quiz, headingLevel }: Args) =>
  html`<tf-objectives-checklist .feed=${storyFeed} training=${training} lang=${lang} quiz=${quiz} heading-level=${headingLevel}></tf-objectives-checklist>`;

const meta: Meta<Args> = {
  title: 'Éléments/tf-objectives-checklist',
  component: 'tf-objectives-checklist',
  args: { training: 'irts-fc-aller-vers-m1', lang: 'fr', quiz: '', headingLevel: 2 },
  argTypes: {
    training: { control: 'select', options: storyFeed.trainings.map((training) => training.id), description: 'Id de la formation' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    quiz: { control: 'text', description: 'Id(s) du questionnaire qui sert de preuve ; par défaut, ceux de la formation' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
  },
  render: (args) => renderChecklist(args),
  parameters: {
    docs: {
      description: {
        component:
          'Les objectifs d’une formation en liste à cocher pour l’apprenant (Qualiopi, indicateur 11)\u00a0: état de chaque objectif, note, progression, preuves du questionnaire avant/après et suggestion. Rien n’est enregistré sur l’appareil sans le consentement de l’apprenant.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: every objective "Pas commencé". */
export const Empty: Story = {
  render: (args) => {
    checklistRecord(args.training).erase();
    return renderChecklist(args);
  },
};

/** Some objectives acquired, one in progress (chosen by clicks, in memory: nothing is stored). */
export const InProgress: Story = {
  args: { training: 'praxis-aller-vers-m1' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('tf-objectives-checklist');
    await element?.updateComplete;
    const choose = (index: number, state: string) =>
      element?.shadowRoot?.querySelectorAll('li.objective')[index]?.querySelector<HTMLInputElement>(`input[value="${state}"]`)?.click();
    choose(0, 'acquired');
    choose(1, 'acquired');
    choose(2, 'in-progress');
  },
};

/** Results of the positioning quiz before and after the training on this device: scores and suggestions. */
export const WithQuizEvidence: Story = {
  args: { training: 'apsn-aller-vers-m1' },
  render: (args) => {
    saveQuizResults();
    checklistRecord(args.training).erase();
    return renderChecklist(args);
  },
};

/** The learner ticked "Enregistrer ma progression sur cet appareil": restored from the device, with a note. */
export const ConsentGiven: Story = {
  args: { training: consentTrainingId, quiz: quizId },
  render: (args) => {
    saveQuizResults();
    checklistRecord(args.training).write({
      version: 1,
      trainingId: args.training,
      consent: true,
      updatedAt: '2024-03-02T09:00:00+01:00',
      objectives: {
        'apsn-obj-1': { state: 'acquired', note: 'Validé en stage auprès de l’équipe mobile.' },
        'apsn-obj-2': { state: 'in-progress', note: '' },
      },
    });
    return renderChecklist(args);
  },
};

/** The same checklist in English. */
export const English: Story = {
  args: { training: 'apsn-aller-vers-m1', lang: 'en' },
};

/** While the feed loads. */
export const Loading: Story = {
  // loading() is typed `unknown` in the shared helpers; it returns a Lit template.
  render: ({ training, lang }) => loading(html`<tf-objectives-checklist training=${training} lang=${lang}></tf-objectives-checklist>`) as TemplateResult,
};

/** An invalid feed: a short message, the details in the console. */
export const ErrorState: Story = {
  name: 'Error',
  render: ({ training, lang }) => html`<tf-objectives-checklist .feed=${invalidFeed} training=${training} lang=${lang}></tf-objectives-checklist>`,
};

/** An id the feed does not hold. */
export const UnknownTraining: Story = {
  args: { training: 'formation-inconnue' },
};
