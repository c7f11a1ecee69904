/**
 * Moodle's GIFT quiz format, to and from the feed's quizzes.
 *
 * `fromGift` reads every construct of Moodle's GIFT documentation: `//` comments (with `[id:…]` and `[tag:…]`),
 * `$CATEGORY:`, `::titles::`, `[html]`/`[markdown]`/`[plain]`/`[moodle]` formats, multi-line questions, the
 * missing-word form, per-answer `#feedback`, `####general feedback`, `%50%` and `%-100%` credits, backslash
 * escapes (`\~ \= \# \{ \} \: \\ \n`), and the question types true/false, multiple choice (one or several answers),
 * short answer, numerical (tolerance, ranges kept as middle ± half-width, several answers), matching, essay and
 * description. Each question
 * becomes an item or is reported with its line; what an item cannot keep is reported too. `/* … *\/` comments,
 * which are not GIFT but are found in files written by hand, are left out and reported.
 *
 * `toGift` writes a quiz back for Moodle; what GIFT cannot hold (self-rating scales, weights, objectives) is
 * reported.
 */
import type { AcceptedNumber, AcceptedText, ChoiceOption, Quiz, QuizItem } from '../schema.js';
import { optionCredit } from '../quiz/scoring.js';
import type { GiftExportLoss, QuizNote } from './import-report.js';
import { ReportBuilder, type ConversionReport } from './report.js';
import { htmlMediaAsText, markdownMediaAsText, mediaNotes, type MediaFound } from './quiz-media.js';
import { htmlToText, markdownToText, shortLine, tidyLines, UniqueIds, slugify } from './text.js';

export interface GiftImportOptions {
  /**
   * The quiz's id; by default from `title`, else from the last level of the first `$CATEGORY`, else from `sourceName`, else
   * `questionnaire-importe`.
   */
  id?: string;
  /** The source's name (a file name, its extension dropped by the caller), for the id when the file names no category. */
  sourceName?: string;
  /** The quiz's title; by default the last level of the first `$CATEGORY`, else « Questionnaire importé ». */
  title?: string;
}

export interface GiftImport {
  /** Absent when no question could be converted. */
  quiz?: Quiz;
  report: ConversionReport;
}

// Escaped characters are swapped for private-use characters while parsing, then given back as themselves.
const escapes: Record<string, string> = { '\\': '\ue000', '~': '\ue001', '=': '\ue002', '#': '\ue003', '{': '\ue004', '}': '\ue005', ':': '\ue006' };
const unescapes = Object.fromEntries(Object.entries(escapes).map(([char, placeholder]) => [placeholder, char]));

function protectEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, char: string) => (char === 'n' ? '\n' : (escapes[char] as string)));
}

const restoreEscapes = (text: string): string => text.replace(/[\ue000-\ue006]/g, (placeholder) => unescapes[placeholder] as string);

type TextFormat = 'moodle' | 'html' | 'markdown' | 'plain';

/**
 * Moodle's own format, that of every GIFT text without `[format]` (Moodle reads it with FORMAT_MOODLE, and its export
 * writes no tag for it): HTML whose line breaks are kept, as Moodle's text_to_html shows it. Whitespace between two
 * tags goes, a line break just before or after a tag is a space, every other line break stays one.
 */
const moodleAsHtml = (text: string): string => text.replace(/>[ \t\n\f\v]+</g, '><').replace(/\n</g, ' <').replace(/>\n/g, '> ');

/**
 * A piece of GIFT text made plain: its own `[format]` or the question's, escapes given back. `[html]` and Moodle's
 * format (no tag) lose their tags; links and pictures of these and of `[markdown]` keep their address as text and
 * are pushed to `media`, for the report. `[plain]` is kept as written, tags included, as Moodle shows it.
 */
function plain(raw: string, inherited: TextFormat, media: MediaFound[]): { text: string; format: TextFormat } {
  const tagged = /^\s*\[(moodle|html|markdown|plain)\]/.exec(raw);
  const format = (tagged?.[1] as TextFormat | undefined) ?? inherited;
  const body = restoreEscapes(tagged ? raw.slice(tagged[0].length) : raw);
  if (format === 'markdown') {
    const { text, restore } = markdownMediaAsText(body, media);
    return { text: restore(markdownToText(text)), format };
  }
  if (format === 'plain') return { text: tidyLines(body), format };
  return { text: htmlToText(htmlMediaAsText(format === 'moodle' ? moodleAsHtml(body) : body, media)), format };
}

