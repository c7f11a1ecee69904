/**
 * The training feed: one JSON document that holds training offers (LHEO's formation → action → session,
 * schema.org's Course → CourseInstance), the national frameworks they belong to and positioning quizzes.
 *
 * Written with `zod/mini` to keep the drop-in small. Every TypeScript type of the feed is inferred from
 * this module (`z.infer`), and `dist/feed.schema.json` is generated from it at build time.
 *
 * Forward compatibility: objects strip unknown keys instead of refusing them.
 */
import * as z from 'zod/mini';
import { endsBeforeStart } from './calendar.js';
import { checkFeedReferences } from './feed-references.js';
import { inheritNothing } from './own-data.js';
import { skipAbsentOptionalKeys } from './sparse-objects.js';

/** Non-blank text, trimmed. A pattern rather than a length, so that the JSON Schema refuses "  " too (`"\\S"`). */
const text = z.string().check(z.regex(/\S/, 'texte non vide attendu'), z.trim());
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'identifiant attendu (lettres, chiffres, « - », « _ », « . », « : »)'));
const textList = z.array(text);

/** `2023-09-25`: a calendar date, shown on the same day in every time zone. */
export const isoDate = z.iso.date({ error: 'date ISO 8601 attendue (AAAA-MM-JJ)' });
/** Whether `value` is a day as isoDate accepts one (`2024-02-29`, not `2023-02-30`): its own pattern, without a parse. */
export const isIsoDate = (value: string): boolean => z.core.regexes.date.test(value);
/** `2023-09-25` or `2023-09-25T09:30:00+02:00` (seconds optional): a date, or an instant with its offset. */
export const isoDateOrDateTime = z.union([isoDate, z.iso.datetime({ offset: true, local: false })], {
  error: 'date ISO 8601 attendue (AAAA-MM-JJ, ou AAAA-MM-JJTHH:MM:SS+HH:MM)',
});
/**
 * The links the widgets follow: `http(s)://` with a host, `mailto:` with an address, `tel:` with a number. One regular
 * expression, so that the JSON Schema (its `pattern`) and the library give the same verdict. Accented paths are
 * allowed (browsers encode them); white space only inside a `tel:` number ("tel:+33 3 88 00 00 00").
 */
export const linkPattern = /^(?:https?:\/\/[^\s/?#@:[\]]+(?::\d{1,5})?(?:[/?#]\S*)?|mailto:[^\s@]+@[^\s@]+|tel:\+?\d[\d .()-]*)$/;
const url = z.string().check(z.regex(linkPattern, 'adresse https:, http:, mailto: ou tel: attendue'));
const email = z.email({ error: 'adresse e-mail attendue' });
const nonNegativeInt = z.int().check(z.nonnegative());

/**
 * Optional fields of the same kind share one schema: one zod instance each instead of one per field (fewer bytes, less
 * work when the module loads), with the same verdicts, messages and JSON Schema.
 */
const optionalText = z.optional(text);
const optionalTextList = z.optional(textList);
/** Paragraphs of running text, in reading order. */
const optionalParagraphs = optionalTextList;
const optionalId = z.optional(id);
const optionalIdList = z.optional(z.array(id));
const optionalUrl = z.optional(url);
const optionalBoolean = z.optional(z.boolean());
const optionalDate = z.optional(isoDate);
const optionalDateOrDateTime = z.optional(isoDateOrDateTime);
const optionalCount = z.optional(nonNegativeInt);
const optionalPositive = z.optional(z.number().check(z.positive()));

/**
 * A rule between two fields of an object: `broken` says what is wrong, reported at `field`. A plain check rather than
 * z.superRefine, which gives every value it checks a new function (`ctx.addIssue`): that showed at 10,000 sessions.
 */
function crossFieldRule<T>(broken: (value: T) => string | undefined, field: keyof T & string): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    const message = broken(payload.value);
    if (message) payload.issues.push({ code: 'custom', path: [field], message, input: payload.value[field], continue: true });
  });
}

