/**
 * Quiz imports reported in English (`--lang en`), by the built command line on files made here: every note the GIFT
 * and H5P converters can write has its English words (messages.ts), with what it quotes (line or JSON path,
 * question, value), and none is printed in French any more. The French of the same notes is tested where each
 * converter is (gift-real-files, h5p-real-files, quiz/).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatNote, fromGift, fromH5pQuestionSet, h5pPackageError, ImportError, quizImportResult, toGift } from '../../dist/convert.js';
import { cli, root } from './built-toolkit.mjs';

/** Every code of QuizNoteCode, as its source lists them (one `| 'code'` a line, the last one ending with `;`). */
const quizNoteCodes = [...(/export type QuizNoteCode =([\s\S]*?);\n/.exec(readFileSync(join(root, 'src/model/convert/import-report.ts'), 'utf8'))?.[1] ?? '').matchAll(/^\s*\| '([a-z0-9-]+)'$/gm)].map(
  (match) => match[1],
);

const work = mkdtempSync(join(tmpdir(), 'tfw-quiz-en-'));
/** `import --lang en` of `content` written to `name`: the exit code and the report's lines. */
const importEnglish = (name, content, from) => {
  const path = join(work, name);
  writeFileSync(path, content);
  const result = cli('import', path, '--from', from, '--lang', 'en');
  return { code: result.code, lines: result.stderr.trimEnd().split('\n') };
};
/** The notes a conversion gives the import report (the command line's), thrown or not. */
const notesOf = (conversion) => {
  try {
    const { report } = quizImportResult(conversion);
    return [...report.errors, ...report.warnings];
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return [...error.report.errors, ...error.report.warnings];
  }
};

// French words of the quiz notes, outside what a note quotes (“…”: a question's text, an answer, a path).
const frenchWords = /«|»|\u00a0|in French|\b(?:ignorée|incomplète|reprise?|repris|illisible|ligne|colonne|vide|aucune?|retour|non|pas|le|la|les|des?|du|une?|et|est|dans|pour|avec|fichier)\b/i;
const assertEnglish = (lines) => {
  for (const line of lines) assert.doesNotMatch(line.replace(/“[^”]*”/g, '“”'), frenchWords, line);
};

const gift = [
  '$CATEGORY: $course$/top/Checks',
  '',
  '// [tag:easy]',
  '::Tagged::Is water wet?{T}',
  '',
  '::Numbers::How many?{#abc}',
  '',
  '::Range::Between?{#5..2}',
  '',
  '::Empty::',
  '',
  '::Joined::One?{T}',
  '::Two::Two?{F}',
  '',
  'Blank {=a} and {=b} here?',
  '',
  'Unpaired {=a ~b',
  '',
  'Closed } first {',
  '',
  '{=a ~b}',
  '',
  '::Accepted::How much?{#~2}',
  '',
  '::Answers::Which?{a~b}',
  '',
  '::Arrow::Match.{=a -> b =c}',
  '',
  '::Pair::Match.{=a -> =c -> d}',
  '',
  '::Few::Match.{=a -> b}',
  '',
  '::Blank answer::Which?{=a ~}',
  '',
  '::One option::Which?{~a}',
  '',
  '::No right::Which?{~a ~b}',
  '',
  '::Flags::Which flag?{=<img src\\="@@PLUGINFILE@@/fr.png"> ~<img src\\="@@PLUGINFILE@@/uk.png">}',
  '',
  '::Pictures::Match.{=<img src\\="@@PLUGINFILE@@/fr.png"> -> France =<img src\\="@@PLUGINFILE@@/uk.png"> -> England}',
  '',
  '::Wrong::How many?{#=3 ~2 ~#Anything else}',
  '',
  '::Pair feedback::Match.{=a -> b#Good =c -> d}',
  '',
  '::Credit::Name?{=a =%-50%b =%150%c}',
  '',
  '::Media::See <a href\\="https://example.org/page">the page</a>, <a href\\="javascript:alert(1)">this</a> and <img src\\="https://example.org/map.png" alt\\="map">?{T}',
  '',
  '/* an old question */',
  '',
  '::Open::Last?',
  '/* ~an old option',
  '{=a ~b}',
  '',
].join('\n');

