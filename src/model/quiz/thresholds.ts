/**
 * The two score thresholds the widgets use when a quiz of the feed sets no `passScore`, in one place so that they
 * are never confused: they answer different questions.
 */

/** Below this score (0–100), a framework sequence is listed « à consolider » on the quiz's result. */
export const sequenceToConsolidateBelow = 50;

/** From this score (0–100) on, the objectives checklist suggests « Acquis » for an objective the quiz measured. */
export const objectiveAcquiredFrom = 70;
