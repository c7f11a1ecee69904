import type { Translation } from '../translation.js';

export const checklist: Translation['checklist'] = {
  heading: 'My training objectives',
  noObjectives: 'This training does not publish objectives yet.',
  listLabel: 'Objectives',
  stateNotStarted: 'Not started',
  stateInProgress: 'In progress',
  stateAcquired: 'Acquired',
  stateLabel: 'Status:',
  progress: (acquired: number, total: number) => `${acquired} of ${total} objective${total === 1 ? '' : 's'} acquired`,
  progressInProgress: (count: number) => `${count} in progress`,
  noteToggle: 'My note',
  noteToggleFilled: 'My note (filled in)',
  noteLabel: (position: number) => `Personal note on objective ${position}`,
  noteOf: (position: number) => ` – objective ${position}`,
  noteHint: 'What you learnt, what is left to work on…',
  notePrinted: 'Note:',
  evidenceLabel: 'Quiz results',
  evidence: (title: string | undefined, before: string | undefined, after: string | undefined) =>
    `${title ? `Quiz “${title}”` : 'Quiz'}: ${[
      before !== undefined ? `${before} before` : undefined,
      after !== undefined ? `${after} after` : undefined,
    ]
      .filter(Boolean)
      .join(', ')}`,
  suggestion: (state: string, score: string, passScore: string) =>
    `Suggestion: ${state} (score ${score}, acquired from ${passScore})`,
  suggestionFollowed: 'Your choice matches the suggestion.',
  applySuggestion: 'Apply the suggestion',
  applySuggestionContext: (state: string, position: number) => ` “${state}” to objective ${position}`,
  actionsLabel: 'Saving, printing and export',
  consent: 'Save my progress on this device',
  consentHint: 'Nothing is saved until this box is ticked. Your choices and notes stay in this browser, on this device only; they are sent nowhere.',
  saved: 'Your progress is saved on this device.',
  consentWithdrawn: 'Your progress is no longer saved on this device.',
  storageFailed: 'Your progress cannot be saved on this device (storage refused or full). It stays on screen until the page is closed.',
  erase: 'Erase my data',
  unreadable: 'The progress saved on this device could not be read (old or damaged format): only what could be read was restored.',
  eraseFailed: 'Your data could not be erased from this device (storage unavailable). Clear this site’s data in the browser settings.',
  newerRecord: 'Your progress comes from a newer version of this tool: your changes are kept only until the page is closed.',
  erased: 'Your data has been erased from this device and the list has been reset.',
  print: 'Print',
  exportJson: 'Export (JSON)',
  exportFileName: (trainingId: string) => `objectives-${trainingId}.json`,
};
