/**
 * The LHEO reader and writer and the CSV importer on what real files hold, as a reviewer found them: a plain
 * spreadsheet exported to LHEO, ONISEP's BTS catalogue (test/fixtures/lheo/onisep-bts-2.2.xml), Carif Centre-Val
 * de Loire exports (CPF eligibility inside each session), dates as Excel writes them in a French locale.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatNote, formatReport, fromCsv, fromLheo, toLheo } from '../../dist/convert.js';
import { findLheoXsd, validateLheo } from './lheo-xsd.mjs';
import { canonical } from './built-toolkit.mjs';

const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const demoFeed = () => JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));

async function assertValid(t, xml) {
  const xsd = findLheoXsd();
  if (!xsd) {
    assert.ok(!process.env.CI, 'shared/lheo/lheo-2.3.xsd must be beside the repository in CI');
    t.skip('LHEO 2.3 XSD not found (set LHEO_XSD)');
    return;
  }
  const { valid, errors } = await validateLheo(xml, xsd);
  assert.ok(valid, errors.join('\n'));
}

/** The JSON objects `toLheo` saved in its extras. */
const savedJson = (xml) =>
  [...xml.matchAll(/<extra info="(training|session|feed)">([^<]*)<\/extra>/g)].map(([, key, json]) => ({ key, value: JSON.parse(json.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) }));

const sstCsv = 'Intitulé;Organisme;Date de début;Modalité\nSauveteur secouriste du travail;IFPS;25/09/2023;Présentiel\n';

test('LHEO export: a required element the feed has no value for is a placeholder, listed; the extras name only what the feed has', async (t) => {
  const feed = fromCsv(sstCsv).feed;
  const { xml, report } = toLheo(feed);
  await assertValid(t, xml);
  const placeholders = report.warnings.filter((note) => note.code === 'placeholder-written');
  const written = Object.fromEntries(placeholders.map((note) => [note.source, note.field]));
  // Each required element written without a value of the feed, with what was written.
  assert.deepEqual(
    {
      certifiante: written.certifiante,
      'prise-en-charge-frais-possible': written['prise-en-charge-frais-possible'],
      'niveau-entree-obligatoire': written['niveau-entree-obligatoire'],
      'modalites-alternance': written['modalites-alternance'],
      'conditions-specifiques': written['conditions-specifiques'],
      'contact-formation': written['contact-formation'],
      'code-public-vise': written['code-public-vise'],
    },
    {
      certifiante: '0',
      'prise-en-charge-frais-possible': '0',
      'niveau-entree-obligatoire': '0',
      'modalites-alternance': '-',
      'conditions-specifiques': '-',
      'contact-formation': 'IFPS',
      'code-public-vise': '80056',
    },
  );
  const lines = formatReport(report, 'fr').join('\n');
  assert.match(lines, /certifiante exigé par LHEO et absent du flux : « 0 » écrit à la place/);
  assert.match(lines, /prise-en-charge-frais-possible exigé par LHEO et absent du flux : « 0 » écrit à la place/);
  assert.match(formatNote(placeholders.find((note) => note.source === 'certifiante'), 'en'), /certifiante is required by LHEO and absent from the feed: “0” written instead/);
  // Nothing the feed lacks is said to be kept, nor saved.
  assert.deepEqual(report.warnings.filter((note) => note.code === 'kept-in-extras'), []);
  assert.deepEqual(savedJson(xml), []);
  assert.doesNotMatch(xml, /null/);
  // And the placeholders do not come back as facts.
  assert.equal(canonical(fromLheo(xml).feed), canonical(feed));
  const back = fromLheo(xml).report;
  for (const element of ['certifiante', 'prise-en-charge-frais-possible', 'code-public-vise', 'contact-formation']) {
    assert.ok(back.unmapped.some((item) => item.source.endsWith(`/${element}`)), `${element} listed as not carried`);
  }
});

test('LHEO export: a value the feed has is written as it is, never replaced by a guess (coverage 0 with funders listed)', async (t) => {
  const feed = fromCsv(sstCsv).feed;
  const [training] = feed.trainings;
  training.certifying = true;
  training.funding = { coverageAvailable: false, funders: [{ code: '10' }] };
  training.contacts = [{ name: 'Accueil', email: 'accueil@ifps.fr' }];
  training.prerequisites = ['Aucun'];
  const { xml, report } = toLheo(feed);
  await assertValid(t, xml);
  assert.match(xml, /<certifiante>1<\/certifiante>/);
  assert.match(xml, /<prise-en-charge-frais-possible>0<\/prise-en-charge-frais-possible>/);
  const sources = report.warnings.filter((note) => note.code === 'placeholder-written').map((note) => note.source);
  for (const source of ['certifiante', 'prise-en-charge-frais-possible', 'contact-formation', 'conditions-specifiques']) assert.ok(!sources.includes(source), source);
  assert.equal(canonical(fromLheo(xml).feed), canonical(feed));
});

