import type { Translation } from './translation.js';
import { checklist } from './en/objectives-checklist.js';
import { common } from './en/common.js';
import { programme } from './en/programme.js';
import { quiz } from './en/quiz.js';
import { sessionList } from './en/session-list.js';
import { sheetCard } from './en/sheet-card.js';
import { sheetDetails } from './en/sheet-details.js';

export const en: Translation = { common, sessionList, sheetCard, sheetDetails, programme, quiz, checklist };
