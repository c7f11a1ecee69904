import type { Translation } from '../translation.js';

export const sheetCard: Translation['sheetCard'] = {
  label: 'Training sheet',
  programme: 'National framework',
  module: (number, title) => `Module ${number}: ${title}`,
  sectors: 'Sectors',
  audience: 'Audience',
  duration: 'Duration',
  durationDays: (days) => `${days.toLocaleString('en-GB')} day${days === 1 ? '' : 's'}`,
  durationHours: (hours) => `${hours.toLocaleString('en-GB')} hour${hours === 1 ? '' : 's'}`,
  provider: 'Training body',
  funder: 'Funder',
  datesAndPlaces: 'Dates and places',
  session: 'Session',
  registrationDeadline: 'Registration deadline',
  registerFor: (session) => `Register for session ${session}`,
  contacts: 'Contacts',
  speakers: 'Speakers',
  partners: 'Partners and co-funding',
  context: 'Context',
  showContext: 'Read the context',
  objectives: 'Objectives',
  prerequisites: 'Prerequisites',
  noPrerequisites: 'No prerequisites',
  content: 'Course content',
  showContent: 'See the content day by day',
  reservedFor: (audience) => `Reserved for: ${audience}`,
  personalWork: 'Personal work',
  personalWorkSummary: (hours, periodDays) =>
    `${hours === undefined ? 'Personal work' : `${hours.toLocaleString('en-GB')} h of personal work`}${
      periodDays === undefined ? '' : ` over ${periodDays} day${periodDays === 1 ? '' : 's'}`
    }`,
  methods: 'Teaching methods',
  evaluation: 'Evaluation',
  price: 'Price',
  access: 'Access terms and lead time',
  accessibility: 'Accessibility for disabled people',
  updated: 'Last updated',
  certification: 'Certification',
  results: 'Results',
  disabilityReferent: 'Disability referent',
  email: 'Email:',
  phone: 'Phone:',
  qualiopiTitle: 'Qualiopi (indicators 1, 2 and 26): information to publish',
  qualiopiMissing: (count) =>
    count === 1
      ? 'For the training body’s staff: 1 mandatory item is missing from the feed.'
      : `For the training body’s staff: ${count} mandatory items are missing from the feed.`,
  qualiopiComplete: 'Every item of indicators 1, 2 and 26 is published.',
  nextSession: 'Next session',
  registration: 'Registration',
  viewSheet: 'View the sheet',
};