/** Latitude and longitude in decimal degrees (WGS 84), as LHEO's `geolocalisation`. */
export const geoSchema = z.object({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});

export const placeSchema = z.object({
  name: optionalText,
  address: optionalText,
  postalCode: optionalText,
  city: optionalText,
  region: optionalText,
  country: optionalText,
  geo: z.optional(geoSchema),
});

const optionalPlace = z.optional(placeSchema);

export const organisationSchema = z.object({
  name: text,
  /** e.g. "IRTS", "OPCO", "Ministère". */
  kind: optionalText,
  region: optionalText,
  url: optionalUrl,
  email: z.optional(email),
  phone: optionalText,
  /** The establishment's 14-digit SIRET number. */
  siret: z.optional(z.string().check(z.regex(/^\d{14}$/, '14 chiffres attendus'))),
  /** The training body's "numéro de déclaration d'activité" (11 characters). */
  activityNumber: optionalText,
  address: optionalPlace,
});

export const personSchema = z.object({
  name: text,
  /** As published: "Chargée de projets", "Interlocuteur Opco Santé". */
  role: optionalText,
  organisation: optionalText,
  email: z.optional(email),
  phone: optionalText,
});

const optionalPeople = z.optional(z.array(personSchema));

export const partnerSchema = z.object({
  name: text,
  /** `co-funding` for "Partenariat & cofinancement"; free text otherwise. */
  role: z.optional(z.enum(['co-funding', 'funding', 'partner', 'pedagogical'])),
  description: optionalText,
  url: optionalUrl,
});

/**
 * How precisely a date is known. Offers often announce only a month ("septembre 2017", LHEO's `20170900`) or a
 * year (`20170000`): the date then holds the first day of that month or year for a start, the last for an end,
 * and widgets show only what is known.
 */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);

/** LHEO's teaching modes: 0 in person, 1 blended, 2 remote. */
export const sessionModeSchema = z.enum(['in-person', 'remote', 'blended']);

/** Every teaching mode, in the schema's order: the filters' choices, the converters' tables. */
export const sessionModes = sessionModeSchema.options;

/** One continuous range of days. `end` absent means a single day, unless `openEnded`. */
export const dateRangeSchema = z.object({
  start: isoDateOrDateTime,
  end: optionalDateOrDateTime,
  /** Absent: `day`. */
  startPrecision: z.optional(datePrecisionSchema),
  endPrecision: z.optional(datePrecisionSchema),
  /** The end is not known or not set (LHEO's `99999999`): "À partir du …". `end` is then absent. */
  openEnded: optionalBoolean,
  /** What happens in this range: "E-learning (7 h de travail personnel)", "Classe virtuelle". */
  label: optionalText,
  mode: z.optional(sessionModeSchema),
}).check(
  crossFieldRule((range) => (range.end !== undefined && endsBeforeStart(range.start, range.end) ? `fin (${range.end}) antérieure au début (${range.start})` : undefined), 'end'),
);

export const sessionSchema = z.object({
  id,
  /** As published: "Groupe 1". */
  label: optionalText,
  mode: sessionModeSchema,
  place: optionalPlace,
  /**
   * Every range of the session in order; an e-learning period and then a virtual class day is two ranges.
   * Empty only when the dates are not known yet ("Dates à venir", LHEO's `00000000`) or when entry is permanent.
   */
  dates: z.array(dateRangeSchema),
  /** "Entrées et sorties permanentes": learners start at any time (within `dates` when given). */
  permanentEntry: optionalBoolean,
  /** Overrides the training's deadline for this session. */
  registrationDeadline: optionalDate,
  /** First day of registration (LHEO's `periode-inscription` start). */
  registrationOpens: optionalDate,
  registrationUrl: optionalUrl,
  /** Where to send an application (LHEO's `adresse-inscription`). */
  registrationAddress: optionalPlace,
  seats: z.optional(
    z.object({ total: optionalCount, remaining: optionalCount }).check(
      crossFieldRule(({ total, remaining }) => (total !== undefined && remaining !== undefined && remaining > total ? `places restantes (${remaining}) supérieures au total (${total})` : undefined), 'remaining'),
    ),
  ),
  /** Only what dates cannot tell: a cancelled session. Open, closing soon, closed, full and past are computed. */
  cancelled: optionalBoolean,
  /** The body's own recruitment state (LHEO's `etat-recrutement`): `closed` and `suspended` close registration. */
  recruitment: z.optional(z.enum(['open', 'closed', 'suspended'])),
  contacts: optionalPeople,
  speakers: optionalPeople,
  note: optionalText,
});

