/**
 * The feed studio's bundle (dist/studio/studio.js): the studio's elements and every widget, for the live preview.
 * Never imported by the widgets' own bundles.
 */
import { elements } from '../elements.js';
import './elements/tf-studio.js';

await Promise.all(elements.map((element) => element.load()));
