/**
 * For bundler users: the element classes and the feed's types and helpers, without registering any element.
 * Register with `training-feed-widgets/define/<tag>.js`, or load the drop-in `training-feed-widgets.js`.
 */
export { TfFeed } from './elements/tf-feed/tf-feed.js';
export { TfSessionList } from './elements/tf-session-list/tf-session-list.js';
export { TfSheetCard } from './elements/tf-sheet-card/tf-sheet-card.js';
export { TfObjectivesChecklist } from './elements/tf-objectives-checklist/tf-objectives-checklist.js';
export { TfQuiz } from './elements/tf-quiz/tf-quiz.js';
export { TfProgramme } from './elements/tf-programme/tf-programme.js';
export { feedSchema } from './model/schema.js';
export type * from './model/schema.js';
export { parseFeed, type FeedIssue, type ParseFeedResult } from './model/parse-feed.js';
export type { FeedError, FeedState } from './model/feed-state.js';
export { feedContext } from './controllers/feed-context.js';
export type { StringOverrides, Translation, Language } from './i18n/translation.js';
