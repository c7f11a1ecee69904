/** Strings of <tf-objectives-checklist>. */
export const checklist = {
  heading: 'Mes objectifs de formation',
  noObjectives: 'Cette formation ne publie pas encore d’objectifs.',
  listLabel: 'Objectifs',
  stateNotStarted: 'Pas commencé',
  stateInProgress: 'En cours',
  stateAcquired: 'Acquis',
  /** Before the state, in print and in the export: "État : Acquis". */
  stateLabel: 'État\u00a0:',
  /** French keeps the singular for 0 and 1: "0 objectif acquis sur 6". */
  progress: (acquired: number, total: number) =>
    `${acquired} objectif${acquired > 1 ? 's' : ''} acquis sur ${total}`,
  progressInProgress: (count: number) => `${count} en cours`,
  noteToggle: 'Ma note',
  noteToggleFilled: 'Ma note (renseignée)',
  noteLabel: (position: number) => `Note personnelle sur l’objectif ${position}`,
  /** After « Ma note » for screen readers: one toggle per objective, each named apart. */
  noteOf: (position: number) => `\u00a0– objectif ${position}`,
  noteHint: 'Ce que vous avez appris, ce qui reste à travailler…',
  notePrinted: 'Note\u00a0:',
  evidenceLabel: 'Résultats au questionnaire',
  /** "Questionnaire : 40 % avant, 80 % après"; the scores are already formatted. */
  evidence: (title: string | undefined, before: string | undefined, after: string | undefined) =>
    `${title ? `Questionnaire «\u00a0${title}\u00a0»` : 'Questionnaire'}\u00a0: ${[
      before !== undefined ? `${before} avant` : undefined,
      after !== undefined ? `${after} après` : undefined,
    ]
      .filter(Boolean)
      .join(', ')}`,
  suggestion: (state: string, score: string, passScore: string) =>
    `Suggestion\u00a0: ${state} (score de ${score}, acquis à partir de ${passScore})`,
  suggestionFollowed: 'Votre choix correspond à la suggestion.',
  applySuggestion: 'Appliquer la suggestion',
  applySuggestionContext: (state: string, position: number) => ` «\u00a0${state}\u00a0» à l’objectif ${position}`,
  actionsLabel: 'Enregistrement, impression et export',
  consent: 'Enregistrer ma progression sur cet appareil',
  consentHint: 'Rien n’est enregistré tant que cette case n’est pas cochée. Vos choix et vos notes restent dans ce navigateur, sur cet appareil uniquement\u00a0; ils ne sont envoyés nulle part.',
  saved: 'Votre progression est enregistrée sur cet appareil.',
  consentWithdrawn: 'Votre progression n’est plus enregistrée sur cet appareil.',
  storageFailed:
    'Votre progression ne peut pas être enregistrée sur cet appareil (stockage refusé ou plein). Elle reste affichée jusqu’à la fermeture de la page.',
  erase: 'Effacer mes données',
  unreadable: 'La progression enregistrée sur cet appareil était illisible (format ancien ou abîmé)\u00a0: seul ce qui a pu être relu est repris.',
  eraseFailed: 'Vos données n’ont pas pu être effacées de cet appareil (stockage inaccessible). Effacez les données de ce site dans les réglages du navigateur.',
  newerRecord: 'Votre progression vient d’une version plus récente de l’outil\u00a0: vos modifications ne sont gardées que jusqu’à la fermeture de la page.',
  erased: 'Vos données ont été effacées de cet appareil et la liste a été remise à zéro.',
  print: 'Imprimer',
  exportJson: 'Exporter (JSON)',
  exportFileName: (trainingId: string) => `objectifs-${trainingId}.json`,
};
