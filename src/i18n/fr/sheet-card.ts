import { formatCount } from '../localize.js';

/** Strings of <tf-sheet-card>. Section titles double as the names of the Qualiopi indicator-1 items. */
export const sheetCard = {
  label: 'Fiche technique',
  programme: 'Référentiel national',
  module: (number: number, title: string) => `Module ${number}\u00a0: ${title}`,
  sectors: 'Secteurs',
  audience: 'Public',
  duration: 'Durée',
  durationDays: (days: number) => `${formatCount(days, 'fr')} jour${days >= 2 ? 's' : ''}`,
  durationHours: (hours: number) => `${formatCount(hours, 'fr')} heure${hours >= 2 ? 's' : ''}`,
  provider: 'Organisme de formation',
  funder: 'Financeur',
  datesAndPlaces: 'Dates et lieux',
  session: 'Session',
  registrationDeadline: 'Date limite d’inscription',
  deadlineEarlierStarts: 'la veille du début pour les sessions qui commencent avant',
  /** The next step of an open session (model/next-step.ts): register, write, call, or the sheet's page. */
  registerFor: (session: string) => `S’inscrire à la session ${session}`,
  emailFor: (session: string) => `Écrire pour s’inscrire à la session ${session}`,
  phoneFor: (session: string) => `Appeler pour s’inscrire à la session ${session}`,
  sheetFor: (session: string) => `Voir comment s’inscrire à la session ${session}`,
  emailSubject: (title: string, session: string) => `Inscription\u00a0: ${title} (${session})`,
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
    `${hours === undefined ? 'Du' : `${formatCount(hours, 'fr')}\u00a0h de`} travail personnel${
      periodDays === undefined ? '' : ` sur ${periodDays} jour${periodDays >= 2 ? 's' : ''}`
    }`,
  methods: 'Méthodes pédagogiques',
  evaluation: 'Évaluation',
  price: 'Tarif',
  access: 'Modalités et délais d’accès',
  accessibility: 'Accessibilité aux personnes en situation de handicap',
  updated: 'Date de mise à jour',
  updatedOn: 'Informations mises à jour le',
  outcomes: 'Résultats attendus',
  certification: 'Certification',
  results: 'Résultats',
  disabilityReferent: 'Référent handicap',
  email: 'Courriel\u00a0:',
  phone: 'Téléphone\u00a0:',
  qualiopiTitle: 'Qualiopi (indicateurs\u00a01, 2 et\u00a026)\u00a0: informations à publier',
  qualiopiMissing: (count: number) =>
    count === 1
      ? 'Pour l’équipe de l’organisme\u00a0: 1 information obligatoire manque dans le flux.'
      : `Pour l’équipe de l’organisme\u00a0: ${count} informations obligatoires manquent dans le flux.`,
  qualiopiComplete: 'Toutes les informations des indicateurs\u00a01, 2 et\u00a026 sont publiées.',
  nextSession: 'Prochaine session',
  registration: 'Inscriptions',
  viewSheet: 'Voir la fiche',
};
