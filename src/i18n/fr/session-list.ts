/** Strings of <tf-session-list>. */
export const sessionList = {
};
