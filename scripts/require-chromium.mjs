// Stops the test run, loudly, when no Chromium is available: browser tests never skip silently.
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';

const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`Browser tests use Chromium from ${found.source}: ${found.path}`);
