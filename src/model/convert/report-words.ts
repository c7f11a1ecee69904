/**
 * The import and export reports in words, French or English: the LHEO, CSV and XML notes, and the report around
 * them. The quiz converters' notes are worded by messages.ts, which passes them here: a page fed with LHEO, whose
 * reader prints its report to the console, loads none of the quiz wording.
 */
import type { ImportReport, LheoShape, Location, NoteCode, QuizNoteCode, ReportNote } from './import-report.js';
import { jsonParseFailure } from './text.js';
import { xmlProblemInFrench } from './xml-messages.js';

export type ReportLanguage = 'fr' | 'en';

type Describe = (note: ReportNote) => string;

export const q = (lang: ReportLanguage, value: string | undefined) => (value === undefined ? '' : lang === 'fr' ? `« ${value} »` : `“${value}”`);

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
  'csv-header-repeated': () => 'la ligne d’en-tête revient (fichiers mis bout à bout ?) : ligne ignorée, elle n’est pas une session',
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
  'csv-header-repeated': () => 'the header row comes again (files put end to end?): row skipped, it is no session',
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

const isOtherCode = (code: NoteCode): code is Exclude<NoteCode, QuizNoteCode> => code in fr;

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

/** Words a quiz note framed by its question (messages.ts). */
export type QuizLine = (note: ReportNote & { code: QuizNoteCode }, lang: ReportLanguage) => string;

/** A note in words, where it is first; a quiz note through `quizLine`, without which it is named by its code. */
export function formatNoteWith(note: ReportNote, lang: ReportLanguage, quizLine?: QuizLine): string {
  const where = formatLocation(note.where, lang);
  const { code } = note;
  const text = isOtherCode(code) ? (lang === 'fr' ? fr : en)[code](note) : (quizLine?.({ ...note, code }, lang) ?? code);
  return visibleText(where ? `${where}${lang === 'fr' ? '\u00a0: ' : ': '}${text}` : text);
}

/** The report as lines of text: counts, then errors, warnings, what was not used, what was used. */
export function formatReportWith(report: ImportReport, lang: ReportLanguage, quizLine?: QuizLine): string[] {
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
  for (const error of report.errors) lines.push(`${t ? 'Erreur' : 'Error'} – ${formatNoteWith(error, lang, quizLine)}`);
  for (const warning of report.warnings) lines.push(`${t ? 'Attention' : 'Warning'} – ${formatNoteWith(warning, lang, quizLine)}`);
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

/** Why `JSON.parse` refused `text`, in words a person can act on: the file cut short, or the line and column. */
export function jsonProblem(text: string, message: string, lang: ReportLanguage): string {
  const place = jsonParseFailure(text, message);
  if (place === 'truncated') return lang === 'fr' ? 'fin de fichier inattendue (fichier tronqué ?)' : 'unexpected end of file (truncated?)';
  if (place === undefined) return lang === 'fr' ? 'syntaxe invalide' : 'invalid syntax';
  return lang === 'fr' ? `caractère inattendu ligne ${place.line}, colonne ${place.column}` : `unexpected character at line ${place.line}, column ${place.column}`;
}
