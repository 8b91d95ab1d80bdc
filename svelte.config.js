import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The fallback page serves every URL that was not prerendered (own articles, later links with
 * a fragment). The service worker precaches it, so those routes work offline too.
 */
export const SPA_FALLBACK = '200.html';

/**
 * Kit's route announcer (for screen readers on client-side navigation) carries this inline style.
 * It is the one inline style the app needs; the CSP allows exactly it, by hash. If Kit changes it,
 * the CSP browser test reports the violation.
 */
const KIT_ANNOUNCER_STYLE =
  'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
/** @type {`sha256-${string}`} */
const announcerHash = `sha256-${createHash('sha256').update(KIT_ANNOUNCER_STYLE).digest('base64')}`;

/**
 * The one inline script: src/app.html's, which applies the stored theme and language before the
 * first paint (inline so that paint waits for no request). The CSP allows exactly it, by hash;
 * if it changes, the hash follows, and the CSP browser test reports any mismatch.
 */
const BOOT_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(
  readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')
)?.[1];
if (BOOT_SCRIPT === undefined) throw new Error('src/app.html: the inline boot script is missing');
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: SPA_FALLBACK, strict: true }),
    // @vite-pwa/sveltekit generates and registers the worker; Kit's own must stay off.
    serviceWorker: { register: false },
    // Absolute asset paths: the SPA fallback page is served at any depth (/sets/own-123).
    paths: { relative: false },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // Components' tiny stylesheets (150–410 bytes: the article meta line, the counts line, the
    // iOS hint …) go into the page, which Kit hashes into the CSP's style-src: each was a
    // request of its own before the first paint (seven on the library page). The layout's and
    // the pages' own stylesheets stay files: inlining all of them moved the first paint before
    // the hydration, which then counted as blocking time (docs/PERFORMANCE.md, session 7).
    inlineStyleThreshold: 1024,
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', bootHash],
        'style-src': ['self'],
        'style-src-attr': ['unsafe-hashes', announcerHash],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
