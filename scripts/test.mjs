// `npm test`: on a supported Node (see node-runtime.mjs), the whole suite of test-suite.mjs.
import { onSupportedNode } from './node-runtime.mjs';

onSupportedNode(() => import('./test-suite.mjs'));
