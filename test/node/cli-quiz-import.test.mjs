/**
 * `import --from gift|h5p`: a Moodle GIFT file or an H5P Question Set becomes a feed holding the quiz, merged
 * `--into` an existing feed; every question not carried over is reported with its line or JSON path.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { cli, root } from './built-toolkit.mjs';

const work = mkdtempSync(join(tmpdir(), 'tfw-cli-quiz-'));
const giftCorpus = join(root, 'test/node/fixtures/gift/features.gift');
const h5pSet = join(root, 'test/node/fixtures/h5p-third-party/h5p-group-examples.json');
const demo = join(root, 'demo/feed.json');

test('a GIFT file, detected by its name: a feed with one quiz, valid, the report on standard error', () => {
  const result = cli('import', giftCorpus);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.quizzes.length, 1);
  assert.ok(feed.quizzes[0].items.length > 10);
  assert.match(result.stderr, /^GIFT/m);
  assert.equal(cli('validate', writeTemp('gift-feed.json', result.stdout)).code, 0);
});

test('--into adds the quiz to an existing feed, which keeps its trainings and quizzes', () => {
  const before = JSON.parse(readFileSync(demo, 'utf8'));
  const out = join(work, 'merged.json');
  const result = cli('import', giftCorpus, '--from', 'gift', '--into', demo, '-o', out);
  assert.equal(result.code, 0, result.stderr);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(merged.trainings.length, before.trainings.length);
  assert.equal(merged.quizzes.length, before.quizzes.length + 1);
  assert.equal(cli('validate', out).code, 0);
});

test('an H5P Question Set, detected by its content: supported items mapped, the others reported with their path', () => {
  const result = cli('import', h5pSet);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.quizzes.length, 1);
  assert.match(result.stderr, /^H5P/m);
  assert.match(result.stderr, /Erreur – questions\[\d+\]/, 'an unsupported sub-type is reported with its JSON path');
  const en = cli('import', h5pSet, '--from', 'h5p', '--lang', 'en');
  assert.match(en.stderr, /question skipped/);
});

test('a GIFT file with no question to carry over exits 1 and says why, line by line', () => {
  const empty = writeTemp('broken.gift', '// nothing but a comment\n::Sans réponses::Question ouverte sans accolade fermante {\n');
  const result = cli('import', empty);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /ligne \d+/);
  assert.equal(result.stdout, '');
});

function writeTemp(name, text) {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

// ── Audit of the toolkit (quiz import): each defect reproduced with a small input of our own. ──

const giftA = '$CATEGORY: $course$/top/Positionnement aller vers\n\n::Q1::Le CCAS instruit-il les demandes ?{T}\n';
const giftB = '::Q1::Combien de modules ?{#2}\n';

test('--into: a quiz without --id takes its id from the source and never replaces another quiz; --id replaces', () => {
  const feed = join(work, 'into.json');
  writeFileSync(feed, readFileSync(demo));
  const before = JSON.parse(readFileSync(demo, 'utf8')).quizzes.length;
  // No $CATEGORY: the id comes from the file name.
  const first = cli('import', writeTemp('module-un.gift', giftB), '--into', feed, '-o', feed);
  assert.equal(first.code, 0, first.stderr);
  // A $CATEGORY names the quiz.
  const second = cli('import', writeTemp('autre.gift', giftA), '--into', feed, '-o', feed);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(JSON.parse(readFileSync(feed, 'utf8')).quizzes.slice(before).map((q) => q.id), ['module-un', 'positionnement-aller-vers']);
  // Another file of the same name: a free id and a warning, in French, not a silent replacement.
  const clash = cli('import', writeTemp('sub/module-un.gift', giftA.split('\n\n')[1]), '--into', feed, '-o', feed);
  assert.equal(clash.code, 0, clash.stderr);
  assert.match(clash.stderr, /^Attention – questionnaire « module-un » déjà présent dans le flux : le questionnaire importé devient « module-un-2 » \(--id module-un pour le remplacer\)$/m);
  assert.doesNotMatch(clash.stderr, /replaced|renamed|same\b/);
  // The same file again: identical, kept once.
  const again = cli('import', join(work, 'module-un.gift'), '--into', feed, '-o', feed);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /identifiant de questionnaire « module-un » déjà présent : identique, gardé une fois/);
  // --id: the user asked for that quiz to be replaced.
  const replace = cli('import', join(work, 'autre.gift'), '--id', 'module-un', '--into', feed, '-o', feed);
  assert.equal(replace.code, 0, replace.stderr);
  assert.match(replace.stderr, /identifiant de questionnaire « module-un » déjà présent : remplacé$/m);
  const quizzes = JSON.parse(readFileSync(feed, 'utf8')).quizzes;
  assert.equal(quizzes.length, before + 3);
  assert.equal(quizzes.find((q) => q.id === 'module-un').items[0].type, 'true-false');
  assert.equal(cli('validate', feed).code, 0);
  // --id is for quizzes only.
  const csv = cli('import', writeTemp('s.csv', 'Intitulé;Organisme\nA;B\n'), '--id', 'x');
  assert.equal(csv.code, 2);
  assert.match(csv.stderr, /--id ne s’applique qu’à un questionnaire \(gift, h5p\)/);
});

test('links and pictures of [html] and [markdown] questions keep their address as text, and each is reported', () => {
  const gift = [
    '::Greeting::[html]<a href\\="http\\://demo.moodle.net/bonjour.mp3">Listen\\:</a><br />What language?{~English =French}',
    '',
    '::MD::[markdown]Lisez [la fiche](https://exemple.fr/fiche_a_b) et regardez ![schéma](https://exemple.fr/s.png){=ok ~ko}',
    '',
    '::IMG::[html]<p>Quel est ce bâtiment ?</p><img src\\="https\\://exemple.fr/b.jpg" alt\\="Bâtiment">{=Mairie ~École}',
    '',
  ].join('\n');
  const result = cli('import', writeTemp('liens.gift', gift));
  assert.equal(result.code, 0, result.stderr);
  const prompts = JSON.parse(result.stdout).quizzes[0].items.map((item) => item.prompt);
  assert.deepEqual(prompts, [
    'Listen: (lien audio : http://demo.moodle.net/bonjour.mp3)\nWhat language?',
    'Lisez la fiche (lien : https://exemple.fr/fiche_a_b) et regardez [image : schéma – https://exemple.fr/s.png]',
    'Quel est ce bâtiment ?\n[image : Bâtiment – https://exemple.fr/b.jpg]',
  ]);
  assert.match(result.stderr, /ligne 1\u00a0: question reprise incomplète « Greeting » : son non lu \(http:\/\/demo\.moodle\.net\/bonjour\.mp3\) : le flux n’a que du texte, l’adresse est gardée dans le texte ; question à revoir/);
  assert.match(result.stderr, /ligne 3\u00a0: question reprise incomplète « MD » : lien https:\/\/exemple\.fr\/fiche_a_b non cliquable dans le flux/);
  assert.match(result.stderr, /ligne 3\u00a0: question reprise incomplète « MD » : image non affichée \(https:\/\/exemple\.fr\/s\.png\)/);
  assert.match(result.stderr, /ligne 5\u00a0: question reprise incomplète « IMG » : image non affichée \(https:\/\/exemple\.fr\/b\.jpg\)/);
});

test('empty results say why and that nothing was written; quiz summaries count quizzes and questions', () => {
  for (const [name, text] of [['vide.gift', ''], ['commentaires.gift', '// rien\n// que des commentaires\n\n$CATEGORY: $course$/top/X\n']]) {
    const out = join(work, `${name}.json`);
    const result = cli('import', writeTemp(name, text), '-o', out);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^GIFT : 0 questionnaire\(s\), 0 question\(s\)$/m);
    assert.match(result.stderr, /^Erreur – aucune question dans le fichier \(vide, ou seulement des commentaires et des catégories\)$/m);
    assert.match(result.stderr, new RegExp(`^rien n’a été écrit \\(« ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} » n’est pas modifié\\)$`, 'm'));
  }
  const refused = cli('import', writeTemp('refusees.gift', '::A::Deux {=a} blancs {=b}\n\n::B::Ouverte {=a\n'));
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^Erreur – aucune question reprise : les 2 questions du fichier sont toutes refusées \(voir ci-dessus\)$/m);
  assert.match(refused.stderr, /^rien n’a été écrit$/m);
  // An H5P set whose Blanks has no sentence: said, not silent.
  const set = { questions: [{ library: 'H5P.Blanks 1.12', params: { text: 'Complétez' }, metadata: { title: 'Trous' } }] };
  const h5p = cli('import', writeTemp('trous.json', JSON.stringify(set)));
  assert.equal(h5p.code, 1);
  assert.match(h5p.stderr, /^H5P : 0 questionnaire\(s\), 0 question\(s\)$/m);
  assert.match(h5p.stderr, /questions\[0\]\u00a0: question ignorée « Trous » : texte à trous sans aucune phrase \(« questions » vide ou absent\)/);
  assert.match(h5p.stderr, /aucune question reprise : la seule question du fichier est refusée/);
  const ok = cli('import', giftCorpus);
  assert.match(ok.stderr, /^GIFT : 1 questionnaire\(s\), \d+ question\(s\)$/m);
});

test('Moodle numerical answers glued to ~ = # are read as Moodle reads them', () => {
  const result = cli('import', writeTemp('num.gift', '::Q5::Un nombre de 1 à 5 ?{#3:2~#Complètement faux}\n\n::Q6::Deux réponses ?{#1:0=2:0#ou deux}\n'));
  assert.equal(result.code, 0, result.stderr);
  const [q5, q6] = JSON.parse(result.stdout).quizzes[0].items;
  assert.deepEqual(q5.answers, [{ value: 3, tolerance: 2 }]);
  assert.deepEqual(q6.answers, [{ value: 1, tolerance: 0 }, { value: 2, tolerance: 0, feedback: 'ou deux' }]);
  assert.match(result.stderr, /ligne 1\u00a0: question reprise incomplète « Q5 » : retour pour « toute autre réponse » \(~#…\) non repris/);
  assert.doesNotMatch(result.stderr, /nombre illisible/);
});

test('an .h5p package (a zip) is recognised and the message says to unzip it; no raw control byte is ever printed', () => {
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), Buffer.from('content/content.json\x00\x01\x02')]);
  const path = join(work, 'paquet.h5p');
  writeFileSync(path, zip);
  for (const args of [[path], [path, '--from', 'h5p']]) {
    const result = cli('import', ...args);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^Erreur – paquet \.h5p \(archive zip\) : décompressez-le et donnez son fichier content\/content\.json/m);
    assert.match(result.stderr, /^rien n’a été écrit$/m);
    assert.doesNotMatch(result.stderr, /[\x00-\x08\x0b-\x1f\x7f]/);
  }
  // Input quoted in a message shows its control characters escaped.
  const bad = cli('import', writeTemp('ctl.gift', '::T\x01\x02::Q {#1\x03..}\n'));
  assert.equal(bad.code, 1);
  assert.doesNotMatch(bad.stderr, /[\x00-\x08\x0b-\x1f\x7f]/);
  assert.match(bad.stderr, /\\x01\\x02/);
  const json = cli('import', writeTemp('tronque.json', '{"questions": [\x01'), '--from', 'h5p');
  assert.equal(json.code, 1);
  assert.match(json.stderr, /^Erreur – JSON illisible : ce n’est pas du JSON valide$/m);
  assert.doesNotMatch(json.stderr, /[\x00-\x08\x0b-\x1f\x7f]/);
  const cut = cli('import', writeTemp('coupe.json', '{"questions": [\n  {"library": '), '--from', 'h5p');
  assert.match(cut.stderr, /JSON illisible : (fin de fichier inattendue|caractère inattendu ligne 2)/);
  assert.doesNotMatch(json.stderr, /Unexpected|token/);
});

test('Moodle GIFT exported as .txt is read by its content; a CSV or plain .txt is not taken for GIFT', () => {
  const gift = cli('import', writeTemp('export-moodle.txt', '// question: 1\n$CATEGORY: $course$/top/Défaut\n\n::Q1::Vrai ?{T}\n\nQui ?{=Moi ~Toi}\n'));
  assert.equal(gift.code, 0, gift.stderr);
  assert.match(gift.stderr, /^GIFT : 1 questionnaire\(s\), 2 question\(s\)$/m);
  assert.equal(JSON.parse(gift.stdout).quizzes[0].id, 'defaut');
  const csv = cli('import', writeTemp('sessions.txt', 'Intitulé;Organisme;Début\nAller vers {=x};IRTS;01/02/2026\n'));
  assert.doesNotMatch(csv.stderr, /^GIFT/m);
  const prose = cli('import', writeTemp('notes.txt', 'Une note : {pas du GIFT}\nEt une autre ligne.\n'));
  assert.equal(prose.code, 2);
  assert.match(prose.stderr, /format de « .*notes\.txt » non reconnu/);
});

test('an H5P MultiChoice without params is said incomplete, not of an unsupported type', () => {
  const set = { questions: [null, { library: 'H5P.MultiChoice 1.14' }, { library: 'H5P.MultiChoice 1.14', params: { question: 'Q', answers: [{ text: 'a', correct: true }, { text: 'b' }] } }] };
  const result = cli('import', writeTemp('incomplet.json', JSON.stringify(set)));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /questions\[0\]\u00a0: question ignorée : entrée qui n’est pas une question H5P \(objet attendu, trouvé : null\)/);
  assert.match(result.stderr, /questions\[1\]\u00a0: question ignorée « H5P\.MultiChoice 1\.14 » : question H5P\.MultiChoice incomplète : « params » manquant/);
  assert.doesNotMatch(result.stderr, /non pris en charge/);
  assert.equal(JSON.parse(result.stdout).quizzes[0].id, 'incomplet');
});

test('a feed that is not JSON is said so in French, with where JSON.parse stopped, and no raw control byte', () => {
  const cut = cli('validate', writeTemp('coupe-flux.json', '{"version": 1,\n "trainings": ['));
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /^Erreur – « .*coupe-flux\.json » n’est pas du JSON : fin de fichier inattendue \(fichier tronqué \?\)$/m);
  const wrong = cli('import', giftCorpus, '--into', writeTemp('faux-flux.json', '{"version": 1,\n "x" 3}'));
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /n’est pas du JSON : caractère inattendu ligne 2, colonne 6$/m);
  const control = cli('validate', writeTemp('ctl-flux.json', '\x01\x02{'));
  assert.match(control.stderr, /n’est pas du JSON : syntaxe invalide$/m);
  assert.doesNotMatch(control.stderr, /[\x00-\x08\x0b-\x1f\x7f]|Unexpected/);
});

test('an H5P.Blanks content.json on its own is read as a one-content set, and says so; a file-wide problem is not « question ignorée »', () => {
  const blanks = { text: '<p>Complétez.</p>', questions: ['<p>Le *CCAS* instruit.</p>', '<p>La *CAF* verse.</p>'] };
  const result = cli('import', writeTemp('trous-seuls.json', JSON.stringify(blanks)));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^H5P : 1 questionnaire\(s\), 2 question\(s\)$/m);
  assert.match(result.stderr, /^Attention – content\.json d’un H5P\.Blanks seul \(texte à trous\), pas d’un H5P\.QuestionSet : lu comme une série de ce seul contenu$/m);
  const notSet = cli('import', writeTemp('pas-serie.json', '{"questions": "x"}'), '--from', 'h5p');
  assert.equal(notSet.code, 1);
  assert.match(notSet.stderr, /^Erreur – pas de « questions » : ce n’est pas le content\.json d’un H5P\.QuestionSet$/m);
  assert.match(notSet.stderr, /^rien n’a été écrit$/m);
});