interface Block {
  /** 1-based line of the block's first line of content. */
  line: number;
  text: string;
  /** From `// [id:…]` comments. */
  idNumber?: string;
  tags: string[];
  /** 1-based line of a `/*` in the block that no `*\/` closes. */
  unclosedComment?: number;
}

/** A `/* … *\/` comment: its first and last lines, 1-based. */
interface BlockComment {
  line: number;
  end: number;
}

/**
 * `/* … *\/` comments, which are not GIFT (Moodle has only `//` lines, and reads these as a question's text) but which
 * files written by hand hold: from a line that starts with `/*` to the next `*\/`, lines are left out (`undefined`),
 * blank ones kept blank so that they still separate questions, and what follows `*\/` on its line is kept. A `/*`
 * that nothing closes is no comment: its lines stay, and it is listed in `unclosed` (0-based).
 */
function withoutBlockComments(lines: string[]): { kept: (string | undefined)[]; comments: BlockComment[]; unclosed: Set<number> } {
  const kept: (string | undefined)[] = [...lines];
  const comments: BlockComment[] = [];
  const unclosed = new Set<number>();
  let closesLater = true;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!line.trimStart().startsWith('/*')) continue;
    let end = index;
    let close = closesLater ? line.indexOf('*/', line.indexOf('/*') + 2) : -1;
    while (closesLater && close < 0 && end + 1 < lines.length) {
      end += 1;
      close = (lines[end] as string).indexOf('*/');
    }
    if (close < 0) {
      closesLater = false;
      unclosed.add(index);
      continue;
    }
    for (let at = index; at < end; at += 1) kept[at] = (lines[at] as string).trim() === '' ? '' : undefined;
    const rest = (lines[end] as string).slice(close + 2);
    kept[end] = rest.trim() === '' ? undefined : rest;
    comments.push({ line: index + 1, end: end + 1 });
    index = end;
  }
  return { kept, comments, unclosed };
}

/** Splits the file into questions: blank lines separate them, as in Moodle; comment lines go. */
function blocks(source: string): { blocks: Block[]; comments: BlockComment[] } {
  const { kept, comments, unclosed } = withoutBlockComments(source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n'));
  const found: Block[] = [];
  let current: { line: number; lines: string[]; comments: string[]; unclosedComment?: number } | undefined;
  const close = () => {
    if (current && current.lines.some((l) => l.trim() !== '')) {
      const comments = current.comments.join(' ');
      const idNumber = /\[id:((?:\\.|[^\]\\])*)\]/.exec(comments)?.[1];
      const tags = [...comments.matchAll(/\[tag:((?:\\.|[^\]\\])*)\]/g)].map((match) => match[1] as string);
      const unclosedComment = current.unclosedComment;
      found.push({ line: current.line, text: current.lines.join('\n'), ...(idNumber ? { idNumber } : {}), tags, ...(unclosedComment ? { unclosedComment } : {}) });
    }
    current = undefined;
  };
  kept.forEach((line, index) => {
    // A line of a `/* … */` comment: left out, like a `//` line, but never read for `[id:…]` or `[tag:…]`.
    if (line === undefined) {
      current ??= { line: index + 1, lines: [], comments: [] };
      return;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('//')) {
      current ??= { line: index + 1, lines: [], comments: [] };
      current.comments.push(trimmed);
      return;
    }
    if (trimmed === '') {
      close();
      return;
    }
    if (!current) current = { line: index + 1, lines: [], comments: [] };
    else if (current.lines.length === 0) current.line = index + 1;
    current.lines.push(line);
    if (unclosed.has(index)) current.unclosedComment ??= index + 1;
  });
  close();
  return { blocks: found, comments };
}

/**
 * `%50%` at the start of an answer: the credit, and the rest. A credit beyond what a credit can be (`%150%`, a typo
 * Moodle does not refuse) is read as 100 % (or -100 %), and said in `lossy`.
 */
function splitCredit(answer: string, lossy: QuizNote[]): { credit?: number; rest: string } {
  const match = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(answer);
  if (!match) return { rest: answer };
  const written = Number(match[1]);
  const credit = Math.min(100, Math.max(-100, written));
  const said = lossy.some((note) => note.code === 'gift-credit-clamped' && note.value === match[1]);
  if (credit !== written && !said) lossy.push({ code: 'gift-credit-clamped', value: match[1] as string });
  return { credit, rest: answer.slice(match[0].length) };
}

