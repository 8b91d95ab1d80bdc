import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, cspHeaderFor } from './serve.mjs';

let base = '';
let close: () => void = () => {};

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await mkdir(join(root, 'sets'));
  await mkdir(join(root, '_app/immutable'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, '200.html'), '<h1>fallback</h1>');
  await writeFile(join(root, 'sets/one.html'), '<h1>one</h1>');
  await writeFile(
    join(root, 'sets/csp.html'),
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"><h1>csp</h1>`
  );
  await writeFile(join(root, 'sw.js'), 'self.x = 1;');
  await writeFile(join(root, '_app/immutable/app.js'), 'export {};');
  const server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => close());

describe('static server for the build', () => {
  it('serves prerendered pages by clean URL and everything else through the fallback page', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>home</h1>');
    expect(await (await fetch(`${base}/sets/one`)).text()).toBe('<h1>one</h1>');
    const unknown = await fetch(`${base}/sets/own-42`);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toBe('<h1>fallback</h1>');
  });

  it('answers 404 for missing files instead of an HTML page', async () => {
    const response = await fetch(`${base}/_app/immutable/missing.js`);
    expect(response.status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%00',
      '/%E0%A4%A'
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('caches immutable assets for a year and revalidates the service worker', async () => {
    const asset = await fetch(`${base}/_app/immutable/app.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const worker = await fetch(`${base}/sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toContain('javascript');
  });

  it('gzips text when the client accepts it', async () => {
    const http = await import('node:http');
    const body = await new Promise<Buffer>((resolve, reject) => {
      http.get(`${base}/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        expect(response.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
      });
    });
    expect(gunzipSync(body).toString()).toBe('<h1>home</h1>');
  });

  it("sends the page's CSP as a header with frame-ancestors 'none', and nosniff on everything", async () => {
    const page = await fetch(`${base}/sets/csp`);
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'"
    );
    const fallback = await fetch(`${base}/sets/own-42`);
    expect(fallback.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    for (const response of [page, fallback, await fetch(`${base}/_app/immutable/app.js`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await fetch(`${base}/sw.js`)).headers.get('content-security-policy')).toBeNull();
  });

  it('reads the policy Kit writes into every built page', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'">`;
    expect(cspHeaderFor(html)).toBe(
      "default-src 'self'; object-src 'none'; frame-ancestors 'none'"
    );
  });
});
