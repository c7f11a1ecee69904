/**
 * The drop-in: one `<script type="module">` defines every element. `<tf-feed>` first, so that widgets inside it
 * find their provider as soon as they upgrade.
 */
import './elements/tf-feed/define.js';
import './elements/tf-session-list/define.js';
import './elements/tf-sheet-card/define.js';
import './elements/tf-objectives-checklist/define.js';
import './elements/tf-quiz/define.js';
import './elements/tf-programme/define.js';

export * from './index.js';
