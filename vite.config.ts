import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { SPA_FALLBACK } from './svelte.config.js';
import packageJson from './package.json' with { type: 'json' };

export const THEME_COLOR = '#1a5c85';
export const BACKGROUND_COLOR = '#f7f6f2';

export default defineConfig({
  // The version About shows: package.json's, fixed at build time (Kit's own `version` is a
  // build timestamp, used to detect new deployments).
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      // Prompt mode: a new version waits until the learner chooses to reload (never mid-quiz).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      kit: { adapterFallback: SPA_FALLBACK, spa: true },
      manifest: {
        id: '/',
        name: 'Lesequiz – Leseverstehen mit Nachrichten',
        short_name: 'Lesequiz',
        description:
          'Aus Nachrichtenartikeln werden Quizfragen und Karteikarten – offline, ohne Konto, auf deinem Gerät.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ['education', 'books'],
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable'
          }
        ]
      },
      workbox: {
        // Pages, the fallback, bundled question data, code and icons: everything a learner needs
        // offline after one visit. Nothing is fetched from another origin.
        globPatterns: [
          'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,bin}',
          'prerendered/**/*.{html,json}'
        ],
        // The language models (`/models/<lang>/*.bin`, up to about 1 MB each) are precached
        // too, so an own article can be turned into questions offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The library's data comes with its page (a prerendered server load): a client-side
        // visit fetches `/__data.json?x-sveltekit-trailing-slash=1&x-sveltekit-invalidated=01`,
        // which must find the precached `/__data.json` offline (workbox's defaults ignore only
        // utm_ and fbclid).
        ignoreURLParametersMatching: [
          /^utm_/,
          /^fbclid$/,
          /^x-sveltekit-invalidated$/,
          /^x-sveltekit-trailing-slash$/
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false
      }
    })
  ],
  build: {
    // A lazily imported module's stylesheets are still loaded before it runs; its script chunks
    // are no longer announced with <link rel="modulepreload" crossorigin>. Firefox fails such a
    // link for a chunk the page has already loaded as a plain module (its network panel and
    // console report a preload error on /teach/<id>, whose page imports the curation schema
    // that the storage module also imports lazily), and Kit's page head lists only some of a
    // page's chunks, so the helper cannot tell which are loaded. Offline, the service worker
    // serves every chunk, so the imports' own requests cost next to nothing.
    modulePreload: {
      resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css'))
    },
    rollupOptions: {
      treeshake: {
        // These modules only declare functions, schemas and constants: importing one runs
        // nothing. Saying so lets the bundler leave what a page does not use (ts-fsrs, which
        // only ratings need) out of the shared storage chunk that the library page loads.
        moduleSideEffects: (id) => !/\/src\/lib\/(core|db|study)\/|\/ts-fsrs\//.test(id)
      },
      output: {
        // What every page needs to reach its storage (opening the database, own sets, the
        // library's progress, validation) in one chunk instead of a dozen tiny ones: the
        // library page stays within its 60 KB budget, and each file no longer pays gzip's
        // per-file overhead.
        advancedChunks: {
          groups: [
            {
              // Vite's helper for dynamic imports, which every page uses: on its own, or the
              // storage group captures it (any of its modules importing lazily) and the first
              // page loads storage for it.
              name: 'preload-helper',
              test: /vite\/preload-helper/,
              priority: 4
            },
            {
              name: 'storage-status',
              test: /\/src\/lib\/(db\/(name|exists)|state\/storage-status)/,
              priority: 3
            },
            {
              // Validation alone, for pages that check bundled JSON without opening storage
              // (the reader); captured by the storage group, it would bring idb and the
              // database modules along.
              name: 'valibot',
              test: /\/node_modules\/valibot\//,
              priority: 2
            },
            {
              name: 'svelte',
              test: /\/node_modules\/(svelte|esm-env|clsx)\//,
              priority: 2
            },
            {
              name: 'storage',
              priority: 1,
              test: /\/src\/lib\/(db\/(open|errors|schema|sets|progress|records|settings)|study\/due-today|core\/srs\/calendar|core\/quiz\/progress|core\/quizset\/schema|state\/storage\.svelte)|\/node_modules\/idb\//
            }
          ]
        }
      }
    }
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // Its CommonJS build requires the ESM-only `cborg`, which Node 20 cannot; through Vite the
    // tests run the same ES module build the browser gets.
    server: { deps: { inline: ['@gandlaf21/bc-ur'] } },
    alias: [{ find: /^@gandlaf21\/bc-ur$/, replacement: '@gandlaf21/bc-ur/dist/lib/es6/index.js' }],
    expect: { requireAssertions: true }
  }
});
