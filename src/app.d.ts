// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** Which message the error page shows; a key of the i18n catalogue. */
      reason?: 'not-found' | 'unknown';
    }
  }
}

export {};
