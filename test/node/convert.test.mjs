/**
 * The converters (`training-feed-widgets/convert`, built to dist/convert.js): LHEO 2.2 and 2.3, full and summary
 * files, ISO-8859-1, HTML in text, every LHEO date convention; the LHEO export validated against the official XSD;
 * round trips; CSV the French way (`;`, Windows-1252) and the English way (`,`, UTF-8); merged feeds.
 *
 * Fixtures (test/fixtures/): lheo/onisep-bts-2.2.xml is the example catalogue of the public lheo/lheo-schema
 * repository (datasources/exemple-bts-onisep.xml, an ONISEP export); lheo/intercarif-resumes-2.2.xml is an
 * excerpt (4 of its 10 offers) of a real Intercarif `lheo-index` answer of 9 August 2017 kept in the public
 * bayesimpact/bob-emploi repository's tests; the others were written for these tests from the LHEO definition.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectFormat, feedLink, formatNote, formatReport, fromCsv, fromGift, fromH5pQuestionSet, fromLheo, ImportError, jsonOf, mergeFeeds, quizImportResult, readSpreadsheetDate, toLheo, visibleText } from '../../dist/convert.js';
import { importSource } from './import-source.mjs';
import { findLheoXsd, validateLheo } from './lheo-xsd.mjs';
import { canonical } from './built-toolkit.mjs';

/** Parsed feeds are copies that inherit nothing (hostile pages, issue 10): compare their data, not their prototypes. */
const sameData = (actual, expected, message) => assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected, message);

const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const demoFeed = () => JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
const sessionsOf = (feed) => feed.trainings.flatMap((training) => training.sessions);
/** A report with nothing in it, to word one note. */
const emptyReport = { format: 'lheo', trainings: 0, sessions: 0, mapped: [], unmapped: [], warnings: [], errors: [] };
/** Every text a reader could see, to look for tags and entities. */
const textsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : []);

test('a real LHEO 2.2 catalogue (ONISEP): training, place with coordinates, provider, certification, HTML turned into text', () => {
  const { feed, report } = fromLheo(fixture('lheo/onisep-bts-2.2.xml'));
  assert.equal(feed.trainings.length, 1);
  const [training] = feed.trainings;
  assert.equal(training.title, 'BTS négociation et relation client');
  assert.equal(training.provider.name, 'Lycée Kerneuzec');
  assert.equal(training.provider.siret, '19290076900014');
  assert.equal(training.certification.rncp, 'RNCP474');
  assert.equal(training.certifying, true);
  sameData(training.sessions[0].dates, [{ start: '2015-09-01', end: '2017-08-31' }]);
  sameData(training.sessions[0].place.geo, { latitude: 47.882108, longitude: -3.5526545 });
  assert.equal(training.sessions[0].place.city, 'QUIMPERLÉ');
  assert.equal(training.content[0].items.length, 4, 'the <ul> of contenu-formation becomes a list');
  assert.equal(training.url, 'https://www2.cndp.fr/archivage/valid/brochadmin/bouton/c052.htm');
  for (const text of textsOf(feed)) assert.doesNotMatch(text, /<\/?[a-z][^>]*>|&[a-z#0-9]+;/i, `tag or entity left in ${JSON.stringify(text)}`);
  // Nothing dropped silently: what the feed has no place for is listed with its line.
  const hebergement = report.unmapped.find((item) => item.source.endsWith('/hebergement'));
  assert.equal(hebergement?.example, 'Internat garçons-filles');
  assert.equal(hebergement?.where[0].line, 87);
  assert.ok(report.mapped.some((item) => item.source.endsWith('intitule-formation') && item.field === 'title'));
});

test('a real Intercarif summary (<resume-offre>, LHEO 2.2): one training per offer, month-only dates kept as months', () => {
  const { feed, report } = fromLheo(fixture('lheo/intercarif-resumes-2.2.xml'));
  assert.equal(feed.trainings.length, 4);
  assert.equal(sessionsOf(feed).length, 4);
  const tourisme = feed.trainings.find((training) => training.id === '14_AF_0000028218_SE_0000118670');
  assert.equal(tourisme.title, "Titre professionnel d'accompagnateur(trice) de tourisme");
  sameData(tourisme.sessions[0].dates, [{ start: '2017-09-01', startPrecision: 'month', end: '2018-03-31', endPrecision: 'month' }]);
  sameData(tourisme.sessions[0].place, { postalCode: '75014', city: 'Paris 14e Arrondissement', geo: { latitude: 48.826991, longitude: 2.333706 } });
  assert.equal(tourisme.provider.name, 'AFCI');
  sameData(tourisme.duration, { label: '686 h', hours: 686 });
  assert.ok(report.unmapped.some((item) => item.source.includes('extras[FLUX-CARIF]')), 'the export metadata is reported, not dropped');
});

test('LHEO 2.3 in ISO-8859-1: accents, escaped HTML, every date convention, permanent entry, funding, referent', () => {
  const { feed, report } = fromLheo(fixture('lheo/catalogue-2.3-iso-8859-1.xml'));
  assert.equal(report.encoding, 'windows-1252');
  const [training] = feed.trainings;
  assert.equal(training.title, 'Accompagnement social & médiation : « aller vers »');
  sameData(training.objectives.map((objective) => objective.text), [
    'À l’issue de la formation, le stagiaire sera capable de\u00a0:',
    'identifier les publics éloignés des dispositifs',
    'construire une démarche d\'aller vers',
  ]);
  sameData(training.content, [
    { title: 'Jour 1', items: ['Les fondements de l’aller vers', 'Le cadre éthique'] },
    { title: 'Jour 2', items: ['Études de cas'] },
  ]);
  sameData(training.outcomes, ['Attestation de fin de formation.', 'Certificat de compétences.']);
  assert.equal(training.updated, '2023-06-15');
  sameData(training.certification, { rncp: 'RNCP35830', rs: 'RS5487' });
  sameData(training.disabilityReferent, { name: 'Paul Martin', email: 'handicap@exemple.fr' });
  assert.equal(training.price.amount, 1250.5);
  sameData(training.funding, {
    coverageAvailable: true,
    cpf: true,
    opco: true,
    conditions: "Prise en charge par l'OPCO sur les fonds mutualisés.",
    remainingCost: { amount: 0, currency: 'EUR' },
    funders: [{ code: '16', seats: 10 }, { code: '2' }],
  });
  const session = (id) => training.sessions.find((s) => s.id === id);
  sameData(session('S-day').dates, [{ start: '2023-10-02', end: '2023-10-04' }]);
  assert.equal(session('S-day').registrationOpens, '2023-06-01');
  assert.equal(session('S-day').registrationDeadline, '2023-09-15');
  assert.equal(session('S-day').recruitment, 'open');
  assert.equal(session('S-day').seats.total, 12);
  assert.equal(session('S-day').mode, 'blended');
  sameData(session('S-month').dates, [{ start: '2017-09-01', startPrecision: 'month', end: '2018-03-31', endPrecision: 'month' }]);
  assert.equal(session('S-month').recruitment, 'closed');
  sameData(session('S-open').dates, [{ start: '2024-01-15', openEnded: true }]);
  assert.equal(session('S-open').recruitment, 'suspended');
  sameData(session('S-unknown').dates, []);
  sameData(session('S-year').dates, [{ start: '2025-01-01', startPrecision: 'year', end: '2025-12-31', endPrecision: 'year' }]);
  sameData(session('S-permanent').dates, []);
  assert.equal(session('S-permanent').permanentEntry, true);
  assert.equal(session('S-permanent').mode, 'remote');
  const unknownDates = report.warnings.filter((warning) => warning.code === 'date-unknown');
  sameData(unknownDates.map((warning) => warning.where.line), [81], 'unknown dates are reported (permanent entry needs none)');
});

test('bad input is refused with where and why, never a crash', () => {
  assert.throws(() => fromLheo('<lheo><offres><formation></offres></lheo>'), (error) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.report.errors[0].code, 'not-well-formed');
    assert.equal(error.report.errors[0].where.line, 1);
    return true;
  });
  assert.throws(() => fromLheo('<catalogue/>'), (error) => error instanceof ImportError && error.report.errors[0].code === 'not-lheo');
  const { feed, report } = fromLheo(
    '<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation><intitule-formation>&lt;script&gt;alert(1)&lt;/script&gt;Titre</intitule-formation>' +
      '<action><session><periode><debut>20231340</debut><fin>2023</fin></periode></session></action>' +
      '<organisme-formation-responsable><nom-organisme>Organisme</nom-organisme></organisme-formation-responsable></formation></offres></lheo>',
  );
  assert.equal(feed.trainings[0].title, 'Titre');
  assert.equal(feed.trainings[0].id, 'formation-1');
  sameData(feed.trainings[0].sessions[0].dates, []);
  sameData(report.warnings.filter((w) => w.code === 'date-invalid').map((w) => w.value), ['20231340', '2023']);
});