test('LHEO round trips of real files: nothing phantom in the extras, LHEO → feed → LHEO → feed gives the same feed', async (t) => {
  const first = fromLheo(fixture('lheo/onisep-bts-2.2.xml')).feed;
  const { xml, report } = toLheo(first);
  await assertValid(t, xml);
  // ONISEP's contact-formation is empty: the training body's is written for LHEO, said, and not read back.
  assert.ok(report.warnings.some((note) => note.code === 'placeholder-written' && note.source === 'contact-formation' && note.field.startsWith('Lycée Kerneuzec')));
  assert.deepEqual(report.warnings.filter((note) => note.code === 'kept-in-extras'), []);
  assert.doesNotMatch(xml, /null/);
  assert.equal(canonical(fromLheo(xml).feed), canonical(first));
  for (const file of ['lheo/intercarif-resumes-2.2.xml', 'lheo/catalogue-2.3-iso-8859-1.xml']) {
    const feed = fromLheo(fixture(file)).feed;
    assert.equal(canonical(fromLheo(toLheo(feed).xml).feed), canonical(feed), file);
  }
});

test('LHEO export: what the extras keep is what the feed has (no null member); derived values are not read back as facts', async (t) => {
  const feed = demoFeed();
  const [training] = feed.trainings;
  delete training.contacts;
  delete training.disabilityReferent;
  delete training.certifying;
  training.funding = { opco: true };
  training.provider.address = { address: '1 rue de la Gare', postalCode: '25000', city: 'Besançon' };
  for (const session of training.sessions) {
    delete session.place;
    delete session.registrationAddress;
    delete session.recruitment;
    session.cancelled = true;
  }
  const { xml, report } = toLheo(feed);
  await assertValid(t, xml);
  for (const { key, value } of savedJson(xml)) {
    for (const [member, kept] of Object.entries(value)) assert.notEqual(kept, null, `${key}.${member} saved as null`);
  }
  const placeholders = report.warnings.filter((note) => note.code === 'placeholder-written');
  assert.ok(placeholders.some((note) => note.source === 'adresse-inscription' && note.field === '1 rue de la Gare, 25000 Besançon'), 'the body’s address as registration address, said');
  assert.ok(placeholders.some((note) => note.source === 'prise-en-charge-frais-possible' && note.field === '1'), 'funders named: 1, said');
  assert.ok(placeholders.some((note) => note.source === 'certifiante'));
  assert.match(xml, /<etat-recrutement>2<\/etat-recrutement>/, 'a cancelled session is closed to registration');
  const back = fromLheo(xml).feed;
  assert.equal(canonical(back), canonical(feed));
  assert.equal(back.trainings[0].sessions[0].recruitment, undefined);
});

/** One CPF list entry as Carif Centre-Val de Loire exports write it (StartupsPoleEmploi/trefle, tests/data). */
const cpfEntry = (numero, nationwide) => `<extras info="eligibilite-cpf" numero="${numero}">
  <extra info="source">COPAREF Centre</extra><extra info="debut-validite">20150101</extra><extra info="fin-validite">20191231</extra>
  <extra info="public">3</extra><extra info="france-entiere">${nationwide ? 1 : 0}</extra>${nationwide ? '' : '<extra info="region">24</extra>'}
  <extra info="inter-branche">1</extra></extras>`;

/** An LHEO 2.2 offer of one action per session, each session holding `sessionExtras[i]`, the action `actionExtras`. */
const carifOffer = (sessionExtras, actionExtras = '') => `<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://www.lheo.org/2.2"><offres><formation numero="07_10">
<intitule-formation>Titre professionnel plaquiste</intitule-formation><certifiante>1</certifiante>
${sessionExtras
  .map(
    (extras, index) => `<action numero="07_${index + 1}"><modalites-enseignement>0</modalites-enseignement><prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
<session numero="${index + 1}"><periode><debut>2018020${index + 1}</debut><fin>20180601</fin></periode>
<adresse-inscription><adresse><ligne>Le Passoir</ligne><codepostal>37250</codepostal><ville>Veigné</ville></adresse></adresse-inscription>
${extras}</session>${actionExtras}</action>`,
  )
  .join('\n')}
<organisme-formation-responsable><nom-organisme>AFPA</nom-organisme></organisme-formation-responsable>
</formation></offres></lheo>`;

