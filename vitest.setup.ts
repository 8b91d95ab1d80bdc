import fc from 'fast-check';

// Property tests explore new inputs on every local run; CI uses a fixed seed so that a run is
// reproducible. A failure prints its seed: rerun with FC_SEED=<seed> npm run test:unit.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261124' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
