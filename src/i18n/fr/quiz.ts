/** Strings of <tf-quiz>. */
export const quiz = {
};