export const objectiveSchema = z.object({
  id,
  text,
  /** The framework sequences this objective serves. */
  sequences: optionalIdList,
});

export const contentBlockSchema = z.object({
  /** "Jour 1", "Jour 3"; absent when the sheet lists content without days. */
  label: optionalText,
  title: optionalText,
  /** As published: "1/2 journée". */
  duration: optionalText,
  /** Set when the block is reserved to part of the audience, e.g. "Cadres (chefs de service, directions)". */
  reservedFor: optionalText,
  items: textList,
});

export const durationSchema = z.object({
  /** As published: "Maximum 3 jours / 21 heures". */
  label: text,
  days: optionalPositive,
  hours: optionalPositive,
});

export const personalWorkSchema = z.object({
  hours: optionalPositive,
  /** Over how many days the work is spread. */
  periodDays: optionalCount,
  /** As published: "Prévoir de dégager 7h de travail personnel sur 15 jours pour valider le jour 1…". */
  description: text,
});

export const priceSchema = z.object({
  amount: z.optional(z.number().check(z.nonnegative())),
  /** ISO 4217 code: `EUR`. */
  currency: z.optional(z.string().check(z.regex(/^[A-Za-z]{3}$/, 'code de devise ISO 4217 attendu (EUR)'))),
  /** "Pris en charge par l'OPCO", "Gratuit pour les adhérents". */
  label: optionalText,
});

/** A certifying course's certification (Qualiopi indicator 1): its RNCP or RS code, certifier and registration date. */
export const certificationSchema = z.object({
  /** "RNCP35830" (France compétences' national register of professional certifications). */
  rncp: z.optional(z.string().check(z.regex(/^RNCP\d{1,6}$/, 'RNCP suivi de chiffres attendu'))),
  /** "RS5487" (the specific register). */
  rs: z.optional(z.string().check(z.regex(/^RS\d{1,6}$/, 'RS suivi de chiffres attendu'))),
  /** Who issues it: "Ministère du Travail", "Université de Lille". */
  certifier: optionalText,
  /** Date of registration in the register. */
  registeredOn: optionalDate,
  /** Carif-Oref's Certif Info number. */
  certifInfo: optionalText,
  title: optionalText,
});

/** A funder by its LHEO `code-financeur` (16 OPCO, 10 the learner, 2 the region…), with the seats it funds. */
export const funderCodeSchema = z.object({
  code: z.string().check(z.regex(/^\d{1,2}$/, 'code financeur LHEO attendu')),
  seats: optionalCount,
});

export const fundingSchema = z.object({
  /** Whether the fees can be covered by a funder at all (LHEO's `prise-en-charge-frais-possible`). */
  coverageAvailable: optionalBoolean,
  /** Eligible to the Compte personnel de formation. */
  cpf: optionalBoolean,
  /** Funded by an OPCO, and on which terms. */
  opco: optionalBoolean,
  opcoConditions: optionalText,
  /** Funding terms in general (LHEO's `detail-conditions-prise-en-charge`). */
  conditions: optionalText,
  /** What is left for the learner to pay (LHEO's `frais-restants`). */
  remainingCost: z.optional(priceSchema),
  funders: z.optional(z.array(funderCodeSchema)),
});

