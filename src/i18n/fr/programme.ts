/** Strings of <tf-programme>. */
export const programme = {
  label: 'Référentiel national de formation',
  issuer: 'Émetteur\u00a0:',
  publishers: 'Publié par\u00a0:',
  context: 'Contexte',
  showContext: 'Lire le contexte et les orientations',
  fundingRule: 'Prise en charge\u00a0:',
  audience: 'Publics',
  audienceDescription: 'Public visé',
  audiencePriority: 'Public prioritaire',
  audienceOpenTo: 'Ouverture',
  modules: 'Modules et séquences',
  modulesSummary: (modules: number, sequences: number) =>
    `${modules} module${modules >= 2 ? 's' : ''}, ${sequences} séquence${sequences >= 2 ? 's' : ''}`,
  module: (number: number) => `Module ${number}`,
  duration: 'Durée',
  moduleAudience: 'Public',
  prerequisites: 'Prérequis',
  requires: (numbers: readonly number[]) =>
    numbers.length === 1
      ? `Suivre d’abord le module ${numbers[0]}`
      : `Suivre d’abord les modules ${numbers.slice(0, -1).join(', ')} et ${numbers[numbers.length - 1]}`,
  sequences: 'Séquences',
  sequence: (number: number) => `Séquence ${number}`,
  trainings: 'Formations qui délivrent ce module',
  trainingsCount: (count: number) =>
    count === 0 ? 'Aucune formation' : count === 1 ? '1 formation' : `${count} formations`,
  noTraining: 'Aucune formation de ce flux ne délivre encore ce module.',
  provider: 'Organisme\u00a0:',
  nextSession: 'Prochaine session\u00a0:',
  partners: 'Partenaires',
  officialNote: 'Lire la note de cadrage officielle',
  tags: 'Mots-clés',
};