/** `text#feedback`: the text, and the feedback when there is one. */
function splitFeedback(answer: string): { text: string; feedback?: string } {
  const at = answer.indexOf('#');
  return at < 0 ? { text: answer } : { text: answer.slice(0, at), feedback: answer.slice(at + 1) };
}

/** The answers of a `{…}` part, each with its leading `=` or `~`. */
function answerEntries(part: string): { mark: '=' | '~'; body: string }[] {
  const entries: { mark: '=' | '~'; body: string }[] = [];
  for (const match of part.matchAll(/([=~])([^=~]*)/g)) entries.push({ mark: match[1] as '=' | '~', body: match[2] as string });
  return entries;
}

/** Why a question is left out, as the report's note. */
class QuestionProblem extends Error {
  constructor(readonly note: QuizNote) {
    super(note.code);
  }
}

/**
 * Refuses a question whose choices would show the same text, whatever their source (pictures become « [image] »,
 * formatting goes): no one could tell them apart. `sources[i]` is what `labels[i]` was written as: choices written
 * alike (two matching items sharing an answer) are refused only when `writtenAlikeToo`.
 */
function distinctChoices(labels: string[], sources: string[], code: 'gift-options-alike' | 'gift-pairs-alike', writtenAlikeToo: boolean): void {
  for (const [index, label] of labels.entries()) {
    const alike = labels.filter((other, at) => other === label && (at === index || writtenAlikeToo || sources[at]?.trim() !== sources[index]?.trim()));
    if (alike.length < 2) continue;
    throw new QuestionProblem({ code, field: label, value: String(alike.length) });
  }
}

/** An item before it gets its id (distributed over the union, which `Omit` alone is not). */
export type ItemWithoutId = QuizItem extends infer Item ? (Item extends QuizItem ? Omit<Item, 'id'> : never) : never;

interface ParsedQuestion {
  title?: string;
  item: ItemWithoutId;
  lossy: QuizNote[];
}

function parseNumber(text: string): number {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) throw new QuestionProblem({ code: 'gift-number-unreadable', value: restoreEscapes(text.trim()) });
  return value;
}

function numericalAnswer(body: string, credit: number | undefined, feedback: string | undefined): AcceptedNumber {
  const extras = { ...(credit !== undefined && credit !== 100 ? { credit } : {}), ...(feedback ? { feedback } : {}) };
  const range = /^(.+?)\.\.(.+)$/.exec(body.trim());
  if (range) {
    const min = parseNumber(range[1] as string);
    const max = parseNumber(range[2] as string);
    if (min > max) throw new QuestionProblem({ code: 'gift-range-reversed', value: `${min}..${max}` });
    // The feed keeps a range as its middle ± half its width: the same numbers, one shape.
    const exact = (n: number) => Number(n.toPrecision(12));
    return { value: exact((min + max) / 2), tolerance: exact((max - min) / 2), ...extras };
  }
  const [value, tolerance] = body.split(':');
  return { value: parseNumber(value as string), ...(tolerance !== undefined ? { tolerance: Math.abs(parseNumber(tolerance)) } : {}), ...extras };
}

/** A `data:` address (a picture written into the file, often kilobytes of base64) named in the report by its type. */
const reportedUrl = (url: string): string => (/^data:[^,]*,/i.test(url) ? `${url.slice(0, url.indexOf(',') + 1)}…` : url);

/** A question's `::title::` as written (escapes still protected), and its text after it. */
function splitTitle(text: string): { title?: string; rest: string } {
  const titled = /^::([\s\S]*?)::/.exec(text);
  return titled ? { title: titled[1] as string, rest: text.slice(titled[0].length) } : { rest: text };
}

/** Where an answer block stood in a question's text, while it is made plain for its label. */
const answersMark = '\ue010';

/**
 * A refused question as the report names it, as Moodle would show it (no `[format]` marker, tag, entity or escape):
 * its `::title::`, else its text, each answer block a blank as in the feed's prompts; on one line of 80 characters
 * at most. None when it has neither.
 */
