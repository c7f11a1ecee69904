/**
 * An H5P Question Set (`content/content.json` of an `H5P.QuestionSet` package) as a feed quiz; or one question
 * content on its own (the `content.json` of an `H5P.MultiChoice`, `H5P.TrueFalse`, `H5P.SingleChoiceSet`,
 * `H5P.Essay` or `H5P.Blanks` package, told apart by the fields its semantics.json requires) as a quiz of it alone.
 *
 * Mapped: `H5P.MultiChoice` (single or multiple choice, per-option feedback), `H5P.TrueFalse`, `H5P.SingleChoiceSet`
 * (one single-choice item per question; H5P's first answer is the right one), `H5P.Essay` (a free-text item) and
 * `H5P.Blanks` (one short-answer item per sentence with one blank; `*a/b*` alternatives, `*a:tip*` tips). The set's
 * feedback per score range (`endGame.overallFeedback`, or a lone content's `overallFeedback`) becomes the quiz's
 * result bands. Every other sub-content (drag and drop, mark the words, drag text…), every sentence with several
 * blanks, and every text a learner would see that the feed has no place for (a question's own feedback per score
 * range, an option's `notChosenFeedback`, an essay keyword's feedback…) is reported, with its path in the JSON.
 * H5P's rich text becomes plain text.
 */
import type { ChoiceOption, Quiz, QuizItem, ResultBand } from '../schema.js';
import { isScored } from '../quiz/scoring.js';
import type { ItemWithoutId } from './gift.js';
import type { H5pLoneLibrary, QuizNote, ScoreRange } from './import-report.js';
import { distinctNotes, ReportBuilder, type ConversionReport } from './report.js';
import { htmlMediaAsText, mediaNotes, type MediaFound } from './quiz-media.js';
import { htmlToText, jsonParseFailure, slugify, UniqueIds } from './text.js';

export interface H5pImportOptions {
  /** The quiz's id; by default from `title`, else the intro page's title, else `sourceName`, else `questionnaire-importe`. */
  id?: string;
  title?: string;
  /** The source's name (a file name, its extension dropped by the caller), for the id when the set has no title. */
  sourceName?: string;
}

export interface H5pImport {
  quiz?: Quiz;
  report: ConversionReport;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const plainOf = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : '');
/** H5P's HTML made plain; its links and pictures keep their address in the text and are listed in `media`. */
type TextOf = (value: unknown) => string;
const textWithMedia = (media: MediaFound[]): TextOf => (value) => (typeof value === 'string' ? htmlToText(htmlMediaAsText(value, media)) : '');
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A part of a content, by its path below the content's `params` (`.answers[1]`), and what the report says of it. */
interface Part {
  path: string;
  note: QuizNote;
}

interface Converted {
  /** Items without ids yet, with the sub-content id to name them after. */
  items: { item: ItemWithoutId; key?: string }[];
  lossy: QuizNote[];
  /** Parts of the sub-content left out, each with why. */
  skipped: Part[];
  /** Texts of the sub-content that a learner would see and the feed has no place for. */
  notCarried: Part[];
}

/** A text a report note quotes: one line, shortened. */
function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function multiChoice(params: Json, textOf: TextOf): Converted {
  const lossy: QuizNote[] = [];
  const notCarried: Part[] = [];
  const ids = new UniqueIds();
  const options: ChoiceOption[] = [];
  listOf(params.answers).forEach((answer, index) => {
    if (!isObject(answer)) return;
    const label = textOf(answer.text);
    const tips = isObject(answer.tipsAndFeedback) ? answer.tipsAndFeedback : {};
    const feedback = textOf(tips.chosenFeedback);
    if (plainOf(tips.tip)) lossy.push({ code: 'h5p-option-tip' });
    const notChosen = textOf(tips.notChosenFeedback);
    if (notChosen) {
      notCarried.push({ path: `.answers[${index}].tipsAndFeedback.notChosenFeedback`, note: { code: 'h5p-not-chosen-feedback', field: excerpt(label), value: excerpt(notChosen) } });
    }
    options.push({ id: ids.take(label, 'option'), label, ...(answer.correct === true ? { correct: true } : {}), ...(feedback ? { feedback } : {}) });
  });
  const prompt = textOf(params.question);
  if (!prompt || options.length < 2 || options.some((option) => !option.label)) {
    return { items: [], lossy, skipped: [{ path: '', note: { code: 'h5p-choice-incomplete' } }], notCarried: [] };
  }
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  const correctCount = options.filter((option) => option.correct).length;
  const type = behaviour.type === 'multi' || (behaviour.type !== 'single' && correctCount !== 1) ? 'multiple' : 'single';
  return { items: [{ item: { type, prompt, options } }], lossy: distinctNotes(lossy), skipped: [], notCarried };
}

