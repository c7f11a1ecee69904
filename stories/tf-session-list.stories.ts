import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, invalidFeed, loading, renderFromArgs } from './story-helpers.js';

const meta: Meta = {
  title: 'Éléments/tf-session-list',
  component: 'tf-session-list',
  args: {
    // Before the demo feed's sessions, so that they are all to come.
    now: '2021-10-01',
    'sheet-href': '/formations/{id}',
    lang: 'fr',
  },
  // Only the demo feed's ids and regions as choices; everything else comes from the manifest.
  argTypes: {
    training: { control: 'select', options: [undefined, ...demoFeed.trainings.map((training) => training.id)] },
    region: { control: 'select', options: [undefined, ...new Set(demoFeed.trainings.flatMap((training) => training.sessions.map((session) => session.place?.region)))] },
  },
  render: renderFromArgs('tf-session-list', { feed: demoFeed }),
};

export default meta;
type Story = StoryObj;

/** Every session of the demo feed, grouped by month. */
export const List: Story = {};

/** A prefiltered list, as a regional partner would embed it: `region="Grand Est"`. */
export const FilteredByRegion: Story = { args: { region: 'Grand Est' } };

/** No session matches: the message and the button that clears the filters. */
export const Empty: Story = { args: { q: 'aucune formation de ce nom' } };

/** While the feed loads. */
export const Loading: Story = {
  render: () => loading(html`<tf-session-list></tf-session-list>`),
};

/** An invalid feed: a short message for the reader, the details in the console. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<tf-session-list .feed=${invalidFeed}></tf-session-list>`,
};

/** Later on: past sessions shown, with their "Session terminée" status. */
export const PastShown: Story = { args: { now: '2022-03-14', 'show-past': true } };

export const GroupedByRegion: Story = { args: { 'group-by': 'region' } };

export const GroupedByTraining: Story = { args: { 'group-by': 'training' } };

/** One training's sessions, without the filter bar, as on its sheet. */
export const OneTrainingWithoutFilters: Story = { args: { training: 'praxis-aller-vers-m1', 'no-filters': true, 'group-by': 'none' } };

export const English: Story = { args: { lang: 'en' } };