/** A published result (Qualiopi indicator 2): a rate, over how many people, over which period. */
export const resultSchema = z.object({
  kind: z.enum(['satisfaction', 'success', 'completion', 'employment']),
  /** Percentage, 0 to 100. */
  rate: z.number().check(z.gte(0), z.lte(100)),
  sampleSize: optionalCount,
  periodStart: optionalDate,
  periodEnd: optionalDate,
  /** As published: "Taux de satisfaction des stagiaires 2023". */
  label: optionalText,
});

/** National classification codes, as LHEO carries them. */
export const classificationSchema = z.object({
  formacode: optionalTextList,
  nsf: optionalTextList,
  rome: optionalTextList,
  /** Formacode of the audience ("80056" tout public). */
  audienceFormacode: optionalTextList,
});

export const trainingSchema = z.object({
  id,
  /** The publisher's own number for the sheet, e.g. "04". */
  reference: optionalText,
  title: text,
  subtitle: optionalText,
  /** The framework this training delivers, and which of its modules. */
  programme: optionalId,
  module: optionalId,
  sectors: optionalTextList,
  audience: optionalText,
  duration: z.optional(durationSchema),
  provider: organisationSchema,
  /** Who publishes the sheet and funds the training: "OPCO Santé", region, scheme. */
  funder: z.optional(
    z.object({ name: text, region: optionalText, scheme: optionalText, url: optionalUrl }),
  ),
  registrationDeadline: optionalDate,
  /** Access terms and lead time (Qualiopi indicator 1). */
  access: optionalText,
  partners: z.optional(z.array(partnerSchema)),
  contacts: optionalPeople,
  speakers: optionalPeople,
  context: optionalParagraphs,
  objectives: z.optional(z.array(objectiveSchema)),
  /** Expected results: what the learner will be able to do, or the qualification obtained (LHEO's `resultats-attendus`). */
  outcomes: optionalTextList,
  /** Empty array: published as "Pas de prérequis". Absent: not published. */
  prerequisites: optionalTextList,
  content: z.optional(z.array(contentBlockSchema)),
  personalWork: z.optional(personalWorkSchema),
  methods: optionalTextList,
  evaluation: optionalTextList,
  price: z.optional(priceSchema),
  /** Access conditions for disabled people (Qualiopi indicator 1). */
  accessibility: optionalText,
  /** The named disability referent (Qualiopi indicator 26). */
  disabilityReferent: z.optional(personSchema),
  /** When this information was last updated: Qualiopi indicator 1 wants it dated. */
  updated: optionalDateOrDateTime,
  /** Whether the course leads to a certification (LHEO's `certifiante`). */
  certifying: optionalBoolean,
  certification: z.optional(certificationSchema),
  funding: z.optional(fundingSchema),
  results: z.optional(z.array(resultSchema)),
  classification: z.optional(classificationSchema),
  /** The training's own page, e.g. the sheet on the funder's site. */
  url: optionalUrl,
  language: optionalText,
  sessions: z.array(sessionSchema),
});

export const sequenceSchema = z.object({
  id,
  number: nonNegativeInt,
  title: text,
  description: optionalText,
});

export const moduleSchema = z.object({
  id,
  number: nonNegativeInt,
  title: text,
  /** "2 à 3 jours". */
  duration: optionalText,
  audience: optionalText,
  prerequisites: optionalText,
  /** Ids of modules to follow first (module 2 requires module 1, or existing practice). */
  requires: optionalIdList,
  sequences: z.array(sequenceSchema),
});

export const programmeSectionSchema = z.object({
  title: text,
  paragraphs: optionalParagraphs,
  items: z.optional(
    z.array(z.object({ text, subitems: optionalTextList })),
  ),
});

export const programmeSchema = z.object({
  id,
  title: text,
  subtitle: optionalText,
  /** "Délégation interministérielle à la prévention et à la lutte contre la pauvreté". */
  issuer: optionalText,
  publishers: z.optional(z.array(organisationSchema)),
  tags: optionalTextList,
  context: optionalParagraphs,
  /** "Les formations hors cadre … ne pourront bénéficier d'une prise en charge financière." */
  fundingRule: optionalText,
  audience: z.optional(z.object({ description: text, priority: optionalText, openTo: optionalText })),
  sections: z.optional(z.array(programmeSectionSchema)),
  modules: z.array(moduleSchema),
  partners: z.optional(z.array(partnerSchema)),
  url: optionalUrl,
  /** "Pour prendre connaissance de l'intégralité de la note de cadrage officielle". */
  urlLabel: optionalText,
});

