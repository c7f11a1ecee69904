/** Strings of <tf-programme>. */
export const programme = {
};
