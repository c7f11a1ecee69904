/**
 * A count as the language writes it ("10 000"): below 1,000 it has no separator, and `toLocaleString` would make the
 * first list of a page wait for the number formatter's locale data.
 */
const count = (value: number): string => (Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : value.toLocaleString('fr-FR'));

/** Strings of <tf-session-list>. */
export const sessionList = {
  heading: 'Sessions de formation',
  filtersLabel: 'Filtrer les sessions',
  filtersToggle: 'Filtres',
  filtersActive: (count: number) => (count === 1 ? '1 filtre actif' : `${count} filtres actifs`),
  searchLabel: 'Rechercher',
  searchHint: 'Titre, organisme, ville…',
  regionLabel: 'Région',
  cityLabel: 'Ville',
  modeLabel: 'Modalité',
  providerLabel: 'Organisme de formation',
  anyOption: 'Toutes',
  anyProvider: 'Tous',
  monthFromLabel: 'À partir du mois',
  monthToLabel: 'Jusqu’au mois',
  monthHint: 'Format AAAA-MM',
  openOnlyLabel: 'Inscriptions ouvertes uniquement',
  showPastLabel: 'Afficher aussi les sessions passées',
  clearFilters: 'Effacer les filtres',
  resultCount: (sessions: number) =>
    sessions === 0 ? 'Aucune session' : sessions === 1 ? '1 session' : `${count(sessions)} sessions`,
  empty: 'Aucune session ne correspond à vos critères.',
  emptyNoFilters: 'Aucune session à venir pour le moment.',
  showMore: (remaining: number) => `Voir plus de sessions (${count(remaining)} restantes)`,
  showMoreUncounted: 'Voir plus de sessions',
  statusLabel: 'Statut\u00a0:',
  provider: 'Organisme\u00a0:',
  place: 'Lieu\u00a0:',
  dates: 'Dates\u00a0:',
  deadline: 'Inscription jusqu’au',
  seatsLeft: (remaining: number, total?: number) =>
    `${remaining === 0 ? 'Aucune place restante' : remaining === 1 ? '1 place restante' : `${remaining} places restantes`}${total !== undefined ? ` sur ${total}` : ''}`,
  register: 'S’inscrire',
  contact: 'Contacter',
  call: 'Appeler',
  viewSheet: 'Voir la fiche',
  showResults: (sessions: number) => (sessions === 1 ? 'Voir 1 session' : `Voir ${count(sessions)} sessions`),
  contactSubject: (title: string, session: string) => `Inscription\u00a0: ${title} (${session})`,
  addToCalendar: 'Ajouter à mon agenda',
  calendarFileHint: '(fichier .ics)',
  details: 'Détails',
  duration: 'Durée\u00a0:',
  speakers: 'Intervenants\u00a0:',
  noRegion: 'Région non précisée',
  icsRemote: 'À distance',
  icsProvider: 'Organisme',
  icsRegistration: 'Inscription',
  icsMore: 'En savoir plus',
};
