import type { Translation } from '../translation.js';

/**
 * A count as the language writes it ("10 000"): below 1,000 it has no separator, and `toLocaleString` would make the
 * first list of a page wait for the number formatter's locale data.
 */
const count = (value: number): string => (Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : value.toLocaleString('en-GB'));

export const sessionList: Translation['sessionList'] = {
  heading: 'Training sessions',
  filtersLabel: 'Filter sessions',
  filtersToggle: 'Filters',
  filtersActive: (count) => (count === 1 ? '1 active filter' : `${count} active filters`),
  searchLabel: 'Search',
  searchHint: 'Title, training body, city…',
  regionLabel: 'Region',
  cityLabel: 'City',
  modeLabel: 'Mode',
  providerLabel: 'Training body',
  anyOption: 'All',
  anyProvider: 'All',
  monthFromLabel: 'From month',
  monthToLabel: 'To month',
  monthHint: 'Format YYYY-MM',
  openOnlyLabel: 'Open for registration only',
  showPastLabel: 'Also show past sessions',
  clearFilters: 'Clear filters',
  resultCount: (sessions) =>
    sessions === 0 ? 'No session' : sessions === 1 ? '1 session' : `${count(sessions)} sessions`,
  empty: 'No session matches your criteria.',
  emptyNoFilters: 'No upcoming session at the moment.',
  showMore: (remaining) => `Show more sessions (${count(remaining)} left)`,
  showMoreUncounted: 'Show more sessions',
  statusLabel: 'Status:',
  provider: 'Training body:',
  place: 'Place:',
  dates: 'Dates:',
  deadline: 'Register by',
  seatsLeft: (remaining, total) =>
    `${remaining === 0 ? 'No seat left' : remaining === 1 ? '1 seat left' : `${remaining} seats left`}${total !== undefined ? ` of ${total}` : ''}`,
  register: 'Register',
  contact: 'Contact',
  call: 'Call',
  viewSheet: 'See the training',
  showResults: (sessions) => (sessions === 1 ? 'Show 1 session' : `Show ${count(sessions)} sessions`),
  contactSubject: (title, session) => `Registration: ${title} (${session})`,
  addToCalendar: 'Add to my calendar',
  calendarFileHint: '(.ics file)',
  details: 'Details',
  duration: 'Duration:',
  speakers: 'Speakers:',
  noRegion: 'Region not given',
  icsRemote: 'Remote',
  icsProvider: 'Training body',
  icsRegistration: 'Registration',
  icsMore: 'More information',
};