const multiChoice = (question, answers, extra = {}) => ({
  question: `<p>${question}</p>`,
  answers: answers.map(([text, correct, tip = '', notChosenFeedback = '']) => ({ text: `<div>${text}</div>`, correct, tipsAndFeedback: { tip, chosenFeedback: '', notChosenFeedback } })),
  behaviour: { type: 'auto' },
  ...extra,
});
const shownAbove = (library, path) => ({ media: { type: { library, params: { file: { path } } } } });
const sub = (library, params, title) => ({ library, params, metadata: { title } });
const trueFalse = { question: '<p>Is water wet?</p>', correct: 'true' };
const essay = { taskDescription: '<p>Tell a first meeting.</p>', keywords: [] };
const questionSet = {
  introPage: { title: 'Checks' },
  questions: [
    sub(
      'H5P.MultiChoice 1.16',
      multiChoice('Capital of France?', [['Paris', true, 'A city', 'That was right'], ['<img src="https://example.org/rome.png" alt="Rome">', false]], {
        ...shownAbove('H5P.Image 1.1', 'images/map.jpg'),
        overallFeedback: [{ from: 0, to: 99, feedback: 'Almost' }, { from: 100, to: 100, feedback: 'Perfect' }],
      }),
      'Capital',
    ),
    sub('H5P.MultiChoice 1.16', multiChoice('', [['Paris', true]]), 'No options'),
    sub('H5P.SingleChoiceSet 1.11', { choices: [{ question: '<p>Acronym?</p>', answers: ['<p>RSA</p>', '<p>RMI</p>'] }, { question: '<p>Alone?</p>', answers: ['<p>RSA</p>'] }] }, 'Acronyms'),
    sub(
      'H5P.Essay 1.5',
      { ...essay, ...shownAbove('H5P.Video 1.5', 'videos/street.mp4'), keywords: [{ keyword: 'listen', options: { feedbackMissed: 'And listening?' } }, { keyword: 'trust', options: { feedbackIncluded: 'Yes, trust.' } }] },
      'Story',
    ),
    sub('H5P.Essay 1.5', { taskDescription: '' }, 'No task'),
    sub(
      'H5P.Blanks 1.14',
      { ...shownAbove('H5P.Audio 1.5', 'audios/hint.mp3'), questions: ['<p>The *CCAS:an acronym* helps.</p>', '<p>No blank.</p>', '<p>*Two* blanks *here*.</p>', '<p>Blank * / * empty.</p>'], behaviour: { acceptSpellingErrors: true } },
      'Gaps',
    ),
    sub('H5P.Blanks 1.14', { questions: [] }, 'No sentence'),
    sub('H5P.TrueFalse 1.8', { ...trueFalse, ...shownAbove('H5P.Other 1.0', 'files/model.glb') }, 'Model'),
    null,
    { params: {} },
    sub('H5P.DragQuestion 1.14', {}, 'Drag'),
    { library: 'H5P.MultiChoice 1.16', metadata: { title: 'No params' } },
  ],
  poolSize: 3,
  endGame: {
    showResultPage: true,
    overallFeedback: [
      { from: 0, to: 40, feedback: 'Start again' },
      { from: 20, to: 30, feedback: 'Never shown' },
      { from: 41, to: 59, feedback: '@score of @total' },
      { from: 60, to: 100, feedback: 'Well done, <a href="https://example.org/next">next</a>' },
    ],
    oldFeedback: { successGreeting: 'Bravo' },
    showAnimations: true,
    successVideo: [{ path: 'videos/win.mp4' }],
    failVideo: [{ path: 'videos/lose.mp4' }],
  },
};
const oneQuestion = [sub('H5P.TrueFalse 1.8', trueFalse, 'Water')];
/** Files of one note or two each, with the lines they give in English. */
const h5pFiles = [
  ['gapped.json', { questions: oneQuestion, endGame: { overallFeedback: [{ from: 0, to: 40, feedback: 'Start again' }, { from: 60, to: 100, feedback: 'Well done' }] } }, [
    'Warning – endGame.overallFeedback: at 41–59%, H5P shows no feedback: in the feed, the band from 0% (“Start again”) applies there too, as a band needs a title',
  ]],
  ['hidden.json', { questions: oneQuestion, endGame: { showResultPage: false, overallFeedback: [{ from: 0, to: 100, feedback: 'Thanks' }] } }, [
    'Warning – endGame.overallFeedback: feedback per score range not carried over: the results page is turned off in H5P (endGame.showResultPage), which does not show them',
  ]],
  ['unscored.json', { questions: [sub('H5P.Essay 1.5', essay, 'Story')], endGame: { overallFeedback: [{ from: 0, to: 49, feedback: 'Read again' }, { from: 50, to: 100, feedback: 'Good' }] } }, [
    'Warning – endGame.overallFeedback: 2 feedback texts per score range not carried over: no question of the quiz is scored in the feed, so it shows no band',
  ]],
  ['lone.json', trueFalse, ['Warning – content.json of a lone H5P.TrueFalse (true or false), not of an H5P.QuestionSet: read as a set of that one content']],
  // Refused alone, the file's one content is said without « question skipped ».
  ['lone-refused.json', multiChoice('', [['Paris', true]]), ['Error – empty question or options, or fewer than two options']],
  ['refused.json', { questions: [sub('H5P.Summary 1.10', {}, 'Summary')] }, [
    'Error – questions[0]: question skipped “Summary”: H5P type not supported: H5P.Summary 1.10',
    'Error – no question carried over: the only question of the file is refused (see above)',
  ]],
  ['truncated.json', '{"questions": [', ['Error – unreadable JSON: unexpected end of file (truncated?)']],
  // Cut inside a string: V8 says « Unterminated string », not « end of input ».
  ['cut-in-string.json', '{"questions": [{"library": "H5P.Multi', ['Error – unreadable JSON: unexpected end of file (truncated?)']],
  ['unexpected.json', '{"questions"\n 1}', ['Error – unreadable JSON: unexpected character at line 2, column 2']],
  ['not-json.json', 'not JSON', ['Error – unreadable JSON: this is not valid JSON']],
  ['other.json', { foo: 1 }, [
    'Error – no “questions”: this is not the content.json of an H5P.QuestionSet, nor that of a content read here on its own (H5P.MultiChoice: “question” and “answers”; H5P.TrueFalse: “question” and “correct”; H5P.SingleChoiceSet: “choices”; H5P.Essay: “taskDescription” and “keywords”; H5P.Blanks: “questions” made of sentences)',
  ]],
  ['not-list.json', { questions: 3 }, ['Error – no “questions” list: this is not the content.json of an H5P.QuestionSet']],
  ['drag-text.json', { library: 'H5P.DragText 1.10', params: {} }, [
    'Error – H5P.DragText 1.10 content on its own: H5P type not supported (read here: H5P.QuestionSet, H5P.MultiChoice, H5P.TrueFalse, H5P.SingleChoiceSet, H5P.Essay, H5P.Blanks)',
  ]],
];
const text = (content) => (typeof content === 'string' ? content : JSON.stringify(content));

