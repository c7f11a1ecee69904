import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Feed } from '../src/model/schema.js';
import { demoFeed, invalidFeed, loading, renderFromArgs } from './story-helpers.js';

const meta: Meta = {
  title: 'Éléments/tf-sheet-card',
  component: 'tf-sheet-card',
  args: {
    training: 'praxis-aller-vers-m1',
    // Before the demo feed's sessions, so that their registration is open.
    now: '2021-10-01',
    lang: 'fr',
  },
  // Only the demo feed's ids as choices; everything else comes from the manifest.
  argTypes: {
    training: { control: 'select', options: [...demoFeed.trainings.map((training) => training.id), 'inconnue'] },
  },
  render: renderFromArgs('tf-sheet-card', { feed: demoFeed }),
};

export default meta;
type Story = StoryObj;

/** PRAXIS (Grand Est): day-by-day content with the half day reserved to managers, speakers, OPCO contact. */
export const FullPraxis: Story = {};

/** IRTS Franche-Comté: e-learning then virtual class, 7 h of personal work over 15 days, registration deadline. */
export const FullIrts: Story = { args: { training: 'irts-fc-aller-vers-m1' } };

/** APSN (Hauts-de-France): three groups in three cities, « Pas de prérequis ». */
export const FullApsn: Story = { args: { training: 'apsn-aller-vers-m1' } };

/** The card for lists: title, body, duration, next session, registration status and "Voir la fiche". */
export const Compact: Story = { args: { variant: 'compact', href: '/formations/praxis-aller-vers-m1' } };

/** The three trainings side by side as compact cards. */
export const CompactGrid: Story = {
  render: (args) => html`<div style="display:grid;gap:1em;grid-template-columns:repeat(auto-fill,minmax(18em,1fr))">
    ${demoFeed.trainings.map(
      (training) => html`<tf-sheet-card .feed=${demoFeed} training=${training.id} variant="compact" now=${String(args.now)} href="/formations/${training.id}" heading-level="3"></tf-sheet-card>`,
    )}
  </div>`,
};

/** For the training body's staff: the Qualiopi indicator-1 items the feed does not publish yet. */
export const QualiopiFlags: Story = { args: { qualiopi: true } };

/** Every indicator-1 item published: the panel says so. */
export const QualiopiComplete: Story = {
  render: (args) => {
    const feed = structuredClone(demoFeed) as Feed;
    Object.assign(feed.trainings.find((training) => training.id === 'praxis-aller-vers-m1')!, {
      access: 'Inscription auprès de l’OPCO au plus tard 15 jours avant le début de la session.',
      price: { amount: 0, currency: 'EUR', label: 'Prise en charge par l’OPCO Santé (fonds mutualisés)' },
      methods: ['Apports théoriques', 'Études de situations', 'Échanges de pratiques'],
      evaluation: ['Quiz de positionnement', 'Évaluation des acquis en fin de formation'],
      accessibility: 'Locaux accessibles. Contactez le référent handicap pour adapter la formation.',
    });
    return html`<tf-sheet-card .feed=${feed} training="praxis-aller-vers-m1" qualiopi now=${String(args.now)}></tf-sheet-card>`;
  },
};

/** The slots: a logo beside the title, a call to action after the key facts, a footer. */
export const WithSlots: Story = {
  render: (args) => html`<tf-sheet-card .feed=${demoFeed} training=${String(args.training)} now=${String(args.now)}>
    <strong slot="logo">PRAXIS</strong>
    <a slot="actions" href="#inscription">Je m’inscris</a>
    <p slot="footer">Fiche mise à jour le 1er septembre 2023.</p>
  </tf-sheet-card>`,
};

export const English: Story = { args: { lang: 'en' } };

/** An id the feed does not have: a short message, and the id in the console. */
export const UnknownTraining: Story = { args: { training: 'inconnue' } };

/** While the feed loads: a placeholder shaped like the sheet. */
export const Loading: Story = {
  render: () => loading(html`<tf-sheet-card training="praxis-aller-vers-m1"></tf-sheet-card>`),
};

/** An invalid feed: a short message for the reader, the details in the console. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<tf-sheet-card .feed=${invalidFeed} training="praxis-aller-vers-m1"></tf-sheet-card>`,
};
