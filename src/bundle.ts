/**
 * The single-file build (`dist/training-feed-widgets.bundle.js`): every element defined at once, from one file,
 * with the classes and helpers exported. For pages that show most of the elements, or hosts that accept one file
 * only; the drop-in loader (`training-feed-widgets.js`) is lighter for pages that show one or two.
 * `<tf-feed>` first, so that widgets inside it find their provider as soon as they upgrade.
 */
import './elements/tf-feed/define.js';
import './elements/tf-session-list/define.js';
import './elements/tf-sheet-card/define.js';
import './elements/tf-objectives-checklist/define.js';
import './elements/tf-quiz/define.js';
import './elements/tf-programme/define.js';

export * from './index.js';
