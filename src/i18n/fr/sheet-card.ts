/** Strings of <tf-sheet-card>. */
export const sheetCard = {
};
