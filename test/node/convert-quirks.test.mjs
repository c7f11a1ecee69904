/**
 * What training bodies' real files do to the converters (dist/convert.js) and the command line: a stray byte of an
 * older encoding in a UTF-8 file, a declaration the bytes contradict, Excel's habits (`sep=;`, 01000 written 1000,
 * decimal commas), durations of zero, modes and yes-words in the body's own words, an unknown LHEO end date, HTML
 * escaped twice, GIFT questions without their blank line or without a right answer. Each is read or refused with
 * a note that says where and what, never a crash, never silently wrong data.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeText, decodingNotes, formatNote, formatReport, fromCsv, fromGift, fromLheo, jsonProblem } from '../../dist/convert.js';
import { cli, root } from './built-toolkit.mjs';

const work = mkdtempSync(join(tmpdir(), 'tfw-quirks-'));
/** `text` as bytes: UTF-8, except the characters of `legacy`, each written as its one Windows-1252 byte. */
const windows1252 = { '’': 0x92, '–': 0x96, '€': 0x80 };
const bytesOf = (text, legacy = '') =>
  Uint8Array.from([...text].flatMap((char) => (legacy.includes(char) ? [windows1252[char] ?? char.charCodeAt(0)] : [...new TextEncoder().encode(char)])));
const lheo = (body, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${declaration}\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F1">\n<intitule-formation>Médiation à Besançon</intitule-formation>\n` +
  `<organisme-formation-responsable><nom-organisme>Organisme</nom-organisme></organisme-formation-responsable>\n${body}</formation></offres></lheo>`;
const codes = (notes) => notes.map((note) => note.code);

test('a UTF-8 file with one stray Windows-1252 byte is read as UTF-8, the byte as the character it is, and said with its line', () => {
  const bytes = bytesOf(lheo('<objectif-formation>Savoir écouter, l’équipe</objectif-formation>\n'), '’');
  const { feed, report } = fromLheo(bytes);
  assert.equal(report.encoding, 'utf-8');
  assert.equal(feed.trainings[0].title, 'Médiation à Besançon');
  assert.equal(feed.trainings[0].objectives[0].text, 'Savoir écouter, l’équipe');
  const [note] = report.warnings.filter((warning) => warning.code === 'encoding-mixed');
  assert.equal(note.where.line, 5);
  assert.match(formatNote(note, 'fr'), /ligne 5\u00a0: un octet n’est pas de l’UTF-8 dans un fichier qui en est : lu comme en Windows-1252/);
  assert.match(formatNote(note, 'en'), /line 5: one byte is not UTF-8 in a file that otherwise is/);

  // The same in a spreadsheet and a GIFT file; a file that is Windows-1252 throughout stays Windows-1252.
  const csv = fromCsv(bytesOf('Intitulé;Organisme;Ville\nÉcoute – niveau 1;Organisme;Besançon\n', '–'));
  assert.equal(csv.feed.trainings[0].title, 'Écoute – niveau 1');
  assert.deepEqual(codes(csv.report.warnings).filter((code) => code.startsWith('encoding')), ['encoding-mixed']);
  const gift = decodeText(bytesOf('::Q::Écoute ?{=Oui ~Non ’}\n', '’'));
  assert.equal(gift.text, '::Q::Écoute ?{=Oui ~Non ’}\n');
  assert.deepEqual(codes(decodingNotes(gift)), ['encoding-mixed']);
  const legacy = fromCsv(bytesOf('Intitulé;Organisme;Ville\nÉcoute;Organisme;Besançon\n', 'éÉç'));
  assert.equal(legacy.report.encoding, 'windows-1252');
  assert.equal(legacy.feed.trainings[0].title, 'Écoute');
  assert.deepEqual(legacy.report.warnings.filter((warning) => warning.code.startsWith('encoding')), []);
});

test('a legacy declaration over UTF-8 bytes with accents is read as UTF-8 and said; a true ISO-8859-1 file as it declares', () => {
  const utf8 = fromLheo(new TextEncoder().encode(lheo('', '<?xml version="1.0" encoding="ISO-8859-1"?>')));
  assert.equal(utf8.feed.trainings[0].title, 'Médiation à Besançon');
  const [note] = utf8.report.warnings.filter((warning) => warning.code === 'encoding-declared');
  assert.match(formatNote(note, 'fr'), /se déclare en ISO-8859-1 mais ses octets sont de l’UTF-8/);
  const latin = fromLheo(bytesOf(lheo('', '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'éàç'));
  assert.equal(latin.report.encoding, 'windows-1252');
  assert.equal(latin.feed.trainings[0].title, 'Médiation à Besançon');
  assert.deepEqual(latin.report.warnings.filter((warning) => warning.code.startsWith('encoding')), []);
});

test('CSV: durations of zero are refused, not written « 0 h »; decimals the French way; half seats refused, not rounded', () => {
  const { feed, report } = fromCsv('Intitulé;Organisme;Durée (heures);Durée (jours);Places;Modalité\nA;O;0;2,5;7,5;présentiel\nB;O;10,5;;8;présentiel\n');
  const [a, b] = feed.trainings;
  assert.equal(a.duration.label, '2,5 j');
  assert.equal(a.duration.hours, undefined);
  assert.equal(a.sessions[0].seats, undefined);
  assert.equal(b.duration.label, '10,5 h');
  assert.equal(b.sessions[0].seats.total, 8);
  assert.deepEqual(
    report.warnings.filter((warning) => warning.code !== 'date-unknown').map((warning) => [warning.code, warning.source, warning.value]),
    [
      ['value-invalid', 'Durée (heures)', '0'],
      ['value-invalid', 'Places', '7,5'],
    ],
  );
  // What was refused is not counted as carried over.
  assert.equal(report.mapped.find((mapping) => mapping.field === 'hours').count, 1);
  assert.equal(report.mapped.find((mapping) => mapping.field === 'seats').count, 1);
  // A duration of zero alone no longer makes the import fail (it crashed with an English stack trace).
  const file = join(work, 'zero.csv');
  writeFileSync(file, 'Intitulé;Organisme;Durée (heures)\nA;O;0\n');
  const run = cli('import', file);
  assert.equal(run.code, 0);
  assert.doesNotMatch(run.stderr, /at |Error:/);
  assert.equal(JSON.parse(run.stdout).trainings[0].duration, undefined);
});

test('CSV: the body’s words for modes and « annulée » are read; an unknown or empty mode is written « in person » and said so', () => {
  const { feed, report } = fromCsv(
    'Intitulé;Organisme;Modalité;Annulée\nA;O;FOAD;\nA;O;Visio;Annulée\nA;O;E-learning;non\nA;O;Hybride;\nA;O;Sur le terrain;\nA;O;;\n',
  );
  assert.deepEqual(feed.trainings[0].sessions.map((session) => session.mode), ['remote', 'remote', 'remote', 'blended', 'in-person', 'in-person']);
  assert.deepEqual(feed.trainings[0].sessions.map((session) => session.cancelled ?? false), [false, true, false, false, false, false]);
  const notes = report.warnings.filter((warning) => warning.code === 'mode-defaulted');
  assert.deepEqual(notes.map((note) => note.where.line), [6, 7]);
  assert.match(formatNote(notes[0], 'fr'), /ligne 6, colonne 3\u00a0: Modalité « Sur le terrain » inconnue \(attendu : présentiel, distanciel, mixte\) : session écrite « en présentiel », à vérifier/);
  assert.match(formatNote(notes[1], 'fr'), /ligne 7\u00a0: Modalité vide/);
  assert.match(formatNote(notes[0], 'en'), /unknown Modalité “Sur le terrain”.*written as “in person”/);
  assert.equal(report.mapped.find((mapping) => mapping.field === 'mode').count, 4);
  // No mode column at all: said once, at the header.
  const none = fromCsv('Intitulé;Organisme\nA;O\nB;O\n');
  assert.deepEqual(none.report.warnings.filter((warning) => warning.code === 'mode-defaulted').map((warning) => warning.where), [{ line: 1 }]);
  assert.match(formatReport(none.report, 'fr').join('\n'), /colonne « Modalité » absente : toutes les sessions écrites « en présentiel »/);
});

test('CSV: more seats left than seats is said at its cell; LHEO: a training without a title takes its id, said as such', () => {
  const { feed, report } = fromCsv('Intitulé;Organisme;Places;Places restantes;Modalité\nA;O;10;12;présentiel\n');
  assert.deepEqual(feed.trainings[0].sessions[0].seats, { total: 10 });
  const [note] = report.warnings.filter((warning) => warning.code === 'value-invalid');
  assert.deepEqual([note.where, note.source, note.value], [{ line: 2, column: 4 }, 'Places restantes', '12']);
  const untitled = fromLheo(lheo('').replace('<intitule-formation>Médiation à Besançon</intitule-formation>', '<intitule-formation> </intitule-formation>'));
  assert.equal(untitled.feed.trainings[0].title, 'F1');
  const words = formatReport(untitled.report, 'fr').join('\n');
  assert.match(words, /intitule-formation absent ou vide : la formation a son identifiant « F1 » pour titre, à corriger/);
  assert.doesNotMatch(words, /exigé par LHEO/);
});

test('CSV: Excel’s « sep=; » line names the separator; a postal code that lost its leading zero gets it back, said', () => {
  const { feed, report } = fromCsv('sep=;\r\nIntitulé;Organisme;Code postal;Ville;Modalité\r\nA;O, SARL;1000;Bourg-en-Bresse;présentiel\r\n');
  assert.equal(feed.trainings[0].provider.name, 'O, SARL');
  assert.equal(feed.trainings[0].sessions[0].place.postalCode, '01000');
  const [note] = report.warnings.filter((warning) => warning.code !== 'date-unknown');
  assert.equal(note.code, 'postal-code-padded');
  assert.deepEqual(note.where, { line: 3, column: 3 });
  assert.match(formatNote(note, 'fr'), /code postal « 1000 » complété en « 01000 »/);
});

test('LHEO: 0 hours is left out and said, not « 0 h »; decimal hours the French way; an unknown mode or end date said as it is', () => {
  const zero = fromLheo(lheo('<action numero="A1"><modalites-enseignement>5</modalites-enseignement><nombre-heures-total>0</nombre-heures-total><session numero="S1"><periode><debut>20231002</debut><fin>00000000</fin></periode></session></action>\n'));
  const [training] = zero.feed.trainings;
  assert.equal(training.duration, undefined);
  assert.equal(training.sessions[0].mode, 'in-person');
  assert.deepEqual(training.sessions[0].dates, [{ start: '2023-10-02', openEnded: true }]);
  assert.deepEqual(codes(zero.report.warnings).sort(), ['end-unknown', 'mode-defaulted', 'value-invalid']);
  assert.ok(!zero.report.mapped.some((mapping) => mapping.source.endsWith('nombre-heures-total')), 'not counted as carried');
  const words = formatReport(zero.report, 'fr').join('\n');
  assert.match(words, /modalites-enseignement « 5 » inconnue \(attendu : 0, 1, 2\)/);
  assert.match(words, /date de fin inconnue \(00000000\) : session gardée, affichée « À partir du » sa date de début/);
  assert.doesNotMatch(words, /Dates à venir/);
  const decimal = fromLheo(lheo('<action numero="A1"><modalites-enseignement>0</modalites-enseignement><nombre-heures-total>10.5</nombre-heures-total><session numero="S1"><periode><debut>20231002</debut><fin>20231003</fin></periode></session></action>\n'));
  assert.equal(decimal.feed.trainings[0].duration.label, '10,5 h');
});

test('LHEO: HTML escaped once too often shows neither a tag nor an entity; « âge &lt; 26 ans » stays as written', () => {
  const { feed } = fromLheo(
    lheo('<objectif-formation>&amp;lt;p&amp;gt;Savoir m&amp;amp;eacute;dier&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Et &amp;#233;couter&amp;lt;/p&amp;gt;</objectif-formation>\n<contenu-formation>Public : âge &lt; 26 ans</contenu-formation>\n'),
  );
  assert.deepEqual(feed.trainings[0].objectives.map((objective) => objective.text), ['Savoir médier', 'Et écouter']);
  assert.match(JSON.stringify(feed.trainings[0]), /âge < 26 ans/);
});

test('GIFT: questions without their blank line, and a choice with no right answer, are refused with what to do', () => {
  const glued = fromGift('::A::Première question ?{T}\n::B::Deuxième question ?{F}\n\n::C::Troisième ?{=oui ~non}\n');
  assert.equal(glued.quiz.items.length, 1);
  const [refused] = glued.report.entries.filter((entry) => entry.severity === 'skipped');
  assert.equal(refused.line, 1);
  assert.match(refused.message, /une ligne vide doit séparer chaque question/);
  const wrong = fromGift('::B::Seulement fausses ?{~a ~b}\n\n::C::Bonne ?{~%50%a ~b}\n');
  assert.deepEqual(wrong.quiz.items.map((item) => item.prompt), ['Bonne ?']);
  assert.match(wrong.report.entries.find((entry) => entry.severity === 'skipped').message, /aucune bonne réponse/);
});

test('the command line: one file at a time, its options’ mistakes in French, an empty export said as such', () => {
  const demo = join(root, 'demo/feed.json');
  const extra = cli('validate', demo, join(root, 'package.json'));
  assert.equal(extra.code, 2);
  assert.match(extra.stderr, /un seul fichier à la fois : « .*package\.json » en trop/);
  const unknown = cli('import', demo, '--bogus');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^Erreur – option non reconnue : --bogus\n/);
  assert.doesNotMatch(unknown.stderr, /Unknown option|positional/);
  const noValue = cli('import', demo, '--from');
  assert.match(noValue.stderr, /^Erreur – l’option --from attend une valeur\n/);
  assert.match(cli('import', demo, '--from', '--lang', 'en').stderr, /^Error – the option --from needs a value\n/);
  const quizzesOnly = join(work, 'quizzes.json');
  writeFileSync(quizzesOnly, JSON.stringify({ version: 1, trainings: [], quizzes: [], programmes: [] }));
  const empty = cli('export', quizzesOnly, '--to', 'lheo');
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /aucune formation à exporter en LHEO/);
  assert.match(cli('validate', root).stderr, /impossible de lire « .* » : c’est un dossier, pas un fichier/);
});

test('a JSON file that JSON.parse refuses is described alike whichever engine read it (the studio runs in every browser)', () => {
  const text = '{\n  "version": 1,\n  "trainings": [{} {}]\n}';
  // The messages of V8 (Node 20, then Chrome since 2023), SpiderMonkey (Firefox) and JavaScriptCore (Safari).
  const stopped = [
    "Expected ',' or ']' after array element in JSON at position 37",
    "Expected ',' or ']' after array element in JSON at position 37 (line 3 column 20)",
    "JSON.parse: expected ',' or ']' after array element at line 3 column 20 of the JSON data",
  ];
  for (const message of stopped) assert.equal(jsonProblem(text, message, 'fr'), 'caractère inattendu ligne 3, colonne 20', message);
  assert.equal(jsonProblem(text, "JSON Parse error: Expected ']'", 'en'), 'invalid syntax');
  const cutShort = [
    'Unexpected end of JSON input',
    'Unterminated string in JSON at position 12',
    // The text stops after a value: V8 names the place where the next one should be.
    "Expected ',' or '}' after property value in JSON at position 13",
    'JSON.parse: unexpected end of data at line 1 column 14 of the JSON data',
    'JSON.parse: unterminated string literal at line 1 column 7 of the JSON data',
    'JSON Parse error: Unexpected EOF',
    'JSON Parse error: Unterminated string',
  ];
  for (const message of cutShort) assert.equal(jsonProblem('{"version": 1\n', message, 'en'), 'unexpected end of file (truncated?)', message);
});

test('LHEO seats: a whole number is carried; 12,5, -3, 1e3, 0x10 or « 12 places » is refused with its element and line (never rounded nor read as another number, nor counted as carried); an empty one is no value', () => {
  const session = (seats) =>
    `<session numero="S1"><periode><debut>20231002</debut><fin>20231004</fin></periode><extras info="session"><extra info="nb-places">${seats}</extra></extras></session>`;
  const read = (seats, funded = '4') =>
    fromLheo(lheo(`<action numero="A1"><modalites-enseignement>0</modalites-enseignement>${session(seats)}<organisme-financeur><code-financeur>10</code-financeur><nb-places-financees>${funded}</nb-places-financees></organisme-financeur></action>\n`));
  const seatsOf = ({ feed }) => feed.trainings[0].sessions[0].seats;
  const carried = ({ report }) => report.mapped.some((mapping) => mapping.source.endsWith('extra[nb-places]'));
  assert.deepEqual(seatsOf(read(' 12 ')), { total: 12 });
  assert.ok(carried(read('12')));
  for (const value of ['12,5', '-3', '1e3', '0x10', '12 places']) {
    const result = read(value);
    assert.equal(seatsOf(result), undefined, value);
    assert.ok(!carried(result), `${value} not counted as carried`);
    const [warning] = result.report.warnings.filter((note) => note.code === 'value-invalid');
    assert.deepEqual(warning?.where, { line: 5, path: 'formation[F1]/action[1]/session[S1]/extras[session]/extra[nb-places]' }, value);
    assert.equal(formatNote(warning, 'en'), `line 5 (formation[F1]/action[1]/session[S1]/extras[session]/extra[nb-places]): value refused for nb-places: “${value}” (ignored)`);
  }
  // An empty extra (an export with nothing to say) is not « 0 seats ».
  assert.equal(seatsOf(read('')), undefined);
  assert.deepEqual(read('12', '2,5').feed.trainings[0].funding.funders, [{ code: '10' }]);
  assert.ok(read('12', '2,5').report.warnings.some((note) => note.code === 'value-invalid' && note.value === '2,5'));
});

test('CSV from other tools: Excel\'s text formula ="01000" is read as Excel shows it; the header row written again (two exports put end to end) is no session', () => {
  const header = 'Intitulé;Organisme;Date de début;Code postal;Ville;SIRET\r\n';
  const zeros = fromCsv(`${header}SST;IFPS;25/09/2023;="01000";Bourg-en-Bresse;="01234567800012"\r\nSST;IFPS;02/10/2023;="69001";Lyon;="Dit ""ici"""\r\n`);
  const [first, second] = zeros.feed.trainings[0].sessions;
  assert.equal(first.place.postalCode, '01000');
  assert.equal(second.place.postalCode, '69001');
  assert.equal(zeros.feed.trainings[0].provider.siret, '01234567800012');
  const twice = fromCsv(`${header}SST;IFPS;25/09/2023;69001;Lyon;\r\n${header.replace('Intitulé', 'INTITULE').replace(/\r\n$/, ';;\r\n')}SST 2;IFPS;26/09/2023;69001;Lyon;\r\n`);
  assert.deepEqual(twice.feed.trainings.map((training) => training.title), ['SST', 'SST 2']);
  const [note] = twice.report.warnings.filter((warning) => warning.code === 'csv-header-repeated');
  assert.deepEqual(note.where, { line: 3 });
  assert.equal(formatNote(note, 'fr').replaceAll('\u00a0', ' '), 'ligne 3 : la ligne d’en-tête revient (fichiers mis bout à bout ?) : ligne ignorée, elle n’est pas une session');
  assert.equal(formatNote(note, 'en'), 'line 3: the header row comes again (files put end to end?): row skipped, it is no session');
});

test('LHEO: text between < and > that is no HTML element (« Anglais <B1> vers <B2> », « Module <Niveau 1> », an address) is text, kept; HTML and Word\'s tags still go', () => {
  const read = (text) => fromLheo(lheo(`<objectif-formation>${text}</objectif-formation>\n`)).feed.trainings[0].objectives.map((objective) => objective.text);
  assert.deepEqual(read('Anglais &lt;B1&gt; vers &lt;B2&gt;'), ['Anglais <B1> vers <B2>']);
  assert.deepEqual(read('Module &lt;Niveau 1&gt; : Excel &lt;avancé&gt;'), ['Module <Niveau 1> : Excel <avancé>']);
  assert.deepEqual(read('Contact : Jean &lt;jean@exemple.fr&gt;'), ['Contact : Jean <jean@exemple.fr>']);
  assert.deepEqual(read('&lt;p&gt;&lt;B&gt;Savoir&lt;/B&gt; &lt;font color="red"&gt;écouter&lt;/font&gt;&lt;o:p&gt;&lt;/o:p&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;niveau &lt;A2&gt;&lt;/li&gt;&lt;/ul&gt;'), ['Savoir écouter', 'niveau <A2>']);
  const title = fromLheo(lheo('').replace('Médiation à Besançon', 'Anglais &lt;B1&gt;')).feed.trainings[0].title;
  assert.equal(title, 'Anglais <B1>');
});

test('CSV: a cell of several e-mail addresses keeps the first valid one and says the others, as LHEO\'s courriel does, instead of losing them all', () => {
  const read = (cell) => fromCsv(`Intitulé;Organisme;Date de début;Courriel\nSST;IFPS;25/09/2023;${cell}\n`);
  for (const cell of ['"accueil@ifps.fr; formation@ifps.fr"', 'accueil@ifps.fr, formation@ifps.fr', '"mailto:accueil@ifps.fr ; formation@ifps.fr"']) {
    const { feed, report } = read(cell);
    assert.equal(feed.trainings[0].contacts[0].email, 'accueil@ifps.fr', cell);
    const [note] = report.warnings.filter((warning) => warning.code === 'value-invalid');
    assert.deepEqual([note.where, note.source, note.value], [{ line: 2, column: 4 }, 'Courriel', 'formation@ifps.fr'], cell);
  }
  const none = read('Jean <jean@ifps>');
  assert.equal(none.feed.trainings[0].contacts, undefined);
  assert.equal(none.report.warnings.find((warning) => warning.code === 'value-invalid').value, 'Jean <jean@ifps>');
});
