/**
 * The import and export reports in words, French or English, for the command line and the studio: every note,
 * the quiz converters' (GIFT, H5P) with the others of report-words.ts; their French is also the quiz converters'
 * own report `message`.
 */
import type { GiftExportLoss, H5pLoneLibrary, ImportReport, QuizNote, QuizNoteCode, ReportNote, ScoreRange } from './import-report.js';
import type { MediaKind } from './quiz-media.js';
import type { ReportSeverity } from './report.js';
import { formatNoteWith, formatReportWith, q, type ReportLanguage } from './report-words.js';

export { formatLocation, jsonProblem, visibleText, type ReportLanguage } from './report-words.js';

// ── Quiz notes (GIFT, H5P) ────────────────────────────────────────────────────────────────────────────────────────

type DescribeQuiz = (note: QuizNote) => string;

/**
 * What each quiz note says of its question: left out (`skipped`), imported without something (`lossy`), or worth
 * knowing (`info`). The import report frames the note so: « question ignorée « Q3 » : … ».
 */
const quizNoteSeverities: Record<QuizNoteCode, ReportSeverity> = {
  'quiz-prompt-empty': 'skipped',
  'quiz-media-removed': 'lossy',
  'quiz-link-kept': 'lossy',
  'quiz-media-not-shown': 'lossy',
  'quiz-no-question': 'skipped',
  'quiz-all-refused': 'skipped',
  'gift-category': 'info',
  'gift-tags': 'info',
  'gift-block-comment': 'info',
  'gift-comment-unclosed': 'skipped',
  'gift-number-unreadable': 'skipped',
  'gift-range-reversed': 'skipped',
  'gift-question-empty': 'skipped',
  'gift-questions-joined': 'skipped',
  'gift-cloze': 'skipped',
  'gift-braces-unpaired': 'skipped',
  'gift-numerical-no-answer': 'skipped',
  'gift-answers-unreadable': 'skipped',
  'gift-pair-no-arrow': 'skipped',
  'gift-pair-no-answer': 'skipped',
  'gift-matching-too-few': 'skipped',
  'gift-answer-empty': 'skipped',
  'gift-choice-too-few': 'skipped',
  'gift-no-right-answer': 'skipped',
  'gift-options-alike': 'skipped',
  'gift-pairs-alike': 'skipped',
  'gift-other-answer-feedback': 'lossy',
  'gift-wrong-number': 'lossy',
  'gift-pair-feedback': 'lossy',
  'gift-negative-credit': 'lossy',
  'gift-credit-clamped': 'lossy',
  'gift-export-scale': 'skipped',
  'gift-export-lost': 'lossy',
  'h5p-json-truncated': 'skipped',
  'h5p-json-unreadable': 'skipped',
  'h5p-unrecognised': 'skipped',
  'h5p-questions-not-list': 'skipped',
  'h5p-lone-unsupported': 'skipped',
  'h5p-lone-content': 'info',
  'h5p-entry-not-object': 'skipped',
  'h5p-no-library': 'skipped',
  'h5p-type-unsupported': 'skipped',
  'h5p-params-missing': 'skipped',
  'h5p-pool': 'info',
  'h5p-choice-incomplete': 'skipped',
  'h5p-option-tip': 'lossy',
  'h5p-not-chosen-feedback': 'lossy',
  'h5p-choice-set-incomplete': 'skipped',
  'h5p-essay-keywords': 'lossy',
  'h5p-keyword-present-feedback': 'lossy',
  'h5p-keyword-missing-feedback': 'lossy',
  'h5p-blanks-empty': 'skipped',
  'h5p-typos-tolerance': 'lossy',
  'h5p-sentence-no-blank': 'skipped',
  'h5p-sentence-blanks': 'skipped',
  'h5p-blank-tip': 'lossy',
  'h5p-blank-no-answer': 'skipped',
  'h5p-question-media': 'lossy',
  'h5p-question-feedback': 'lossy',
  'h5p-bands': 'info',
  'h5p-band-covers-silence': 'info',
  'h5p-band-covers-feedback': 'info',
  'h5p-feedback-unreached': 'info',
  'h5p-feedback-quotes-score': 'info',
  'h5p-end-video': 'info',
  'h5p-bands-result-page-off': 'info',
  'h5p-bands-nothing-scored': 'info',
  'h5p-old-feedback': 'info',
  'h5p-package': 'skipped',
};