function trueFalse(params: Json, textOf: TextOf): Converted {
  const prompt = textOf(params.question);
  if (!prompt) return { items: [], lossy: [], skipped: [{ path: '', note: { code: 'quiz-prompt-empty' } }], notCarried: [] };
  const answer = params.correct === true || params.correct === 'true';
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  const onCorrect = textOf(behaviour.feedbackOnCorrect);
  const onWrong = textOf(behaviour.feedbackOnWrong);
  const onTrue = answer ? onCorrect : onWrong;
  const onFalse = answer ? onWrong : onCorrect;
  return {
    items: [{ item: { type: 'true-false', prompt, answer, ...(onTrue ? { feedbackTrue: onTrue } : {}), ...(onFalse ? { feedbackFalse: onFalse } : {}) } }],
    lossy: [],
    skipped: [],
    notCarried: [],
  };
}

function singleChoiceSet(params: Json, textOf: TextOf): Converted {
  const converted: Converted = { items: [], lossy: [], skipped: [], notCarried: [] };
  listOf(params.choices).forEach((choice, index) => {
    if (!isObject(choice)) return;
    const prompt = textOf(choice.question);
    const labels = listOf(choice.answers).map(textOf);
    if (!prompt || labels.length < 2 || labels.some((label) => !label)) {
      converted.skipped.push({ path: `.choices[${index}]`, note: { code: 'h5p-choice-set-incomplete' } });
      return;
    }
    const ids = new UniqueIds();
    // H5P lists the right answer first and shuffles when showing: the feed keeps the order, with the mark.
    const options: ChoiceOption[] = labels.map((label, position) => ({ id: ids.take(label, 'option'), label, ...(position === 0 ? { correct: true } : {}) }));
    converted.items.push({ item: { type: 'single', prompt, options }, ...(typeof choice.subContentId === 'string' ? { key: choice.subContentId } : {}) });
  });
  return converted;
}

function essay(params: Json, textOf: TextOf): Converted {
  const prompt = textOf(params.taskDescription);
  if (!prompt) return { items: [], lossy: [], skipped: [{ path: '', note: { code: 'quiz-prompt-empty' } }], notCarried: [] };
  const solution = isObject(params.solution) ? params.solution : {};
  const sample = textOf(solution.sample);
  // H5P shows the introduction above the sample solution, and only with one.
  const explanation = [sample ? textOf(solution.introduction) : '', sample].filter(Boolean).join('\n');
  const placeholder = textOf(params.placeholderText);
  const lossy: QuizNote[] = listOf(params.keywords).length > 0 ? [{ code: 'h5p-essay-keywords' }] : [];
  const notCarried: Part[] = [];
  listOf(params.keywords).forEach((keyword, index) => {
    const options = isObject(keyword) && isObject(keyword.options) ? keyword.options : {};
    const word = isObject(keyword) ? plainOf(keyword.keyword) : '';
    for (const [field, code] of [['feedbackIncluded', 'h5p-keyword-present-feedback'], ['feedbackMissed', 'h5p-keyword-missing-feedback']] as const) {
      const text = textOf(options[field]);
      if (text) notCarried.push({ path: `.keywords[${index}].options.${field}`, note: { code, field: excerpt(word), value: excerpt(text) } });
    }
  });
  return {
    items: [{ item: { type: 'text', prompt, ...(explanation ? { explanation } : {}), ...(placeholder ? { placeholder } : {}) } }],
    lossy,
    skipped: [],
    notCarried,
  };
}

/** `*answer/alternative:tip*` blanks of one H5P.Blanks sentence. */
function blanksOf(sentence: string): { start: number; end: number; answers: string[]; tip?: string }[] {
  return [...sentence.matchAll(/\*([^*]+)\*/g)].map((match) => {
    const [answers, tip] = (match[1] as string).split(':');
    return {
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      answers: (answers ?? '').split('/').map((answer) => answer.trim()).filter(Boolean),
      ...(tip?.trim() ? { tip: tip.trim() } : {}),
    };
  });
}

