import type { Translation } from '../translation.js';

export const programme: Translation['programme'] = {
};
