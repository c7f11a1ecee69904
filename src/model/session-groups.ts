import type { Training } from './schema.js';
import type { IndexedSession } from './session-filters.js';

/** How a session list groups its entries: by month (default), training, region, or not at all. */
export type SessionGrouping = 'month' | 'training' | 'region' | 'none';

export const groupings: readonly SessionGrouping[] = ['month', 'training', 'region', 'none'];

/** What tells one group from the next. */
export function groupKey(groupBy: SessionGrouping): (item: IndexedSession) => string {
  switch (groupBy) {
    case 'month':
      // Sessions without a known start come last, in their own group: permanent entry, then dates to be announced.
      return (item) => item.entry.start.slice(0, 7) || (item.entry.session.permanentEntry ? 'permanent' : 'undated');
    case 'training':
      return (item) => item.entry.training.id;
    case 'region':
      return (item) => item.region ?? '';
    case 'none':
      return () => '';
  }
}

/**
 * Sorts chronological `results` (in place) so that groups by training or region follow each other in the order of
 * their `label`; `Array.prototype.sort` is stable, so that within a group sessions keep their chronological order.
 * Months need nothing: the chronological order is theirs.
 */
export function sortForGrouping(results: IndexedSession[], groupBy: SessionGrouping, label: (item: IndexedSession) => string, compare: (a: string, b: string) => number): IndexedSession[] {
  if (groupBy !== 'training' && groupBy !== 'region') return results;
  const key = groupKey(groupBy);
  return results.sort((a, b) => compare(label(a), label(b)) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Consecutive entries with the same key, as groups. */
export function groupSessions(items: readonly IndexedSession[], groupBy: SessionGrouping): { key: string; items: IndexedSession[] }[] {
  const key = groupKey(groupBy);
  const groups: { key: string; items: IndexedSession[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups[groups.length - 1];
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

/** A training's group heading: "Aller vers les publics – IRTS Franche-Comté" (the dash never starts a line). */
export function trainingGroupLabel(training: Training): string {
  return `${training.title}\u00a0– ${training.provider.name}`;
}
