import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/tf-programme/define.js';
import { demoFeed, invalidFeed, loading } from './story-helpers.js';

interface ProgrammeArgs {
  programme: string;
  sheetHref?: string;
  now: string;
  headingLevel: number;
  lang: 'fr' | 'en';
}

const meta: Meta<ProgrammeArgs> = {
  title: 'Éléments/tf-programme',
  component: 'tf-programme',
  args: {
    programme: 'cadrage-aller-vers',
    sheetHref: '/formations/{id}',
    // Before the demo feed's sessions, so that each training has a next session.
    now: '2021-10-01',
    headingLevel: 2,
    lang: 'fr',
  },
  argTypes: {
    programme: { control: 'select', options: ['cadrage-aller-vers', 'inconnu'] },
    sheetHref: { control: 'text', description: 'URL template of a training’s sheet when the feed has no url: `{id}` is the training’s id' },
    now: { control: 'text', description: 'Today, as an ISO date' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<tf-programme
    .feed=${demoFeed}
    lang=${args.lang}
    programme=${args.programme}
    sheet-href=${args.sheetHref ?? nothing}
    now=${args.now}
    heading-level=${args.headingLevel}
  ></tf-programme>`,
};

export default meta;
type Story = StoryObj<ProgrammeArgs>;

/** The « Aller vers » framework: 2 modules, 6 sequences, and the three trainings that deliver module 1. */
export const Programme: Story = {};

/** Later on: no training has a session ahead. */
export const NoSessionAhead: Story = { args: { now: '2024-01-01' } };

export const English: Story = { args: { lang: 'en' } };

/** An id the feed does not have. */
export const UnknownProgramme: Story = { args: { programme: 'inconnu' } };

export const Loading: Story = {
  render: () => loading(html`<tf-programme programme="cadrage-aller-vers"></tf-programme>`),
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<tf-programme .feed=${invalidFeed} programme="cadrage-aller-vers"></tf-programme>`,
};
