/**
 * jest set-up (setupFilesAfterEnv): installs the modules that `src/` loads on
 * demand, as the package entry does, so that tests calling `extract()` on HTML
 * or `decodeBytes()` on HTML bytes work synchronously (jest's `require` cannot
 * load ES modules, so the synchronous fallbacks of `src/input/html-support.ts`
 * and `src/input/decode.ts` are unavailable here).
 */
import * as sniffer from 'encoding-sniffer/sniffer';
import { parseHtml } from '../../src/input/html.js';
import { setHtmlReader } from '../../src/input/html-support.js';
import { setCharsetSniffer } from '../../src/input/decode.js';

setHtmlReader((html) => parseHtml(html));
setCharsetSniffer(sniffer);
