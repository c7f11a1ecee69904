/**
 * The command line as a user runs it (`node dist/cli.js …`, built by `npm run build`): exit codes (0 success,
 * 1 invalid feed or file, 2 usage or I/O error), French messages by default and English with --lang en, the
 * feed on standard output and the report on standard error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { findLheoXsd, validateLheo } from './lheo-xsd.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) => {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const work = mkdtempSync(join(tmpdir(), 'tfw-cli-'));
const demo = join(root, 'demo/feed.json');
const fixture = (path) => join(root, 'test/fixtures', path);

test('the bin of package.json is the built command', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['training-feed-widgets'], './dist/cli.js');
  assert.match(readFileSync(join(root, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node/);
});

test('validate: 0 for a valid feed, with Qualiopi gaps per training as warnings; --json; --lang en', () => {
  const fr = cli('validate', demo);
  assert.equal(fr.code, 0);
  assert.match(fr.stdout, /flux valide \(3 formation\(s\), 10 session\(s\)\)/);
  assert.match(fr.stderr, /Attention – Qualiopi – formation « apsn-aller-vers-m1 » : manque .*tarif \(indicateur 1\).*référent handicap \(indicateur 26\)/);
  const en = cli('validate', demo, '--lang', 'en');
  assert.match(en.stdout, /valid feed \(3 training\(s\), 10 session\(s\)\)/);
  assert.match(en.stderr, /Warning – Qualiopi – training "apsn-aller-vers-m1": missing .*disability referent \(indicator 26\)/);
  const json = JSON.parse(cli('validate', demo, '--json').stdout);
  assert.equal(json.valid, true);
  assert.ok(json.warnings.some((w) => w.training === 'irts-fc-aller-vers-m1' && w.item === 'results' && w.indicator === 2));
});

test('validate: 1 for an invalid feed, every problem with its JSON path', () => {
  const feed = JSON.parse(readFileSync(demo, 'utf8'));
  feed.trainings[0].sessions[1].dates[0].start = '24/11/2021';
  delete feed.trainings[1].title;
  const file = join(work, 'invalid.json');
  writeFileSync(file, JSON.stringify(feed));
  const result = cli('validate', file);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /flux invalide, 2 problème\(s\)/);
  assert.match(result.stderr, /trainings\[0\]\.sessions\[1\]\.dates\[0\]\.start : date ISO 8601 attendue/);
  assert.match(result.stderr, /trainings\[1\]\.title : champ obligatoire manquant/);
  const json = JSON.parse(cli('validate', file, '--json').stdout);
  assert.deepEqual(json.errors.map((e) => e.path), ['trainings[0].sessions[1].dates[0].start', 'trainings[1].title']);
  writeFileSync(join(work, 'broken.json'), '{ "version": 1,');
  const broken = cli('validate', join(work, 'broken.json'));
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /n’est pas du JSON/);
});

test('usage and I/O errors exit 2 with a clear message; --help on each command exits 0', () => {
  const missing = cli('validate', join(work, 'absent.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Erreur – impossible de lire « .*absent\.json » : ENOENT/);
  assert.match(cli('validate', join(work, 'absent.json'), '--lang', 'en').stderr, /Error – cannot read ".*absent\.json": ENOENT/);
  assert.equal(cli().code, 2);
  const unknown = cli('publish');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /commande inconnue « publish »/);
  for (const name of ['constructor', 'toString', '__proto__']) assert.match(cli(name).stderr, new RegExp(`commande inconnue « ${name} »`), name);
  const badOption = cli('validate', demo, '--strict');
  assert.equal(badOption.code, 2);
  assert.match(badOption.stderr, /option non reconnue/);
  assert.equal(cli('export', demo).code, 2);
  assert.match(cli('export', demo, '--to', 'pdf').stderr, /format « pdf » inconnu \(attendu : lheo\|ics\|jsonld\)/);
  for (const command of ['validate', 'import', 'export', 'schema']) {
    const help = cli(command, '--help');
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, new RegExp(`Usage : training-feed-widgets ${command}`));
    assert.match(cli(command, '--help', '--lang', 'en').stdout, new RegExp(`Usage: training-feed-widgets ${command}`));
  }
  assert.match(cli('--help').stdout, /import FICHIER \[--from FORMAT\]/);
  assert.match(cli('import', '--help').stdout, /lheo\|gift\|h5p\|csv/);
});

test('import: format detected, valid feed on standard output, report on standard error; -o writes a file', () => {
  const lheo = cli('import', fixture('lheo/intercarif-resumes-2.2.xml'));
  assert.equal(lheo.code, 0);
  const feed = JSON.parse(lheo.stdout);
  assert.equal(feed.trainings.length, 4);
  assert.match(lheo.stderr, /^LHEO \(utf-8\) : 4 formation\(s\), 4 session\(s\)/);
  assert.match(lheo.stderr, /Non repris dans le flux :/);
  const out = join(work, 'from-csv.json');
  const csv = cli('import', fixture('csv/sessions-fr-windows-1252.csv'), '-o', out, '--lang', 'en');
  assert.equal(csv.code, 0);
  assert.equal(csv.stdout, '');
  assert.match(csv.stderr, /line 6, column 4: Date de début: “31\/02\/2024” is not a date/);
  assert.match(csv.stderr, /written: .*from-csv\.json/);
  assert.equal(cli('validate', out).code, 0, 'what import writes is a valid feed');
  const forced = cli('import', fixture('csv/sessions-en-utf-8.csv'), '--from', 'lheo');
  assert.equal(forced.code, 1, 'a CSV read as LHEO is refused');
  assert.match(forced.stderr, /Erreur – .*ce n’est pas un fichier LHEO|XML mal formé/);
  writeFileSync(join(work, 'notes.txt'), 'rien à voir');
  const unknown = cli('import', join(work, 'notes.txt'));
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /format de « .*notes\.txt » non reconnu : précisez --from \(lheo\|gift\|h5p\|csv\)/);
});

test('import CSV: a badly closed quote refuses its row, never shifts values; nothing usable, a missing column, no row or a binary file exit 1 and write nothing', () => {
  const shifted = cli('import', fixture('csv/template-unclosed-quote.csv'));
  assert.equal(shifted.code, 0, 'the rest of the file is trustworthy');
  assert.match(shifted.stderr, /^CSV \(utf-8\) : 1 formation\(s\), 1 session\(s\)\nErreur – ligne 2\u00a0: guillemets mal fermés : ligne ignorée/);
  const [training] = JSON.parse(shifted.stdout).trainings;
  assert.deepEqual([training.access, training.disabilityReferent, training.certification], [undefined, undefined, undefined], 'no value read from another column');
  const write = (name, content) => {
    const file = join(work, name);
    writeFileSync(file, content);
    return file;
  };
  const out = join(work, 'refused.json');
  const cases = [
    ['all-rows-refused.csv', 'Intitulé;Organisme;Ville\n"A;O;Metz\n', /Erreur – ligne 2\u00a0: guillemets mal fermés[^\n]*\nErreur – aucune ligne utilisable/],
    ['no-provider.csv', 'Intitulé;SIRET\nA;12345678901234\n', /Erreur – ligne 1\u00a0: colonne obligatoire « Organisme » absente/],
    ['header-only.csv', 'Intitulé;Organisme;Ville\n', /Erreur – ligne 1\u00a0: aucune ligne sous l’en-tête : aucune formation à importer/],
  ];
  for (const [name, content, message] of cases) {
    const result = cli('import', write(name, content), '-o', out);
    assert.equal(result.code, 1, name);
    assert.match(result.stderr, message, name);
    assert.equal(result.stdout, '', name);
  }
  const binary = write('garbage.bin', new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256));
  for (const args of [[binary], [binary, '--from', 'csv']]) {
    const result = cli('import', ...args, '-o', out);
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, /n’est pas un fichier texte \(octets nuls ou caractères de contrôle : fichier binaire, ou classeur \.xlsx \?\)/);
    assert.doesNotMatch(result.stderr, /colonne .* inconnue/, 'no column names made of binary bytes');
  }
  assert.throws(() => readFileSync(out), /ENOENT/, 'nothing written');
});

test('import of LHEO with a DOCTYPE: entities expanded or the file refused in French with its line, exit 1, never a stack trace', () => {
  const secret = join(work, 'secret.txt');
  writeFileSync(secret, 'mot-de-passe-42');
  const offer = (doctype, title, provider = '&org;') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F1">\n<intitule-formation>${title}</intitule-formation>\n` +
    `<organisme-formation-responsable><nom-organisme>${provider}</nom-organisme></organisme-formation-responsable></formation></offres></lheo>\n`;
  const run = (name, xml, ...args) => {
    writeFileSync(join(work, name), xml);
    const result = cli('import', join(work, name), ...args);
    assert.doesNotMatch(result.stderr, /^\s+at |node_modules|Error:/m, `${name}: no stack trace`);
    return result;
  };
  // An external entity is never read, whichever way the format is chosen.
  for (const args of [[], ['--from', 'lheo']]) {
    const xxe = run('xxe.xml', offer(`<!DOCTYPE lheo [<!ENTITY org SYSTEM "file://${secret}">]>`, 'Formation'), ...args);
    assert.equal(xxe.code, 1);
    assert.equal(xxe.stdout, '');
    assert.doesNotMatch(xxe.stderr, /mot-de-passe-42/);
    assert.match(xxe.stderr, /^LHEO \(utf-8\) : 0 formation\(s\), 0 session\(s\)\nErreur – ligne 5\s: LHEO illisible : l’entité « &org; » renvoie au fichier externe « file:\/\/.*secret\.txt », qui n’est jamais lu\nrien n’a été écrit\n$/);
  }
  const nested = run('nested.xml', offer('<!DOCTYPE lheo [<!ENTITY % p "x"><!ENTITY base "IRTS"><!ENTITY org "&base; de Franche-Comté">]>', 'Formation &base;'));
  assert.equal(nested.code, 0);
  const [training] = JSON.parse(nested.stdout).trainings;
  assert.equal(training.provider.name, 'IRTS de Franche-Comté');
  assert.equal(training.title, 'Formation IRTS');
  const badName = run('bad-name.xml', offer('<!DOCTYPE lheo [<!ENTITY 1bad "x"><!ENTITY org "O">]>', 'T'));
  assert.equal(badName.code, 1);
  assert.match(badName.stderr, /Erreur – ligne 2\s: LHEO illisible : DOCTYPE mal formé près de « <!ENTITY 1bad "x"> »/);
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`), '<!ENTITY org "O">'].join('');
  const billion = run('laughs.xml', offer(`<!DOCTYPE lheo [${laughs}]>`, '&lol9;'));
  assert.equal(billion.code, 1);
  assert.match(billion.stderr, /Erreur – ligne 4\s: LHEO illisible : l’entité « &lol9; » mène à plus de 100\u202f000 caractères une fois développée \(limite de sécurité\)/);
  // A DOCTYPE longer than what detection reads: recognised as LHEO without --from.
  const many = Array.from({ length: 1001 }, (_, i) => `<!ENTITY e${i} "v">`).join('');
  const long = run('many-entities.xml', offer(`<!DOCTYPE lheo [${many}<!ENTITY org "O">]>`, '&e1000;'));
  assert.equal(long.code, 0);
  assert.equal(JSON.parse(long.stdout).trainings[0].title, 'v');
  const quadratic = run('quadratic.xml', offer(`<!DOCTYPE lheo [<!ENTITY a "${'A'.repeat(50_000)}"><!ENTITY org "O">]>`, '&a;'.repeat(2000)));
  assert.equal(quadratic.code, 1);
  assert.match(quadratic.stderr, /Erreur – ligne 4\s: LHEO illisible : l’entité « &a; » mène à plus de 1\u202f000\u202f000 caractères/);
});

test('import of LHEO: an offer without a training body is refused (exit 1 when none is left); dropped values are warned, not counted as carried', () => {
  const file = join(work, 'sans-organisme.xml');
  writeFileSync(file, '<?xml version="1.0"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="X"><intitule-formation>Sans organisme</intitule-formation></formation></offres></lheo>\n');
  const none = cli('import', file);
  assert.equal(none.code, 1);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /Erreur – ligne 2 \(formation\[X\]\)\s: offre ignorée : pas d’organisme \(organisme-formation-responsable\/nom-organisme absent ou vide\)/);
  const onisep = cli('import', fixture('lheo/onisep-bts-2.2.xml'));
  assert.equal(onisep.code, 0);
  assert.doesNotMatch(onisep.stderr, /numero-activite → |conditions-specifiques → /);
  assert.match(onisep.stderr, /numero-activite ×1 \(« 99999999999 »\) – ligne 97/);
  assert.match(onisep.stderr, /conditions-specifiques ×1 \(« - »\) – ligne 38/);
});

test('import --into merges into an existing feed: same ids replaced, the rest kept', () => {
  const base = join(work, 'base.json');
  writeFileSync(base, cli('import', fixture('csv/sessions-en-utf-8.csv')).stdout);
  const result = cli('import', fixture('lheo/onisep-bts-2.2.xml'), '--into', base);
  assert.equal(result.code, 0);
  const merged = JSON.parse(result.stdout);
  assert.deepEqual(merged.trainings.map((t) => t.id), ['outreach-practice-module-1', 'welcome-desk', '9436_18706']);
  assert.match(result.stderr, /fusionné dans le flux existant \(0 identifiant\(s\) en commun\)/);
  const again = cli('import', fixture('csv/sessions-en-utf-8.csv'), '--into', base);
  assert.equal(JSON.parse(again.stdout).trainings.length, 2);
  assert.match(again.stderr, /\(2 identifiant\(s\) en commun\)/);
});

test('export: LHEO 2.3 valid against the XSD, iCalendar, JSON-LD; an invalid feed exits 1', async (t) => {
  const lheo = cli('export', demo, '--to', 'lheo');
  assert.equal(lheo.code, 0);
  assert.match(lheo.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<lheo xmlns="http:\/\/lheo\.gouv\.fr\/2\.3">/);
  assert.match(lheo.stderr, /sans équivalent LHEO, gardé dans <extras>/);
  const xsd = findLheoXsd();
  if (xsd) {
    const { valid, errors } = await validateLheo(lheo.stdout, xsd);
    assert.ok(valid, errors.join('\n'));
  } else {
    assert.ok(!process.env.CI, 'shared/lheo/lheo-2.3.xsd must be beside the repository in CI');
    t.diagnostic('LHEO 2.3 XSD not found: XSD validation left to convert.test.mjs');
  }
  const ics = cli('export', demo, '--to', 'ics');
  assert.equal(ics.code, 0);
  assert.match(ics.stdout, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(ics.stdout.match(/BEGIN:VEVENT/g).length, 15, 'one event per range of every session');
  const imprecise = join(work, 'imprecise.json');
  writeFileSync(imprecise, cli('import', fixture('lheo/catalogue-2.3-iso-8859-1.xml')).stdout);
  const partial = cli('export', imprecise, '--to', 'ics');
  assert.equal(partial.stdout.match(/BEGIN:VEVENT/g).length, 1);
  assert.match(partial.stderr, /session « S-month » absente du calendrier/);
  const jsonld = JSON.parse(cli('export', demo, '--to', 'jsonld').stdout);
  assert.equal(jsonld['@context'], 'https://schema.org');
  assert.equal(jsonld['@graph'].length, 3);
  writeFileSync(join(work, 'empty.json'), JSON.stringify({ version: 1, trainings: [{ id: 'x' }], quizzes: [], programmes: [] }));
  assert.equal(cli('export', join(work, 'empty.json'), '--to', 'lheo').code, 1);
});

test('schema prints the JSON Schema of the feed', () => {
  const result = cli('schema');
  assert.equal(result.code, 0);
  const schema = JSON.parse(result.stdout);
  assert.equal(schema.title, 'Training feed (training-feed-widgets)');
  assert.ok(schema.properties.trainings);
});