function blanks(params: Json, textOf: TextOf): Converted {
  const converted: Converted = { items: [], lossy: [], skipped: [], notCarried: [] };
  if (listOf(params.questions).length === 0) return { ...converted, skipped: [{ path: '', note: { code: 'h5p-blanks-empty' } }] };
  const task = textOf(params.text);
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  // H5P's default is case-sensitive.
  const caseSensitive = behaviour.caseSensitive !== false;
  if (behaviour.acceptSpellingErrors === true) converted.lossy.push({ code: 'h5p-typos-tolerance' });
  listOf(params.questions).forEach((question, index) => {
    if (typeof question !== 'string') return;
    // Blanks are found in the HTML before it is made plain, since a blank may span an <em>.
    const html = question;
    const found = blanksOf(html);
    if (found.length !== 1) {
      converted.skipped.push({ path: `.questions[${index}]`, note: found.length === 0 ? { code: 'h5p-sentence-no-blank' } : { code: 'h5p-sentence-blanks', field: String(found.length) } });
      return;
    }
    const blank = found[0] as (typeof found)[number];
    const sentence = textOf(`${html.slice(0, blank.start)}_____${html.slice(blank.end)}`);
    if (blank.tip) converted.lossy.push({ code: 'h5p-blank-tip' });
    if (blank.answers.length === 0) {
      converted.skipped.push({ path: `.questions[${index}]`, note: { code: 'h5p-blank-no-answer' } });
      return;
    }
    const prompt = task ? `${task}\n${sentence}` : sentence;
    converted.items.push({
      item: { type: 'short-answer', prompt, answers: blank.answers.map((text) => ({ text: htmlToText(text) })), ...(caseSensitive ? { caseSensitive: true, accentSensitive: true } : {}) },
    });
  });
  converted.lossy = distinctNotes(converted.lossy);
  return converted;
}

/** The picture, video or sound H5P shows above a question (`params.media`), when one was given. */
function questionMedia(params: Json): QuizNote | undefined {
  const media = isObject(params.media) && isObject(params.media.type) ? params.media.type : undefined;
  if (!media || !isObject(media.params)) return undefined;
  const library = typeof media.library === 'string' ? media.library.split(' ')[0] : '';
  const file = isObject(media.params.file) && typeof media.params.file.path === 'string' ? media.params.file.path : undefined;
  const sources = [...listOf(media.params.sources), ...listOf(media.params.files)].filter(isObject).map((source) => source.path).filter((path): path is string => typeof path === 'string');
  const kind = library === 'H5P.Image' ? 'image' : library === 'H5P.Video' ? 'video' : library === 'H5P.Audio' ? 'audio' : undefined;
  const path = file ?? sources[0];
  return path ? { code: 'h5p-question-media', ...(kind ? { field: kind } : {}), value: path } : undefined;
}

const converters: Record<string, (params: Json, textOf: TextOf) => Converted> = {
  'H5P.MultiChoice': multiChoice,
  'H5P.TrueFalse': trueFalse,
  'H5P.SingleChoiceSet': singleChoiceSet,
  'H5P.Essay': essay,
  'H5P.Blanks': blanks,
};

/** `base` and a path below it (`.answers[1]`, `[2]`): `base.answers[1]`, or `answers[1]` at the root. */
const at = (base: string, below: string): string => (base ? `${base}${below}` : below.replace(/^\./, ''));

const isSentenceList = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string');

/**
 * The question contents read on their own, told apart by the fields their semantics.json requires (a content.json
 * has no library name: the package's h5p.json has it). DragText and MarkTheWords also have a `taskDescription`,
 * with a `textField`; DragQuestion's `question` is an object.
 */
const loneContents: { library: H5pLoneLibrary; matches: (json: Json) => boolean }[] = [
  { library: 'H5P.MultiChoice', matches: (json) => typeof json.question === 'string' && Array.isArray(json.answers) },
  { library: 'H5P.TrueFalse', matches: (json) => typeof json.question === 'string' && (typeof json.correct === 'string' || typeof json.correct === 'boolean') },
  { library: 'H5P.SingleChoiceSet', matches: (json) => Array.isArray(json.choices) },
  { library: 'H5P.Essay', matches: (json) => typeof json.taskDescription === 'string' && (Array.isArray(json.keywords) || isObject(json.solution)) && json.textField === undefined },
  { library: 'H5P.Blanks', matches: (json) => isSentenceList(json.questions) },
];

