import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, invalidFeed, loading, renderFromArgs } from './story-helpers.js';

const meta: Meta = {
  title: 'Éléments/tf-programme',
  component: 'tf-programme',
  args: {
    programme: 'cadrage-aller-vers',
    'sheet-href': '/formations/{id}',
    // Before the demo feed's sessions, so that each training has a next session.
    now: '2021-10-01',
    lang: 'fr',
  },
  // Only the demo feed's ids as choices; everything else comes from the manifest.
  argTypes: {
    programme: { control: 'select', options: [...demoFeed.programmes.map((programme) => programme.id), 'inconnu'] },
  },
  render: renderFromArgs('tf-programme', { feed: demoFeed }),
};

export default meta;
type Story = StoryObj;

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
