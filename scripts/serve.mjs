// Serves the production build (build/) the way a static host would: prerendered pages by clean
// URL, the SPA fallback (200.html) for every other page, gzip for text, long caching for
// immutable assets and none for the service worker, and the security headers every deployment
// must send (docs/DEPLOY.md). Used by `npm start` and the browser tests.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt'
]);
export const FALLBACK_PAGE = '200.html';

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Maps a URL path to a file below `root`, or null; never escapes `root`.
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const tries = decoded.endsWith('/')
    ? [join(candidate, 'index.html')]
    : [candidate, `${candidate}.html`, join(candidate, 'index.html')];
  for (const path of tries) if (await isFile(path)) return path;
  return null;
}

/**
 * @param {string} pathname
 * @param {string} file
 */
function cacheControl(pathname, file) {
  if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
  if (file.endsWith('.html') || /\/(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(file))
    return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * What every response carries, whatever the page: no MIME sniffing, never inside a frame
 * (frame-ancestors only works in a header, never in a <meta> CSP), no referrer to anywhere.
 */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer'
};

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/**
 * The Content-Security-Policy header for an HTML page: the page's own <meta> policy (Kit
 * writes it with the hashes of that page's inline script) plus `frame-ancestors 'none'`.
 * A page without one still gets the framing rule.
 * @param {string} html
 */
export function cspHeaderFor(html) {
  const policy = META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  return policy
    ? `${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`
    : "frame-ancestors 'none'";
}

/**
 * Creates (does not start) a server for the static site in `dir`.
 * @param {string} dir
 */
export function createStaticServer(dir) {
  const root = resolve(dir);
  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();
  /** @type {Map<string, string>} */
  const cspCache = new Map();

  /** @param {string} file */
  async function cspOf(file) {
    const key = `${file}:${(await stat(file)).mtimeMs}`;
    let policy = cspCache.get(key);
    if (policy === undefined) {
      policy = cspHeaderFor(await readFile(file, 'utf8'));
      cspCache.set(key, policy);
    }
    return policy;
  }

  return createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = await resolveFile(root, url.pathname);
      const status = 200;
      if (!file) {
        // Pages that were not prerendered are rendered in the browser by the fallback page;
        // missing files (scripts, images, data) are a plain 404.
        const looksLikePage = extname(url.pathname) === '' || url.pathname.endsWith('.html');
        if (!looksLikePage) {
          response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found');
          return;
        }
        file = join(root, FALLBACK_PAGE);
      }
      const ext = extname(file);
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl(url.pathname, file),
        ...SECURITY_HEADERS,
        vary: 'Accept-Encoding'
      };
      if (ext === '.html') headers['content-security-policy'] = await cspOf(file);
      const wantsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.has(ext) && wantsGzip) {
        const { mtimeMs } = await stat(file);
        const key = `${file}:${mtimeMs}`;
        let body = gzipCache.get(key);
        if (!body) {
          body = gzipSync(await readFile(file));
          gzipCache.set(key, body);
        }
        response.writeHead(status, {
          ...headers,
          'content-encoding': 'gzip',
          'content-length': body.length
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      const { size } = await stat(file);
      response.writeHead(status, { ...headers, 'content-length': size });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500, { 'content-type': TYPES['.txt'] }).end('Server error');
      console.error(error);
    }
  });
}

/**
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return (index > -1 ? process.argv[index + 1] : undefined) ?? fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = option('dir', 'build');
  const port = Number(option('port', process.env.PORT ?? '4173'));
  const host = option('host', process.env.HOST ?? '127.0.0.1');
  if (!(await isFile(join(resolve(dir), 'index.html')))) {
    console.error(`No build found in ${dir}/. Run "npm run build" first (or "npm start").`);
    process.exit(1);
  }
  const server = createStaticServer(dir);
  server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Start with another one: PORT=4321 npm start`
        : error.message
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(
      `Lesequiz is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`
    );
    console.log('Press Ctrl+C to stop.');
  });
}
