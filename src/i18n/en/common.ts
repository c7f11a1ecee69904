import type { Translation } from '../translation.js';

export const common: Translation['common'] = {
  loading: 'Loading trainings…',
  errorMissing: 'No training feed is given (missing src attribute).',
  errorNetwork: 'The training feed cannot be reached. Check your connection, then reload the page.',
  errorHttp: (status) => `The training feed could not be loaded (error ${status}).`,
  errorJson: 'The training feed is unreadable (invalid JSON).',
  errorInvalid: (count) => (count === 1 ? 'The training feed contains an error.' : `The training feed contains ${count} errors.`),
  errorDetailsInConsole: 'Details are shown in the browser console.',
  trainingNotFound: (id) => `Training “${id}” is not in the feed.`,
  quizNotFound: (id) => `Quiz “${id}” is not in the feed.`,
  programmeNotFound: (id) => `Framework “${id}” is not in the feed.`,
  attributeMissing: (name) => `The ${name} attribute is missing.`,
  /** Between the items of a list in running text (chosen answers). */
  listSeparator: '; ',
  renderFailed: 'Part of this information could not be shown.',
  modeInPerson: 'In person',
  modeRemote: 'Remote',
  modeBlended: 'Blended (in person and remote)',
  rangeFrom: 'From',
  rangeTo: 'to',
  rangeSingle: 'On',
  rangePair: 'On',
  rangePairJoin: 'and',
  rangeThen: 'then',
  /** A session's registration status, in words (sessions.ts computes it). */
  statusOpen: 'Registration open',
  statusClosingSoon: 'Registration closes soon',
  statusClosed: 'Registration closed',
  statusFull: 'Full',
  statusCancelled: 'Session cancelled',
  statusPast: 'Session over',
};
