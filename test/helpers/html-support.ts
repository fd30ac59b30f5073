/**
 * jest set-up (setupFilesAfterEnv): installs the HTML reader, as the package
 * entry does, so that tests calling `extract()` from `src/extract.ts` on HTML
 * work synchronously (jest's `require` cannot load linkedom's ES modules, so
 * the synchronous fallback of `src/input/html-support.ts` is unavailable here).
 */
import { parseHtml } from '../../src/input/html.js';
import { setHtmlReader } from '../../src/input/html-support.js';

setHtmlReader((html) => parseHtml(html));