test('the LHEO export is valid against the official LHEO 2.3 XSD, for the demo feed and for imported catalogues', async (t) => {
  const xsd = findLheoXsd();
  if (!xsd) {
    assert.ok(!process.env.CI, 'shared/lheo/lheo-2.3.xsd must be beside the repository in CI');
    t.skip('LHEO 2.3 XSD not found (set LHEO_XSD)');
    return;
  }
  const feeds = [
    demoFeed(),
    fromLheo(fixture('lheo/onisep-bts-2.2.xml')).feed,
    fromLheo(fixture('lheo/intercarif-resumes-2.2.xml')).feed,
    fromLheo(fixture('lheo/catalogue-2.3-iso-8859-1.xml')).feed,
    fromCsv(fixture('csv/sessions-fr-windows-1252.csv')).feed,
  ];
  for (const feed of feeds) {
    const { xml } = toLheo(feed);
    assert.match(xml, /<lheo xmlns="http:\/\/lheo\.gouv\.fr\/2\.3">/);
    const { valid, errors } = await validateLheo(xml, xsd);
    assert.ok(valid, errors.join('\n'));
  }
});

test('export: values LHEO’s types cannot hold are left out and said, never written invalid; datemaj AAAAMMJJ; no half emoji', async (t) => {
  const xsd = findLheoXsd();
  const feed = demoFeed();
  const [training] = feed.trainings;
  training.classification = { nsf: ['330', '33', '330 Spécialités'], rome: ['K1201', 'K12', 'K1201 Action sociale'] };
  training.certification = { rs: 'RS1' };
  training.duration = { label: 'Beaucoup', hours: 1e19 };
  training.price = { amount: 123456789.5 };
  training.accessibility = `${'a'.repeat(248)}😀 et la suite`;
  training.updated = '2024-01-15';
  const { xml, report } = toLheo(feed);
  const notes = report.warnings.filter((warning) => warning.code === 'value-not-exported').map((warning) => `${warning.source} ${warning.value}`);
  assert.deepEqual(notes.sort(), ['code-NSF 33', 'code-NSF 330 Spécialités', 'code-RS 1', 'code-ROME K12', 'code-ROME K1201 Action sociale', 'nombre-heures-total 10000000000000000000'].sort());
  assert.match(xml, /<code-NSF>330<\/code-NSF>/);
  assert.match(xml, /<code-ROME>K1201<\/code-ROME>/);
  assert.match(xml, /<prix-total-TTC>123456790<\/prix-total-TTC>/, 'rounded to the euro to fit 10 characters');
  assert.match(xml, /datemaj="20240115"/);
  assert.doesNotMatch(xml, /\uFFFD|[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  assert.match(formatNote(report.warnings.find((warning) => warning.source === 'code-ROME'), 'fr'), /code-ROME « K12 » non écrit : LHEO attend une lettre et 4 chiffres/);
  assert.match(formatNote(report.warnings.find((warning) => warning.source === 'code-ROME'), 'en'), /code-ROME “K12” not written: LHEO expects a letter and 4 digits/);
  if (!xsd) return t.skip('LHEO 2.3 XSD not found');
  const { valid, errors } = await validateLheo(xml, xsd);
  assert.ok(valid, errors.join('\n'));
  return undefined;
});

test('round trips: LHEO → feed → LHEO keeps every fact read, and feed → LHEO → feed keeps the whole feed', () => {
  for (const file of ['lheo/onisep-bts-2.2.xml', 'lheo/intercarif-resumes-2.2.xml', 'lheo/catalogue-2.3-iso-8859-1.xml']) {
    const first = fromLheo(fixture(file)).feed;
    const again = fromLheo(toLheo(first).xml).feed;
    assert.equal(canonical(again), canonical(first), file);
  }
  const feed = demoFeed();
  const { xml, report } = toLheo(feed);
  assert.equal(canonical(fromLheo(xml).feed), canonical(fromLheo(toLheo(fromLheo(xml).feed).xml).feed));
  assert.equal(canonical(fromLheo(xml).feed), canonical(feed), 'quizzes, frameworks, multi-range sessions come back from <extras>');
  // What LHEO cannot hold is said: several date ranges of one session, quizzes.
  assert.ok(report.warnings.some((w) => w.code === 'kept-in-extras' && w.where.path === 'sessions[irts-fc-g1]' && w.value.includes('dates')));
  assert.ok(report.warnings.some((w) => w.code === 'kept-in-extras' && w.where.path === '(feed)' && w.value.includes('quizzes')));
  assert.ok(report.warnings.some((w) => w.code === 'placeholder-written' && w.source === 'SIRET'));
});

test('CSV the French way: ;, Windows-1252, French dates, decimal commas, accents and case in headers; errors with line and column', () => {
  const { feed, report } = fromCsv(fixture('csv/sessions-fr-windows-1252.csv'));
  assert.equal(report.encoding, 'windows-1252');
  assert.equal(feed.trainings.length, 2);
  const [allerVers, accueil] = feed.trainings;
  assert.equal(allerVers.title, 'La pratique de l’Aller Vers – Module 1');
  assert.equal(allerVers.price.amount, 1250.5);
  sameData(allerVers.objectives.map((o) => o.text), ['Identifier les publics', 'Construire une démarche']);
  assert.equal(allerVers.funding.cpf, true);
  sameData(allerVers.disabilityReferent, { name: 'Paul Martin' });
  sameData(allerVers.sessions.map((s) => s.label), ['Groupe 1', 'Groupe 2; Dole']);
  sameData(allerVers.sessions[0].dates, [{ start: '2023-09-25', end: '2023-09-26' }]);
  assert.equal(allerVers.sessions[0].registrationDeadline, '2023-09-15');
  sameData(allerVers.sessions[1].dates, [{ start: '2023-09-01', startPrecision: 'month', end: '2023-10-31', endPrecision: 'month' }]);
  assert.equal(allerVers.sessions[1].mode, 'blended');
  sameData(accueil.sessions.map((s) => s.mode), ['remote', 'remote']);
  sameData(accueil.sessions[0].dates, []);
  const where = (code) => report.warnings.filter((w) => w.code === code).map((w) => [w.where.line, w.where.column, w.value]);
  sameData(where('csv-date'), [[6, 4, '31/02/2024']]);
  sameData(where('csv-number'), [[6, 10, 'douze']]);
  sameData(where('csv-column-unknown').map(([line, column]) => [line, column]), [[1, 15]]);
  assert.equal(report.unmapped[0].example, 'note interne');
  assert.match(formatReport(report, 'fr').join('\n'), /ligne 6, colonne 4\s: Date de début\s: « 31\/02\/2024 » n’est pas une date/);
  assert.match(formatReport(report, 'en').join('\n'), /line 6, column 4: Date de début: “31\/02\/2024” is not a date/);
});

test('CSV the English way: commas, UTF-8, ISO dates; UTF-8 with a BOM; the template in docs/', () => {
  const { feed } = fromCsv(fixture('csv/sessions-en-utf-8.csv'));
  sameData(feed.trainings.map((t) => t.title), ['Outreach practice – Module 1', 'Welcome desk']);
  assert.equal(feed.trainings[0].sessions[1].registrationUrl, 'https://praxis.example.org/inscription-metz');
  sameData(feed.trainings[0].sessions[1].dates, [{ start: '2024-01-15' }]);
  assert.equal(feed.trainings[1].sessions[0].permanentEntry, true);
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('intitule;organisme;debut\nÉté;Org;2023-07-01\n')]);
  sameData(fromCsv(withBom).feed.trainings[0].sessions[0].dates, [{ start: '2023-07-01' }]);
  assert.equal(fromCsv(withBom).feed.trainings[0].title, 'Été');
  const template = fromCsv(readFileSync(new URL('../../docs/feed-template.csv', import.meta.url)));
  sameData(template.report.warnings, []);
  sameData(template.report.unmapped, [], 'every column of the template is recognised');
  assert.throws(() => fromCsv('Ville;Date\nLille;2023-01-01\n'), (error) => error instanceof ImportError && error.report.errors.some((e) => e.code === 'csv-column-missing'));
});