test('LHEO: CPF eligibility inside each session (Carif exports) is read, a regional list too; sessions that differ leave it unset, said', async (t) => {
  // Every session on a CPF list, nationwide or in its region: eligible.
  const { feed, report } = fromLheo(carifOffer([`${cpfEntry('130805', true)}${cpfEntry('1487', true)}`, `${cpfEntry('13352', false)}`]));
  assert.equal(feed.trainings[0].funding.cpf, true);
  assert.equal(feed.trainings[0].funding.coverageAvailable, true);
  assert.ok(report.mapped.some((item) => item.source.endsWith('session/extras[eligibilite-cpf]/extra[france-entiere]') && item.count === 3));
  assert.ok(!report.unmapped.some((item) => /extras\[eligibilite-cpf\]$|extra\[france-entiere\]$/.test(item.source)), 'the statement is not listed as not carried');
  // What the feed has no place for (the list's source, validity, region) is still listed.
  assert.ok(report.unmapped.some((item) => item.source.endsWith('extras[eligibilite-cpf]/extra[region]')));
  // An action's regional list is eligibility too (france-entiere 0 is not « not eligible »).
  assert.equal(fromLheo(carifOffer([''], cpfEntry('13352', false))).feed.trainings[0].funding.cpf, true);
  // LHEO → feed → LHEO → feed.
  const { xml } = toLheo(feed);
  await assertValid(t, xml);
  assert.equal(canonical(fromLheo(xml).feed), canonical(feed));

  // One session on a list, the other silent: as for an action's facts, silence contradicts nothing; said.
  const partial = fromLheo(carifOffer([cpfEntry('130805', true), '']));
  assert.equal(partial.feed.trainings[0].funding.cpf, true);
  const partialNote = partial.report.warnings.find((warning) => warning.code === 'cpf-partial');
  assert.match(formatNote(partialNote, 'fr'), /éligibilité CPF indiquée pour 1 session\(s\) sur 2 : reprise pour toute la formation/);
  assert.match(formatNote(partialNote, 'en'), /CPF eligibility stated for 1 of 2 session\(s\): kept for the whole training/);
  // Sessions that say different things (on a list; explicitly not eligible): not set, said, listed as not carried.
  const explicit = (value) => `<extras info="eligibilite-cpf"><extra info="eligibilite-cpf">${value}</extra></extras>`;
  const differing = fromLheo(carifOffer([cpfEntry('130805', true), explicit(0), '']));
  assert.equal(differing.feed.trainings[0].funding?.cpf, undefined);
  const note = differing.report.warnings.find((warning) => warning.code === 'cpf-differs');
  assert.match(formatNote(note, 'fr'), /éligibilité CPF différente d’une session à l’autre \(1 éligible\(s\), 1 non\) : non reprise/);
  assert.match(formatNote(note, 'en'), /CPF eligibility differs between sessions \(1 eligible, 1 not\): not carried/);
  assert.equal(differing.report.unmapped.filter((item) => item.source.endsWith('session/extras[eligibilite-cpf]')).reduce((sum, item) => sum + item.count, 0), 2, 'both listed as not carried');
  assert.equal(fromLheo(carifOffer([explicit(0), explicit(0)])).feed.trainings[0].funding.cpf, false);
});

