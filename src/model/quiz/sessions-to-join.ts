/**
 * From positioning to a session: after a pre-training quiz, the sessions the learner can still register for, in
 * the trainings the result points at — those its band recommends (by training, or by the module of a sequence),
 * then those delivering the module of its weakest sequences, then the quiz's own training.
 */
import type { Feed, Quiz, Training } from '../schema.js';
import type { StoredQuizResult } from '../learner-records.js';
import { isRegistrationOpen, sessionEntries, sessionStatus, type SessionEntry } from '../sessions.js';
import { bandFor, weakestSequences } from './scoring.js';

/** The trainings delivering the module of `sequenceId`. */
function trainingsForSequence(feed: Feed, sequenceId: string): Training[] {
  const programme = feed.programmes.find((p) => p.modules.some((m) => m.sequences.some((s) => s.id === sequenceId)));
  const module = programme?.modules.find((m) => m.sequences.some((s) => s.id === sequenceId));
  return programme && module ? feed.trainings.filter((t) => t.programme === programme.id && t.module === module.id) : [];
}

/** At most `limit` sessions open for registration on `today`, in the order of the trainings the result points at. */
export function sessionsToJoin(feed: Feed, quiz: Quiz, result: StoredQuizResult, today: string, trainingId = quiz.training, limit = 3): SessionEntry[] {
  const band = bandFor(quiz.bands, result.overall);
  const pointed = [
    ...(band?.recommendations ?? []).flatMap((rec) =>
      rec.training ? feed.trainings.filter((t) => t.id === rec.training) : rec.sequence ? trainingsForSequence(feed, rec.sequence) : [],
    ),
    ...weakestSequences(result).flatMap((id) => trainingsForSequence(feed, id)),
    ...feed.trainings.filter((t) => t.id === trainingId),
  ];
  const order = [...new Set(pointed.map((t) => t.id))];
  return order
    .flatMap((id) => sessionEntries(feed, id).filter((entry) => isRegistrationOpen(sessionStatus(entry, today))))
    .slice(0, limit);
}
