import type { Translation } from '../translation.js';

export const quiz: Translation['quiz'] = {
};
