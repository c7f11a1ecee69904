import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { quizRecordFormat, type StoredQuizResult } from '../src/model/learner-records.js';
import { checklistRecordFormat } from '../src/model/checklist-record.js';
import { deviceRecordOf } from '../src/controllers/learner-record.js';
import type { Feed } from '../src/model/schema.js';
import { demoFeed, invalidFeed, loading, renderFromArgs } from './story-helpers.js';

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
  deviceRecordOf(quizRecordFormat, quizId).write({
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

const renderChecklist = renderFromArgs('tf-objectives-checklist', { feed: storyFeed });

const meta: Meta = {
  title: 'Éléments/tf-objectives-checklist',
  component: 'tf-objectives-checklist',
  args: { training: 'irts-fc-aller-vers-m1', lang: 'fr' },
  // Only the story feed's ids as choices; everything else comes from the manifest.
  argTypes: { training: { control: 'select', options: storyFeed.trainings.map((training) => training.id) } },
  render: renderChecklist,
};
export default meta;

type Story = StoryObj;

/** Nothing chosen yet: every objective "Pas commencé". */
export const Empty: Story = {
  render: (args, context) => {
    deviceRecordOf(checklistRecordFormat, String(args.training)).erase();
    return renderChecklist(args, context);
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
  render: (args, context) => {
    saveQuizResults();
    deviceRecordOf(checklistRecordFormat, String(args.training)).erase();
    return renderChecklist(args, context);
  },
};

/** The learner ticked "Enregistrer ma progression sur cet appareil": restored from the device, with a note. */
export const ConsentGiven: Story = {
  args: { training: consentTrainingId, quiz: quizId },
  render: (args, context) => {
    saveQuizResults();
    deviceRecordOf(checklistRecordFormat, String(args.training)).write({
      version: 1,
      trainingId: String(args.training),
      consent: true,
      updatedAt: '2024-03-02T09:00:00+01:00',
      objectives: {
        'apsn-obj-1': { state: 'acquired', note: 'Validé en stage auprès de l’équipe mobile.' },
        'apsn-obj-2': { state: 'in-progress', note: '' },
      },
    });
    return renderChecklist(args, context);
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
