// The production build on its own port, with the network switch the engines lack: WebDriver has
// no "offline" command, so going offline stops the server and drops every open connection, and
// the page sees exactly what a phone without signal sees (every request fails).
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/serve.mjs';
import { freePort } from './ports';

export interface Site {
  /** `http://127.0.0.1:<port>`: a fresh origin per site, so storage and service worker are new. */
  url: string;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export async function startSite(dir = 'build'): Promise<Site> {
  const server = createStaticServer(dir);
  const wanted = process.env.ENGINE_PORT ? await freePort() : 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let listening = true;

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return {
    url: `http://127.0.0.1:${port}`,
    goOffline: stop,
    goOnline: () =>
      new Promise<void>((resolve, reject) => {
        if (listening) return resolve();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          listening = true;
          server.off('error', reject);
          resolve();
        });
      }),
    close: stop
  };
}