/** A link or medium as what the feed cannot do with it. */
const mediaLost: Record<ReportLanguage, Record<MediaKind, string>> = {
  fr: { lien: 'lien', image: 'image non affichée', audio: 'son non lu', vidéo: 'vidéo non affichée', 'contenu intégré': 'contenu intégré (iframe, objet) non affiché' },
  en: { lien: 'link', image: 'picture not shown', audio: 'sound not played', vidéo: 'video not shown', 'contenu intégré': 'embedded content (iframe, object) not shown' },
};

const giftExportLosses: Record<ReportLanguage, Record<GiftExportLoss, string>> = {
  fr: { weight: 'poids', objectives: 'objectifs', sequences: 'séquences', placeholder: 'texte indicatif', unit: 'unité', 'case-accent': 'sensibilité à la casse ou aux accents' },
  en: { weight: 'weight', objectives: 'objectives', sequences: 'sequences', placeholder: 'placeholder text', unit: 'unit', 'case-accent': 'case or accent sensitivity' },
};

/** The contents the H5P converter reads alone: what each is, and the fields that tell it apart (h5p.ts's loneContents). */
const h5pLoneContents: Record<ReportLanguage, Record<H5pLoneLibrary, { what: string; fields: string }>> = {
  fr: {
    'H5P.MultiChoice': { what: 'choix multiple', fields: '« question » et « answers »' },
    'H5P.TrueFalse': { what: 'vrai ou faux', fields: '« question » et « correct »' },
    'H5P.SingleChoiceSet': { what: 'série de questions à choix unique', fields: '« choices »' },
    'H5P.Essay': { what: 'réponse rédigée', fields: '« taskDescription » et « keywords »' },
    'H5P.Blanks': { what: 'texte à trous', fields: '« questions » faites de phrases' },
  },
  en: {
    'H5P.MultiChoice': { what: 'multiple choice', fields: '“question” and “answers”' },
    'H5P.TrueFalse': { what: 'true or false', fields: '“question” and “correct”' },
    'H5P.SingleChoiceSet': { what: 'set of single-choice questions', fields: '“choices”' },
    'H5P.Essay': { what: 'essay', fields: '“taskDescription” and “keywords”' },
    'H5P.Blanks': { what: 'fill in the blanks', fields: '“questions” made of sentences' },
  },
};
const h5pLoneLibraries = Object.keys(h5pLoneContents.fr).join(', ');

/** The kind of JSON value an H5P entry is instead of an object (`h5p-entry-not-object`'s `field`). */
const jsonKinds: Record<ReportLanguage, Record<string, string>> = {
  fr: { null: 'null', array: 'une liste', string: 'un texte', number: 'un nombre', boolean: 'un booléen' },
  en: { null: 'null', array: 'a list', string: 'a text', number: 'a number', boolean: 'a boolean' },
};

const h5pMediaKinds: Record<ReportLanguage, Record<string, string>> = {
  fr: { image: 'image', video: 'vidéo', audio: 'son' },
  en: { image: 'picture', video: 'video', audio: 'sound' },
};

/** A span of scores: « 40–59 % », « 100 % »; English writes no space before %. */
const span = (lang: ReportLanguage, { from, to }: ScoreRange): string => {
  const percent = lang === 'fr' ? ' %' : '%';
  return from === to ? `${from}${percent}` : `${from}–${to}${percent}`;
};
/** A range as H5P's editor saved it, whose bounds may be unreadable. */
const range = (lang: ReportLanguage, scores: ScoreRange): string =>
  Number.isNaN(scores.from) || Number.isNaN(scores.to) ? (lang === 'fr' ? 'bornes illisibles' : 'unreadable bounds') : span(lang, scores);
