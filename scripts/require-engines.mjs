// Stops the test run, loudly, when WebKit or Firefox is missing: browser tests never skip.
import { findEngines, missingEnginesMessage } from './engines.mjs';

const found = findEngines();
const missing = missingEnginesMessage(found);
if (missing) {
  console.error(missing);
  process.exit(1);
}
console.log(
  `Browser tests use WebKit from ${found.webkitDriver} (${found.miniBrowser}) and Firefox from ${found.firefox}`
);
