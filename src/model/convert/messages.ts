/**
 * The import and export reports in words, French or English, for the command line, the studio and the console; and
 * the quiz converters' notes, whose French is also their own report's `message`.
 */
import type { GiftExportLoss, H5pLoneLibrary, ImportReport, LheoShape, Location, NoteCode, QuizNote, QuizNoteCode, ReportNote, ScoreRange } from './import-report.js';
import type { MediaKind } from './quiz-media.js';
import type { ReportSeverity } from './report.js';
import { xmlProblemInFrench } from './xml-messages.js';

export type ReportLanguage = 'fr' | 'en';

type Describe = (note: ReportNote) => string;

const q = (lang: ReportLanguage, value: string | undefined) => (value === undefined ? '' : lang === 'fr' ? `« ${value} »` : `“${value}”`);

const lheoShapes: Record<ReportLanguage, Record<LheoShape, string>> = {
  fr: { 'length-3': '3 caractères', 'letter-4-digits': 'une lettre et 4 chiffres', 'min-3-digits': '3 chiffres au moins', 'whole-hours': 'un nombre entier d’heures', 'max-10': '10 caractères au plus' },
  en: { 'length-3': '3 characters', 'letter-4-digits': 'a letter and 4 digits', 'min-3-digits': 'at least 3 digits', 'whole-hours': 'a whole number of hours', 'max-10': 'at most 10 characters' },
};

