// `npm run build`: install what is missing and build what is stale.
import { buildIfStale, ensureInstalled } from './lib.mjs';

ensureInstalled();
buildIfStale();