type Content = { set: Json; prefix: string } | { lone: (typeof loneContents)[number]; params: Json; prefix: string } | { refusal: QuizNote };

/**
 * What a content.json holds: a Question Set (`questions` listing H5P contents), one supported content on its own, or
 * neither (with why). An export that wraps the content in `params` (next to its `library`) is read inside, its
 * paths kept (`params.questions[0]`).
 */
function contentOf(json: unknown, prefix = '', library = ''): Content {
  if (!isObject(json)) return { refusal: { code: 'h5p-unrecognised' } };
  const named = library.split(' ')[0] ?? '';
  if (named) {
    if (named === 'H5P.QuestionSet') return { set: json, prefix };
    const lone = loneContents.find((content) => content.library === named);
    if (lone) return { lone, params: json, prefix };
    return { refusal: { code: 'h5p-lone-unsupported', value: library } };
  }
  // An H5P.Blanks also has `questions`, but as sentences.
  if (Array.isArray(json.questions) && !isSentenceList(json.questions)) return { set: json, prefix };
  const lone = loneContents.find((content) => content.matches(json));
  if (lone) return { lone, params: json, prefix };
  if (isObject(json.params)) return contentOf(json.params, at(prefix, '.params'), typeof json.library === 'string' ? json.library : '');
  if (json.questions !== undefined) return { refusal: { code: 'h5p-questions-not-list' } };
  return { refusal: { code: 'h5p-unrecognised' } };
}

/**
 * Whether a file's text is a content.json read here (a Question Set, or a supported content alone), for the command
 * line and the studio opening a file without being told its format; false for text that is no JSON.
 */
export function isH5pContentText(text: string): boolean {
  try {
    return !('refusal' in contentOf(JSON.parse(text.replace(/^\uFEFF/, ''))));
  } catch {
    return false;
  }
}

/** One range of an `overallFeedback` that has a text. */
interface ScoreFeedback {
  from: number;
  to: number;
  text: string;
  path: string;
}

/** H5P saves a number field as a number; a string of digits compares the same way in its player. */
const bound = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN);

/**
 * The ranges of an `overallFeedback` that have a text, in the list's order, and the list's path. H5P saves the
 * one-field group as the list itself; the group is read too.
 */
function scoreFeedbacks(value: unknown, path: string, textOf: TextOf): { feedbacks: ScoreFeedback[]; path: string } {
  const nested = isObject(value) && Array.isArray(value.overallFeedback);
  const listPath = nested ? `${path}.overallFeedback` : path;
  const feedbacks = listOf(nested ? (value as Json).overallFeedback : value).flatMap((range, index): ScoreFeedback[] => {
    const text = isObject(range) ? textOf(range.feedback) : '';
    return isObject(range) && text ? [{ from: bound(range.from), to: bound(range.to), text, path: `${listPath}[${index}]` }] : [];
  });
  return { feedbacks, path: listPath };
}

/** A feedback's range for a report note, its text shortened. */
const rangeOf = (feedback: ScoreFeedback, max = 60): ScoreRange => ({ from: feedback.from, to: feedback.to, text: excerpt(feedback.text, max) });

/** Texts that quote the learner's score: H5P fills them in, the feed shows them as written (it shows the score itself). */
const quotesScore = /@(?:score|total|percent(?:age)?|finals|totals)\b|:(?:numcorrect|maxscore|num|total)\b/i;

/**
 * The quiz's result bands from feedback per score range, as H5P picks the text (H5P.Question's
 * determineOverallFeedback): for a whole percentage, the first range of the list that holds it. Every whole
 * percentage is looked at, so that overlapping, unsorted or gapped ranges give the same text in the feed as in H5P;
 * a band starts where the text changes. What the bands cannot say is reported: a span after a band where H5P shows
 * nothing (the feed has no band without a title, the band before goes on), a text quoting the score, a text no
 * percentage reaches.
 */
