import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/tf-sheet-card/define.js';
import type { Feed } from '../src/model/schema.js';
import { demoFeed, invalidFeed, loading } from './story-helpers.js';

interface SheetCardArgs {
  training: string;
  variant: 'full' | 'compact';
  qualiopi: boolean;
  href?: string;
  now: string;
  headingLevel: number;
  lang: 'fr' | 'en';
}

const meta: Meta<SheetCardArgs> = {
  title: 'Éléments/tf-sheet-card',
  component: 'tf-sheet-card',
  args: {
    training: 'praxis-aller-vers-m1',
    variant: 'full',
    qualiopi: false,
    // Before the demo feed's sessions, so that their registration is open.
    now: '2021-10-01',
    headingLevel: 2,
    lang: 'fr',
  },
  argTypes: {
    training: { control: 'select', options: ['irts-fc-aller-vers-m1', 'praxis-aller-vers-m1', 'apsn-aller-vers-m1', 'inconnue'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    qualiopi: { control: 'boolean', description: 'Staff panel: the Qualiopi indicator-1 items missing from the feed' },
    href: { control: 'text', description: 'Link of "Voir la fiche" (compact), instead of the feed’s url' },
    now: { control: 'text', description: 'Today, as an ISO date' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<tf-sheet-card
    .feed=${demoFeed}
    lang=${args.lang}
    training=${args.training}
    variant=${args.variant}
    ?qualiopi=${args.qualiopi}
    href=${args.href ?? nothing}
    now=${args.now}
    heading-level=${args.headingLevel}
  ></tf-sheet-card>`,
};

export default meta;
type Story = StoryObj<SheetCardArgs>;

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
      (training) => html`<tf-sheet-card .feed=${demoFeed} training=${training.id} variant="compact" now=${args.now} href="/formations/${training.id}" heading-level="3"></tf-sheet-card>`,
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
    return html`<tf-sheet-card .feed=${feed} training="praxis-aller-vers-m1" qualiopi now=${args.now}></tf-sheet-card>`;
  },
};

/** The slots: a logo beside the title, a call to action after the key facts, a footer. */
export const WithSlots: Story = {
  render: (args) => html`<tf-sheet-card .feed=${demoFeed} training=${args.training} now=${args.now}>
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
