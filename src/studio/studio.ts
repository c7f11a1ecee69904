/**
 * The feed studio's bundle (dist/studio/studio.js): the studio's elements and the widgets its preview shows
 * (model/snippet.ts lists them). Never imported by the widgets' own bundles.
 */
import '../elements/tf-session-list/define.js';
import '../elements/tf-sheet-card/define.js';
import '../elements/tf-programme/define.js';
import '../elements/tf-quiz/define.js';
import '../elements/tf-objectives-checklist/define.js';
import './elements/tf-studio.js';
