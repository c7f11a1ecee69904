import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/tf-session-list/define.js';
import { demoFeed, invalidFeed, loading } from './story-helpers.js';

interface SessionListArgs {
  training?: string;
  groupBy: 'month' | 'training' | 'region' | 'none';
  now: string;
  showPast: boolean;
  noFilters: boolean;
  region?: string;
  mode?: '' | 'in-person' | 'remote' | 'blended';
  q?: string;
  openOnly: boolean;
  sheetHref?: string;
  lang: 'fr' | 'en';
}

const meta: Meta<SessionListArgs> = {
  title: 'Éléments/tf-session-list',
  component: 'tf-session-list',
  args: {
    groupBy: 'month',
    // Before the demo feed's sessions, so that they are all to come.
    now: '2021-10-01',
    showPast: false,
    noFilters: false,
    openOnly: false,
    sheetHref: '/formations/{id}',
    lang: 'fr',
  },
  argTypes: {
    training: { control: 'select', options: [undefined, 'irts-fc-aller-vers-m1', 'praxis-aller-vers-m1', 'apsn-aller-vers-m1'] },
    groupBy: { control: 'inline-radio', options: ['month', 'training', 'region', 'none'] },
    now: { control: 'text', description: 'Today, as an ISO date' },
    region: { control: 'select', options: [undefined, 'Grand Est', 'Hauts-de-France', 'Bourgogne-Franche-Comté'] },
    mode: { control: 'select', options: ['', 'in-person', 'remote', 'blended'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<tf-session-list
    .feed=${demoFeed}
    lang=${args.lang}
    training=${args.training ?? nothing}
    group-by=${args.groupBy}
    now=${args.now}
    ?show-past=${args.showPast}
    ?no-filters=${args.noFilters}
    region=${args.region ?? nothing}
    mode=${args.mode || nothing}
    q=${args.q ?? nothing}
    ?open-only=${args.openOnly}
    sheet-href=${args.sheetHref ?? nothing}
  ></tf-session-list>`,
};

export default meta;
type Story = StoryObj<SessionListArgs>;

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
export const PastShown: Story = { args: { now: '2022-03-14', showPast: true } };

export const GroupedByRegion: Story = { args: { groupBy: 'region' } };

export const GroupedByTraining: Story = { args: { groupBy: 'training' } };

/** One training's sessions, without the filter bar, as on its sheet. */
export const OneTrainingWithoutFilters: Story = { args: { training: 'praxis-aller-vers-m1', noFilters: true, groupBy: 'none' } };

export const English: Story = { args: { lang: 'en' } };