const firstRange = (n: QuizNote): ScoreRange => n.ranges?.[0] ?? { from: Number.NaN, to: Number.NaN };

// With report-words.ts's `fr` and `en`, these tables word every NoteCode in both languages: a code left out fails the type-check.
const quizFr: Record<QuizNoteCode, DescribeQuiz> = {
  'quiz-prompt-empty': () => 'énoncé vide',
  'quiz-media-removed': (n) => `${mediaLost.fr[n.field as MediaKind] ?? n.field} ${n.value ?? ''} retiré : cette adresse n’est pas celle d’une page ou d’un fichier`,
  'quiz-link-kept': (n) => `lien ${n.value ?? ''} non cliquable dans le flux : son adresse est gardée dans le texte`,
  'quiz-media-not-shown': (n) =>
    `${mediaLost.fr[n.field as MediaKind] ?? n.field}${n.value ? ` (${n.value})` : ''} : le flux n’a que du texte${n.value ? ', l’adresse est gardée dans le texte' : ''} ; question à revoir`,
  'quiz-no-question': () => 'aucune question dans le fichier (vide, ou seulement des commentaires et des catégories)',
  'quiz-all-refused': (n) =>
    `aucune question reprise : ${n.field === '1' ? 'la seule question du fichier est refusée' : `les ${n.field ?? '?'} questions du fichier sont toutes refusées`} (voir ci-dessus)`,
  'gift-category': (n) => `catégorie Moodle ${q('fr', n.value)} : les questions suivantes en font partie`,
  'gift-tags': (n) => `étiquettes Moodle non reprises : ${n.value ?? ''}`,
  'gift-block-comment': (n) =>
    `commentaire /* … */${n.field ? ` jusqu’à la ligne ${n.field}` : ''} : ce n’est pas du GIFT (Moodle le lirait comme le texte d’une question) ; rien de ce qu’il contient n’est repris ; pour commenter, commencez chaque ligne par //`,
  'gift-comment-unclosed': (n) =>
    `« /* »${n.field ? ` (ligne ${n.field})` : ''} ouvre un commentaire que rien ne ferme, aucun « */ » ne suit ; les commentaires /* */ ne sont pas du GIFT : pour commenter, commencez chaque ligne par //`,
  'gift-number-unreadable': (n) => `nombre illisible : ${q('fr', n.value)}`,
  'gift-range-reversed': (n) => `intervalle inversé : ${n.value ?? ''}`,
  'gift-question-empty': () => 'question vide',
  'gift-questions-joined': () => 'questions collées : une ligne vide doit séparer chaque question de la suivante (ici, une autre commence après « } ») ; aucune n’est reprise',
  'gift-cloze': () => 'plusieurs blancs dans une question (format cloze) : non pris en charge',
  'gift-braces-unpaired': (n) => (n.field === 'close-first' ? 'accolades non appariées' : 'accolades non appariées : « { » ou « } » à échapper avec « \\ »'),
  'gift-numerical-no-answer': () => 'question numérique sans réponse acceptée',
  'gift-answers-unreadable': (n) => `réponses illisibles : ${q('fr', n.value)}`,
  'gift-pair-no-arrow': (n) => `paire sans « -> » : ${q('fr', n.value)}`,
  'gift-pair-no-answer': () => 'paire sans réponse',
  'gift-matching-too-few': () => 'appariement de moins de deux paires',
  'gift-answer-empty': () => 'réponse vide',
  'gift-choice-too-few': () => 'choix multiple de moins de deux options',
  'gift-no-right-answer': () => 'aucune bonne réponse (marquez-en une par = , ou donnez un crédit positif, par exemple ~%50%)',
  'gift-options-alike': (n) =>
    `${n.value ?? '?'} options s’affichent ${q('fr', n.field)} : personne ne pourrait les distinguer (le flux ne montre que du texte : images et mise en forme ne sont pas reprises) ; donnez à chacune un texte qui lui est propre, pour une image son texte alternatif (alt="…")`,
  'gift-pairs-alike': (n) =>
    `${n.value ?? '?'} éléments à associer s’affichent ${q('fr', n.field)} : personne ne pourrait les distinguer (le flux ne montre que du texte : images et mise en forme ne sont pas reprises) ; donnez à chacun un texte qui lui est propre, pour une image son texte alternatif (alt="…")`,
  'gift-other-answer-feedback': () => 'retour pour « toute autre réponse » (~#…) non repris',
  'gift-wrong-number': (n) => `réponse numérique fausse ${q('fr', n.value)} non reprise : seules les réponses acceptées comptent`,
  'gift-pair-feedback': () => 'retour sur une paire non repris (GIFT n’en prévoit pas)',
  'gift-negative-credit': () => 'crédit négatif d’une réponse courte ramené à 0',
  'gift-credit-clamped': (n) => `crédit de ${n.value ?? '?'} % ramené à ${(n.value ?? '').startsWith('-') ? '-100' : '100'} % (un crédit va de -100 à 100 %)`,
  'gift-export-scale': () => 'auto-évaluation (échelle) : pas d’équivalent GIFT',
  'gift-export-lost': (n) => `non exporté (sans équivalent GIFT) : ${(n.value ?? '').split(',').map((loss) => giftExportLosses.fr[loss as GiftExportLoss] ?? loss).join(', ')}`,
  'h5p-json-truncated': () => 'JSON illisible : fin de fichier inattendue (fichier tronqué ?)',
  'h5p-json-unreadable': (n) => `JSON illisible : ${n.field ? `caractère inattendu ligne ${n.field}, colonne ${n.value ?? '?'}` : 'ce n’est pas du JSON valide'}`,
  'h5p-unrecognised': () =>
    `pas de « questions » : ce n’est pas le content.json d’un H5P.QuestionSet, ni celui d’un contenu seul lu ici (${Object.entries(h5pLoneContents.fr)
      .map(([library, { fields }]) => `${library} : ${fields}`)
      .join(' ; ')})`,
  'h5p-questions-not-list': () => 'pas de « questions » : ce n’est pas le content.json d’un H5P.QuestionSet',
  'h5p-lone-unsupported': (n) => `contenu ${n.value ?? '?'} seul : type H5P non pris en charge (lus ici : H5P.QuestionSet, ${h5pLoneLibraries})`,
  'h5p-lone-content': (n) => `content.json d’un ${n.value ?? '?'} seul (${h5pLoneContents.fr[n.value as H5pLoneLibrary]?.what ?? '?'}), pas d’un H5P.QuestionSet : lu comme une série de ce seul contenu`,
  'h5p-entry-not-object': (n) => `entrée qui n’est pas une question H5P (objet attendu, trouvé : ${jsonKinds.fr[n.field ?? ''] ?? 'rien'})`,
  'h5p-no-library': () => 'question sans « library » : type H5P inconnu',
  'h5p-type-unsupported': (n) => `type H5P non pris en charge : ${n.value ?? '?'}`,
  'h5p-params-missing': (n) => `question ${n.value ?? '?'} incomplète : « params » manquant`,
  'h5p-pool': (n) => `H5P pose ${n.field ?? '?'} questions tirées au hasard parmi les ${n.value ?? '?'} à chaque passage (poolSize) : non repris, le flux les pose toutes`,
  'h5p-choice-incomplete': () => 'question ou options vides, ou moins de deux options',
  'h5p-option-tip': () => 'astuce (tip) d’une option non reprise',
  'h5p-not-chosen-feedback': (n) =>
    `retour affiché quand l’option ${q('fr', n.field)} n’est pas cochée (${q('fr', n.value)}) non repris : le flux ne montre que le retour de l’option choisie`,
  'h5p-choice-set-incomplete': () => 'question ou réponses vides, ou moins de deux réponses',
  'h5p-essay-keywords': () => 'notation par mots-clés non reprise : la réponse libre n’est pas notée',
  'h5p-keyword-present-feedback': (n) => `retour quand le mot-clé ${q('fr', n.field)} est présent (${q('fr', n.value)}) non repris : la réponse libre n’est pas notée`,
  'h5p-keyword-missing-feedback': (n) => `retour quand le mot-clé ${q('fr', n.field)} est absent (${q('fr', n.value)}) non repris : la réponse libre n’est pas notée`,
  'h5p-blanks-empty': () => 'texte à trous sans aucune phrase (« questions » vide ou absent)',
  'h5p-typos-tolerance': () => 'tolérance aux fautes de frappe non reprise',
  'h5p-sentence-no-blank': () => 'phrase sans blanc',
  'h5p-sentence-blanks': (n) => `${n.field ?? '?'} blancs dans une phrase : un seul blanc par question est pris en charge`,
  'h5p-blank-tip': () => 'astuce d’un blanc non reprise',
  'h5p-blank-no-answer': () => 'blanc sans réponse',
  'h5p-question-media': (n) => `${h5pMediaKinds.fr[n.field ?? ''] ?? 'média'} de la question (${n.value ?? ''}) non reprise : le flux n’a que du texte, question à revoir`,
  'h5p-question-feedback': (n) =>
    `retours selon le score de cette question non repris (le flux n’a de paliers que pour tout le questionnaire) : ${(n.ranges ?? []).map((scores) => `${range('fr', scores)} ${q('fr', scores.text)}`).join(' ; ')}`,
  'h5p-bands': (n) =>
    `retours selon le score repris comme paliers de résultat du questionnaire (bands) : ${(n.ranges ?? []).map((band) => `${span('fr', band)} → palier dès ${band.from} % ${q('fr', band.text)}`).join(' ; ')}`,
  'h5p-band-covers-silence': (n) =>
    `de ${span('fr', firstRange(n))}, H5P n’affiche aucun retour : dans le flux, le palier dès ${n.field ?? '?'} % (${q('fr', n.value)}) s’y applique aussi, faute de palier sans titre`,
  'h5p-band-covers-feedback': (n) =>
    `de ${span('fr', firstRange(n))}, le retour de H5P n’est pas repris (voir ci-dessous) : dans le flux, le palier dès ${n.field ?? '?'} % (${q('fr', n.value)}) s’y applique aussi, faute de palier sans titre`,
  'h5p-feedback-unreached': (n) =>
    `retour ${q('fr', firstRange(n).text)} (${range('fr', firstRange(n))}) non repris : aucun score ne l’atteint dans H5P (plage prise par une plage précédente de la liste, ou hors de 0 à 100 %)`,
  'h5p-feedback-quotes-score': (n) => `retour ${q('fr', firstRange(n).text)} (${range('fr', firstRange(n))}) non repris : il cite le score, que H5P y insère ; le flux affiche le score à part`,
  'h5p-end-video': (n) => `vidéo de fin (${n.field === 'success' ? 'réussite' : 'échec'} : ${n.value ?? ''}) non reprise : le flux n’a que du texte`,
  'h5p-bands-result-page-off': (n) =>
    `${n.field === '1' ? 'retour' : `${n.field ?? '?'} retours`} selon le score non repris : la page de résultats est désactivée dans H5P (endGame.showResultPage), qui ne les montre pas`,
  'h5p-bands-nothing-scored': (n) =>
    `${n.field === '1' ? 'retour' : `${n.field ?? '?'} retours`} selon le score non repris : aucune question du questionnaire n’est notée dans le flux, qui n’affiche donc aucun palier`,
  'h5p-old-feedback': () => 'textes de fin pour un questionnaire réussi ou échoué (oldFeedback, abandonnés depuis Question Set 1.13) non repris : les retours selon le score en tiennent lieu',
  'h5p-package': () => 'paquet .h5p (archive zip) : décompressez-le et donnez son fichier content/content.json (par exemple : unzip paquet.h5p content/content.json)',
};

