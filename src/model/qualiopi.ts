import type { Training } from './schema.js';

/**
 * What Qualiopi's indicator 1 requires a training body to publish, in the order of the référentiel national
 * qualité. Each name is also the key of the matching section title in the `sheetCard` strings.
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
] as const;

export type QualiopiItem = (typeof qualiopiItems)[number];

const hasItems = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;

/** Whether the feed publishes the item for this training. An empty prerequisites list is published ("Pas de prérequis"). */
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
};

/** The indicator-1 items the feed does not publish for `training`, in the référentiel's order. */
export function missingQualiopiItems(training: Training): QualiopiItem[] {
  return qualiopiItems.filter((item) => !isPublished[item](training));
}
