// The `hyphen` package ships no types; the reader uses one entry point (see `hyphenate.ts`).
declare module 'hyphen/de-1996' {
  const hyphenator: {
    hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
  };
  export default hyphenator;
}
