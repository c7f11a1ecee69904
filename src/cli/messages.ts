/** The command line's own words, French by default, English with `--lang en`. */
import type { ReportLanguage } from '../model/convert/messages.js';

const fr = {
  lang: 'fr' as ReportLanguage,
  usage: `Usage : training-feed-widgets <commande> [options]

Commandes :
  validate FLUX [--lang en] [--json]          vérifie un flux JSON (chemin de chaque problème, manques Qualiopi)
  import FICHIER [--from FORMAT] [--into FLUX] [--id ID] [-o SORTIE]
                                              convertit un fichier (FORMAT : {formats}) en flux JSON
  export FLUX --to lheo|ics|jsonld [-o SORTIE] écrit le flux en LHEO 2.3, iCalendar ou JSON-LD schema.org
  schema                                      affiche le JSON Schema du flux

« training-feed-widgets <commande> --help » détaille chaque commande.
Codes de sortie : 0 réussite, 1 flux ou fichier invalide, 2 erreur d’usage ou de lecture/écriture.`,
  validateHelp: `Usage : training-feed-widgets validate FLUX [--lang en] [--json]

Vérifie le flux JSON FLUX contre le schéma : chaque problème est donné avec son chemin
(trainings[0].sessions[1].dates[0].start). Un texte qui contient des caractères de contrôle
(NUL, BEL… : tout sauf tabulation et retours à la ligne) est une erreur : les widgets les
afficheraient tels quels. Avertissements (le flux reste valide) : les informations exigées
par Qualiopi (indicateurs 1, 2 et 26) qui manquent, par formation ; un flux d’une autre
version que la 1, la seule que cette bibliothèque lit (ce qu’elle ne connaît pas est ignoré).
  --json      résultat en JSON sur la sortie standard
  --lang en   messages en anglais
Sortie : 0 flux valide, 1 flux invalide, 2 erreur d’usage ou de lecture.`,
  importHelp: `Usage : training-feed-widgets import FICHIER [--from FORMAT] [--into FLUX] [--id ID] [-o SORTIE]

Convertit FICHIER en flux JSON valide, écrit sur la sortie standard (ou dans SORTIE) ;
le rapport (ce qui est repris, ce qui ne l’est pas, et où) va sur la sortie d’erreur.
  --from FORMAT  {formats} (deviné d’après le nom ou le contenu sinon ; un .txt de Moodle est lu en GIFT)
  --into FLUX    ajoute le résultat au flux existant FLUX (une formation de même identifiant est remplacée ;
                 un questionnaire GIFT ou H5P dont l’identifiant est déjà pris reçoit un identifiant libre, -2…)
  --id ID        identifiant du questionnaire importé (GIFT, H5P ; sinon tiré de sa catégorie, de son titre ou
                 du nom du fichier) ; avec --into, le questionnaire de même identifiant est remplacé
  -o SORTIE      fichier à écrire au lieu de la sortie standard
Sortie : 0 réussite, 1 fichier inutilisable, 2 erreur d’usage ou de lecture/écriture.`,
  exportHelp: `Usage : training-feed-widgets export FLUX --to lheo|ics|jsonld [-o SORTIE]

  --to lheo    LHEO 2.3 (valide contre le XSD officiel ; ce que LHEO ne sait pas dire va dans <extras>)
  --to ics     iCalendar : un événement par période de session aux dates connues au jour près
  --to jsonld  JSON-LD schema.org (Course, CourseInstance)
  -o SORTIE    fichier à écrire au lieu de la sortie standard
Sortie : 0 réussite, 1 flux invalide, 2 erreur d’usage ou de lecture/écriture.`,
  schemaHelp: `Usage : training-feed-widgets schema

Affiche le JSON Schema du flux (le même que dist/feed.schema.json).`,
  unknownCommand: (name: string) => `commande inconnue « ${name} »`,
  unknownOption: (detail: string) => `option non reconnue : ${detail}`,
  optionNeedsValue: (option: string) => `l’option ${option} attend une valeur`,
  oneFileOnly: (extra: string) => `un seul fichier à la fois : « ${extra} » en trop (pour plusieurs fichiers, lancez la commande pour chacun)`,
  nothingToExport: (file: string) => `${file} : aucune formation à exporter en LHEO (le flux n’a que des questionnaires ou des référentiels)`,
  internalError: (message: string) => `erreur inattendue (${message}) : rien n’a été écrit ; merci de signaler ce cas avec le fichier en cause`,
  /** Node's system error codes in words. */
  systemError: (code: string) =>
    ({ ENOENT: 'fichier ou dossier introuvable', EISDIR: 'c’est un dossier, pas un fichier', EACCES: 'accès refusé', EPERM: 'opération non permise', ENOTDIR: 'un élément du chemin n’est pas un dossier', ENOSPC: 'disque plein', EROFS: 'système de fichiers en lecture seule', EMFILE: 'trop de fichiers ouverts' })[code] ?? code,
  missingArgument: (what: string) => `argument manquant : ${what}`,
  unknownFormat: (value: string, allowed: string) => `format « ${value} » inconnu (attendu : ${allowed})`,
  undetectedFormat: (file: string, allowed: string) => `format de « ${file} » non reconnu : précisez --from (${allowed})`,
  binaryFile: (file: string) => `« ${file} » n’est pas un fichier texte (octets nuls ou caractères de contrôle : fichier binaire, ou classeur .xlsx ?) ; pour un tableau, enregistrez-le au format CSV`,
  cannotRead: (file: string, reason: string) => `impossible de lire « ${file} » : ${reason}`,
  cannotWrite: (file: string, reason: string) => `impossible d’écrire « ${file} » : ${reason}`,
  cannotWriteOutput: (reason: string) => `impossible d’écrire sur la sortie standard : ${reason}`,
  notJson: (file: string, reason: string) => `« ${file} » n’est pas du JSON : ${reason}`,
  windows1252Feed: (file: string) =>
    `« ${file} » n’est pas en UTF-8 : lu en Windows-1252 (« ANSI »), comme les widgets le lisent ; enregistrez-le en UTF-8, l’encodage d’un flux JSON`,
  strayBytesFeed: (file: string, count: number, lines: string) =>
    `« ${file} » : ${count} octet(s) hors UTF-8 (ligne(s) ${lines}), collés d’un fichier plus ancien ? Les widgets affichent chacun « � » ; corrigez-les et enregistrez le fichier en UTF-8`,
  utf16Feed: (file: string) =>
    `« ${file} » est en UTF-16 (ce qu’écrit « > » dans Windows PowerShell 5) : un flux se lit en UTF-8, par les navigateurs comme ici ; écrivez-le avec -o ${file}, ou enregistrez-le en UTF-8`,
  valid: (file: string, trainings: number, sessions: number) => `${file} : flux valide (${trainings} formation(s), ${sessions} session(s))`,
  invalid: (file: string, count: number) => `${file} : flux invalide, ${count} problème(s)`,
  qualiopiMissing: (training: string, items: string) => `Qualiopi – formation « ${training} » : manque ${items}`,
  qualiopiItem: (item: string, indicator: number) => `${qualiopiNames.fr[item] ?? item} (indicateur ${indicator})`,
  progress: (done: number, total: number) => `lecture : ${done}/${total} offres`,
  written: (file: string) => `écrit : ${file}`,
  merged: (count: number) => `fusionné dans le flux existant (${count} identifiant(s) en commun)`,
  collision: (kind: string, id: string, resolution: string) => `identifiant ${collisionKinds.fr[kind] ?? kind} « ${id} » déjà présent : ${resolution}`,
  resolution: { same: 'identique, gardé une fois', renamed: 'renommé', replaced: 'remplacé' } as Record<'same' | 'renamed' | 'replaced', string>,
  quizRenamed: (id: string, renamed: string) => `questionnaire « ${id} » déjà présent dans le flux : le questionnaire importé devient « ${renamed} » (--id ${id} pour le remplacer)`,
  idForQuizOnly: '--id ne s’applique qu’à un questionnaire (gift, h5p)',
  nothingWritten: (file: string | undefined) => (file ? `rien n’a été écrit (« ${file} » n’est pas modifié)` : 'rien n’a été écrit'),
  notInCalendar: (session: string) => `session « ${session} » absente du calendrier : dates non connues au jour près`,
  rangesNotInCalendar: (session: string, count: number) => `session « ${session} » : ${count} période(s) non connue(s) au jour près laissée(s) hors du calendrier`,
  emptyCalendar: (file: string) => `${file} : aucune session datée au jour près, pas de calendrier à écrire`,
  controlCharacters: (count: number, list: string) =>
    count === 1
      ? `caractère de contrôle ${list} : les widgets l’afficheraient tel quel (invisible ou en carré) ; retirez-le`
      : `${count} caractères de contrôle (${list}) : les widgets les afficheraient tels quels (invisibles ou en carrés) ; retirez-les`,
  otherVersion: (version: number, read: number) =>
    `flux de version ${version}, or cette bibliothèque lit la version ${read} : ce qu’elle ne connaît pas est ignoré, le reste est vérifié selon la version ${read}`,
  error: 'Erreur',
  warning: 'Attention',
};

