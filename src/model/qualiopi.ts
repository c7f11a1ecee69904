import type { Training } from './schema.js';

/**
 * What Qualiopi's référentiel national qualité requires a training body to publish about each training, in the
 * référentiel's order: indicator 1 (public, dated information; for certifying courses the certification), indicator
 * 2 (results) and indicator 26 (the disability referent). Each name is also the key of the matching section title
 * in the `sheetCard` strings.
 */
export const qualiopiItems = [
  'prerequisites',
  'objectives',
  'duration',
  'access',
  'price',
  'contacts',
  'methods',
  'evaluation',
  'accessibility',
  'updated',
  'certification',
  'results',
  'disabilityReferent',
] as const;

export type QualiopiItem = (typeof qualiopiItems)[number];

/** The indicator of the référentiel national qualité that requires each item. */
export const qualiopiIndicator: Record<QualiopiItem, 1 | 2 | 26> = {
  prerequisites: 1,
  objectives: 1,
  duration: 1,
  access: 1,
  price: 1,
  contacts: 1,
  methods: 1,
  evaluation: 1,
  accessibility: 1,
  updated: 1,
  certification: 1,
  results: 2,
  disabilityReferent: 26,
};

const hasItems = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;

/**
 * Whether the feed publishes the item for this training. An empty prerequisites list is published ("Pas de
 * prérequis"). The certification is only required of certifying courses: its code (RNCP or RS), certifier and
 * registration date.
 */
const isPublished: Record<QualiopiItem, (training: Training) => boolean> = {
  prerequisites: (training) => training.prerequisites !== undefined,
  objectives: (training) => hasItems(training.objectives),
  duration: (training) => training.duration !== undefined,
  access: (training) => training.access !== undefined,
  price: (training) => training.price?.amount !== undefined || training.price?.label !== undefined,
  contacts: (training) => hasItems(training.contacts),
  methods: (training) => hasItems(training.methods),
  evaluation: (training) => hasItems(training.evaluation),
  accessibility: (training) => training.accessibility !== undefined,
  updated: (training) => training.updated !== undefined,
  certification: ({ certifying, certification }) =>
    (certifying !== true && certification === undefined) ||
    (certification !== undefined &&
      (certification.rncp !== undefined || certification.rs !== undefined) &&
      certification.certifier !== undefined &&
      certification.registeredOn !== undefined),
  results: (training) => hasItems(training.results),
  disabilityReferent: (training) => training.disabilityReferent !== undefined,
};

/** The Qualiopi items the feed does not publish for `training`, in the référentiel's order. */
export function missingQualiopiItems(training: Training): QualiopiItem[] {
  return qualiopiItems.filter((item) => !isPublished[item](training));
}