function resultBands(feedbacks: ScoreFeedback[], path: string): { bands: ResultBand[]; said: Part[] } {
  const runs: { start: number; end: number; feedback: ScoreFeedback | undefined }[] = [];
  for (let score = 0; score <= 100; score += 1) {
    const feedback = feedbacks.find((range) => range.from <= score && score <= range.to);
    const last = runs.at(-1);
    if (last && last.feedback === feedback) last.end = score;
    else runs.push({ start: score, end: score, feedback });
  }
  const bands: ResultBand[] = [];
  const converted: ScoreRange[] = [];
  const said: Part[] = [];
  for (const { start, end, feedback } of runs) {
    const last = bands.at(-1);
    if (feedback && !quotesScore.test(feedback.text)) {
      const [title = '', ...rest] = feedback.text.split('\n');
      bands.push({ min: start, title, ...(rest.length > 0 ? { message: rest.join('\n') } : {}) });
      converted.push({ from: start, to: end, text: excerpt(feedback.text) });
    } else if (last) {
      const code = feedback ? 'h5p-band-covers-feedback' : 'h5p-band-covers-silence';
      said.push({ path, note: { code, ranges: [{ from: start, to: end }], field: String(last.min), value: excerpt(last.title, 40) } });
    }
  }
  for (const feedback of feedbacks) {
    const shown = runs.some((run) => run.feedback === feedback);
    if (!shown) said.push({ path: feedback.path, note: { code: 'h5p-feedback-unreached', ranges: [rangeOf(feedback)] } });
    else if (quotesScore.test(feedback.text)) said.push({ path: feedback.path, note: { code: 'h5p-feedback-quotes-score', ranges: [rangeOf(feedback)] } });
  }
  if (converted.length > 0) said.unshift({ path, note: { code: 'h5p-bands', ranges: converted } });
  return { bands, said };
}

/** Feedback per score range of a content inside a set: the feed has bands for the whole quiz only. */
function questionFeedbackNotCarried(params: Json, base: string, textOf: TextOf): Part[] {
  const { feedbacks, path } = scoreFeedbacks(params.overallFeedback, at(base, '.overallFeedback'), textOf);
  if (feedbacks.length === 0) return [];
  return [{ path, note: { code: 'h5p-question-feedback', ranges: feedbacks.map((feedback) => rangeOf(feedback, 40)) } }];
}

/**
 * The set's feedback at the end: `endGame.overallFeedback` (before Question Set 1.13, one text for every score in
 * `endGame.scoreString`), else the texts for a set passed or failed (`endGame.oldFeedback`, deprecated; in `endGame`
 * itself before 1.13) on each side of the pass percentage.
 */
function endFeedbacks(set: Json, prefix: string, textOf: TextOf): { current: { feedbacks: ScoreFeedback[]; path: string }; old: { feedbacks: ScoreFeedback[]; path: string } } {
  const endGame = isObject(set.endGame) ? set.endGame : {};
  const base = at(prefix, '.endGame');
  const scoreString = textOf(endGame.scoreString);
  const current =
    endGame.overallFeedback === undefined && scoreString
      ? { feedbacks: [{ from: 0, to: 100, text: scoreString, path: at(base, '.scoreString') }], path: at(base, '.scoreString') }
      : scoreFeedbacks(endGame.overallFeedback, at(base, '.overallFeedback'), textOf);
  const grouped = isObject(endGame.oldFeedback);
  const oldTexts = grouped ? (endGame.oldFeedback as Json) : endGame;
  const oldPath = grouped ? at(base, '.oldFeedback') : base;
  // H5P: passed when 100 × score / maximum ≥ passPercentage (50 by default).
  const pass = Math.min(101, Math.max(0, Math.ceil(typeof set.passPercentage === 'number' ? set.passPercentage : 50)));
  const side = (greeting: unknown, comment: unknown, from: number, to: number, name: string): ScoreFeedback[] => {
    const text = [plainOf(greeting), textOf(comment)].filter(Boolean).join('\n');
    return text && from <= to ? [{ from, to, text, path: `${oldPath}.${name}` }] : [];
  };
  const old = [...side(oldTexts.failGreeting, oldTexts.failComment, 0, pass - 1, 'failGreeting'), ...side(oldTexts.successGreeting, oldTexts.successComment, pass, 100, 'successGreeting')];
  return { current, old: { feedbacks: old, path: oldPath } };
}

