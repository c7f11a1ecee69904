/** Strings of <tf-sheet-card>. Section titles double as the names of the Qualiopi indicator-1 items. */
export const sheetCard = {
  label: 'Fiche technique',
  programme: 'Référentiel national',
  module: (number: number, title: string) => `Module ${number}\u00a0: ${title}`,
  sectors: 'Secteurs',
  audience: 'Public',
  duration: 'Durée',
  durationDays: (days: number) => `${days.toLocaleString('fr-FR')} jour${days >= 2 ? 's' : ''}`,
  durationHours: (hours: number) => `${hours.toLocaleString('fr-FR')} heure${hours >= 2 ? 's' : ''}`,
  provider: 'Organisme de formation',
  funder: 'Financeur',
  datesAndPlaces: 'Dates et lieux',
  session: 'Session',
  registrationDeadline: 'Date limite d’inscription',
  registerFor: (session: string) => `S’inscrire à la session ${session}`,
  contacts: 'Contacts',
  speakers: 'Intervenants',
  partners: 'Partenariat et cofinancement',
  context: 'Contexte',
  showContext: 'Lire le contexte',
  objectives: 'Objectifs',
  prerequisites: 'Prérequis',
  noPrerequisites: 'Pas de prérequis',
  content: 'Contenu de la formation',
  showContent: 'Voir le contenu jour par jour',
  reservedFor: (audience: string) => `Réservé aux ${audience.charAt(0).toLowerCase()}${audience.slice(1)}`,
  personalWork: 'Travail personnel',
  personalWorkSummary: (hours: number | undefined, periodDays: number | undefined) =>
    `${hours === undefined ? 'Du' : `${hours.toLocaleString('fr-FR')}\u00a0h de`} travail personnel${
      periodDays === undefined ? '' : ` sur ${periodDays} jour${periodDays >= 2 ? 's' : ''}`
    }`,
  methods: 'Méthodes pédagogiques',
  evaluation: 'Évaluation',
  price: 'Tarif',
  access: 'Modalités et délais d’accès',
  accessibility: 'Accessibilité aux personnes en situation de handicap',
  email: 'Courriel\u00a0:',
  phone: 'Téléphone\u00a0:',
  qualiopiTitle: 'Qualiopi (indicateur\u00a01)\u00a0: informations à publier',
  qualiopiMissing: (count: number) =>
    count === 1
      ? 'Pour l’équipe de l’organisme\u00a0: 1 information obligatoire manque dans le flux.'
      : `Pour l’équipe de l’organisme\u00a0: ${count} informations obligatoires manquent dans le flux.`,
  qualiopiComplete: 'Toutes les informations de l’indicateur\u00a01 sont publiées.',
  nextSession: 'Prochaine session',
  registration: 'Inscriptions',
  viewSheet: 'Voir la fiche',
};