test('GIFT with --lang en: each note in English, with its line, its question and what it quotes', () => {
  const { code, lines } = importEnglish('checks.gift', gift, 'gift');
  assert.equal(code, 0, lines.join('\n'));
  assert.deepEqual(lines, [
    'GIFT: 1 quiz, 5 question(s)',
    'Error – line 6: question skipped “Numbers”: unreadable number: “abc”',
    'Error – line 8: question skipped “Range”: range 5..2 reversed: GIFT writes the smaller number first (min..max)',
    'Error – line 10: question skipped “Empty”: empty question',
    'Error – line 12: question skipped “Joined”: questions run together: a blank line must separate each question from the next (here another one starts after “}”); none of them is carried over',
    'Error – line 15: question skipped “Blank _____ and _____ here?”: several blanks in one question (cloze format): not supported',
    'Error – line 17: question skipped “Unpaired”: unpaired braces: escape a “{” or “}” of the text with “\\”',
    'Error – line 19: question skipped “Closed first”: unpaired braces: “}” comes before “{”',
    'Error – line 21: question skipped: no question text',
    'Error – line 23: question skipped “Accepted”: numerical question without an accepted answer',
    'Error – line 25: question skipped “Answers”: unreadable answers: “a~b”',
    'Error – line 27: question skipped “Arrow”: pair without “->”: “c”',
    'Error – line 29: question skipped “Pair”: pair without an answer',
    'Error – line 31: question skipped “Few”: matching question with fewer than two pairs',
    'Error – line 33: question skipped “Blank answer”: empty answer',
    'Error – line 35: question skipped “One option”: multiple choice with fewer than two options',
    'Error – line 37: question skipped “No right”: no right answer (mark one with =, or give one a positive credit, for instance ~%50%)',
    'Error – line 39: question skipped “Flags”: 2 of its options read “[image]”, so no one could tell them apart (the feed shows text only: pictures and formatting are not carried over); give each option a text of its own, for a picture its alternative text (alt="…")',
    'Error – line 41: question skipped “Pictures”: 2 items to match read “[image]”, so no one could tell them apart (the feed shows text only: pictures and formatting are not carried over); give each a text of its own, for a picture its alternative text (alt="…")',
    'Error – line 53: question skipped “Open”: “/*” (line 54) opens a comment that nothing closes, no “*/” follows; /* */ comments are not GIFT: to comment, start each line with //',
    'Warning – line 1: Moodle category “$course$/top/Checks”: the questions that follow belong to it',
    'Warning – line 4: “Tagged”: Moodle tags not carried over: easy',
    'Warning – line 43: question imported incomplete “Wrong”: wrong numerical answer “2” not carried over: only accepted answers count',
    'Warning – line 43: question imported incomplete “Wrong”: feedback for “any other answer” (~#…) not carried over',
    'Warning – line 45: question imported incomplete “Pair feedback”: feedback on a pair not carried over (GIFT has none)',
    'Warning – line 47: question imported incomplete “Credit”: credit of 150% read as 100% (a credit goes from -100 to 100%)',
    'Warning – line 47: question imported incomplete “Credit”: negative credit of a short answer raised to 0',
    'Warning – line 49: question imported incomplete “Media”: link https://example.org/page not clickable in the feed: its address is kept in the text',
    'Warning – line 49: question imported incomplete “Media”: link javascript:alert(1) removed: this address is not that of a page or a file',
    'Warning – line 49: question imported incomplete “Media”: picture not shown (https://example.org/map.png): the feed holds text only, the address is kept in the text; question to be checked',
    "Warning – line 51: a /* … */ comment: not GIFT (Moodle would read it as a question's text); nothing in it is carried over; to comment, start each line with //",
    'Carried over:',
    '  question → quizzes[0].items ×5',
  ]);
  assertEnglish(lines);
  // A file with no question, and one whose questions are all refused: said as such.
  assert.deepEqual(importEnglish('empty.gift', '// nothing\n', 'gift').lines.slice(1, 2), ['Error – no question in the file (empty, or only comments and categories)']);
  assert.deepEqual(importEnglish('refused.gift', '::A::Two {=a} blanks {=b}\n\n::B::Open {=a\n', 'gift').lines.slice(1, 4), [
    'Error – line 1: question skipped “A”: several blanks in one question (cloze format): not supported',
    'Error – line 3: question skipped “B”: unpaired braces: escape a “{” or “}” of the text with “\\”',
    'Error – no question carried over: all 2 questions of the file are refused (see above)',
  ]);
});

