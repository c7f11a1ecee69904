/** Strings of <tf-objectives-checklist>. */
export const checklist = {
};