test('LHEO report: what was carried names the feed field it reached, extras included', () => {
  const fieldsOf = (report) => Object.fromEntries(report.mapped.map((item) => [item.source.replace(/^lheo(-index)?\/(offres|resumes-offres)\//, ''), item.field]));
  // A real Intercarif summary: its coordinates are in extras.
  const summary = fieldsOf(fromLheo(fixture('lheo/intercarif-resumes-2.2.xml')).report);
  assert.equal(summary['resume-offre/extras[geolocalisation]/extra[latitude]'], 'sessions[].place.geo.latitude');
  assert.equal(summary['resume-offre/extras[geolocalisation]/extra[longitude]'], 'sessions[].place.geo.longitude');
  assert.equal(summary['resume-offre/ville'], 'sessions[].place.city');
  const carif = fieldsOf(fromLheo(carifOffer([cpfEntry('130805', true)])).report);
  assert.equal(carif['formation/action/session/extras[eligibilite-cpf]/extra[france-entiere]'], 'funding.cpf');
  const catalogue = fieldsOf(fromLheo(fixture('lheo/catalogue-2.3-iso-8859-1.xml')).report);
  assert.equal(catalogue['formation/action/extras[eligibilite-cpf]/extra[eligibilite-cpf]'], 'funding.cpf');
  assert.equal(catalogue['formation/action/session/extras[session]/extra[nb-places]'], 'sessions[].seats.total');
  assert.equal(catalogue['formation/action/session/url-session/urlweb'], 'sessions[].registrationUrl');
  assert.equal(catalogue['formation/organisme-formation-responsable/coordonnees-organisme/coordonnees/web/urlweb'], 'provider.url');
  assert.equal(catalogue['formation/action/session/periode-inscription/periode/fin'], 'sessions[].registrationDeadline');
  assert.equal(catalogue['formation/action/session/periode/debut'], 'sessions[].dates[].start');
  // The extras toLheo wrote come back as what they restore.
  const exported = fieldsOf(fromLheo(toLheo(demoFeed()).xml).report);
  assert.equal(exported['formation/extras[training-feed-widgets]/extra[training]'], 'trainings[]');
  // ONISEP: url-formation is the training's link; its url-action, another address, is not carried.
  const onisep = fromLheo(fixture('lheo/onisep-bts-2.2.xml')).report;
  assert.equal(fieldsOf(onisep)['formation/action/url-action/urlweb'], undefined);
  assert.ok(onisep.unmapped.some((item) => item.source.endsWith('action/url-action')));
  // Every leaf names a field of the feed: never « extras », nor an LHEO element's name.
  const feedField = /^(\(feed\)|trainings\[\]|sessions\[\]|provider|contacts\[\]|disabilityReferent|funding|classification|certification|certifying|duration|price|title|objectives|outcomes|content|url|audience|prerequisites|access|methods|accessibility|language)([.[]|$)/;
  for (const file of ['lheo/intercarif-resumes-2.2.xml', 'lheo/catalogue-2.3-iso-8859-1.xml', 'lheo/onisep-bts-2.2.xml']) {
    for (const item of fromLheo(fixture(file)).report.mapped) assert.match(item.field, feedField, `${item.source} → ${item.field}`);
  }
});

test('CSV: dates as Excel shows a date cell in a French locale are read, accents and case aside; impossible days refused; a two-digit year said', () => {
  const cells = {
    '9 octobre 2023': '2023-10-09',
    'lundi 9 octobre 2023': '2023-10-09',
    'Lundi, 9 Octobre 2023': '2023-10-09',
    'lun. 9 oct. 2023': '2023-10-09',
    '1er octobre 2023': '2023-10-01',
    '09-oct.-23': '2023-10-09',
    '9-oct-2023': '2023-10-09',
    '9-Oct-2023': '2023-10-09',
    '09/10/23': '2023-10-09',
    '9 fevrier 2024': '2024-02-09',
    '9 Févr. 2024': '2024-02-09',
    '15 août 2023': '2023-08-15',
    '15 AOUT 2023': '2023-08-15',
    '3 juil. 2024': '2024-07-03',
    '9 octobre 2023 9h30': '2023-10-09T09:30:00+02:00',
  };
  const rows = Object.keys(cells).map((cell, index) => `T${index};OF;${cell}`);
  const { feed, report } = fromCsv(`Intitulé;Organisme;Date de début\n${rows.join('\n')}\n`);
  assert.deepEqual(
    Object.fromEntries(feed.trainings.map((training, index) => [Object.keys(cells)[index], training.sessions[0].dates[0]?.start])),
    cells,
  );
  assert.deepEqual(report.warnings.filter((note) => note.code === 'csv-date'), []);
  // A month alone is still a month, an abbreviated one too.
  const month = fromCsv('Intitulé;Organisme;Date de début\nA;OF;Févr. 2024\n').feed.trainings[0].sessions[0].dates[0];
  assert.deepEqual({ ...month }, { start: '2024-02-01', startPrecision: 'month' });
  // Two-digit years: read in this century, and said, cell by cell.
  const short = report.warnings.filter((note) => note.code === 'csv-two-digit-year');
  assert.deepEqual(short.map((note) => [note.where.line, note.value, note.field]), [[7, '09-oct.-23', '2023'], [10, '09/10/23', '2023']]);
  assert.match(formatNote(short[0], 'fr'), /ligne 7, colonne 3\s: Date de début : année écrite sur deux chiffres dans « 09-oct.-23 », lue « 2023 » ; vérifiez-la/);
  assert.match(formatNote(short[0], 'en'), /line 7, column 3: Date de début: two-digit year in “09-oct.-23”, read as “2023”; check it/);
  // Refused as before, the session shown « Dates à venir », each said: a day the month has not, a day of the week that
  // is another's, a shortened month that could be two (juin, juillet), no year.
  const refused = ['31 février 2024', '30 févr. 2024', 'mardi 9 octobre 2023', '9 jui 2023', '9 octobre'];
  const bad = fromCsv(`Intitulé;Organisme;Date de début\n${refused.map((cell, index) => `R${index};OF;${cell}`).join('\n')}\n`);
  assert.deepEqual(bad.feed.trainings.map((training) => training.sessions[0].dates), refused.map(() => []));
  assert.deepEqual(bad.report.warnings.filter((note) => note.code === 'csv-date').map((note) => note.value), refused);
});