const quizEn: Record<QuizNoteCode, DescribeQuiz> = {
  'quiz-prompt-empty': () => 'no question text',
  'quiz-media-removed': (n) => `${mediaLost.en[n.field as MediaKind] ?? n.field} ${n.value ?? ''} removed: this address is not that of a page or a file`,
  'quiz-link-kept': (n) => `link ${n.value ?? ''} not clickable in the feed: its address is kept in the text`,
  'quiz-media-not-shown': (n) =>
    `${mediaLost.en[n.field as MediaKind] ?? n.field}${n.value ? ` (${n.value})` : ''}: the feed holds text only${n.value ? ', the address is kept in the text' : ''}; question to be checked`,
  'quiz-no-question': () => 'no question in the file (empty, or only comments and categories)',
  'quiz-all-refused': (n) => `no question carried over: ${n.field === '1' ? 'the only question of the file is refused' : `all ${n.field ?? '?'} questions of the file are refused`} (see above)`,
  'gift-category': (n) => `Moodle category ${q('en', n.value)}: the questions that follow belong to it`,
  'gift-tags': (n) => `Moodle tags not carried over: ${n.value ?? ''}`,
  'gift-block-comment': (n) =>
    `a /* … */ comment${n.field ? ` (to line ${n.field})` : ''}: not GIFT (Moodle would read it as a question's text); nothing in it is carried over; to comment, start each line with //`,
  'gift-comment-unclosed': (n) =>
    `“/*”${n.field ? ` (line ${n.field})` : ''} opens a comment that nothing closes, no “*/” follows; /* */ comments are not GIFT: to comment, start each line with //`,
  'gift-number-unreadable': (n) => `unreadable number: ${q('en', n.value)}`,
  'gift-range-reversed': (n) => `range ${n.value ?? ''} reversed: GIFT writes the smaller number first (min..max)`,
  'gift-question-empty': () => 'empty question',
  'gift-questions-joined': () => 'questions run together: a blank line must separate each question from the next (here another one starts after “}”); none of them is carried over',
  'gift-cloze': () => 'several blanks in one question (cloze format): not supported',
  'gift-braces-unpaired': (n) => (n.field === 'close-first' ? 'unpaired braces: “}” comes before “{”' : 'unpaired braces: escape a “{” or “}” of the text with “\\”'),
  'gift-numerical-no-answer': () => 'numerical question without an accepted answer',
  'gift-answers-unreadable': (n) => `unreadable answers: ${q('en', n.value)}`,
  'gift-pair-no-arrow': (n) => `pair without “->”: ${q('en', n.value)}`,
  'gift-pair-no-answer': () => 'pair without an answer',
  'gift-matching-too-few': () => 'matching question with fewer than two pairs',
  'gift-answer-empty': () => 'empty answer',
  'gift-choice-too-few': () => 'multiple choice with fewer than two options',
  'gift-no-right-answer': () => 'no right answer (mark one with =, or give one a positive credit, for instance ~%50%)',
  'gift-options-alike': (n) =>
    `${n.value ?? '?'} of its options read ${q('en', n.field)}, so no one could tell them apart (the feed shows text only: pictures and formatting are not carried over); give each option a text of its own, for a picture its alternative text (alt="…")`,
  'gift-pairs-alike': (n) =>
    `${n.value ?? '?'} items to match read ${q('en', n.field)}, so no one could tell them apart (the feed shows text only: pictures and formatting are not carried over); give each a text of its own, for a picture its alternative text (alt="…")`,
  'gift-other-answer-feedback': () => 'feedback for “any other answer” (~#…) not carried over',
  'gift-wrong-number': (n) => `wrong numerical answer ${q('en', n.value)} not carried over: only accepted answers count`,
  'gift-pair-feedback': () => 'feedback on a pair not carried over (GIFT has none)',
  'gift-negative-credit': () => 'negative credit of a short answer raised to 0',
  'gift-credit-clamped': (n) => `credit of ${n.value ?? '?'}% read as ${(n.value ?? '').startsWith('-') ? '-100' : '100'}% (a credit goes from -100 to 100%)`,
  'gift-export-scale': () => 'self-rating (scale): no GIFT equivalent',
  'gift-export-lost': (n) => `not exported (no GIFT equivalent): ${(n.value ?? '').split(',').map((loss) => giftExportLosses.en[loss as GiftExportLoss] ?? loss).join(', ')}`,
  'h5p-json-truncated': () => 'unreadable JSON: unexpected end of file (truncated?)',
  'h5p-json-unreadable': (n) => `unreadable JSON: ${n.field ? `unexpected character at line ${n.field}, column ${n.value ?? '?'}` : 'this is not valid JSON'}`,
  'h5p-unrecognised': () =>
    `no “questions”: this is not the content.json of an H5P.QuestionSet, nor that of a content read here on its own (${Object.entries(h5pLoneContents.en)
      .map(([library, { fields }]) => `${library}: ${fields}`)
      .join('; ')})`,
  'h5p-questions-not-list': () => 'no “questions” list: this is not the content.json of an H5P.QuestionSet',
  'h5p-lone-unsupported': (n) => `${n.value ?? '?'} content on its own: H5P type not supported (read here: H5P.QuestionSet, ${h5pLoneLibraries})`,
  'h5p-lone-content': (n) => `content.json of a lone ${n.value ?? '?'} (${h5pLoneContents.en[n.value as H5pLoneLibrary]?.what ?? '?'}), not of an H5P.QuestionSet: read as a set of that one content`,
  'h5p-entry-not-object': (n) => `entry that is not an H5P question (object expected, found: ${jsonKinds.en[n.field ?? ''] ?? 'nothing'})`,
  'h5p-no-library': () => 'question without “library”: unknown H5P type',
  'h5p-type-unsupported': (n) => `H5P type not supported: ${n.value ?? '?'}`,
  'h5p-params-missing': (n) => `${n.value ?? '?'} question incomplete: “params” missing`,
  'h5p-pool': (n) => `H5P asks ${n.field ?? '?'} questions drawn at random from the ${n.value ?? '?'} at each attempt (poolSize): not carried over, the feed asks them all`,
  'h5p-choice-incomplete': () => 'empty question or options, or fewer than two options',
  'h5p-option-tip': () => 'an option’s tip not carried over',
  'h5p-not-chosen-feedback': (n) =>
    `feedback shown when the option ${q('en', n.field)} is not ticked (${q('en', n.value)}) not carried over: the feed shows the chosen option’s feedback only`,
  'h5p-choice-set-incomplete': () => 'empty question or answers, or fewer than two answers',
  'h5p-essay-keywords': () => 'scoring by keywords not carried over: the free answer is not scored',
  'h5p-keyword-present-feedback': (n) => `feedback when the keyword ${q('en', n.field)} is present (${q('en', n.value)}) not carried over: the free answer is not scored`,
  'h5p-keyword-missing-feedback': (n) => `feedback when the keyword ${q('en', n.field)} is missing (${q('en', n.value)}) not carried over: the free answer is not scored`,
  'h5p-blanks-empty': () => 'fill in the blanks without any sentence (“questions” empty or missing)',
  'h5p-typos-tolerance': () => 'tolerance of spelling mistakes not carried over',
  'h5p-sentence-no-blank': () => 'sentence without a blank',
  'h5p-sentence-blanks': (n) => `${n.field ?? '?'} blanks in one sentence: only one blank per question is supported`,
  'h5p-blank-tip': () => 'a blank’s tip not carried over',
  'h5p-blank-no-answer': () => 'blank without an answer',
  'h5p-question-media': (n) => `the question’s ${h5pMediaKinds.en[n.field ?? ''] ?? 'medium'} (${n.value ?? ''}) not carried over: the feed holds text only, question to be checked`,
  'h5p-question-feedback': (n) =>
    `this question’s feedback per score range not carried over (the feed has bands for the whole quiz only): ${(n.ranges ?? []).map((scores) => `${range('en', scores)} ${q('en', scores.text)}`).join('; ')}`,
  'h5p-bands': (n) =>
    `feedback per score range carried over as the quiz’s result bands: ${(n.ranges ?? []).map((band) => `${span('en', band)} → band from ${band.from}% ${q('en', band.text)}`).join('; ')}`,
  'h5p-band-covers-silence': (n) =>
    `at ${span('en', firstRange(n))}, H5P shows no feedback: in the feed, the band from ${n.field ?? '?'}% (${q('en', n.value)}) applies there too, as a band needs a title`,
  'h5p-band-covers-feedback': (n) =>
    `at ${span('en', firstRange(n))}, H5P’s feedback is not carried over (see below): in the feed, the band from ${n.field ?? '?'}% (${q('en', n.value)}) applies there too, as a band needs a title`,
  'h5p-feedback-unreached': (n) =>
    `feedback ${q('en', firstRange(n).text)} (${range('en', firstRange(n))}) not carried over: no score reaches it in H5P (its range is taken by an earlier one of the list, or outside 0 to 100%)`,
  'h5p-feedback-quotes-score': (n) =>
    `feedback ${q('en', firstRange(n).text)} (${range('en', firstRange(n))}) not carried over: it quotes the score, which H5P fills in; the feed shows the score on its own`,
  'h5p-end-video': (n) => `end video (${n.field === 'success' ? 'success' : 'failure'}: ${n.value ?? ''}) not carried over: the feed holds text only`,
  'h5p-bands-result-page-off': (n) =>
    `${n.field === '1' ? 'feedback' : `${n.field ?? '?'} feedback texts`} per score range not carried over: the results page is turned off in H5P (endGame.showResultPage), which does not show them`,
  'h5p-bands-nothing-scored': (n) =>
    `${n.field === '1' ? 'feedback' : `${n.field ?? '?'} feedback texts`} per score range not carried over: no question of the quiz is scored in the feed, so it shows no band`,
  'h5p-old-feedback': () => 'end texts for a quiz passed or failed (oldFeedback, deprecated since Question Set 1.13) not carried over: the feedback per score range stands in for them',
  'h5p-package': () => '.h5p package (a zip archive): unzip it and give its file content/content.json (for instance: unzip package.h5p content/content.json)',
};

