/**
 * An H5P Question Set (`content/content.json` of an `H5P.QuestionSet` package) as a feed quiz.
 *
 * Mapped: `H5P.MultiChoice` (single or multiple choice, per-option feedback), `H5P.TrueFalse`, `H5P.SingleChoiceSet`
 * (one single-choice item per question; H5P's first answer is the right one), `H5P.Essay` (a free-text item) and
 * `H5P.Blanks` (one short-answer item per sentence with one blank; `*a/b*` alternatives, `*a:tip*` tips). Every
 * other sub-content (drag and drop, mark the words, drag text…) and every sentence with several blanks is reported,
 * with its path in the JSON. H5P's rich text becomes plain text.
 */
import type { ChoiceOption, Quiz, QuizItem } from '../schema.js';
import type { ItemWithoutId } from './gift.js';
import { ReportBuilder, type ConversionReport } from './report.js';
import { htmlMediaAsText, mediaMessages, type MediaFound } from './quiz-media.js';
import { htmlToText, slugify, UniqueIds } from './text.js';

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

interface Converted {
  /** Items without ids yet, with the sub-content id to name them after. */
  items: { item: ItemWithoutId; key?: string }[];
  lossy: string[];
  /** Parts of the sub-content left out, each with why. */
  skipped: { path: string; message: string }[];
}

function multiChoice(params: Json, textOf: TextOf): Converted {
  const lossy: string[] = [];
  const answers = listOf(params.answers).filter(isObject);
  const ids = new UniqueIds();
  const options: ChoiceOption[] = answers.map((answer) => {
    const label = textOf(answer.text);
    const tips = isObject(answer.tipsAndFeedback) ? answer.tipsAndFeedback : {};
    const feedback = textOf(tips.chosenFeedback);
    if (plainOf(tips.tip)) lossy.push('astuce (tip) d’une option non reprise');
    return { id: ids.take(label, 'option'), label, ...(answer.correct === true ? { correct: true } : {}), ...(feedback ? { feedback } : {}) };
  });
  const prompt = textOf(params.question);
  if (!prompt || options.length < 2 || options.some((option) => !option.label)) {
    return { items: [], lossy, skipped: [{ path: '', message: 'question ou options vides, ou moins de deux options' }] };
  }
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  const correctCount = options.filter((option) => option.correct).length;
  const type = behaviour.type === 'multi' || (behaviour.type !== 'single' && correctCount !== 1) ? 'multiple' : 'single';
  return { items: [{ item: { type, prompt, options } }], lossy: [...new Set(lossy)], skipped: [] };
}

function trueFalse(params: Json, textOf: TextOf): Converted {
  const prompt = textOf(params.question);
  if (!prompt) return { items: [], lossy: [], skipped: [{ path: '', message: 'énoncé vide' }] };
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
  };
}