/** The import refused as a whole: its ImportError's report. */
const refused = (source) => {
  try {
    fromCsv(source);
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error.report;
  }
  assert.fail('the import was not refused');
};
const notes = (list, code) => list.filter((note) => note.code === code).map((note) => JSON.parse(JSON.stringify({ line: note.where.line, column: note.where.column, source: note.source, value: note.value, field: note.field })));

test('CSV: a record whose quotes are badly closed is refused with its lines, never read with its values in other columns', () => {
  // The template with one closing quote missing: before, Modalités d’accès read "Paul Martin" and Certificateur "01/06/2023".
  const { feed, report } = fromCsv(fixture('csv/template-unclosed-quote.csv'));
  sameData(notes(report.errors, 'csv-quote'), [{ line: 2 }]);
  sameData(feed.trainings[0].sessions.map((s) => s.id), ['g2'], 'the other row of the training stays');
  assert.equal(feed.trainings[0].access, undefined);
  assert.equal(feed.trainings[0].certification, undefined);
  assert.equal(feed.trainings[0].disabilityReferent, undefined);
  assert.match(formatReport(report, 'fr').join('\n'), /Erreur – ligne 2\s: guillemets mal fermés : ligne ignorée, pour ne pas mettre des valeurs dans d’autres colonnes/);
  // A bad quote whose value runs over the next lines (papaparse's InvalidQuotes): every line it swallowed is named.
  const swallowed = fromCsv('Intitulé;Organisme;Ville\nA;"O"x;Metz\nB;"O2";Nancy\nC;O;Lyon\n');
  sameData(notes(swallowed.report.errors, 'csv-quote'), [{ line: 2, field: '3' }]);
  sameData(swallowed.feed.trainings.map((t) => [t.title, t.provider.name, t.sessions[0].place.city]), [['C', 'O', 'Lyon']]);
  assert.match(formatReport(swallowed.report, 'fr').join('\n'), /ligne 2\s: guillemets mal fermés \(la valeur entre guillemets court jusqu’à la ligne 3\) : lignes ignorées/);
  // A quote never closed (MissingQuotes) runs to the end of the file: the rows before it stay.
  const unclosed = fromCsv('Intitulé;Organisme;Ville\nA;O;Metz\nB;"O;Nancy\nC;O;Lyon\n');
  sameData(notes(unclosed.report.errors, 'csv-quote'), [{ line: 3, field: '4' }]);
  sameData(unclosed.feed.trainings.map((t) => t.title), ['A']);
  // Nothing trustworthy left: the import fails, saying why.
  const none = refused('Intitulé;Organisme;Ville\n"A;O;Metz\n');
  sameData(notes(none.errors, 'csv-quote'), [{ line: 2 }]);
  sameData(notes(none.errors, 'csv-no-rows'), [{ field: 'refused' }]);
  assert.match(formatReport(none, 'fr').join('\n'), /aucune ligne utilisable \(voir les erreurs ci-dessus\) : aucune formation à importer/);
  // A header whose quotes are badly closed: no column can be trusted.
  sameData(notes(refused('"Intitulé;Organisme\nA;O\n').errors, 'csv-quote'), [{ line: 1, field: '2' }]);
});

test('CSV: more cells than header columns (an unquoted separator) refuse the row; fewer cells are read as empty last columns, said', () => {
  // A price with a decimal comma, unquoted, in a comma-separated file: every later value would move one column right.
  const { feed, report } = fromCsv('Title,Provider,Price,City\nA,O,1 250,00,Metz\nB,O,800,Nancy,\n');
  sameData(notes(report.errors, 'csv-too-many-cells'), [{ line: 2, value: '5', field: '4' }]);
  sameData(feed.trainings.map((t) => [t.title, t.price.amount, t.sessions[0].place.city]), [['B', 800, 'Nancy']], 'an empty extra cell is harmless');
  assert.match(formatReport(report, 'fr').join('\n'), /ligne 2\s: 5 valeurs pour 4 colonnes d’en-tête : une valeur contient le séparateur sans être entre guillemets \(les suivantes seraient décalées\), ou une colonne n’a pas de titre ; ligne ignorée/);
  // Excel leaves out a row's empty last cells: the row is read, and the report says which rows were short.
  const short = fromCsv('Intitulé;Organisme;Ville;Prix\nA;O;Metz;100\nB;O\nC;O;Lyon\n');
  sameData(short.feed.trainings.map((t) => t.title), ['A', 'B', 'C']);
  sameData(notes(short.report.warnings, 'csv-short-rows'), [{ value: '3, 4', field: '2' }]);
  assert.match(formatReport(short.report, 'fr').join('\n'), /Attention – 2 ligne\(s\) ont moins de valeurs que de colonnes d’en-tête \(lignes 3, 4\) : les colonnes de fin absentes sont lues vides/);
});