const fr: Record<Exclude<NoteCode, QuizNoteCode>, Describe> = {
  'not-well-formed': (n) => `XML mal formé : ${xmlProblemInFrench(n.value ?? '')}`,
  'doctype-invalid': (n) => `LHEO illisible : DOCTYPE mal formé près de ${q('fr', n.value)}`,
  'entity-external': (n) => `LHEO illisible : l’entité ${q('fr', `&${n.source ?? ''};`)} renvoie au fichier externe ${q('fr', n.value)}, qui n’est jamais lu`,
  'entity-undeclared': (n) => `LHEO illisible : l’entité ${q('fr', `&${n.source ?? ''};`)} n’est pas déclarée`,
  'entity-too-large': (n) => `LHEO illisible : l’entité ${q('fr', `&${n.source ?? ''};`)} mène à plus de ${Number(n.field).toLocaleString('fr-FR')} caractères une fois développée (limite de sécurité)`,
  'entity-nested': (n) => `LHEO illisible : l’entité ${q('fr', `&${n.source ?? ''};`)} se contient elle-même ou imbrique trop d’entités`,
  'xml-too-deep': (n) => `LHEO illisible : éléments imbriqués sur plus de ${n.field ?? '?'} niveaux (limite de sécurité ; LHEO en compte une dizaine)`,
  'control-removed': (n) =>
    `${n.source ? `${n.source} : ` : ''}${n.field === '1' ? `caractère de contrôle ${n.value ?? ''} retiré` : `${n.field ?? '?'} caractères de contrôle retirés (${n.value ?? ''})`}`,
  'encoding-mixed': (n) =>
    `${n.field === '1' ? 'un octet n’est' : `${n.field ?? '?'} octets ne sont`} pas de l’UTF-8 dans un fichier qui en est : lu${n.field === '1' ? '' : 's'} comme en Windows-1252${n.value ? ` (aussi ligne(s) ${n.value})` : ''} ; vérifiez ${n.field === '1' ? 'ce caractère' : 'ces caractères'}`,
  'encoding-declared': (n) => `le fichier se déclare en ${n.value ?? '?'} mais ses octets sont de l’UTF-8 avec accents : lu en UTF-8 ; corrigez sa déclaration <?xml … encoding="UTF-8"?>`,
  'offer-skipped': (n) => `offre ignorée : pas d’organisme (${n.source ?? 'nom-organisme'} absent ou vide), les lecteurs ne sauraient pas qui la donne`,
  'not-lheo': (n) => `ce n’est pas un fichier LHEO (élément racine ${q('fr', n.value)}, attendu « lheo » ou « lheo-index »)`,
  'no-offer': (n) => `aucune offre (formation ou resume-offre) dans le fichier${n.field === 'refused' ? ' : aucune formation à importer' : ''}`,
  'date-unknown': (n) => `dates inconnues${n.value ? ` (${n.value})` : ''} : session gardée, affichée « Dates à venir »`,
  'end-unknown': (n) => `date de fin inconnue${n.value ? ` (${n.value})` : ''} : session gardée, affichée « À partir du » sa date de début`,
  'date-invalid': (n) => `date ${q('fr', n.value)} illisible (AAAAMMJJ attendu) : ignorée`,
  'end-before-start': (n) => `fin avant le début (${n.value ?? ''}) : fin ignorée`,
  'value-invalid': (n) => `valeur refusée${n.source ? ` pour ${n.source}` : ''} : ${q('fr', n.value)} (ignorée)`,
  'mode-defaulted': (n) =>
    n.field === undefined
      ? `colonne ${q('fr', n.source)} absente : toutes les sessions écrites « en présentiel », à vérifier`
      : `${n.source ?? 'modalité'} ${n.value ? `${q('fr', n.value)} inconnue` : 'vide'} (attendu : ${n.field}) : session écrite « en présentiel », à vérifier`,
  'value-truncated': (n) => `${n.source ?? 'texte'} raccourci à ${n.field ?? '?'} caractères (limite LHEO ; le texte entier est gardé dans les extras)`,
  'placeholder-written': (n) => `${n.source ?? '?'} exigé par LHEO et absent du flux : ${q('fr', n.field)} écrit à la place`,
  'title-from-id': (n) => `${n.source ?? 'intitulé'} absent ou vide : la formation a son identifiant ${q('fr', n.field)} pour titre, à corriger`,
  'id-generated': (n) => `pas d’identifiant : ${q('fr', n.field)} attribué`,
  'id-renamed': (n) => `identifiant ${q('fr', n.value)} changé en ${q('fr', n.field)} (caractères interdits ou déjà pris)`,
  'several-places': (n) => `${n.value ?? 'plusieurs'} lieux de formation : seul le premier est repris`,
  'action-differs': (n) => `${n.source ?? '?'} diffère d’une action à l’autre : la première valeur est gardée (autre valeur : ${n.value ?? ''})`,
  'value-differs': (n) => `${n.source ?? '?'} diffère d’une ligne à l’autre de la même formation : ${q('fr', n.field)} gardé, ${q('fr', n.value)} ignoré`,
  'cpf-differs': (n) => `éligibilité CPF différente d’une session à l’autre (${n.field ?? '?'} éligible(s), ${n.value ?? '?'} non) : non reprise`,
  'cpf-partial': (n) => `éligibilité CPF indiquée pour ${n.field ?? '?'} session(s) sur ${n.value ?? '?'} : reprise pour toute la formation`,
  'url-completed': (n) => `adresse web ${q('fr', n.value)} complétée en ${q('fr', n.field)}`,
  'postal-code-padded': (n) => `code postal ${q('fr', n.value)} complété en ${q('fr', n.field)} (le tableur avait retiré le zéro initial)`,
  'kept-in-extras': (n) => `sans équivalent LHEO, gardé dans <extras> : ${n.value ?? ''}`,
  'value-not-exported': (n) => `${n.source ?? '?'} ${q('fr', n.value)} non écrit : LHEO attend ${lheoShapes.fr[n.field as LheoShape] ?? n.field}`,
  'not-exported': (n) => `${n.source ?? '?'} incomplet pour LHEO (code postal et ville requis) : ${q('fr', n.value)} gardé dans les extras`,
  'csv-no-header': () => 'fichier vide : ligne d’en-tête attendue',
  'csv-column-unknown': (n) => `colonne ${q('fr', n.source)} inconnue : ses valeurs ne sont pas reprises`,
  'csv-column-missing': (n) => `colonne obligatoire ${q('fr', n.source)} absente`,
  'csv-row-skipped': (n) => `ligne ignorée : ${q('fr', n.source)} est vide`,
  'csv-quote': (n) =>
    `guillemets mal fermés${n.field ? ` (la valeur entre guillemets court jusqu’à la ligne ${n.field})` : ''} : ${n.field ? 'lignes ignorées' : 'ligne ignorée'}, pour ne pas mettre des valeurs dans d’autres colonnes ; une valeur entre guillemets se ferme par un guillemet suivi du séparateur, un guillemet dans le texte s’écrit ""`,
  'csv-date': (n) => `${n.source ?? 'date'} : ${q('fr', n.value)} n’est pas une date (JJ/MM/AAAA, AAAA-MM-JJ, 9 octobre 2023, MM/AAAA ou septembre 2023, heure possible : 25/09/2023 09:00) ; ignorée`,
  'csv-number': (n) => `${n.source ?? 'nombre'} : ${q('fr', n.value)} n’est pas un nombre ; ignoré`,
  'csv-too-many-cells': (n) => `${n.value ?? '?'} valeurs pour ${n.field ?? '?'} colonnes d’en-tête : une valeur contient le séparateur sans être entre guillemets (les suivantes seraient décalées), ou une colonne n’a pas de titre ; ligne ignorée`,
  'csv-short-rows': (n) => `${n.field ?? '?'} ligne(s) ont moins de valeurs que de colonnes d’en-tête (lignes ${n.value ?? ''}) : les colonnes de fin absentes sont lues vides`,
  'csv-column-duplicate': (n) => `colonne ${q('fr', n.source)} en double : seule la colonne ${n.field ?? '?'} est lue, les valeurs de celle-ci sont listées comme non reprises`,
  'csv-no-rows': (n) => (n.field === 'refused' ? 'aucune ligne utilisable (voir les erreurs ci-dessus) : aucune formation à importer' : 'aucune ligne sous l’en-tête : aucune formation à importer'),
  'csv-time-dropped': (n) =>
    `${n.source ?? 'date'} : heure de ${q('fr', n.value)} non reprise, ${
      n.field === 'date-only' ? 'ce champ ne prend qu’une date' : n.field === 'zone' ? 'décalage horaire du lieu inconnu à cette date' : 'heure inexistante ou ambiguë au changement d’heure'
    } ; date seule gardée`,
  'csv-two-digit-year': (n) => `${n.source ?? 'date'} : année écrite sur deux chiffres dans ${q('fr', n.value)}, lue ${q('fr', n.field)} ; vérifiez-la`,
  'not-text': () => 'ce n’est pas un fichier texte (octets nuls ou caractères de contrôle : fichier binaire, ou classeur .xlsx ?) ; enregistrez le tableau au format CSV',
  'merge-collision': (n) => `identifiant ${q('fr', n.value)} déjà pris : ${n.field ?? ''}`,
};

