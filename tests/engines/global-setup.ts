// Before any engine test: every engine must be there (a missing one fails the run with how to
// get it, never a skip), a build must exist, and WebKitGTK gets an X display.
import { existsSync } from 'node:fs';
import { ensureDisplay, findEngines, missingEnginesMessage } from './engine';

export default async function setup() {
  const missing = missingEnginesMessage(findEngines());
  if (missing) throw new Error(missing);
  if (!existsSync('build/index.html'))
    throw new Error('No build found: run "npm run build" first.');
  const stopDisplay = await ensureDisplay();
  console.log(`WebKit and Firefox tests on display ${process.env.DISPLAY}`);
  return stopDisplay;
}