/** The end videos H5P plays when `showAnimations` is on: the feed has none. */
function endVideos(set: Json, prefix: string): Part[] {
  const endGame = isObject(set.endGame) ? set.endGame : {};
  if (endGame.showAnimations !== true) return [];
  return (['successVideo', 'failVideo'] as const).flatMap((name) => {
    const file = listOf(endGame[name]).find((source) => isObject(source) && typeof source.path === 'string');
    return isObject(file) ? [{ path: at(prefix, `.endGame.${name}`), note: { code: 'h5p-end-video', field: name === 'successVideo' ? 'success' : 'fail', value: String(file.path) } }] : [];
  });
}

/** The pass percentage of a content read alone, as its semantics.json names it. */
function lonePass(params: Json): unknown {
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  return behaviour.passPercentage ?? behaviour.percentagePassing;
}

/** Why JSON.parse refused `text`: cut short, or where it stopped (text.ts reads each engine's message). */
function jsonProblemNote(text: string, message: string): QuizNote {
  const place = jsonParseFailure(text, message);
  if (place === 'truncated') return { code: 'h5p-json-truncated' };
  return place === undefined ? { code: 'h5p-json-unreadable' } : { code: 'h5p-json-unreadable', field: String(place.line), value: String(place.column) };
}

/**
 * Reads an H5P Question Set's `content.json` (text or parsed), or one supported content's, into a quiz, with a
 * report of what was left out.
 */
export function fromH5pQuestionSet(source: unknown, options: H5pImportOptions = {}): H5pImport {
  const report = new ReportBuilder('h5p');
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source.replace(/^\ufeff/, ''));
    } catch (error) {
      report.add({ severity: 'skipped', path: '', note: jsonProblemNote(source, (error as Error).message) });
      return { report: report.build() };
    }
  }
  const content = contentOf(json);
  if ('refusal' in content) {
    report.add({ severity: 'skipped', path: '', note: content.refusal });
    return { report: report.build() };
  }
  const { prefix } = content;
  const set: Json = 'set' in content ? content.set : {};
  if ('lone' in content) {
    report.add({ severity: 'info', path: prefix, note: { code: 'h5p-lone-content', value: content.lone.library } });
  }
  // A lone content is the one question of the quiz, its paths from the file's root.
  const questions: { question: unknown; path: string; base: string }[] =
    'lone' in content
      ? [{ question: { library: content.lone.library, params: content.params }, path: prefix, base: prefix }]
      : listOf(set.questions).map((question, index) => ({ question, path: at(prefix, `.questions[${index}]`), base: at(prefix, `.questions[${index}].params`) }));
  const ids = new UniqueIds();
  const items: QuizItem[] = [];
  for (const { question, path, base } of questions) {
    const library = isObject(question) && typeof question.library === 'string' ? question.library : '';
    const machineName = library.split(' ')[0] ?? '';
    const label = isObject(question) && isObject(question.metadata) && typeof question.metadata.title === 'string' ? question.metadata.title : library;
    const convert = converters[machineName];
    if (!isObject(question)) {
      const found = question === null ? 'null' : Array.isArray(question) ? 'array' : typeof question;
      report.add({ severity: 'skipped', path, note: { code: 'h5p-entry-not-object', field: found } });
      continue;
    }
    if (!library) {
      report.add({ severity: 'skipped', path, label, note: { code: 'h5p-no-library' } });
      continue;
    }
    if (!convert) {
      report.add({ severity: 'skipped', path, label, note: { code: 'h5p-type-unsupported', value: library } });
      continue;
    }
    if (!isObject(question.params)) {
      report.add({ severity: 'skipped', path, label, note: { code: 'h5p-params-missing', value: machineName } });
      continue;
    }
    const media: MediaFound[] = [];
    const textOf = textWithMedia(media);
    const converted = convert(question.params, textOf);
    // Inside a set, a content's own feedback per score range has no place; alone, it is the quiz's (below).
    const notCarried = [...converted.notCarried.map((part) => ({ ...part, path: at(base, part.path) })), ...('lone' in content ? [] : questionFeedbackNotCarried(question.params, base, textOf))];
    const shownMedia = questionMedia(question.params);
    if (converted.items.length > 0) converted.lossy.push(...(shownMedia ? [shownMedia] : []), ...mediaNotes(media));
    const key = typeof question.subContentId === 'string' ? question.subContentId : '';
    converted.items.forEach(({ item, key: ownKey }, n) => {
      const wanted = ownKey ?? (key && converted.items.length > 1 ? `${key}-${n + 1}` : key);
      const id = ids.take(wanted, `q${items.length + 1}`);
      items.push({ ...item, id } as QuizItem);
      report.countConverted();
    });
    for (const note of converted.lossy) report.add({ severity: 'lossy', path, label, note });
    if (converted.items.length > 0) for (const part of notCarried) report.add({ severity: 'lossy', path: part.path, label, note: part.note });
    for (const part of converted.skipped) report.add({ severity: 'skipped', path: part.path ? at(base, part.path) : path, label, note: part.note });
  }
  const intro = isObject(set.introPage) ? set.introPage : {};
  const introTitle = plainOf(intro.title);
  const title = options.title ?? (introTitle || 'Questionnaire importé');
  const description = plainOf(intro.introduction);
  const passPercentage = 'lone' in content ? lonePass(content.params) : set.passPercentage;
  const passScore = typeof passPercentage === 'number' && passPercentage >= 0 && passPercentage <= 100 ? passPercentage : undefined;
  const bands = items.length > 0 ? quizBands(content, items, report) : [];
  if (!('lone' in content) && typeof set.poolSize === 'number' && set.poolSize > 0 && set.poolSize < listOf(set.questions).length) {
    report.add({ severity: 'info', path: at(prefix, '.poolSize'), note: { code: 'h5p-pool', field: String(set.poolSize), value: String(listOf(set.questions).length) } });
  }
  const quiz: Quiz | undefined =
    items.length === 0
      ? undefined
      : {
          id: slugify(options.id ?? '') || slugify(title === 'Questionnaire importé' ? '' : title) || slugify(options.sourceName ?? '') || 'questionnaire-importe',
          title,
          ...(description ? { description } : {}),
          ...(passScore !== undefined ? { passScore } : {}),
          ...(set.randomQuestions === true ? { shuffleItems: true } : {}),
          items,
          ...(bands.length > 0 ? { bands } : {}),
        };
  return { ...(quiz ? { quiz } : {}), report: report.build() };
}