const en: Record<Exclude<NoteCode, QuizNoteCode>, Describe> = {
  'not-well-formed': (n) => `XML not well-formed: ${n.value ?? ''}`,
  'doctype-invalid': (n) => `unreadable LHEO: malformed DOCTYPE near ${q('en', n.value)}`,
  'entity-external': (n) => `unreadable LHEO: the entity ${q('en', `&${n.source ?? ''};`)} refers to the external file ${q('en', n.value)}, which is never read`,
  'entity-undeclared': (n) => `unreadable LHEO: the entity ${q('en', `&${n.source ?? ''};`)} is not declared`,
  'entity-too-large': (n) => `unreadable LHEO: the entity ${q('en', `&${n.source ?? ''};`)} expands to more than ${Number(n.field).toLocaleString('en-GB')} characters (safety limit)`,
  'entity-nested': (n) => `unreadable LHEO: the entity ${q('en', `&${n.source ?? ''};`)} contains itself or nests too many entities`,
  'xml-too-deep': (n) => `unreadable LHEO: elements nested more than ${n.field ?? '?'} deep (safety limit; LHEO nests about ten)`,
  'control-removed': (n) =>
    `${n.source ? `${n.source}: ` : ''}${n.field === '1' ? `control character ${n.value ?? ''} removed` : `${n.field ?? '?'} control characters removed (${n.value ?? ''})`}`,
  'encoding-mixed': (n) =>
    `${n.field === '1' ? 'one byte is' : `${n.field ?? '?'} bytes are`} not UTF-8 in a file that otherwise is: read as Windows-1252${n.value ? ` (also line(s) ${n.value})` : ''}; check ${n.field === '1' ? 'this character' : 'these characters'}`,
  'encoding-declared': (n) => `the file declares ${n.value ?? '?'} but its bytes are UTF-8 with accents: read as UTF-8; correct its declaration <?xml … encoding="UTF-8"?>`,
  'offer-skipped': (n) => `offer skipped: no training body (${n.source ?? 'nom-organisme'} missing or empty), readers would not know who gives it`,
  'not-lheo': (n) => `not an LHEO file (root element ${q('en', n.value)}, expected “lheo” or “lheo-index”)`,
  'no-offer': (n) => `no offer (formation or resume-offre) in the file${n.field === 'refused' ? ': no training to import' : ''}`,
  'date-unknown': (n) => `dates unknown${n.value ? ` (${n.value})` : ''}: session kept, shown as “Dates to be announced”`,
  'end-unknown': (n) => `end date unknown${n.value ? ` (${n.value})` : ''}: session kept, shown as “From” its start date`,
  'date-invalid': (n) => `date ${q('en', n.value)} unreadable (YYYYMMDD expected): ignored`,
  'end-before-start': (n) => `end before start (${n.value ?? ''}): end ignored`,
  'value-invalid': (n) => `value refused${n.source ? ` for ${n.source}` : ''}: ${q('en', n.value)} (ignored)`,
  'mode-defaulted': (n) =>
    n.field === undefined
      ? `no ${q('en', n.source)} column: every session written as “in person”, to be checked`
      : `${n.value ? `unknown ${n.source ?? 'mode'} ${q('en', n.value)}` : `empty ${n.source ?? 'mode'}`} (expected: ${n.field}): session written as “in person”, to be checked`,
  'value-truncated': (n) => `${n.source ?? 'text'} shortened to ${n.field ?? '?'} characters (LHEO limit; the whole text is kept in extras)`,
  'placeholder-written': (n) => `${n.source ?? '?'} is required by LHEO and absent from the feed: ${q('en', n.field)} written instead`,
  'title-from-id': (n) => `${n.source ?? 'title'} missing or empty: the training has its id ${q('en', n.field)} for a title, to be corrected`,
  'id-generated': (n) => `no identifier: ${q('en', n.field)} given`,
  'id-renamed': (n) => `identifier ${q('en', n.value)} changed to ${q('en', n.field)} (forbidden characters or already taken)`,
  'several-places': (n) => `${n.value ?? 'several'} training places: only the first is kept`,
  'action-differs': (n) => `${n.source ?? '?'} differs between actions: the first value is kept (other value: ${n.value ?? ''})`,
  'value-differs': (n) => `${n.source ?? '?'} differs between rows of one training: ${q('en', n.field)} kept, ${q('en', n.value)} ignored`,
  'cpf-differs': (n) => `CPF eligibility differs between sessions (${n.field ?? '?'} eligible, ${n.value ?? '?'} not): not carried`,
  'cpf-partial': (n) => `CPF eligibility stated for ${n.field ?? '?'} of ${n.value ?? '?'} session(s): kept for the whole training`,
  'url-completed': (n) => `web address ${q('en', n.value)} completed as ${q('en', n.field)}`,
  'postal-code-padded': (n) => `postal code ${q('en', n.value)} completed as ${q('en', n.field)} (the spreadsheet had dropped its leading zero)`,
  'kept-in-extras': (n) => `no LHEO equivalent, kept in <extras>: ${n.value ?? ''}`,
  'value-not-exported': (n) => `${n.source ?? '?'} ${q('en', n.value)} not written: LHEO expects ${lheoShapes.en[n.field as LheoShape] ?? n.field}`,
  'not-exported': (n) => `${n.source ?? '?'} incomplete for LHEO (postal code and town required): ${q('en', n.value)} kept in extras`,
  'csv-no-header': () => 'empty file: a header row is expected',
  'csv-column-unknown': (n) => `unknown column ${q('en', n.source)}: its values are not used`,
  'csv-column-missing': (n) => `required column ${q('en', n.source)} missing`,
  'csv-row-skipped': (n) => `row skipped: ${q('en', n.source)} is empty`,
  'csv-quote': (n) =>
    `badly closed quotes${n.field ? ` (the quoted value runs to line ${n.field})` : ''}: ${n.field ? 'rows skipped' : 'row skipped'}, so that no value lands in another column; a quoted value ends with a quote followed by the separator, a quote inside the text is written ""`,
  'csv-date': (n) => `${n.source ?? 'date'}: ${q('en', n.value)} is not a date (DD/MM/YYYY, YYYY-MM-DD, 9 October 2023, MM/YYYY or September 2023, with a time or not: 25/09/2023 09:00); ignored`,
  'csv-number': (n) => `${n.source ?? 'number'}: ${q('en', n.value)} is not a number; ignored`,
  'csv-too-many-cells': (n) => `${n.value ?? '?'} values for ${n.field ?? '?'} header columns: a value holds the separator without quotes (the next ones would be shifted), or a column has no title; row skipped`,
  'csv-short-rows': (n) => `${n.field ?? '?'} row(s) have fewer values than header columns (lines ${n.value ?? ''}): the missing last columns are read as empty`,
  'csv-column-duplicate': (n) => `column ${q('en', n.source)} appears twice: only column ${n.field ?? '?'} is read, this one's values are listed as not carried`,
  'csv-no-rows': (n) => (n.field === 'refused' ? 'no usable row (see the errors above): no training to import' : 'no row under the header: no training to import'),
  'csv-time-dropped': (n) =>
    `${n.source ?? 'date'}: the time of ${q('en', n.value)} is left out, ${
      n.field === 'date-only' ? 'this field holds a date only' : n.field === 'zone' ? 'the place’s UTC offset on that day is unknown' : 'a time that does not exist or is ambiguous when clocks change'
    }; the date alone is kept`,
  'csv-two-digit-year': (n) => `${n.source ?? 'date'}: two-digit year in ${q('en', n.value)}, read as ${q('en', n.field)}; check it`,
  'not-text': () => 'not a text file (NUL bytes or control characters: a binary file, or an .xlsx workbook?); save the sheet as CSV',
  'merge-collision': (n) => `identifier ${q('en', n.value)} already taken: ${n.field ?? ''}`,
};

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

