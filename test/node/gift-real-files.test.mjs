/**
 * GIFT files as Moodle users write and export them (dist/convert.js and the command line): text without a
 * `[format]` tag is Moodle's own format, HTML with its line breaks, cleaned as `[html]` is; plain text that only
 * holds a `<` keeps it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromGift } from '../../dist/convert.js';
import { cli } from './built-toolkit.mjs';

const work = mkdtempSync(join(tmpdir(), 'tfw-gift-real-'));
const giftFile = (name, text) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const only = (gift) => {
  const { quiz, report } = fromGift(gift);
  assert.equal(quiz?.items.length, 1, JSON.stringify(report.entries));
  return { item: quiz.items[0], report };
};

test('untagged text is Moodle’s format: HTML shown without its tags, ids from the clean text, line breaks kept', () => {
  const { item } = only('::Q1:: Quelle couleur est <b>entre</b> orange et vert ?<br>Une seule réponse.{=jaune ~<i>rouge</i> ~<span style\\="color:\\#0055A4">bleu</span>}\n');
  assert.equal(item.prompt, 'Quelle couleur est entre orange et vert ?\nUne seule réponse.');
  assert.deepEqual(item.options.map((option) => [option.id, option.label]), [['jaune', 'jaune'], ['rouge', 'rouge'], ['bleu', 'bleu']]);
  // As Moodle's text_to_html: a line break of the source stays one, except next to a tag; entities are decoded.
  const lines = only('Première ligne\nSeconde ligne, <i>R&amp;D</i>\n<p>Un paragraphe</p>\nFin ?{T}\n').item;
  assert.equal(lines.prompt, 'Première ligne\nSeconde ligne, R&D\nUn paragraphe\nFin ?');
  // `[moodle]` says the same as no tag, per answer and feedback too.
  const tagged = only('[moodle]Vrai <b>ou</b> faux ?{T#<i>Non</i>#<b>Oui</b>}\n').item;
  assert.deepEqual([tagged.prompt, tagged.feedbackTrue, tagged.feedbackFalse], ['Vrai ou faux ?', 'Oui', 'Non']);
});

test('a « < » that opens no tag stays, in Moodle’s format and in [html]; [plain] and [markdown] are read as before', () => {
  assert.equal(only('Si a < b et x<3, alors b > a et 2 <= 3 ?{T}\n').item.prompt, 'Si a < b et x<3, alors b > a et 2 <= 3 ?');
  assert.equal(only('[html]<p>Si a < b et b > c, alors a < c ?</p>{T}\n').item.prompt, 'Si a < b et b > c, alors a < c ?');
  assert.equal(only('Flèche <- et <!-- note --> fin ?{T}\n').item.prompt, 'Flèche <- et fin ?');
  assert.equal(only('[plain]Que fait <b>gras</b> ?{=il met en gras}\n').item.prompt, 'Que fait <b>gras</b> ?');
  assert.equal(only('[markdown]Que fait **ceci** ?{=il met en gras}\n').item.prompt, 'Que fait ceci ?');
  assert.deepEqual(only('Combien ?{=x<3 =<b>moins de trois</b>}\n').item.answers.map((answer) => answer.text), ['x<3', 'moins de trois']);
});

test('pictures, frames and tables of Moodle’s format are handled as [html]’s: address kept as text and reported, cells apart', () => {
  const picture = only('::Capitale:: Capitale de <img width\\=32 src\\="data:image/png;base64,iVBORw0KGgoAAAANSUhEUg" alt\\="ce pays"> ?{=Paris ~Rome}\n');
  assert.equal(picture.item.prompt, 'Capitale de [image : ce pays] ?');
  assert.deepEqual(
    picture.report.entries.map((entry) => [entry.severity, entry.message]),
    [['lossy', 'image non affichée data:image/png;base64,… retiré : cette adresse n’est pas celle d’une page ou d’un fichier']],
  );
  const frame = only('Que voyez-vous ?\n<iframe src\\="https://video.example.org/v/1" width\\="560"></iframe>{}\n');
  assert.equal(frame.item.prompt, 'Que voyez-vous ? [contenu intégré : https://video.example.org/v/1]');
  assert.match(frame.report.entries[0].message, /^contenu intégré \(iframe, objet\) non affiché \(https:\/\/video\.example\.org\/v\/1\)/);
  const table = only('Somme de la première ligne ?\n<table>\n<tr><th></th><th>A</th><th>B</th></tr>\n<tr>\n<td>Ligne 1</td>\n<td>1</td>\n<td>3</td>\n</tr>\n</table>{#4}\n');
  assert.equal(table.item.prompt, 'Somme de la première ligne ?\n| A | B\nLigne 1 | 1 | 3');
});

test('the command line imports an untagged HTML question clean and says what its picture became', () => {
  const file = giftFile('moodle-format.gift', '::Q1:: Quelle couleur est <b>entre</b> orange et vert ?<br>Une seule réponse.{=jaune ~<i>rouge</i>}\n\n::Q2:: Voici <img src\\="https://example.org/carte.png" alt\\="la carte">.\n');
  const result = cli('import', file);
  assert.equal(result.code, 0, result.stderr);
  const [q1, q2] = JSON.parse(result.stdout).quizzes[0].items;
  assert.equal(q1.prompt, 'Quelle couleur est entre orange et vert ?\nUne seule réponse.');
  assert.deepEqual(q1.options.map((option) => option.id), ['jaune', 'rouge']);
  assert.match(q2.prompt, /^Voici \[image : la carte – https:\/\/example\.org\/carte\.png\]/);
  assert.match(result.stderr, /ligne 3\u00a0: question reprise incomplète « Q2 » : image non affichée \(https:\/\/example\.org\/carte\.png\)/);
});

const flags =
  '::Drapeau::[html]<p>Quel est le drapeau de la France ?</p>{\n\t=<p><img src\\="@@PLUGINFILE@@/fr.png" width\\="40"></p>\n\t~<p><img src\\="@@PLUGINFILE@@/de.png"></p>\n\t~<p><img src\\="@@PLUGINFILE@@/it.png"></p>\n}\n';
const refusals = (gift) =>
  fromGift(gift).report.entries.filter((entry) => entry.severity === 'skipped').map((entry) => [entry.line, entry.note?.code, entry.note?.field, entry.message]);

test('a question whose options would read the same is left out, with why and what to do', () => {
  const { quiz, report } = fromGift(`${flags}\n::Capitale::Capitale de la France ?{=Paris ~Rome}\n`);
  assert.deepEqual(quiz.items.map((item) => item.id), ['capitale']);
  assert.deepEqual(refusals(flags), [
    [
      1,
      'gift-options-alike',
      '[image]',
      '3 options s’affichent « [image] » : personne ne pourrait les distinguer (le flux ne montre que du texte : images et mise en forme ne sont pas reprises) ; donnez à chacune un texte qui lui est propre, pour une image son texte alternatif (alt="…")',
    ],
  ]);
  assert.equal(report.converted, 1);
  // Alike once the markup is gone, or written alike: refused; pictures with their own alternative text: kept.
  assert.deepEqual(refusals('Capitale ?{=<b>Paris</b> ~Paris ~Rome}\n').map(([, code, field]) => [code, field]), [['gift-options-alike', 'Paris']]);
  assert.deepEqual(refusals('Couleur ?{=rouge ~vert ~rouge}\n').map(([, code, field]) => [code, field]), [['gift-options-alike', 'rouge']]);
  const described = fromGift('Drapeau ?{=<img src\\="@@PLUGINFILE@@/fr.png" alt\\="bleu blanc rouge"> ~<img src\\="@@PLUGINFILE@@/de.png" alt\\="noir rouge or">}\n');
  assert.deepEqual(described.quiz.items[0].options.map((option) => option.label), ['[image : bleu blanc rouge]', '[image : noir rouge or]']);
});

test('a matching question whose items, or whose different answers, would read the same is left out; a shared answer is fine', () => {
  const pictures = '::Drapeaux::Associez.{\n=<img src\\="@@PLUGINFILE@@/fr.png"> -> France\n=<img src\\="@@PLUGINFILE@@/de.png"> -> Allemagne\n}\n';
  assert.deepEqual(refusals(pictures).map(([line, code, field, message]) => [line, code, field, message.slice(0, 46)]), [
    [1, 'gift-pairs-alike', '[image]', '2 éléments à associer s’affichent « [image] » '],
  ]);
  const answers = '::Pays::Associez.{\n=France -> <img src\\="@@PLUGINFILE@@/fr.png">\n=Allemagne -> <img src\\="@@PLUGINFILE@@/de.png">\n}\n';
  assert.deepEqual(refusals(answers).map(([, code, field]) => [code, field]), [['gift-pairs-alike', '[image]']]);
  const shared = fromGift('::Animaux::Associez.{\n=chat -> animal\n=chien -> animal\n=rose -> fleur\n}\n');
  assert.deepEqual(shared.quiz.items[0].pairs.map((pair) => pair.match), ['animal', 'animal', 'fleur']);
});

test('the command line says why such a question is left out, in French and with --lang en', () => {
  const file = giftFile('drapeaux.gift', `${flags}\n::Capitale::Capitale de la France ?{=Paris ~Rome}\n`);
  const fr = cli('import', file);
  assert.equal(fr.code, 0, fr.stderr);
  assert.equal(JSON.parse(fr.stdout).quizzes[0].items.length, 1);
  assert.match(fr.stderr, /Erreur – ligne 1\u00a0: question ignorée « Drapeau » : 3 options s’affichent « \[image\] » : personne ne pourrait les distinguer .* donnez à chacune un texte qui lui est propre/);
  const en = cli('import', file, '--lang', 'en');
  assert.match(en.stderr, /Error – line 1: question skipped “Drapeau”: 3 of its options read “\[image\]”, so no one could tell them apart .* give each option a text of its own, for a picture its alternative text \(alt="…"\)\n/);
  assert.doesNotMatch(en.stderr, /in French/);
});

const commented =
  '::Q1:: Un ?{T}\n\n/*\n::Q4:: Mise de côté {=a -> b =c -> d}\n*/\n::Q5:: Nombre de 1 à 5 ?{#3:2}\n\n::Q7:: Année ?{#\n  =1822:0\n}\n/*\n::Q8:: Comment ?\n{}\n\nSans titre ?\n{}\n*/\n\n::Q9:: Fin ?{F}\n';

test('/* … */ comments, which are not GIFT, are left out and said; the questions around them are kept', () => {
  const { quiz, report } = fromGift(commented);
  assert.deepEqual(quiz.items.map((item) => [item.id, item.type]), [['q1', 'true-false'], ['q5', 'numerical'], ['q7', 'numerical'], ['q9', 'true-false']]);
  assert.deepEqual(
    report.entries.map((entry) => [entry.severity, entry.line, entry.note?.code, entry.note?.field]),
    [['info', 3, 'gift-block-comment', '5'], ['info', 11, 'gift-block-comment', '17']],
  );
  assert.equal(
    report.entries[0].message,
    'commentaire /* … */ jusqu’à la ligne 5 : ce n’est pas du GIFT (Moodle le lirait comme le texte d’une question) ; rien de ce qu’il contient n’est repris ; pour commenter, commencez chaque ligne par //',
  );
  // On one line, inside a question, or in the middle of a line (then it is text, as in Moodle).
  const inside = fromGift('/* ancienne version */ ::Q2:: Deux ?{T}\n\n::Q3::Question ?{\n/* ~ancienne option\n*/\n=a ~b}\n\n::D::Calcul : 6 /* 3 */ ?{#2}\n');
  assert.deepEqual(inside.quiz.items.map((item) => [item.id, item.prompt]), [['q2', 'Deux ?'], ['q3', 'Question ?'], ['d', 'Calcul : 6 /* 3 */ ?']]);
  assert.deepEqual(inside.quiz.items[1].options.map((option) => option.label), ['a', 'b']);
  assert.deepEqual(inside.report.entries.map((entry) => [entry.line, entry.note?.field]), [[1, undefined], [4, '5']]);
});

test('a /* that nothing closes leaves its question out with that reason, not a cloze', () => {
  const { quiz, report } = fromGift('::A::Un ?{T}\n\n::B::Deux ?\n/* ~ancienne option\n{=a ~b}\n\n::C::Trois ?{F}\n');
  assert.deepEqual(quiz.items.map((item) => item.id), ['a', 'c']);
  assert.deepEqual(
    report.entries.map((entry) => [entry.severity, entry.line, entry.note?.code, entry.note?.field, entry.message]),
    [['skipped', 3, 'gift-comment-unclosed', '4', '« /* » (ligne 4) ouvre un commentaire que rien ne ferme, aucun « */ » ne suit ; les commentaires /* */ ne sont pas du GIFT : pour commenter, commencez chaque ligne par //']],
  );
});

test('the command line says what a /* … */ comment is, in French and with --lang en', () => {
  const file = giftFile('commentaires.gift', commented);
  const fr = cli('import', file);
  assert.equal(fr.code, 0, fr.stderr);
  assert.equal(JSON.parse(fr.stdout).quizzes[0].items.length, 4);
  assert.doesNotMatch(fr.stderr, /Erreur|cloze/);
  assert.match(fr.stderr, /Attention – ligne 3\u00a0: commentaire \/\* … \*\/ jusqu’à la ligne 5 : ce n’est pas du GIFT/);
  const en = cli('import', file, '--lang', 'en');
  assert.match(en.stderr, /Warning – line 3: a \/\* … \*\/ comment \(to line 5\): not GIFT \(Moodle would read it as a question's text\); nothing in it is carried over; to comment, start each line with \/\/\n/);
  const unclosed = cli('import', giftFile('ouvert.gift', '::A::Un ?{T}\n\n/*\n::B::Deux ?{T}\n'), '--lang', 'en');
  assert.match(unclosed.stderr, /Error – line 3: question skipped “\/\* ::B::Deux \?”: “\/\*” opens a comment that nothing closes, no “\*\/” follows; \/\* \*\/ comments are not GIFT: to comment, start each line with \/\/\n/);
});

test('a kept question with something to report is named the same way: its text cut on a word, not mid-word', () => {
  const long = 'Une très longue question qui parle de beaucoup de choses et d’autres encore, bien au-delà de quatre-vingts caractères';
  const { report } = fromGift(`${long} <img src\\="@@PLUGINFILE@@/schema.png">{=vrai ~faux}\n`);
  assert.equal(report.skipped, 0);
  assert.deepEqual([...new Set(report.entries.map((entry) => entry.label))], ['Une très longue question qui parle de beaucoup de choses et d’autres encore…']);
});

test('a refused question is named by its text as Moodle shows it: the title, else the text without markup, answers as blanks, cut on a word', () => {
  const labels = (gift) => fromGift(gift).report.entries.map((entry) => [entry.line, entry.label]);
  const capital = '[html]<p>Quelle est la <b>capitale</b>&nbsp;de la France&#160;?</p>{~Paris}';
  assert.deepEqual(labels(`::Titre \\: R&amp;D <b>gras</b>::${capital}\n\n${capital}\n`), [[1, 'Titre : R&D gras'], [3, 'Quelle est la capitale de la France ?']]);
  assert.deepEqual(
    labels(
      '[markdown]**Gras** et _italique_ {~a}\n\nLe {=a} et le {=b} ?\n\n{=a ~b}\n\n' +
        '[html]<p>Une très longue question qui parle de beaucoup de choses &amp; d’autres encore, bien au-delà de quatre-vingts caractères</p>{~a}\n',
    ),
    [[1, 'Gras et italique'], [3, 'Le _____ et le _____ ?'], [5, undefined], [7, 'Une très longue question qui parle de beaucoup de choses & d’autres encore…']],
  );
  const result = cli('import', giftFile('libelles.gift', `::Titre::${capital}\n\n${capital}\n`));
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^Erreur – ligne 1\u00a0: question ignorée « Titre » : choix multiple de moins de deux options$/m);
  assert.match(result.stderr, /^Erreur – ligne 3\u00a0: question ignorée « Quelle est la capitale de la France \? » : choix multiple de moins de deux options$/m);
});
