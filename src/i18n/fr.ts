import { checklist } from './fr/objectives-checklist.js';
import { common } from './fr/common.js';
import { programme } from './fr/programme.js';
import { quiz } from './fr/quiz.js';
import { sessionList } from './fr/session-list.js';
import { sheetCard } from './fr/sheet-card.js';
import { sheetDetails } from './fr/sheet-details.js';

/**
 * The French strings, the default and the reference: every other language must have each of these keys with the
 * same signature (see `Translation`), so a missing key fails the type-check.
 * One file per element under `fr/` and `en/`.
 */
export const fr = { common, sessionList, sheetCard, sheetDetails, programme, quiz, checklist };