const quizItemBase = {
  id,
  prompt: text,
  /** Shown after answering, whatever the answer (GIFT's general feedback `####`). */
  explanation: optionalText,
  /** Objectives (of the quiz's training) and framework sequences this item measures. */
  objectives: optionalIdList,
  sequences: optionalIdList,
  /**
   * How much this item counts in the overall, objective and sequence scores, relative to the others (default 1):
   * an item of weight 2 counts twice as much as an item of weight 1.
   */
  weight: optionalPositive,
};

/**
 * Credit of an answer in percent of the item's score, from -100 to 100, as GIFT writes it (`~%50%`, `~%-100%`).
 * Credits of the picked options add up; the item's score is then bounded to 0–100 %, so that a negative credit
 * takes points back within its item but never from other items.
 */
const credit = z.number().check(z.gte(-100), z.lte(100));
/** Credit of an accepted answer (short answer, numerical): 0 to 100 % of the item's score, 100 by default. */
const answerCredit = z.number().check(z.gte(0), z.lte(100));

export const choiceOptionSchema = z.object({
  id,
  label: text,
  correct: optionalBoolean,
  /**
   * Partial or negative credit, in percent. Without it: single choice, 100 for the `correct` option and 0 for the
   * others; multiple choice, 100 / n for each of the n `correct` options and −100 / n for each other option.
   */
  credit: z.optional(credit),
  /** Shown when this option is picked. */
  feedback: optionalText,
});

export const acceptedTextSchema = z.object({
  /** An accepted answer; `*` stands for any run of characters (Moodle's wildcard). */
  text,
  credit: z.optional(answerCredit),
  /** Shown when the learner's answer matches this one. */
  feedback: optionalText,
});

/** Numbers accepted from `value` − `tolerance` to `value` + `tolerance` (0 by default); a range is its middle ± half its width. */
export const acceptedNumberSchema = z.object({
  value: z.number(),
  tolerance: z.optional(z.number().check(z.nonnegative())),
  credit: z.optional(answerCredit),
  feedback: optionalText,
});

export const matchingPairSchema = z.object({
  id,
  /** The left-hand part the learner matches, e.g. "Canada". */
  prompt: text,
  /** Its right answer, e.g. "Ottawa"; the learner picks it among every pair's `match` and the `distractors`. */
  match: text,
});

/**
 * One quiz item, told apart by `type`. A plain union, not `z.discriminatedUnion`: zod builds that one's lookup table
 * with a `for…in` over each shape, which also walks keys a host page adds to `Object.prototype`, and throws.
 * parse-feed.ts reports the issues of the branch whose `type` matched, as a discriminated union would.
 */
