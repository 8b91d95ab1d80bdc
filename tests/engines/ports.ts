// Ports for the engine tests' servers and drivers. By default any free port the system gives;
// with ENGINE_PORT=4330 (for example) only ports from 4330 to 4339, for machines where several
// test runs share a host and each has its own range.
import { createServer } from 'node:net';

const RANGE = 10;
let next = 0;

function tryPort(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const { port: given } = server.address() as { port: number };
      server.close(() => resolve(given));
    });
  });
}

/** A port that is free now: the system's choice, or the next free one in $ENGINE_PORT's range. */
export async function freePort(): Promise<number> {
  const base = Number(process.env.ENGINE_PORT);
  if (!process.env.ENGINE_PORT) {
    const port = await tryPort(0);
    if (port === null) throw new Error('No free port');
    return port;
  }
  if (!Number.isInteger(base) || base <= 0 || base + RANGE > 65536)
    throw new Error(`ENGINE_PORT must be a port number, not ${process.env.ENGINE_PORT}`);
  for (let tries = 0; tries < RANGE; tries++) {
    const port = base + (next++ % RANGE);
    if ((await tryPort(port)) !== null) return port;
  }
  throw new Error(`No free port in ${base}–${base + RANGE - 1} (ENGINE_PORT)`);
}