function singleChoiceSet(params: Json, textOf: TextOf): Converted {
  const converted: Converted = { items: [], lossy: [], skipped: [] };
  listOf(params.choices).forEach((choice, index) => {
    if (!isObject(choice)) return;
    const prompt = textOf(choice.question);
    const labels = listOf(choice.answers).map(textOf);
    if (!prompt || labels.length < 2 || labels.some((label) => !label)) {
      converted.skipped.push({ path: `.choices[${index}]`, message: 'question ou réponses vides, ou moins de deux réponses' });
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
  if (!prompt) return { items: [], lossy: [], skipped: [{ path: '', message: 'énoncé vide' }] };
  const solution = isObject(params.solution) ? textOf(params.solution.sample) : '';
  const placeholder = textOf(params.placeholderText);
  const lossy = listOf(params.keywords).length > 0 ? ['notation par mots-clés non reprise : la réponse libre n’est pas notée'] : [];
  return {
    items: [{ item: { type: 'text', prompt, ...(solution ? { explanation: solution } : {}), ...(placeholder ? { placeholder } : {}) } }],
    lossy,
    skipped: [],
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
  const converted: Converted = { items: [], lossy: [], skipped: [] };
  if (listOf(params.questions).length === 0) return { ...converted, skipped: [{ path: '', message: 'texte à trous sans aucune phrase (« questions » vide ou absent)' }] };
  const task = textOf(params.text);
  const behaviour = isObject(params.behaviour) ? params.behaviour : {};
  // H5P's default is case-sensitive.
  const caseSensitive = behaviour.caseSensitive !== false;
  if (behaviour.acceptSpellingErrors === true) converted.lossy.push('tolérance aux fautes de frappe non reprise');
  listOf(params.questions).forEach((question, index) => {
    if (typeof question !== 'string') return;
    // Blanks are found in the HTML before it is made plain, since a blank may span an <em>.
    const html = question;
    const found = blanksOf(html);
    if (found.length !== 1) {
      converted.skipped.push({ path: `.questions[${index}]`, message: found.length === 0 ? 'phrase sans blanc' : `${found.length} blancs dans une phrase : un seul blanc par question est pris en charge` });
      return;
    }
    const blank = found[0] as (typeof found)[number];
    const sentence = textOf(`${html.slice(0, blank.start)}_____${html.slice(blank.end)}`);
    if (blank.tip) converted.lossy.push('astuce d’un blanc non reprise');
    if (blank.answers.length === 0) {
      converted.skipped.push({ path: `.questions[${index}]`, message: 'blanc sans réponse' });
      return;
    }
    const prompt = task ? `${task}\n${sentence}` : sentence;
    converted.items.push({
      item: { type: 'short-answer', prompt, answers: blank.answers.map((text) => ({ text: htmlToText(text) })), ...(caseSensitive ? { caseSensitive: true, accentSensitive: true } : {}) },
    });
  });
  converted.lossy = [...new Set(converted.lossy)];
  return converted;
}

/** The picture, video or sound H5P shows above a question (`params.media`), when one was given. */
function questionMedia(params: Json): string | undefined {
  const media = isObject(params.media) && isObject(params.media.type) ? params.media.type : undefined;
  if (!media || !isObject(media.params)) return undefined;
  const library = typeof media.library === 'string' ? media.library.split(' ')[0] : '';
  const file = isObject(media.params.file) && typeof media.params.file.path === 'string' ? media.params.file.path : undefined;
  const sources = [...listOf(media.params.sources), ...listOf(media.params.files)].filter(isObject).map((source) => source.path).filter((path): path is string => typeof path === 'string');
  const kind = library === 'H5P.Image' ? 'image' : library === 'H5P.Video' ? 'vidéo' : library === 'H5P.Audio' ? 'son' : 'média';
  const path = file ?? sources[0];
  return path ? `${kind} de la question (${path}) non reprise : le flux n’a que du texte, question à revoir` : undefined;
}

const converters: Record<string, (params: Json, textOf: TextOf) => Converted> = {
  'H5P.MultiChoice': multiChoice,
  'H5P.TrueFalse': trueFalse,
  'H5P.SingleChoiceSet': singleChoiceSet,
  'H5P.Essay': essay,
  'H5P.Blanks': blanks,
};

/** The content of a Question Set: its `content.json`, or an export that wraps it in `params`. */
function questionSetOf(json: unknown): Json | undefined {
  if (isObject(json) && Array.isArray(json.questions)) return json;
  if (isObject(json) && isObject(json.params)) return questionSetOf(json.params);
  return undefined;
}

/** Where JSON.parse stopped, in French (its own message is English): « (ligne 3, colonne 7) », or nothing. */
function jsonErrorWhere(text: string, message: string): string {
  if (/end of (JSON )?input/i.test(message)) return ' : fin de fichier inattendue (fichier tronqué ?)';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return ' : ce n’est pas du JSON valide';
  const before = text.slice(0, Number(position)).split('\n');
  return ` : caractère inattendu ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Reads an H5P Question Set's `content.json` (text or parsed) into a quiz, with a report of what was left out. */
export function fromH5pQuestionSet(source: unknown, options: H5pImportOptions = {}): H5pImport {
  const report = new ReportBuilder('h5p');
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source.replace(/^\ufeff/, ''));
    } catch (error) {
      report.add({ severity: 'skipped', path: '', message: `JSON illisible${jsonErrorWhere(source, (error as Error).message)}` });
      return { report: report.build() };
    }
  }
  let set = questionSetOf(json);
  // An H5P.Blanks on its own also has `questions`, but as sentences: read as a set of that one content.
  if (set && listOf(set.questions).length > 0 && listOf(set.questions).every((question) => typeof question === 'string')) {
    report.add({ severity: 'info', path: '', message: 'content.json d’un H5P.Blanks seul (texte à trous), pas d’un H5P.QuestionSet : lu comme une série de ce seul contenu' });
    set = { questions: [{ library: 'H5P.Blanks', params: set }] };
  }
  if (!set) {
    report.add({ severity: 'skipped', path: '', message: 'pas de « questions » : ce n’est pas le content.json d’un H5P.QuestionSet' });
    return { report: report.build() };
  }
  const ids = new UniqueIds();
  const items: QuizItem[] = [];
  listOf(set.questions).forEach((question, index) => {
    const path = `questions[${index}]`;
    const library = isObject(question) && typeof question.library === 'string' ? question.library : '';
    const machineName = library.split(' ')[0] ?? '';
    const label = isObject(question) && isObject(question.metadata) && typeof question.metadata.title === 'string' ? question.metadata.title : library;
    const convert = converters[machineName];
    if (!isObject(question)) {
      report.add({ severity: 'skipped', path, message: `entrée qui n’est pas une question H5P (objet attendu, trouvé : ${question === null ? 'null' : Array.isArray(question) ? 'une liste' : typeof question === 'string' ? 'un texte' : typeof question === 'number' ? 'un nombre' : typeof question === 'boolean' ? 'un booléen' : 'rien'})` });
      return;
    }
    if (!library) {
      report.add({ severity: 'skipped', path, label, message: 'question sans « library » : type H5P inconnu' });
      return;
    }
    if (!convert) {
      report.add({ severity: 'skipped', path, label, message: `type H5P non pris en charge : ${library}` });
      return;
    }
    if (!isObject(question.params)) {
      report.add({ severity: 'skipped', path, label, message: `question ${machineName} incomplète : « params » manquant` });
      return;
    }
    const media: MediaFound[] = [];
    const converted = convert(question.params, textWithMedia(media));
    const shownMedia = questionMedia(question.params);
    if (converted.items.length > 0) converted.lossy.push(...(shownMedia ? [shownMedia] : []), ...mediaMessages(media));
    const key = typeof question.subContentId === 'string' ? question.subContentId : '';
    converted.items.forEach(({ item, key: ownKey }, n) => {
      const wanted = ownKey ?? (key && converted.items.length > 1 ? `${key}-${n + 1}` : key);
      const id = ids.take(wanted, `q${items.length + 1}`);
      items.push({ ...item, id } as QuizItem);
      report.countConverted();
    });
    for (const message of converted.lossy) report.add({ severity: 'lossy', path, label, message });
    for (const part of converted.skipped) report.add({ severity: 'skipped', path: `${path}${part.path}`, label, message: part.message });
  });
  const intro = isObject(set.introPage) ? set.introPage : {};
  const introTitle = plainOf(intro.title);
  const title = options.title ?? (introTitle || 'Questionnaire importé');
  const description = plainOf(intro.introduction);
  const passScore = typeof set.passPercentage === 'number' && set.passPercentage >= 0 && set.passPercentage <= 100 ? set.passPercentage : undefined;
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
        };
  return { ...(quiz ? { quiz } : {}), report: report.build() };
}