test('CSV: a required column or value missing, no row, all rows refused: nothing is imported, never a placeholder', () => {
  const noBody = refused('Intitulé;Ville\nA;Metz\n');
  sameData(notes(noBody.errors, 'csv-column-missing'), [{ line: 1, source: 'Organisme' }]);
  // The body empty on every row of a training: that training is left out; on one of its rows only, it is kept.
  const { feed, report } = fromCsv('Identifiant formation;Intitulé;Organisme\nf1;A;\nf2;B;O\nf2;B;\nf3;C;\n');
  sameData(feed.trainings.map((t) => [t.id, t.provider.name, t.sessions.length]), [['f2', 'O', 2]]);
  sameData(notes(report.errors, 'csv-row-skipped'), [{ line: 2, source: 'Organisme' }, { line: 5, source: 'Organisme' }]);
  const headerOnly = refused('Intitulé;Organisme;Ville\n');
  sameData(notes(headerOnly.errors, 'csv-no-rows'), [{ line: 1 }]);
  assert.match(formatReport(headerOnly, 'fr').join('\n'), /Erreur – ligne 1\s: aucune ligne sous l’en-tête : aucune formation à importer/);
  sameData(notes(refused('Intitulé;Organisme\n;O\n').errors, 'csv-row-skipped'), [{ line: 2, source: 'Intitulé' }]);
});

test('CSV: lists split on a line break, « | » or a bullet only; a « ; » inside a sentence stays', () => {
  const { feed } = fromCsv('Intitulé,Organisme,Objectifs,Prérequis\nA,O,"Connaître le cadre légal ; savoir orienter le public","Un an d’expérience ; être en poste"\nB,O,"Identifier | Construire\nÉvaluer • Suivre",Aucun\n');
  sameData(feed.trainings[0].objectives.map((o) => o.text), ['Connaître le cadre légal ; savoir orienter le public']);
  sameData(feed.trainings[0].prerequisites, ['Un an d’expérience ; être en poste']);
  sameData(feed.trainings[1].objectives.map((o) => o.text), ['Identifier', 'Construire', 'Évaluer', 'Suivre']);
  sameData(feed.trainings[1].prerequisites, []);
  const template = fromCsv(readFileSync(new URL('../../docs/feed-template.csv', import.meta.url))).feed.trainings[0];
  sameData(template.objectives.map((o) => o.text), ['Identifier les publics', 'Construire une démarche d’aller vers']);
});

test('CSV: a column twice is said (the first is read, the other listed), and a different title on a row of the same training too', () => {
  const { feed, report } = fromCsv('Intitulé;Organisme;Ville;Commune\nA;O;Besançon;Dijon\n');
  assert.equal(feed.trainings[0].sessions[0].place.city, 'Besançon');
  sameData(notes(report.warnings, 'csv-column-duplicate'), [{ line: 1, column: 4, source: 'Commune', field: '3' }]);
  sameData(report.unmapped, [{ source: 'Commune', count: 1, where: [{ line: 2, column: 4 }], example: 'Dijon' }]);
  assert.match(formatReport(report, 'fr').join('\n'), /ligne 1, colonne 4\s: colonne « Commune » en double : seule la colonne 3 est lue/);
  const rows = fromCsv('Identifiant formation;Intitulé;Organisme;Date de début\nf1;Accueil;IRTS;25/09/2023\nf1;Accueil bis;IRTS;25/10/2023\n');
  assert.equal(rows.feed.trainings[0].title, 'Accueil');
  sameData(notes(rows.report.warnings, 'value-differs'), [{ line: 3, column: 2, source: 'Intitulé', value: 'Accueil bis', field: 'Accueil' }]);
});

test('CSV: a date with a time keeps the time, with the offset of Paris (or of the overseas place) on that day; else the date alone, said', () => {
  const csv = [
    'Intitulé;Organisme;Code postal;Date de début;Date de fin;Date limite d’inscription',
    'Été;O;25000;25/09/2023 09:00;27/09/2023 17h30;15/09/2023 12:00',
    'Hiver;O;;2024-01-15T09:30;2024-01-15 17:00:00;',
    'Passage à l’heure d’été;O;;31/03/2024 03:30;;',
    'Heure sautée;O;;31/03/2024 02:30;;',
    'Heure doublée;O;;27/10/2024 02:30;;',
    'Réunion;O;97400;25/09/2023 09:00;;',
    'Polynésie;O;98714;25/09/2023 09:00;;',
    'Décalage écrit;O;;2023-09-25T07:00:00Z;2023-09-25T16:00+0200;',
    'Minuit Excel;O;;25/09/2023 00:00;26/09/2023 00:00;',
    'Fin avant début;O;;25/09/2023 17:00;25/09/2023 09:00;',
    'Heure illisible;O;;2023-09-25Tmatin;;',
  ].join('\n');
  const { feed, report } = fromCsv(csv);
  const dates = Object.fromEntries(feed.trainings.map((t) => [t.title, t.sessions[0].dates]));
  sameData(dates['Été'], [{ start: '2023-09-25T09:00:00+02:00', end: '2023-09-27T17:30:00+02:00' }]);
  sameData(dates['Hiver'], [{ start: '2024-01-15T09:30:00+01:00', end: '2024-01-15T17:00:00+01:00' }]);
  sameData(dates['Passage à l’heure d’été'], [{ start: '2024-03-31T03:30:00+02:00' }]);
  sameData(dates['Heure sautée'], [{ start: '2024-03-31' }]);
  sameData(dates['Heure doublée'], [{ start: '2024-10-27' }]);
  sameData(dates['Réunion'], [{ start: '2023-09-25T09:00:00+04:00' }]);
  sameData(dates['Polynésie'], [{ start: '2023-09-25' }]);
  sameData(dates['Décalage écrit'], [{ start: '2023-09-25T07:00:00+00:00', end: '2023-09-25T16:00:00+02:00' }]);
  sameData(dates['Minuit Excel'], [{ start: '2023-09-25', end: '2023-09-26' }]);
  sameData(dates['Fin avant début'], [{ start: '2023-09-25T17:00:00+02:00' }]);
  sameData(dates['Heure illisible'], []);
  assert.equal(feed.trainings[0].sessions[0].registrationDeadline, '2023-09-15');
  sameData(notes(report.warnings, 'csv-time-dropped'), [
    { line: 2, column: 6, source: 'Date limite d’inscription', value: '15/09/2023 12:00', field: 'date-only' },
    { line: 5, column: 4, source: 'Date de début', value: '31/03/2024 02:30', field: 'clock-change' },
    { line: 6, column: 4, source: 'Date de début', value: '27/10/2024 02:30', field: 'clock-change' },
    { line: 8, column: 4, source: 'Date de début', value: '25/09/2023 09:00', field: 'zone' },
  ]);
  sameData(notes(report.warnings, 'end-before-start').map((n) => n.line), [11]);
  sameData(notes(report.warnings, 'csv-date'), [{ line: 12, column: 4, source: 'Date de début', value: '2023-09-25Tmatin' }]);
  const text = formatReport(report, 'fr').join('\n');
  assert.match(text, /ligne 5, colonne 4\s: Date de début : heure de « 31\/03\/2024 02:30 » non reprise, heure inexistante ou ambiguë au changement d’heure ; date seule gardée/);
  assert.match(text, /ligne 8, colonne 4\s: Date de début : heure de « 25\/09\/2023 09:00 » non reprise, décalage horaire du lieu inconnu à cette date ; date seule gardée/);
  assert.match(text, /ligne 2, colonne 6\s: Date limite d’inscription : heure de « 15\/09\/2023 12:00 » non reprise, ce champ ne prend qu’une date ; date seule gardée/);
  sameData(readSpreadsheetDate('25/09/2023 9h30', 'start'), { iso: '2023-09-25', precision: 'day', time: '09:30:00' });
  assert.equal(readSpreadsheetDate('25/09/2023 25:00', 'start'), undefined);
  // As JavaScript's toISOString writes a time (a sheet made by a script): whole seconds, zero fractions.
  sameData(readSpreadsheetDate('2023-09-25T07:00:00.000Z', 'start'), { iso: '2023-09-25', precision: 'day', time: '07:00:00', offset: '+00:00' });
  sameData(readSpreadsheetDate('2023-09-25 09:30:00,0', 'start'), { iso: '2023-09-25', precision: 'day', time: '09:30:00' });
  // A fraction of a second the feed cannot hold is not dropped silently: the cell is refused, said.
  assert.equal(readSpreadsheetDate('2023-09-25T07:00:00.250Z', 'start'), undefined);
});

