import type { Translation } from '../translation.js';

export const checklist: Translation['checklist'] = {
};