function refusedLabel(source: string): { label?: string } {
  const { title: written, rest } = splitTitle(protectEscapes(source).trim());
  const title = written === undefined ? '' : plain(written, 'moodle', []).text;
  const withoutAnswers = rest.replace(/\{[^{}]*\}?/g, answersMark).replace(/\}/g, ' ');
  const shown = plain(withoutAnswers, 'moodle', []).text.split(answersMark).map((part) => part.trim()).filter(Boolean).join(' _____ ');
  const label = shortLine(title || shown, 80);
  return label ? { label } : {};
}

/** A question, with a report entry for each link or picture whose address had to become text. */
function parseQuestion(source: string): ParsedQuestion {
  const media: MediaFound[] = [];
  const parsed = parseQuestionText(source, media);
  return { ...parsed, lossy: [...parsed.lossy, ...mediaNotes(media.map((found) => ({ ...found, url: reportedUrl(found.url) })))] };
}

function parseQuestionText(source: string, media: MediaFound[]): ParsedQuestion {
  const { title: written, rest } = splitTitle(protectEscapes(source).trim());
  const title = written === undefined ? undefined : tidyLines(restoreEscapes(written)) || undefined;
  const text = rest.trim();
  const format = (/^\[(moodle|html|markdown|plain)\]/.exec(text)?.[1] as TextFormat | undefined) ?? 'moodle';
  const lossy: QuizNote[] = [];
  const opens = [...text.matchAll(/\{/g)].length;
  const closes = [...text.matchAll(/\}/g)].length;
  if (opens === 0 && closes === 0) {
    const prompt = plain(text, format, media).text;
    if (!prompt) throw new QuestionProblem({ code: 'gift-question-empty' });
    return { ...(title ? { title } : {}), item: { type: 'instruction', prompt }, lossy };
  }
  // A line that starts a question (`::Titre::`, or text then an answer block) right after a closed block: two
  // questions without the blank line GIFT puts between them, not a cloze.
  if (opens > 1 && /\}[^\S\n]*\n\s*(::|[^\n{}]+\{)/.test(text)) {
    throw new QuestionProblem({ code: 'gift-questions-joined' });
  }
  if (opens !== 1 || closes !== 1) {
    throw new QuestionProblem({ code: opens > 1 ? 'gift-cloze' : 'gift-braces-unpaired' });
  }
  const open = text.indexOf('{');
  const end = text.indexOf('}');
  if (end < open) throw new QuestionProblem({ code: 'gift-braces-unpaired', field: 'close-first' });
  const before = text.slice(0, open);
  const after = text.slice(end + 1);
  let answerPart = text.slice(open + 1, end);
  let explanation: string | undefined;
  const general = answerPart.indexOf('####');
  if (general >= 0) {
    explanation = plain(answerPart.slice(general + 4), format, media).text || undefined;
    answerPart = answerPart.slice(0, general);
  }
  const beforeText = plain(before, format, media).text;
  const afterText = plain(after, format, media).text;
  // Moodle's missing-word form: text after the answers means a blank where they stood.
  const prompt = afterText ? `${beforeText} _____ ${afterText}`.replace(/ _____ ([.,;:!?)])/, ' _____$1').trim() : beforeText;
  if (!prompt) throw new QuestionProblem({ code: 'quiz-prompt-empty' });
  const base = { prompt, ...(explanation ? { explanation } : {}) };
  const answer = answerPart.trim();
  const feedbackText = (raw: string | undefined) => (raw === undefined ? undefined : plain(raw, format, media).text || undefined);

  if (answer === '') return { ...(title ? { title } : {}), item: { ...base, type: 'text' }, lossy };

  if (answer.startsWith('#')) {
    const body = answer.slice(1).trim();
    // As Moodle reads it: `=` and `~` separate answers even when glued to the previous one (`#3:2~#Wrong`, `#1=2`).
    const entries = answerEntries(/^[=~]/.test(body) ? body : `=${body}`);
    const answers: AcceptedNumber[] = [];
    for (const entry of entries) {
      const { credit, rest } = splitCredit(entry.body, lossy);
      const { text: value, feedback } = splitFeedback(rest);
      if (entry.mark === '~') {
        lossy.push(value.trim() === '' ? { code: 'gift-other-answer-feedback' } : { code: 'gift-wrong-number', value: restoreEscapes(value.trim()) });
        continue;
      }
      answers.push(numericalAnswer(value, credit, feedbackText(feedback)));
    }
    if (answers.length === 0) throw new QuestionProblem({ code: 'gift-numerical-no-answer' });
    return { ...(title ? { title } : {}), item: { ...base, type: 'numerical', answers }, lossy };
  }

  const trueFalse = /^(T|F|TRUE|FALSE)\s*(#[\s\S]*)?$/i.exec(answer);
  if (trueFalse) {
    const isTrue = (trueFalse[1] as string).toUpperCase().startsWith('T');
    const [wrong, right] = (trueFalse[2] ?? '').slice(1).split('#');
    const wrongFeedback = feedbackText(wrong);
    const rightFeedback = feedbackText(right);
    const onTrue = isTrue ? rightFeedback : wrongFeedback;
    const onFalse = isTrue ? wrongFeedback : rightFeedback;
    return {
      ...(title ? { title } : {}),
      item: { ...base, type: 'true-false', answer: isTrue, ...(onTrue ? { feedbackTrue: onTrue } : {}), ...(onFalse ? { feedbackFalse: onFalse } : {}) },
      lossy,
    };
  }

  // Moodle reads a lone answer without `=` (`{One}`) as a short answer's only accepted answer.
  const entries = answerEntries(/^[=~]/.test(answer) || answer.includes('~') ? answer : `=${answer}`);
  if (entries.length === 0 || !/^[=~]/.test(answer) && answer.includes('~')) {
    throw new QuestionProblem({ code: 'gift-answers-unreadable', value: restoreEscapes(answer).slice(0, 60) });
  }

  if (entries.every((entry) => entry.mark === '=') && entries.some((entry) => entry.body.includes('->'))) {
    const pairs: { id: string; prompt: string; match: string }[] = [];
    const distractors: string[] = [];
    const prompts: { label: string; source: string }[] = [];
    const answers: { label: string; source: string }[] = [];
    for (const entry of entries) {
      const arrow = entry.body.indexOf('->');
      if (arrow < 0) throw new QuestionProblem({ code: 'gift-pair-no-arrow', value: restoreEscapes(entry.body.trim()) });
      const { text: matchText, feedback } = splitFeedback(entry.body.slice(arrow + 2));
      if (feedback !== undefined) lossy.push({ code: 'gift-pair-feedback' });
      const left = plain(entry.body.slice(0, arrow), format, media).text;
      const right = plain(matchText, format, media).text;
      if (!right) throw new QuestionProblem({ code: 'gift-pair-no-answer' });
      if (left) {
        pairs.push({ id: `pair-${pairs.length + 1}`, prompt: left, match: right });
        prompts.push({ label: left, source: entry.body.slice(0, arrow) });
      } else distractors.push(right);
      answers.push({ label: right, source: matchText });
    }
    if (pairs.length < 2) throw new QuestionProblem({ code: 'gift-matching-too-few' });
    distinctChoices(prompts.map(({ label }) => label), prompts.map(({ source }) => source), 'gift-pairs-alike', true);
    // Two items may share their answer (`=chat -> animal =chien -> animal`), not two answers their text.
    distinctChoices(answers.map(({ label }) => label), answers.map(({ source }) => source), 'gift-pairs-alike', false);
    return { ...(title ? { title } : {}), item: { ...base, type: 'matching', pairs, ...(distractors.length ? { distractors } : {}) }, lossy };
  }

  const parsed = entries.map((entry) => {
    const { credit, rest } = splitCredit(entry.body, lossy);
    const { text: label, feedback } = splitFeedback(rest);
    return { mark: entry.mark, credit, label: plain(label, format, media).text, source: label, feedback: feedbackText(feedback) };
  });
  if (parsed.some((entry) => entry.label === '')) throw new QuestionProblem({ code: 'gift-answer-empty' });

  if (entries.every((entry) => entry.mark === '=')) {
    const answers: AcceptedText[] = parsed.map(({ credit, label, feedback }) => ({
      text: label,
      ...(credit !== undefined && credit !== 100 ? { credit: Math.max(0, credit) } : {}),
      ...(feedback ? { feedback } : {}),
    }));
    if (parsed.some(({ credit }) => credit !== undefined && credit < 0)) lossy.push({ code: 'gift-negative-credit' });
    return { ...(title ? { title } : {}), item: { ...base, type: 'short-answer', answers }, lossy };
  }

  if (parsed.length < 2) throw new QuestionProblem({ code: 'gift-choice-too-few' });
  distinctChoices(parsed.map(({ label }) => label), parsed.map(({ source }) => source), 'gift-options-alike', true);
  const ids = new UniqueIds();
  const options: ChoiceOption[] = parsed.map(({ mark, credit, label, feedback }) => ({
    id: ids.take(label, 'option'),
    label,
    ...(mark === '=' && (credit === undefined || credit === 100) ? { correct: true } : {}),
    ...(credit !== undefined && !(mark === '=' && credit === 100) ? { credit } : {}),
    ...(feedback ? { feedback } : {}),
  }));
  // Moodle's "multiple answers": no option alone earns full credit, several earn part of it.
  const fullCredit = options.some((option) => option.correct === true || (option.credit ?? 0) >= 100);
  // As Moodle refuses it: no option earns anything, so no learner could ever score on the question.
  if (!options.some((option) => option.correct === true || (option.credit ?? 0) > 0)) {
    throw new QuestionProblem({ code: 'gift-no-right-answer' });
  }
  const type = !fullCredit && options.filter((option) => (option.credit ?? 0) > 0).length > 1 ? 'multiple' : 'single';
  return { ...(title ? { title } : {}), item: { ...base, type, options }, lossy };
}

