/**
 * The single-file build (`dist/training-feed-widgets.bundle.js`): every element defined at once, from one file,
 * with the classes and helpers exported. For pages that show most of the elements, or hosts that accept one file
 * only; the drop-in loader (`training-feed-widgets.js`) is lighter for pages that show one or two.
 * In the order of `elements.ts`: `<tf-feed>` first, so that widgets inside it find their provider as soon as they
 * upgrade.
 */
import { elements } from './elements.js';

for (const element of elements) await element.load();

export * from './index.js';