/**
 * The quiz's result bands: a set's end feedback, or a lone content's own feedback per score range. Each text that
 * does not become a band is reported at its path, as is what was made of the others.
 */
function quizBands(content: Exclude<Content, { refusal: QuizNote }>, items: QuizItem[], report: ReportBuilder): ResultBand[] {
  const media: MediaFound[] = [];
  const textOf = textWithMedia(media);
  const say = (parts: Part[]) => parts.forEach(({ path, note }) => report.add({ severity: 'info', path, note }));
  const end = 'set' in content ? endFeedbacks(content.set, content.prefix, textOf) : undefined;
  const candidates = end ? [end.current, end.old] : 'lone' in content ? [scoreFeedbacks(content.params.overallFeedback, at(content.prefix, '.overallFeedback'), textOf)] : [];
  const texts = candidates.filter(({ feedbacks }) => feedbacks.length > 0);
  if ('set' in content) say(endVideos(content.set, content.prefix));
  if (texts.length === 0) return [];
  const endGame = 'set' in content && isObject(content.set.endGame) ? content.set.endGame : {};
  const notCarried = (code: 'h5p-bands-result-page-off' | 'h5p-bands-nothing-scored') => say(texts.map(({ path, feedbacks }) => ({ path, note: { code, field: String(feedbacks.length) } })));
  if (endGame.showResultPage === false) {
    notCarried('h5p-bands-result-page-off');
    return [];
  }
  if (!items.some(isScored)) {
    notCarried('h5p-bands-nothing-scored');
    return [];
  }
  // The current feedback first; the old texts of a set passed or failed only when it gives no band.
  for (const [index, { feedbacks, path }] of texts.entries()) {
    const { bands, said } = resultBands(feedbacks, path);
    say(said);
    if (bands.length === 0 && index < texts.length - 1) continue;
    say(mediaNotes(media).map((note) => ({ path, note })));
    for (const rest of texts.slice(index + 1)) {
      say([{ path: rest.path, note: { code: 'h5p-old-feedback' } }]);
    }
    return bands;
  }
  return [];
}