/** Reads a GIFT file into a quiz, with a report of every question left out or converted with losses. */
export function fromGift(source: string, options: GiftImportOptions = {}): GiftImport {
  const report = new ReportBuilder('gift');
  const ids = new UniqueIds();
  const items: QuizItem[] = [];
  let firstCategory: string | undefined;
  const { blocks: found, comments } = blocks(source);
  // Each `/* … */` comment is said where it stands, among the questions.
  const sayComments = (before: number) => {
    while (comments[0] && comments[0].line < before) {
      const { line, end } = comments.shift() as BlockComment;
      report.add({ severity: 'info', line, note: { code: 'gift-block-comment', ...(end > line ? { field: String(end) } : {}) } });
    }
  };
  for (const block of found) {
    sayComments(block.line);
    // `$CATEGORY:` stands on its own line, usually in a block of its own.
    const categoryLine = /^\s*\$CATEGORY:(.*)(\n|$)/.exec(block.text);
    if (categoryLine) {
      const category = restoreEscapes(protectEscapes(categoryLine[1] as string)).trim();
      firstCategory ??= category;
      report.add({ severity: 'info', line: block.line, note: { code: 'gift-category', value: category } });
    }
    const questionText = categoryLine ? block.text.slice(categoryLine[0].length) : block.text;
    if (questionText.trim() === '') continue;
    const line = block.line + (categoryLine ? block.text.slice(0, categoryLine[0].length).split('\n').length - 1 : 0);
    if (block.unclosedComment) {
      // Its line is said when the question starts on another one.
      const at = block.unclosedComment === line ? undefined : String(block.unclosedComment);
      report.add({ severity: 'skipped', line, ...refusedLabel(questionText), note: { code: 'gift-comment-unclosed', ...(at ? { field: at } : {}) } });
      continue;
    }
    let parsed: ParsedQuestion;
    try {
      parsed = parseQuestion(questionText);
    } catch (problem) {
      if (!(problem instanceof QuestionProblem)) throw problem;
      report.add({ severity: 'skipped', line, ...refusedLabel(questionText), note: problem.note });
      continue;
    }
    const idNumber = block.idNumber ? restoreEscapes(block.idNumber) : undefined;
    const id = ids.take(idNumber ?? parsed.title ?? '', `q${items.length + 1}`);
    items.push({ ...parsed.item, id } as QuizItem);
    report.countConverted();
    const label = parsed.title ?? shortLine(parsed.item.prompt, 80);
    for (const note of parsed.lossy) report.add({ severity: 'lossy', line, label, note });
    if (block.tags.length) report.add({ severity: 'info', line, label, note: { code: 'gift-tags', value: block.tags.join(', ') } });
  }
  sayComments(Infinity);
  const category = firstCategory?.split('/').filter((part) => part && !part.startsWith('$')).pop();
  const title = options.title ?? (category || 'Questionnaire importé');
  const quizId = slugify(options.id ?? '') || slugify(options.title ?? '') || slugify(category ?? '') || slugify(options.sourceName ?? '') || 'questionnaire-importe';
  return { ...(items.length > 0 ? { quiz: { id: quizId, title, items } } : {}), report: report.build() };
}