/** A quiz note in words, without its question: the converter's report `message` in French. */
export function quizNoteText(note: QuizNote, lang: ReportLanguage): string {
  return (lang === 'fr' ? quizFr : quizEn)[note.code](note);
}

/**
 * A quiz note framed by what became of its question, named by its label. A note that nothing places in the file is
 * about the file (an H5P content read alone and refused), one on no question about the quiz (a link of its end
 * feedback): said alone.
 */
function quizLine(note: ReportNote & { code: QuizNoteCode }, lang: ReportLanguage): string {
  const text = quizNoteText(note, lang);
  const colon = lang === 'fr' ? ' : ' : ': ';
  const named = note.source ? ` ${q(lang, note.source)}` : '';
  switch (quizNoteSeverities[note.code]) {
    case 'skipped':
      return note.where.line === undefined && !note.where.path ? text : `${lang === 'fr' ? 'question ignorée' : 'question skipped'}${named}${colon}${text}`;
    case 'lossy':
      return note.source === undefined ? text : `${lang === 'fr' ? 'question reprise incomplète' : 'question imported incomplete'}${named}${colon}${text}`;
    case 'info':
      return `${note.source ? `${q(lang, note.source)}${colon}` : ''}${text}`;
  }
}

/** A note in words, where it is first. */
export const formatNote = (note: ReportNote, lang: ReportLanguage): string => formatNoteWith(note, lang, quizLine);

/** The report as lines of text: counts, then errors, warnings, what was not used, what was used. */
export const formatReport = (report: ImportReport, lang: ReportLanguage): string[] => formatReportWith(report, lang, quizLine);
