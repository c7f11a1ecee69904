/**
 * Several feeds as one: an OPCO page listing the sessions of several training bodies (`<tf-feed src="a.json
 * b.xml">`), or an import added to an existing feed (`import --into`). Ids must stay unique across the result,
 * so collisions are resolved by one rule, and each is returned for the caller to report:
 *
 * - the same item (same id, same content) in two sources is kept once;
 * - `rename` (the default): a different item whose id an earlier source already uses gets the first free
 *   `<id>-2`, `<id>-3`…, and the references to it inside its own source follow;
 * - `replace`: the later source's item replaces the earlier one in place (re-importing a catalogue updates it).
 */
import type { Feed, Programme, Quiz, Training } from './schema.js';

export type CollisionKind = 'training' | 'session' | 'quiz' | 'programme';

export interface Collision {
  kind: CollisionKind;
  id: string;
  /** Index of the source (in the order given) whose item collided with an earlier one. */
  source: number;
  resolution: 'same' | 'renamed' | 'replaced';
  /** The new id, when renamed. */
  renamedTo?: string;
}

export interface MergeResult {
  feed: Feed;
  collisions: Collision[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function freeId(id: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

/** Merges `feeds` in order; the first one's title and publisher win. */
export function mergeFeeds(feeds: readonly Feed[], onCollision: 'rename' | 'replace' = 'rename'): MergeResult {
  const [first] = feeds;
  const result: Feed = { version: first?.version ?? 1, trainings: [], quizzes: [], programmes: [] };
  if (first?.title) result.title = first.title;
  if (first?.publisher) result.publisher = first.publisher;
  const updated = feeds.map((feed) => feed.updated).filter((date): date is string => date !== undefined).sort().at(-1);
  if (updated) result.updated = updated;
  const collisions: Collision[] = [];
  const sourceOf = new Map<Training, number>();

  feeds.forEach((feed, source) => {
    const renamedTrainings = new Map<string, string>();
    const renamedProgrammes = new Map<string, string>();
    const place = <T extends { id: string }>(kind: CollisionKind, list: T[], item: T, renamed: Map<string, string>): T | undefined => {
      const index = list.findIndex((existing) => existing.id === item.id);
      if (index === -1) return item;
      const existing = list[index];
      if (same(existing, item)) {
        collisions.push({ kind, id: item.id, source, resolution: 'same' });
        return undefined;
      }
      if (onCollision === 'replace') {
        collisions.push({ kind, id: item.id, source, resolution: 'replaced' });
        list.splice(index, 1);
        return item;
      }
      const renamedTo = freeId(item.id, new Set(list.map((entry) => entry.id)));
      renamed.set(item.id, renamedTo);
      collisions.push({ kind, id: item.id, source, resolution: 'renamed', renamedTo });
      return { ...item, id: renamedTo };
    };

    for (const programme of feed.programmes) {
      const kept = place<Programme>('programme', result.programmes, programme, renamedProgrammes);
      if (kept) result.programmes.push(kept);
    }
    for (const training of feed.trainings) {
      const kept = place<Training>('training', result.trainings, training, renamedTrainings);
      if (!kept) continue;
      const programme = kept.programme === undefined ? undefined : (renamedProgrammes.get(kept.programme) ?? kept.programme);
      const merged = { ...kept, ...(programme === undefined ? {} : { programme }) };
      sourceOf.set(merged, source);
      result.trainings.push(merged);
    }
    for (const quiz of feed.quizzes) {
      const kept = place<Quiz>('quiz', result.quizzes, quiz, new Map());
      if (!kept) continue;
      const training = kept.training === undefined ? undefined : (renamedTrainings.get(kept.training) ?? kept.training);
      const programme = kept.programme === undefined ? undefined : (renamedProgrammes.get(kept.programme) ?? kept.programme);
      const bands = kept.bands?.map((band) => ({
        ...band,
        ...(band.recommendations
          ? { recommendations: band.recommendations.map((r) => (r.training === undefined ? r : { ...r, training: renamedTrainings.get(r.training) ?? r.training })) }
          : {}),
      }));
      result.quizzes.push({ ...kept, ...(training === undefined ? {} : { training }), ...(programme === undefined ? {} : { programme }), ...(bands ? { bands } : {}) });
    }
  });
  // Session ids are unique across the whole feed: a later session whose id is taken is renamed.
  const sessionIds = new Set<string>();
  result.trainings = result.trainings.map((training) => ({
    ...training,
    sessions: training.sessions.map((session) => {
      if (!sessionIds.has(session.id)) {
        sessionIds.add(session.id);
        return session;
      }
      const renamedTo = freeId(session.id, sessionIds);
      sessionIds.add(renamedTo);
      collisions.push({ kind: 'session', id: session.id, source: sourceOf.get(training) ?? 0, resolution: 'renamed', renamedTo });
      return { ...session, id: renamedTo };
    }),
  }));
  return { feed: result, collisions };
}
