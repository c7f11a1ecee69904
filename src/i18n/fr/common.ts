/** Strings shared by every element. */
export const common = {
  loading: 'Chargement des formations…',
  /** The reader's messages: short and plain; what went wrong is for the webmaster, in the console. */
  errorUnavailable: 'Les formations ne peuvent pas être affichées pour le moment.',
  errorNetworkHint: 'Vérifiez votre connexion puis réessayez.',
  /** The server did not answer in time: not the reader's connection. */
  errorTimeoutHint: 'Le serveur ne répond pas pour le moment. Réessayez dans un instant.',
  retry: 'Réessayer',
  /** Above the content: the network failed and this is the browser's last copy; a source of several failed. */
  staleCopy: 'Ces informations peuvent ne pas être à jour.',
  sourcesMissing: 'Une partie des formations n’a pas pu être chargée.',
  /** For the webmaster only (`debug`, `?tf-debug`): entries of the feed and links to nothing left out, listed in the console. */
  entriesLeftOut: (count: number) => `${count}\u00a0entrée(s) ou lien(s) du flux ignoré(s)\u00a0: détails dans la console.`,
  trainingUnavailable: 'Cette formation ne peut pas être affichée pour le moment.',
  quizUnavailable: 'Ce questionnaire ne peut pas être affiché pour le moment.',
  programmeUnavailable: 'Ce référentiel ne peut pas être affiché pour le moment.',
  /** The webmaster's details, in the console. */
  trainingNotFound: (id: string) => `La formation «\u00a0${id}\u00a0» est introuvable dans le flux.`,
  quizNotFound: (id: string) => `Le questionnaire «\u00a0${id}\u00a0» est introuvable dans le flux.`,
  programmeNotFound: (id: string) => `Le référentiel «\u00a0${id}\u00a0» est introuvable dans le flux.`,
  /** The id is in the feed, but its entry was left out for its own errors (listed after this). */
  entryInvalid: (id: string) => `L’entrée «\u00a0${id}\u00a0» du flux est ignorée car invalide\u00a0:`,
  attributeMissing: (name: string) => `L’attribut ${name} est manquant.`,
  /** Between the items of a list in running text (chosen answers): the « ; » never starts a line. */
  listSeparator: '\u00a0; ',
  renderFailed: 'Une partie des informations n’a pas pu être affichée.',
  modeInPerson: 'En présentiel',
  modeRemote: 'À distance',
  modeBlended: 'Mixte (présentiel et distance)',
  /** Date range words: "Du 24 nov. au 7 déc. 2021", "Les 25 et 26 sept. 2023", "Le 8 déc. 2021". */
  rangeFrom: 'Du',
  rangeTo: 'au',
  rangeSingle: 'Le',
  rangePair: 'Les',
  rangePairJoin: 'et',
  rangeThen: 'puis',
  /** Dates known only to the month or year, open ends, sessions without dates; `rangeFromMonth` and `rangeToMonth` also frame a day's hours ("de 9 h 00 à 17 h 00"). */
  rangeSinceDay: 'à partir du',
  rangeSinceMonth: 'à partir de',
  rangeFromMonth: 'de',
  rangeToMonth: 'à',
  rangeIn: 'en',
  datesToBeAnnounced: 'Dates à venir',
  permanentEntry: 'Entrées et sorties permanentes',
  permanentEntryWindow: ',',
  /** A session's registration status, in words (sessions.ts computes it). */
  statusOpen: 'Inscriptions ouvertes',
  statusClosingSoon: 'Clôture des inscriptions proche',
  statusClosed: 'Inscriptions closes',
  statusFull: 'Complet',
  statusCancelled: 'Session annulée',
  statusPast: 'Session terminée',
  /** Shared by the sheet and the programme: the registration status with its deadline, partner roles. */
  partnerRoleCoFunding: 'Cofinancement',
  partnerRoleFunding: 'Financement',
  partnerRolePartner: 'Partenaire',
  partnerRolePedagogical: 'Partenaire pédagogique',
  noUpcomingSession: 'Aucune session à venir',
  statusOpenUntil: 'Inscriptions ouvertes jusqu’au',
  statusClosingOn: 'Clôture des inscriptions le',
  /** When the published deadline falls after the start: "(la veille du début : la date limite publiée, 5 janv. 2022, tombe après le début)". */
  deadlineMoved: 'la veille du début\u00a0: la date limite publiée,',
  deadlineMovedWhy: 'tombe après le début',
};