test('H5P with --lang en: each note in English, with its JSON path, its question and what it quotes', () => {
  const { code, lines } = importEnglish('checks.json', JSON.stringify(questionSet), 'h5p');
  assert.equal(code, 0, lines.join('\n'));
  assert.deepEqual(lines, [
    'H5P: 1 quiz, 5 question(s)',
    'Error – questions[1]: question skipped “No options”: empty question or options, or fewer than two options',
    'Error – questions[2].params.choices[1]: question skipped “Acronyms”: empty question or answers, or fewer than two answers',
    'Error – questions[4]: question skipped “No task”: no question text',
    'Error – questions[5].params.questions[1]: question skipped “Gaps”: sentence without a blank',
    'Error – questions[5].params.questions[2]: question skipped “Gaps”: 2 blanks in one sentence: only one blank per question is supported',
    'Error – questions[5].params.questions[3]: question skipped “Gaps”: blank without an answer',
    'Error – questions[6]: question skipped “No sentence”: fill in the blanks without any sentence (“questions” empty or missing)',
    'Error – questions[8]: question skipped: entry that is not an H5P question (object expected, found: null)',
    'Error – questions[9]: question skipped: question without “library”: unknown H5P type',
    'Error – questions[10]: question skipped “Drag”: H5P type not supported: H5P.DragQuestion 1.14',
    'Error – questions[11]: question skipped “No params”: H5P.MultiChoice question incomplete: “params” missing',
    'Warning – questions[0]: question imported incomplete “Capital”: an option’s tip not carried over',
    'Warning – questions[0]: question imported incomplete “Capital”: the question’s picture (images/map.jpg) not carried over: the feed holds text only, question to be checked',
    'Warning – questions[0]: question imported incomplete “Capital”: picture not shown (https://example.org/rome.png): the feed holds text only, the address is kept in the text; question to be checked',
    'Warning – questions[0].params.answers[0].tipsAndFeedback.notChosenFeedback: question imported incomplete “Capital”: feedback shown when the option “Paris” is not ticked (“That was right”) not carried over: the feed shows the chosen option’s feedback only',
    'Warning – questions[0].params.overallFeedback: question imported incomplete “Capital”: this question’s feedback per score range not carried over (the feed has bands for the whole quiz only): 0–99% “Almost”; 100% “Perfect”',
    'Warning – questions[3]: question imported incomplete “Story”: scoring by keywords not carried over: the free answer is not scored',
    'Warning – questions[3]: question imported incomplete “Story”: the question’s video (videos/street.mp4) not carried over: the feed holds text only, question to be checked',
    'Warning – questions[3].params.keywords[0].options.feedbackMissed: question imported incomplete “Story”: feedback when the keyword “listen” is missing (“And listening?”) not carried over: the free answer is not scored',
    'Warning – questions[3].params.keywords[1].options.feedbackIncluded: question imported incomplete “Story”: feedback when the keyword “trust” is present (“Yes, trust.”) not carried over: the free answer is not scored',
    'Warning – questions[5]: question imported incomplete “Gaps”: tolerance of spelling mistakes not carried over',
    'Warning – questions[5]: question imported incomplete “Gaps”: a blank’s tip not carried over',
    'Warning – questions[5]: question imported incomplete “Gaps”: the question’s sound (audios/hint.mp3) not carried over: the feed holds text only, question to be checked',
    'Warning – questions[7]: question imported incomplete “Model”: the question’s medium (files/model.glb) not carried over: the feed holds text only, question to be checked',
    'Warning – endGame.successVideo: end video (success: videos/win.mp4) not carried over: the feed holds text only',
    'Warning – endGame.failVideo: end video (failure: videos/lose.mp4) not carried over: the feed holds text only',
    // The band's title is the feed's text, the link's address written into it as the feed writes it (in French).
    'Warning – endGame.overallFeedback: feedback per score range carried over as the quiz’s result bands: 0–40% → band from 0% “Start again”; 60–100% → band from 60% “Well done, next (lien : https://example.org/next)”',
    'Warning – endGame.overallFeedback: at 41–59%, H5P’s feedback is not carried over (see below): in the feed, the band from 0% (“Start again”) applies there too, as a band needs a title',
    'Warning – endGame.overallFeedback[1]: feedback “Never shown” (20–30%) not carried over: no score reaches it in H5P (its range is taken by an earlier one of the list, or outside 0 to 100%)',
    'Warning – endGame.overallFeedback[2]: feedback “@score of @total” (41–59%) not carried over: it quotes the score, which H5P fills in; the feed shows the score on its own',
    'Warning – endGame.overallFeedback: link https://example.org/next not clickable in the feed: its address is kept in the text',
    'Warning – endGame.oldFeedback: end texts for a quiz passed or failed (oldFeedback, deprecated since Question Set 1.13) not carried over: the feedback per score range stands in for them',
    'Warning – poolSize: H5P asks 3 questions drawn at random from the 12 at each attempt (poolSize): not carried over, the feed asks them all',
    'Carried over:',
    '  question → quizzes[0].items ×5',
  ]);
  assertEnglish(lines);
  for (const [name, content, said] of h5pFiles) {
    const { lines: others } = importEnglish(name, text(content), 'h5p');
    for (const line of said) assert.ok(others.includes(line), `${name}: ${line}\n${others.join('\n')}`);
    assertEnglish(others);
  }
  const { lines: zipped } = importEnglish('package.h5p', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'h5p');
  assert.ok(zipped.includes('Error – .h5p package (a zip archive): unzip it and give its file content/content.json (for instance: unzip package.h5p content/content.json)'), zipped.join('\n'));
});

