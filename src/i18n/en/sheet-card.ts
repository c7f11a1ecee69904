import type { Translation } from '../translation.js';

export const sheetCard: Translation['sheetCard'] = {
};
