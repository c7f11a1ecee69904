import type { Translation } from '../translation.js';

export const programme: Translation['programme'] = {
  label: 'National training framework',
  issuer: 'Issued by:',
  publishers: 'Published by:',
  context: 'Context',
  showContext: 'Read the context and guidelines',
  fundingRule: 'Funding:',
  audience: 'Audiences',
  audienceDescription: 'Target audience',
  audiencePriority: 'Priority audience',
  audienceOpenTo: 'Also open to',
  modules: 'Modules and sequences',
  modulesSummary: (modules, sequences) =>
    `${modules} module${modules === 1 ? '' : 's'}, ${sequences} sequence${sequences === 1 ? '' : 's'}`,
  module: (number) => `Module ${number}`,
  duration: 'Duration',
  moduleAudience: 'Audience',
  prerequisites: 'Prerequisites',
  requires: (numbers) =>
    numbers.length === 1
      ? `Take module ${numbers[0]} first`
      : `Take modules ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} first`,
  sequences: 'Sequences',
  sequence: (number) => `Sequence ${number}`,
  trainings: 'Trainings that deliver this module',
  trainingsCount: (count) => (count === 0 ? 'No training' : count === 1 ? '1 training' : `${count} trainings`),
  noTraining: 'No training in this feed delivers this module yet.',
  provider: 'Training body:',
  nextSession: 'Next session:',
  partners: 'Partners',
  officialNote: 'Read the official framework note',
  tags: 'Keywords',
};