test('the files above give every note of the quiz converters; each has its words in both languages', () => {
  const exported = toGift({
    id: 'q',
    title: 'Q',
    items: [
      { id: 'scale', type: 'scale', prompt: 'How sure?', min: 1, max: 5 },
      { id: 'amount', type: 'numerical', prompt: 'How many?', answers: [{ value: 1 }], unit: 'h', weight: 2 },
    ],
  }).report.entries;
  assert.deepEqual(
    exported.map((entry) => formatNote({ ...entry.note, where: { path: entry.path }, source: entry.label }, 'en')),
    ['items.scale: question skipped “How sure?”: self-rating (scale): no GIFT equivalent', 'items.amount: question imported incomplete “How many?”: not exported (no GIFT equivalent): weight, unit'],
  );
  const seen = new Set([
    ...[gift, '// nothing\n', '::A::Two {=a} blanks {=b}\n'].flatMap((source) => notesOf(fromGift(source))),
    ...[questionSet, ...h5pFiles.map(([, content]) => content)].flatMap((content) => notesOf(fromH5pQuestionSet(text(content)))),
    ...h5pPackageError().report.errors,
    ...exported.map((entry) => entry.note),
  ].map((note) => note.code));
  assert.ok(quizNoteCodes.length > 60, `${quizNoteCodes.length} codes read from import-report.ts`);
  assert.deepEqual(quizNoteCodes.filter((code) => !seen.has(code)), []);
  // Both tables are Records of every code (the type-check fails on a missing one); their words differ.
  for (const code of quizNoteCodes) {
    const [french, english] = ['fr', 'en'].map((lang) => formatNote({ code, where: {} }, lang));
    assert.ok(french && english && french !== english, code);
  }
});