// With `fr` and `en` above, these tables word every NoteCode in both languages: a code left out fails the type-check.
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

const isQuizCode = (code: NoteCode): code is QuizNoteCode => code in quizNoteSeverities;

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

/** Control characters of a value quoted from the input, made visible (`\x03`, `\n`): a message is one clean line. */
export function visibleText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    if (char === '\r') return '\\r';
    const code = char.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

export function formatLocation(where: Location, lang: ReportLanguage): string {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`${lang === 'fr' ? 'ligne' : 'line'} ${where.line}`);
  if (where.column !== undefined) parts.push(`${lang === 'fr' ? 'colonne' : 'column'} ${where.column}`);
  const position = parts.join(', ');
  if (where.path && position) return `${position} (${where.path})`;
  return where.path ?? position;
}

export function formatNote(note: ReportNote, lang: ReportLanguage): string {
  const where = formatLocation(note.where, lang);
  const { code } = note;
  const text = isQuizCode(code) ? quizLine({ ...note, code }, lang) : (lang === 'fr' ? fr : en)[code](note);
  return visibleText(where ? `${where}${lang === 'fr' ? '\u00a0: ' : ': '}${text}` : text);
}

/** The report as lines of text: counts, then errors, warnings, what was not used, what was used. */
export function formatReport(report: ImportReport, lang: ReportLanguage): string[] {
  const t = lang === 'fr';
  const counts =
    report.quizzes !== undefined
      ? t
        ? `${report.quizzes} questionnaire(s), ${report.questions ?? 0} question(s)`
        : `${report.quizzes} ${report.quizzes === 1 ? 'quiz' : 'quizzes'}, ${report.questions ?? 0} question(s)`
      : t
        ? `${report.trainings} formation(s), ${report.sessions} session(s)`
        : `${report.trainings} training(s), ${report.sessions} session(s)`;
  const lines = [`${report.format.toUpperCase()}${report.encoding ? ` (${report.encoding})` : ''}${t ? ' : ' : ': '}${counts}`];
  for (const error of report.errors) lines.push(`${t ? 'Erreur' : 'Error'} – ${formatNote(error, lang)}`);
  for (const warning of report.warnings) lines.push(`${t ? 'Attention' : 'Warning'} – ${formatNote(warning, lang)}`);
  if (report.unmapped.length) {
    lines.push(t ? 'Non repris dans le flux :' : 'Not carried into the feed:');
    for (const item of report.unmapped) {
      const where = item.where.map((w) => formatLocation(w, lang)).join(' ; ');
      lines.push(`  ${item.source} ×${item.count}${item.example ? ` (${q(lang, visibleText(item.example))})` : ''} – ${where}${item.count > item.where.length ? ' …' : ''}`);
    }
  }
  if (report.mapped.length) {
    lines.push(t ? 'Repris :' : 'Carried over:');
    for (const item of report.mapped) lines.push(`  ${item.source} → ${item.field} ×${item.count}`);
  }
  return lines;
}

/**
 * Where `JSON.parse` stopped on `text`, in words a person can act on: its message (English, and worded differently
 * by each engine) read for the end of the text or a position, given as a line and column.
 */
export function jsonProblem(text: string, message: string, lang: ReportLanguage): string {
  if (/end of (JSON )?(input|data)|unterminated/i.test(message)) return lang === 'fr' ? 'fin de fichier inattendue (fichier tronqué ?)' : 'unexpected end of file (truncated?)';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return lang === 'fr' ? 'syntaxe invalide' : 'invalid syntax';
  const before = text.slice(0, Number(position)).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  return lang === 'fr' ? `caractère inattendu ligne ${before.length}, colonne ${column}` : `unexpected character at line ${before.length}, column ${column}`;
}
