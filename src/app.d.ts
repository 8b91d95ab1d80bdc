// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** `version` from package.json, set at build time (see `vite.config.ts`). */
  const __APP_VERSION__: string;

  namespace App {
    interface Error {
      message: string;
      /** Which message the error page shows; a key of the i18n catalogue. */
      reason?: 'not-found' | 'unknown';
    }
  }
}

export {};