// ── Export ──────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Plain text made safe in GIFT: control characters escaped, line breaks as `\n`. The text is written in Moodle's
 * format, which is HTML: a `&` that would start a character reference (`&eacute;`) and a `<` that would open a tag
 * (`<b>`) are written `&amp;` and `&lt;`, so that Moodle, and this reader, show the text as the feed has it.
 */
const giftText = (text: string): string =>
  text
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/<(?=[a-z/!])/gi, '&lt;')
    .replace(/[\\~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');

/** A credit as GIFT writes it: `%50%`, `%33.33333%`, `%-100%`. */
const giftCredit = (credit: number): string => `%${Number(credit.toFixed(5))}%`;

const feedbackPart = (feedback: string | undefined): string => (feedback ? `#${giftText(feedback)}` : '');

function answerBody(item: QuizItem): string | undefined {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options
        .map((option) => {
          const credit = optionCredit(item, option) * 100;
          const mark = item.type === 'single' && credit === 100 ? '=' : credit === 0 ? '~' : `~${giftCredit(credit)}`;
          return `\t${mark}${giftText(option.label)}${feedbackPart(option.feedback)}`;
        })
        .join('\n');
    case 'true-false': {
      const right = item.answer ? item.feedbackTrue : item.feedbackFalse;
      const wrong = item.answer ? item.feedbackFalse : item.feedbackTrue;
      const feedback = right ? `#${wrong ? giftText(wrong) : ''}#${giftText(right)}` : wrong ? `#${giftText(wrong)}` : '';
      return `${item.answer ? 'TRUE' : 'FALSE'}${feedback}`;
    }
    case 'short-answer':
      return item.answers.map((answer) => `\t=${answer.credit !== undefined && answer.credit !== 100 ? giftCredit(answer.credit) : ''}${giftText(answer.text)}${feedbackPart(answer.feedback)}`).join('\n');
    case 'numerical':
      return `#\n${item.answers
        .map((answer) => {
          const credit = answer.credit !== undefined && answer.credit !== 100 ? giftCredit(answer.credit) : '';
          const value = `${answer.value}${answer.tolerance ? `:${answer.tolerance}` : ''}`;
          return `\t=${credit}${value}${feedbackPart(answer.feedback)}`;
        })
        .join('\n')}`;
    case 'matching':
      return [
        ...item.pairs.map((pair) => `\t=${giftText(pair.prompt)} -> ${giftText(pair.match)}`),
        ...(item.distractors ?? []).map((distractor) => `\t= -> ${giftText(distractor)}`),
      ].join('\n');
    case 'text':
      return '';
    case 'instruction':
    case 'scale':
      return undefined;
  }
}

/** Writes a quiz as GIFT for Moodle, with a report of the items or details GIFT cannot hold. */
export function toGift(quiz: Quiz): { gift: string; report: ConversionReport } {
  const report = new ReportBuilder('gift');
  const questions = quiz.items.flatMap((item) => {
    if (item.type === 'scale') {
      report.add({ severity: 'skipped', path: `items.${item.id}`, label: item.prompt, note: { code: 'gift-export-scale' } });
      return [];
    }
    const lost = (
      [
        item.weight !== undefined && item.weight !== 1 ? 'weight' : '',
        item.objectives?.length ? 'objectives' : '',
        item.sequences?.length ? 'sequences' : '',
        'placeholder' in item && item.placeholder ? 'placeholder' : '',
        item.type === 'numerical' && item.unit ? 'unit' : '',
        item.type === 'short-answer' && (item.caseSensitive || item.accentSensitive) ? 'case-accent' : '',
      ] satisfies (GiftExportLoss | '')[]
    ).filter((loss) => loss !== '');
    if (lost.length) report.add({ severity: 'lossy', path: `items.${item.id}`, label: item.prompt, note: { code: 'gift-export-lost', value: lost.join(',') } });
    report.countConverted();
    const body = answerBody(item);
    const general = item.explanation ? `\n\t####${giftText(item.explanation)}` : '';
    const head = `// [id:${item.id}]\n::${giftText(item.id)}::`;
    return [body === undefined ? `${head}${giftText(item.prompt)}` : `${head}${giftText(item.prompt)} {${body.includes('\n') ? '\n' : ''}${body}${general}${body.includes('\n') || general ? '\n' : ''}}`];
  });
  const gift = [`// ${quiz.title} (training-feed-widgets, quiz ${quiz.id})`, `$CATEGORY: $course$/top/${quiz.title.replace(/\//g, '-')}`, ...questions].join('\n\n');
  return { gift: `${gift}\n`, report: report.build() };
}