const collisionKinds: Record<ReportLanguage, Record<string, string>> = {
  fr: { training: 'de formation', session: 'de session', quiz: 'de questionnaire', programme: 'de programme' },
  en: { training: 'training', session: 'session', quiz: 'quiz', programme: 'programme' },
};

const qualiopiNames: Record<ReportLanguage, Record<string, string>> = {
  fr: {
    prerequisites: 'prérequis', objectives: 'objectifs', duration: 'durée', access: 'modalités et délais d’accès', price: 'tarif',
    contacts: 'contacts', methods: 'méthodes', evaluation: 'évaluation', accessibility: 'accessibilité handicap',
    updated: 'date de mise à jour', certification: 'certification (code RNCP/RS, certificateur, date d’enregistrement)',
    results: 'résultats (taux)', disabilityReferent: 'référent handicap',
  },
  en: {
    prerequisites: 'prerequisites', objectives: 'objectives', duration: 'duration', access: 'access terms and lead time', price: 'price',
    contacts: 'contacts', methods: 'methods', evaluation: 'evaluation', accessibility: 'disability access',
    updated: 'last update date', certification: 'certification (RNCP/RS code, certifier, registration date)',
    results: 'results (rates)', disabilityReferent: 'disability referent',
  },
};

type Messages = typeof fr;