export const quizItemSchema = z.union([
  z.object({ ...quizItemBase, type: z.literal('single'), options: z.array(choiceOptionSchema).check(z.minLength(2)) }),
  z.object({ ...quizItemBase, type: z.literal('multiple'), options: z.array(choiceOptionSchema).check(z.minLength(2)) }),
  z.object({
    ...quizItemBase,
    type: z.literal('true-false'),
    answer: z.boolean(),
    feedbackTrue: optionalText,
    feedbackFalse: optionalText,
  }),
  z.object({
    ...quizItemBase,
    type: z.literal('scale'),
    /** From the lowest to the highest self-rating, 4 or 5 levels. */
    levels: z.array(z.object({ label: text })).check(z.minLength(2), z.maxLength(7)),
  }),
  z.object({ ...quizItemBase, type: z.literal('text'), placeholder: optionalText }),
  z.object({
    ...quizItemBase,
    type: z.literal('short-answer'),
    /** The best credit among the answers the learner's matches is the item's score. */
    answers: z.array(acceptedTextSchema).check(z.minLength(1)),
    /** Default false: "Paris" and "paris" are the same answer. */
    caseSensitive: optionalBoolean,
    /** Default false: "Bethléem" and "Bethleem" are the same answer. */
    accentSensitive: optionalBoolean,
    placeholder: optionalText,
  }),
  z.object({
    ...quizItemBase,
    type: z.literal('numerical'),
    /** The best credit among the answers the learner's number falls in is the item's score. */
    answers: z.array(acceptedNumberSchema).check(z.minLength(1)),
    /** Shown after the number field, e.g. "ans", "€". */
    unit: optionalText,
  }),
  z.object({
    ...quizItemBase,
    type: z.literal('matching'),
    pairs: z.array(matchingPairSchema).check(z.minLength(2)),
    /** Wrong answers offered with the pairs' matches. */
    distractors: optionalTextList,
  }),
  /** A passage of instructions between items (GIFT's description): shown, never answered nor scored. */
  z.object({ ...quizItemBase, type: z.literal('instruction') }),
], { error: 'type de question attendu : single, multiple, true-false, scale, text, short-answer, numerical, matching ou instruction' });

export const resultBandSchema = z.object({
  /** Lowest overall score (0 to 100) of this band. */
  min: z.number().check(z.gte(0), z.lte(100)),
  title: text,
  message: optionalText,
  recommendations: z.optional(
    z.array(z.object({ text, training: optionalId, sequence: optionalId, url: optionalUrl })),
  ),
});

export const quizSchema = z.object({
  id,
  title: text,
  description: optionalText,
  training: optionalId,
  programme: optionalId,
  estimatedMinutes: optionalPositive,
  /** `immediate`: feedback after each answer; `end`: on the result only. */
  correction: z.optional(z.enum(['immediate', 'end'])),
  shuffleItems: optionalBoolean,
  shuffleOptions: optionalBoolean,
  /** Score (0 to 100) from which an objective counts as reached. */
  passScore: z.optional(z.number().check(z.gte(0), z.lte(100))),
  items: z.array(quizItemSchema).check(z.minLength(1, 'au moins une question attendue')),
  bands: z.optional(z.array(resultBandSchema)),
});

export const feedSchema = z
  .object({
    version: z.number({ error: 'numéro de version attendu' }),
    title: optionalText,
    publisher: z.optional(organisationSchema),
    updated: optionalDateOrDateTime,
    trainings: z.array(trainingSchema),
    quizzes: z.array(quizSchema),
    programmes: z.array(programmeSchema),
  })
  .check(
    // zod builds the result with fresh ordinary objects: on a page that added to Object.prototype, they are given a
    // prototype that inherits nothing (in place, no copy), so that no absent field reads the page's value (own-data.ts).
    z.overwrite(inheritNothing),
    // Unique ids and references: what JSON Schema cannot say (feed-references.ts).
    z.check(checkFeedReferences),
  );

// Every object of the feed validated at the cost of the keys it has (sparse-objects.ts).
skipAbsentOptionalKeys(feedSchema);

export type Feed = z.infer<typeof feedSchema>;
export type Training = z.infer<typeof trainingSchema>;
export type TrainingSession = z.infer<typeof sessionSchema>;
export type SessionMode = z.infer<typeof sessionModeSchema>;
export type DateRange = z.infer<typeof dateRangeSchema>;
export type Place = z.infer<typeof placeSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Funding = z.infer<typeof fundingSchema>;
export type TrainingResult = z.infer<typeof resultSchema>;
export type Person = z.infer<typeof personSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type ContentBlock = z.infer<typeof contentBlockSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type ProgrammeModule = z.infer<typeof moduleSchema>;
export type Sequence = z.infer<typeof sequenceSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type AcceptedText = z.infer<typeof acceptedTextSchema>;
export type AcceptedNumber = z.infer<typeof acceptedNumberSchema>;
export type MatchingPair = z.infer<typeof matchingPairSchema>;
export type ResultBand = z.infer<typeof resultBandSchema>;
