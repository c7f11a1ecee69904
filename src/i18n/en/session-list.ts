import type { Translation } from '../translation.js';

export const sessionList: Translation['sessionList'] = {
};