const en: Messages = {
  lang: 'en',
  usage: `Usage: training-feed-widgets <command> [options]

Commands:
  validate FEED [--lang en] [--json]          checks a JSON feed (path of every problem, Qualiopi gaps)
  import FILE [--from FORMAT] [--into FEED] [--id ID] [-o OUT]
                                              converts a file (FORMAT: {formats}) to a JSON feed
  export FEED --to lheo|ics|jsonld [-o OUT]   writes the feed as LHEO 2.3, iCalendar or schema.org JSON-LD
  schema                                      prints the feed's JSON Schema

"training-feed-widgets <command> --help" details each command.
Exit codes: 0 success, 1 invalid feed or file, 2 usage or I/O error.`,
  validateHelp: `Usage: training-feed-widgets validate FEED [--lang en] [--json]

Checks the JSON feed FEED against the schema: every problem comes with its path
(trainings[0].sessions[1].dates[0].start). A text holding control characters (NUL, BEL…:
all but tab and line breaks) is an error: the widgets would show them as they are.
Warnings (the feed stays valid): items Qualiopi requires (indicators 1, 2 and 26) that are
missing, per training; a feed of another version than 1, the only one this library reads
(what it does not know is ignored).
  --json      result as JSON on standard output
  --lang en   messages in English
Exit: 0 valid feed, 1 invalid feed, 2 usage or read error.`,
  importHelp: `Usage: training-feed-widgets import FILE [--from FORMAT] [--into FEED] [--id ID] [-o OUT]

Converts FILE into a valid JSON feed, written on standard output (or to OUT);
the report (what was carried over, what was not, and where) goes to standard error.
  --from FORMAT  {formats} (guessed from the name or the content otherwise; Moodle's .txt is read as GIFT)
  --into FEED    adds the result to the existing feed FEED (a training with the same id is replaced;
                 a GIFT or H5P quiz whose id is taken gets a free one, -2…)
  --id ID        id of the imported quiz (GIFT, H5P; otherwise from its category, its title or the file name);
                 with --into, the quiz with that id is replaced
  -o OUT         file to write instead of standard output
Exit: 0 success, 1 unusable file, 2 usage or I/O error.`,
  exportHelp: `Usage: training-feed-widgets export FEED --to lheo|ics|jsonld [-o OUT]

  --to lheo    LHEO 2.3 (valid against the official XSD; what LHEO cannot say goes into <extras>)
  --to ics     iCalendar: one event per session range whose days are known
  --to jsonld  schema.org JSON-LD (Course, CourseInstance)
  -o OUT       file to write instead of standard output
Exit: 0 success, 1 invalid feed, 2 usage or I/O error.`,
  schemaHelp: `Usage: training-feed-widgets schema

Prints the feed's JSON Schema (the same as dist/feed.schema.json).`,
  unknownCommand: (name) => `unknown command "${name}"`,
  unknownOption: (detail) => `unrecognised option: ${detail}`,
  optionNeedsValue: (option) => `the option ${option} needs a value`,
  oneFileOnly: (extra) => `one file at a time: "${extra}" is one too many (for several files, run the command for each)`,
  nothingToExport: (file) => `${file}: no training to export to LHEO (the feed holds only quizzes or frameworks)`,
  internalError: (message) => `unexpected error (${message}): nothing written; please report this case with the file concerned`,
  systemError: (code) =>
    ({ ENOENT: 'no such file or folder', EISDIR: 'a folder, not a file', EACCES: 'permission denied', EPERM: 'operation not permitted', ENOTDIR: 'a part of the path is not a folder', ENOSPC: 'disk full', EROFS: 'read-only file system', EMFILE: 'too many open files' })[code] ?? code,
  missingArgument: (what) => `missing argument: ${what}`,
  unknownFormat: (value, allowed) => `unknown format "${value}" (expected: ${allowed})`,
  undetectedFormat: (file, allowed) => `cannot tell the format of "${file}": give --from (${allowed})`,
  binaryFile: (file) => `"${file}" is not a text file (NUL bytes or control characters: a binary file, or an .xlsx workbook?); save a sheet as CSV`,
  cannotRead: (file, reason) => `cannot read "${file}": ${reason}`,
  cannotWrite: (file, reason) => `cannot write "${file}": ${reason}`,
  cannotWriteOutput: (reason) => `cannot write to standard output: ${reason}`,
  notJson: (file, reason) => `"${file}" is not JSON: ${reason}`,
  windows1252Feed: (file) => `"${file}" is not UTF-8: read as Windows-1252 ("ANSI"), as the widgets read it; save it as UTF-8, a JSON feed's encoding`,
  strayBytesFeed: (file, count, lines) =>
    `"${file}": ${count} byte(s) that are not UTF-8 (line(s) ${lines}), pasted from an older file? The widgets show each as "�"; correct them and save the file as UTF-8`,
  utf16Feed: (file) => `"${file}" is UTF-16 (what “>” writes in Windows PowerShell 5): a feed is read as UTF-8, by browsers as here; write it with -o ${file}, or save it as UTF-8`,
  valid: (file, trainings, sessions) => `${file}: valid feed (${trainings} training(s), ${sessions} session(s))`,
  invalid: (file, count) => `${file}: invalid feed, ${count} problem(s)`,
  qualiopiMissing: (training, items) => `Qualiopi – training "${training}": missing ${items}`,
  qualiopiItem: (item, indicator) => `${qualiopiNames.en[item] ?? item} (indicator ${indicator})`,
  progress: (done, total) => `reading: ${done}/${total} offers`,
  written: (file) => `written: ${file}`,
  merged: (count) => `merged into the existing feed (${count} id(s) in common)`,
  collision: (kind, id, resolution) => `${collisionKinds.en[kind] ?? kind} id "${id}" already present: ${resolution}`,
  resolution: { same: 'identical, kept once', renamed: 'renamed', replaced: 'replaced' },
  quizRenamed: (id, renamed) => `quiz "${id}" already in the feed: the imported quiz becomes "${renamed}" (--id ${id} to replace it)`,
  idForQuizOnly: '--id applies to a quiz only (gift, h5p)',
  nothingWritten: (file) => (file ? `nothing written ("${file}" is unchanged)` : 'nothing written'),
  notInCalendar: (session) => `session "${session}" left out of the calendar: its days are not known`,
  rangesNotInCalendar: (session, count) => `session "${session}": ${count} period(s) not known to the day left out of the calendar`,
  emptyCalendar: (file) => `${file}: no session dated to the day, no calendar to write`,
  controlCharacters: (count, list) =>
    count === 1
      ? `control character ${list}: the widgets would show it as it is (invisible or as a box); remove it`
      : `${count} control characters (${list}): the widgets would show them as they are (invisible or as boxes); remove them`,
  otherVersion: (version, read) => `feed version ${version}, but this library reads version ${read}: what it does not know is ignored, the rest is checked as version ${read}`,
  error: 'Error',
  warning: 'Warning',
};

export type { Messages };
export const messages: Record<ReportLanguage, Messages> = { fr, en };