test('CSV: a binary file is refused as not text, and not detected as CSV; UTF-16 from Excel still is', () => {
  const bytes = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
  sameData(notes(refused(bytes).errors, 'not-text'), [{}]);
  assert.match(formatReport(refused(bytes), 'fr').join('\n'), /ce n’est pas un fichier texte \(octets nuls ou caractères de contrôle/);
  assert.equal(detectFormat(bytes, 'sessions.bin'), 'unknown');
  const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Intitulé\tOrganisme\nA\tO\n').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  assert.equal(detectFormat(utf16), 'csv');
  assert.equal(fromCsv(utf16).feed.trainings[0].title, 'A');
});

test('format detection and merged feeds (same item kept once, colliding ids renamed with their references)', () => {
  assert.equal(detectFormat(fixture('lheo/onisep-bts-2.2.xml')), 'lheo');
  assert.equal(detectFormat(fixture('lheo/catalogue-2.3-iso-8859-1.xml')), 'lheo');
  assert.equal(detectFormat(fixture('csv/sessions-en-utf-8.csv')), 'csv');
  assert.equal(detectFormat('{"version":1}'), 'json');
  assert.equal(detectFormat('<rss/>'), 'unknown');
  const a = demoFeed();
  const b = demoFeed();
  b.trainings[0].title = 'Autre titre';
  const { feed, collisions } = mergeFeeds([a, b]);
  assert.equal(feed.trainings.length, 4);
  assert.equal(feed.trainings[3].id, 'irts-fc-aller-vers-m1-2');
  assert.ok(collisions.some((c) => c.kind === 'training' && c.resolution === 'renamed' && c.renamedTo === 'irts-fc-aller-vers-m1-2'));
  assert.ok(collisions.some((c) => c.kind === 'training' && c.id === 'praxis-aller-vers-m1' && c.resolution === 'same'));
  assert.equal(new Set(sessionsOf(feed).map((s) => s.id)).size, sessionsOf(feed).length, 'session ids stay unique');
  const replaced = mergeFeeds([a, b], 'replace').feed;
  assert.equal(replaced.trainings.length, 3);
  assert.equal(replaced.trainings.find((t) => t.id === 'irts-fc-aller-vers-m1').title, 'Autre titre');
});

test('docs/feed-sources.md lists every CSV column name the importer accepts', async () => {
  const { csvColumns } = await import('../../dist/convert.js');
  const docs = readFileSync(new URL('../../docs/feed-sources.md', import.meta.url), 'utf8');
  for (const { names } of Object.values(csvColumns)) for (const name of names) assert.ok(docs.includes(name), `${name} is not documented`);
});

test('quiz converters: ids from the source, Moodle numerical answers, links and pictures kept as text, quiz counts', () => {
  // The id: --id, else the title given, else the first $CATEGORY, else the source's name, else the old default.
  assert.equal(fromGift('Q ?{T}', { sourceName: 'Module 1 – positionnement' }).quiz.id, 'module-1-positionnement');
  assert.equal(fromGift('$CATEGORY: $course$/top/Aller vers\n\nQ ?{T}', { sourceName: 'x' }).quiz.id, 'aller-vers');
  assert.equal(fromGift('Q ?{T}', { id: 'mon-quiz', sourceName: 'x' }).quiz.id, 'mon-quiz');
  assert.equal(fromGift('Q ?{T}').quiz.id, 'questionnaire-importe');
  assert.equal(fromH5pQuestionSet({ questions: [{ library: 'H5P.TrueFalse 1.6', params: { question: 'Q', correct: 'true' } }] }, { sourceName: 'vf' }).quiz.id, 'vf');
  // Moodle's test fixture: `{#3:2~#Completely wrong}`, the answer glued to the wrong-answer feedback.
  const numerical = fromGift('::MOODLE_Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}');
  assert.deepEqual(numerical.quiz.items[0].answers, [{ value: 3, tolerance: 2 }]);
  assert.deepEqual(numerical.report.entries.map((e) => [e.severity, e.message]), [['lossy', 'retour pour « toute autre réponse » (~#…) non repris']]);
  assert.deepEqual(fromGift('Q ?{#=1..2#ok=%50%5:1}').quiz.items[0].answers, [{ value: 1.5, tolerance: 0.5, feedback: 'ok' }, { value: 5, tolerance: 1, credit: 50 }]);
  // H5P HTML: a link keeps its address, an <img> its alt text and address, javascript: is never copied.
  const h5p = fromH5pQuestionSet({
    questions: [{
      library: 'H5P.MultiChoice 1.16',
      params: {
        question: '<p>Voir <a href="https://exemple.fr/a?x=1&amp;y=2">la fiche</a> <img src="images/plan.png" alt="Plan"> <a href="javascript:alert(1)">ici</a></p>',
        answers: [{ text: 'a', correct: true }, { text: 'b' }],
      },
    }],
  });
  assert.equal(h5p.quiz.items[0].prompt, 'Voir la fiche (lien : https://exemple.fr/a?x=1&y=2) [image : Plan – images/plan.png] ici');
  assert.deepEqual(h5p.report.entries.map((e) => [e.path, e.message]), [
    ['questions[0]', 'lien https://exemple.fr/a?x=1&y=2 non cliquable dans le flux : son adresse est gardée dans le texte'],
    ['questions[0]', 'lien javascript:alert(1) retiré : cette adresse n’est pas celle d’une page ou d’un fichier'],
    ['questions[0]', 'image non affichée (images/plan.png) : le flux n’a que du texte, l’adresse est gardée dans le texte ; question à revoir'],
  ]);
  // The import report of a quiz counts quizzes and questions, not trainings and sessions.
  const { report } = quizImportResult(fromGift('A ?{T}\n\nB ?{F}', { sourceName: 'ab' }));
  assert.equal(report.quizzes, 1);
  assert.equal(report.questions, 2);
  assert.equal(formatReport(report, 'fr')[0], 'GIFT : 1 questionnaire(s), 2 question(s)');
  assert.equal(formatReport(report, 'en')[0], 'GIFT: 1 quiz, 2 question(s)');
  // Nothing converted: the error says why.
  assert.throws(() => quizImportResult(fromGift('// rien\n')), (error) => error instanceof ImportError && formatNote(error.report.errors.at(-1), 'fr') === 'aucune question dans le fichier (vide, ou seulement des commentaires et des catégories)');
  // Control characters quoted from the input are shown escaped.
  assert.equal(visibleText('PK\x03\x04\n\u0085'), 'PK\\x03\\x04\\n\\x85');
});

/** A one-offer LHEO file with `doctype` after the XML declaration and `title` as its title (line 4). */
const lheoWith = (doctype, title, provider = '<organisme-formation-responsable><nom-organisme>&org;</nom-organisme></organisme-formation-responsable>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F1">\n<intitule-formation>${title}</intitule-formation>\n` +
  `${provider}</formation></offres></lheo>\n`;
/** The import error of `xml`: fromLheo throws an ImportError, never anything else. */
const refusal = (xml) => {
  try {
    fromLheo(xml);
  } catch (error) {
    assert.ok(error instanceof ImportError, `not an ImportError: ${error?.stack ?? error}`);
    return error.report.errors[0];
  }
  assert.fail('the file was not refused');
};

test('DOCTYPE: internal entities expanded (nested ones too), external ones never read, the rest refused with its line', () => {
  // Nested entities are expanded; a parameter entity, ELEMENT and ATTLIST declarations are skipped.
  const nested = fromLheo(lheoWith('<!DOCTYPE lheo [<!ENTITY % p "x"><!ELEMENT lheo ANY><!ATTLIST formation numero CDATA #IMPLIED><!ENTITY base "IRTS"><!ENTITY org "&base; de Franche-Comté">]>', '&base; &amp; &#233;t&#xE9;'));
  assert.equal(nested.feed.trainings[0].provider.name, 'IRTS de Franche-Comté');
  assert.equal(nested.feed.trainings[0].title, 'IRTS & été');
  for (const text of textsOf(nested.feed)) assert.doesNotMatch(text, /&[a-z#0-9]+;/i);
  // HTML entities, undeclared but common in real exports, are still decoded as before.
  assert.equal(fromLheo(lheoWith('<!DOCTYPE lheo [<!ENTITY org "O">]>', 'Cl&eacute;s')).feed.trainings[0].title, 'Clés');
  // 1,001 declarations are nothing special once the DOCTYPE is read by the converter.
  const many = Array.from({ length: 1001 }, (_, i) => `<!ENTITY e${i} "v">`).join('');
  assert.equal(fromLheo(lheoWith(`<!DOCTYPE lheo [${many}<!ENTITY org "O">]>`, '&e1000;')).feed.trainings[0].title, 'v');

  const external = refusal(lheoWith('<!DOCTYPE lheo [<!ENTITY org SYSTEM "file:///etc/passwd">]>', 'Titre'));
  sameData(external, { code: 'entity-external', where: { line: 5 }, source: 'org', value: 'file:///etc/passwd' });
  assert.equal(
    formatReport({ ...emptyReport, errors: [external] }, 'fr')[1],
    'Erreur – ligne 5\u00a0: LHEO illisible : l’entité « &org; » renvoie au fichier externe « file:///etc/passwd », qui n’est jamais lu',
  );
  sameData(refusal(lheoWith('<!DOCTYPE lheo [<!ENTITY org "O">]>', 'A &inconnue; B')), { code: 'entity-undeclared', where: { line: 4 }, source: 'inconnue' });
  sameData(refusal(lheoWith('<!DOCTYPE lheo [<!ENTITY 1bad "x"><!ENTITY org "O">]>', 'T')), { code: 'doctype-invalid', where: { line: 2 }, value: '<!ENTITY 1bad "x">' });
  sameData(refusal(lheoWith('<!DOCTYPE lheo [<!ENTITY a "&b;"><!ENTITY b "&a;"><!ENTITY org "O">]>', '&a;')), { code: 'entity-nested', where: { line: 4 }, source: 'a' });
  sameData(refusal(lheoWith('<!DOCTYPE lheo [<!ENTITY org "O">', 'T')).code, 'doctype-invalid');
  // Nested too deep for the parser: refused with the line of the element it stopped at, worded by the report.
  sameData(refusal(`<lheo>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</lheo>`), { code: 'xml-too-deep', where: { line: 1 }, field: '100' });
  // Elements left open: named, deepest first, without the validator's made-up line 1, column 1.
  const unclosed = refusal('<lheo>\n<offres>\n<formation>');
  sameData(unclosed, { code: 'not-well-formed', where: {}, value: 'Unclosed tags (innermost first): formation, offres, lheo' });
  assert.equal(formatNote(unclosed, 'fr'), 'XML mal formé : balises non fermées (la plus intérieure d’abord) : formation, offres, lheo');
  assert.equal(formatNote(unclosed, 'en'), 'XML not well-formed: Unclosed tags (innermost first): formation, offres, lheo');
});

test('XML that is not well-formed is said in French, with its line and column, for every kind the validator reports', () => {
  const french = (xml) => formatNote(refusal(xml), 'fr');
  assert.equal(french('</formation>\n<lheo></lheo>'), 'ligne 1, colonne 1\u00a0: XML mal formé : balise fermante </formation> sans balise ouvrante');
  assert.equal(
    french('<lheo>\n<offres>\n</formation>\n</offres></lheo>'),
    'ligne 3, colonne 1\u00a0: XML mal formé : </formation> trouvée alors que <offres> (ouverte ligne 2, colonne 1) n’est pas fermée',
  );
  // A hostile name is cut, and the message still worded.
  const long = french(`<lheo><${'x'.repeat(5000)}></lheo>`);
  assert.match(long, /^ligne 1, colonne 5009\u00a0: XML mal formé : <\/lheo> trouvée alors que <x{60}…> \(ouverte ligne 1, colonne 7\) n’est pas fermée$/);
  assert.equal(
    french('<lheo>\n<offres>\n<formation></offres>\n</lheo>'),
    'ligne 3, colonne 12\u00a0: XML mal formé : </offres> trouvée alors que <formation> (ouverte ligne 3, colonne 1) n’est pas fermée',
  );
  assert.match(french('<lheo><offres a="1" a="2"></offres></lheo>'), /XML mal formé : attribut « a » répété$/);
  assert.match(french('<lheo><offres a="1></offres></lheo>'), /XML mal formé : guillemet non fermé dans les attributs de <offres>$/);
  assert.match(french('<lheo>Formation & cie</lheo>'), /XML mal formé : « & » seul \(dans du texte, il s’écrit &amp;\)$/);
  assert.match(french('<lheo></lheo><lheo></lheo>'), /XML mal formé : plusieurs éléments racines/);
  assert.match(french('<lheo></lheo>texte'), /XML mal formé : du texte après l’élément racine, à la fin du fichier$/);
  assert.match(french('<lheo><1bad/></lheo>'), /XML mal formé : nom de balise invalide : « 1bad »$/);
  // A message the table does not know stays as the parser wrote it, rather than lost.
  assert.equal(formatNote({ code: 'not-well-formed', where: {}, value: 'Something new.' }, 'fr'), 'XML mal formé : Something new.');
});

test('DOCTYPE: billion laughs and quadratic blow-up are refused at once, with the entity the document uses', () => {
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`), '<!ENTITY org "O">'].join('');
  // Refused as soon as an expansion passes its limit (checked as it grows): never expanded whole. No timing asserted here:
  // a loaded machine made wall-clock limits fail.
  sameData(refusal(lheoWith(`<!DOCTYPE lheo [${laughs}]>`, '&lol9;')), { code: 'entity-too-large', where: { line: 4 }, source: 'lol9', field: '100000' });
  const quadratic = refusal(lheoWith(`<!DOCTYPE lheo [<!ENTITY a "${'A'.repeat(50_000)}"><!ENTITY org "O">]>`, '&a;'.repeat(2000)));
  sameData(quadratic, { code: 'entity-too-large', where: { line: 4 }, source: 'a', field: '1000000' });
  assert.match(formatReport({ ...emptyReport, errors: [quadratic] }, 'fr')[1], /LHEO illisible : l’entité « &a; » mène à plus de 1\u202f000\u202f000 caractères une fois développée \(limite de sécurité\)/);
  // Detection reads the root's name from a DOCTYPE longer than the head it looks at.
  assert.equal(detectFormat(lheoWith(`<!DOCTYPE lheo [<!ENTITY a "${'A'.repeat(50_000)}">]>`, '&a;')), 'lheo');
  assert.equal(detectFormat('<!DOCTYPE html><html></html>'), 'unknown');
});

test('the LHEO report counts as carried only what reached the feed; a value left out is warned with its element and line', () => {
  const { report } = fromLheo(fixture('lheo/onisep-bts-2.2.xml'));
  const carried = (name) => report.mapped.filter((item) => item.source.endsWith(`/${name}`));
  const notCarried = (name) => report.unmapped.find((item) => item.source.endsWith(`/${name}`));
  // Placeholders (« - », 99999999999) are no value: listed as not carried, with their line.
  sameData(carried('numero-activite'), []);
  assert.equal(notCarried('numero-activite')?.example, '99999999999');
  assert.equal(notCarried('numero-activite')?.where[0].line, 97);
  sameData(carried('conditions-specifiques'), []);
  assert.equal(notCarried('conditions-specifiques')?.where[0].line, 38);

  const xml =
    '<?xml version="1.0"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F1"><intitule-formation>T</intitule-formation>\n' +
    '<contact-formation><coordonnees><nom>Durand</nom><courriel>a@b.fr; c@d.fr</courriel></coordonnees></contact-formation>\n' +
    '<certifiante>peut-être</certifiante>\n' +
    '<organisme-formation-responsable><nom-organisme>Org</nom-organisme><SIRET-organisme-formation><SIRET>123</SIRET></SIRET-organisme-formation>\n' +
    '<contact-organisme><coordonnees><nom>x</nom><courriel>contact at irts.fr</courriel></coordonnees></contact-organisme></organisme-formation-responsable>\n' +
    '</formation></offres></lheo>';
  const imported = fromLheo(xml);
  const [training] = imported.feed.trainings;
  sameData(training.contacts, [{ name: 'Durand', email: 'a@b.fr' }], 'the first valid address is kept');
  sameData(training.provider, { name: 'Org' });
  assert.equal(training.certifying, undefined);
  const warned = imported.report.warnings.map((w) => [w.code, w.where.line, w.source, w.value]).sort((a, b) => a[1] - b[1]);
  sameData(warned, [
    ['value-invalid', 3, 'courriel', 'c@d.fr'],
    ['value-invalid', 4, 'certifiante', 'peut-être'],
    ['value-invalid', 5, 'SIRET', '123'],
    ['value-invalid', 6, 'courriel', 'contact at irts.fr'],
  ]);
  const mapped = Object.fromEntries(imported.report.mapped.map((item) => [item.source.replace('lheo/offres/formation/', ''), item.count]));
  sameData(mapped, { 'intitule-formation': 1, 'contact-formation/coordonnees/nom': 1, 'contact-formation/coordonnees/courriel': 1, 'organisme-formation-responsable/nom-organisme': 1 });
  // A fact a later action states otherwise is warned and not counted as carried from that action.
  const twoActions = fromLheo(
    '<lheo><offres><formation numero="F"><intitule-formation>T</intitule-formation><action><prix-total-TTC>100</prix-total-TTC></action>' +
      '<action><prix-total-TTC>90</prix-total-TTC></action><organisme-formation-responsable><nom-organisme>O</nom-organisme></organisme-formation-responsable></formation></offres></lheo>',
  );
  assert.equal(twoActions.feed.trainings[0].price.amount, 100);
  sameData(twoActions.report.mapped.filter((item) => item.source.endsWith('prix-total-TTC')).map((item) => item.count), [1]);
  sameData(twoActions.report.warnings.map((w) => [w.code, w.source, w.value]), [['action-differs', 'price.amount', '90']]);
  assert.match(formatReport(imported.report, 'fr').join('\n'), /ligne 6 \(formation\[F1\]\/organisme-formation-responsable\/contact-organisme\/coordonnees\/courriel\)\u00a0: valeur refusée pour courriel : « contact at irts\.fr » \(ignorée\)/);
});

test('an offer without a training body is refused, never shown with « - »; a file left with none is an import error', () => {
  const offer = (numero, provider) => `<formation numero="${numero}"><intitule-formation>Offre ${numero}</intitule-formation>${provider}</formation>`;
  const organisme = '<organisme-formation-responsable><nom-organisme>IRTS</nom-organisme></organisme-formation-responsable>';
  const { feed, report } = fromLheo(`<lheo>\n<offres>\n${offer('A', '')}\n${offer('B', organisme)}\n${offer('C', '<organisme-formation-responsable><nom-organisme>-</nom-organisme></organisme-formation-responsable>')}</offres></lheo>`);
  sameData(feed.trainings.map((t) => [t.id, t.provider.name]), [['B', 'IRTS']]);
  sameData(report.errors, [
    { code: 'offer-skipped', where: { line: 3, path: 'formation[A]' }, source: 'organisme-formation-responsable/nom-organisme' },
    { code: 'offer-skipped', where: { line: 5, path: 'formation[C]' }, source: 'organisme-formation-responsable/nom-organisme' },
  ]);
  assert.ok(!report.mapped.some((item) => item.count > 1), 'nothing of a refused offer counts as carried');
  const none = refusal(`<lheo><offres>${offer('X', '')}</offres></lheo>`);
  assert.equal(formatNote(none, 'fr'), 'ligne 1 (formation[X])\u00a0: offre ignorée : pas d’organisme (organisme-formation-responsable/nom-organisme absent ou vide), les lecteurs ne sauraient pas qui la donne');
  // A summary (resume-offre) needs its nom-organisme too.
  assert.equal(refusal('<lheo-index><resumes-offres><resume-offre numero="R"><intitule-formation>T</intitule-formation></resume-offre></resumes-offres></lheo-index>').code, 'offer-skipped');
  // An exported feed whose provider is « - » still exports (the reader refuses the offer when reading it back).
  const demo = demoFeed();
  demo.trainings[0].provider.name = '-';
  assert.match(toLheo({ ...demo, trainings: [demo.trainings[0]] }).xml, /<nom-organisme>-<\/nom-organisme>/);
});

test('the studio and <tf-feed src="….xml"> get an error result for a DOCTYPE the converter refuses, never a throw from the parser', async () => {
  const xxe = lheoWith('<!DOCTYPE lheo [<!ENTITY org SYSTEM "file:///etc/passwd">]>', 'T');
  const { importSource: studioImport } = await importSource('src/studio/model/import.ts');
  const result = await studioImport(new TextEncoder().encode(xxe).buffer, 'offres.xml');
  assert.equal(result.ok, false);
  assert.equal(result.failure.code, 'converter');
  assert.match(result.failure.detail('fr').join('\n'), /LHEO illisible : l’entité « &org; » renvoie au fichier externe/);
  const { feedFromLheo } = await importSource('src/controllers/lheo-feed.ts');
  assert.throws(() => feedFromLheo(new TextEncoder().encode(xxe), 'offres.xml'), (error) => error instanceof Error && /^LHEO illisible :\n.*\nErreur – ligne 5\u00a0: LHEO illisible : l’entité « &org; »/.test(error.message));
});

test('XML nesting: 100 levels are read, the 101st is refused with its line, worded in French and English', () => {
  const nested = (levels) => `<lheo>\n${'<a>\n'.repeat(levels - 1)}${'</a>'.repeat(levels - 1)}</lheo>`;
  assert.equal(fromLheo(nested(100)).feed.trainings.length, 0, '100 levels: read (no offer in it)');
  const note = refusal(nested(101));
  sameData(note, { code: 'xml-too-deep', where: { line: 101 }, field: '100' });
  assert.equal(formatNote(note, 'fr'), 'ligne 101\u00a0: LHEO illisible : éléments imbriqués sur plus de 100 niveaux (limite de sécurité ; LHEO en compte une dizaine)');
  assert.equal(formatNote(note, 'en'), 'line 101: unreadable LHEO: elements nested more than 100 deep (safety limit; LHEO nests about ten)');
  // Empty elements are not levels the parser refuses; comments and CDATA are no elements.
  assert.equal(fromLheo(`<lheo><!-- <a> -->${'<a>'.repeat(98)}<![CDATA[<b>]]><b/>${'</a>'.repeat(98)}</lheo>`).feed.trainings.length, 0);
});

test('control characters: the LHEO and CSV converters take them out with their line; a field restored from an export’s JSON, with its path', () => {
  const offer = (title, extra = '') =>
    `<lheo><offres><formation numero="F1">\n<intitule-formation>${title}</intitule-formation>${extra}\n` +
    '<organisme-formation-responsable><nom-organisme>O</nom-organisme></organisme-formation-responsable></formation></offres></lheo>';
  // Raw, or written as a character reference (once or twice escaped); in escaped HTML, &#128;–&#159; stay
  // Windows-1252's characters (€, ’…), as browsers read them.
  const { feed, report } = fromLheo(offer('A\u0001B &#7;C &amp;#x1b;D &amp;#0128;'));
  assert.equal(feed.trainings[0].title, 'AB C D €');
  sameData(report.warnings, [{ code: 'control-removed', where: { line: 2, path: 'formation[F1]/intitule-formation' }, value: 'U+0001 SOH, U+0007 BEL, U+001B ESC', field: '3' }]);
  // A title made of controls only is no title: the id stands in, as for an empty one.
  assert.equal(fromLheo(offer('\u0007')).feed.trainings[0].title, 'F1');
  // What toLheo saved as JSON (escapes the XML reader never sees) is cleaned at the end, named by its feed path.
  const saved = fromLheo(offer('T', '<extras info="training-feed-widgets"><extra info="training">{"audience":"Tous\\u0007 publics"}</extra></extras>'));
  assert.equal(saved.feed.trainings[0].audience, 'Tous publics');
  sameData(saved.report.warnings, [{ code: 'control-removed', where: { path: 'trainings[0].audience' }, value: 'U+0007 BEL', field: '1' }]);
  assert.equal(formatNote(saved.report.warnings[0], 'fr'), 'trainings[0].audience\u00a0: caractère de contrôle U+0007 BEL retiré');
  const csv = fromCsv('Intitulé;Organisme;Remarque\nFormation longue;Organisme;Une\u0002 remarque assez longue\n');
  assert.equal(csv.feed.trainings[0].sessions[0].note, 'Une remarque assez longue');
  sameData(csv.report.warnings.filter((w) => w.code === 'control-removed'), [{ code: 'control-removed', where: { line: 2, column: 3 }, source: 'Remarque', value: 'U+0002 STX', field: '1' }]);
});

test('links: the scheme lower-cased (RFC 3986), the rest untouched; www. completed; what the feed refuses stays refused', () => {
  assert.deepEqual(feedLink('HTTPS://www.Exemple.org/Page?A=B'), { link: 'https://www.Exemple.org/Page?A=B', completed: false });
  assert.deepEqual(feedLink('Mailto:Contact@Exemple.fr'), { link: 'mailto:Contact@Exemple.fr', completed: false });
  assert.deepEqual(feedLink('TEL:+33 3 88 00 00 00'), { link: 'tel:+33 3 88 00 00 00', completed: false });
  assert.deepEqual(feedLink('www.exemple.org'), { link: 'https://www.exemple.org', completed: true });
  assert.equal(feedLink('FTP://exemple.org'), undefined);
  assert.equal(feedLink('javascript:alert(1)'), undefined);
  // LHEO's urlweb is a web address: mailto: there is refused, whatever its case, and warned.
  const lheo = fromLheo(
    '<lheo><offres><formation numero="F1"><intitule-formation>T</intitule-formation><url-formation><urlweb>MAILTO:a@b.fr</urlweb></url-formation>' +
      '<organisme-formation-responsable><nom-organisme>O</nom-organisme></organisme-formation-responsable></formation></offres></lheo>',
  );
  assert.equal(lheo.feed.trainings[0].url, undefined);
  assert.equal(lheo.report.warnings[0].code, 'value-invalid');
});

test('jsonOf (JSON as read, or the text) is one function of the converters, which the command line and the studio use', () => {
  sameData(jsonOf(new TextEncoder().encode('\ufeff{"a":1}')), { a: 1 });
  assert.equal(jsonOf('pas du JSON'), 'pas du JSON');
  for (const file of ['src/cli/importers.ts', 'src/studio/model/import.ts']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /function jsonOf/, file);
    assert.match(source, /import \{[^}]*\bjsonOf\b[^}]*\} from '[./]+model\/convert\/(index|decode)\.js'/, file);
  }
});
