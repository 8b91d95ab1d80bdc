import { describe, expect, it } from 'vitest';
import { stylesheetsFirst } from './head-order';

const head = (links: string) =>
  `<!doctype html><html><head>\n\t\t<meta charset="utf-8">\n${links}</head><body><link rel="stylesheet" href="/in-body.css"></body></html>`;

describe('stylesheetsFirst', () => {
  it('puts the stylesheets before the script preloads (the quiz page requested 31 scripts before its 4 stylesheets)', () => {
    const html = head(
      '\t\t<link href="/a.js" rel="modulepreload">\n' +
        '\t\t<link href="/b.js" rel="modulepreload">\n' +
        '\t\t<link rel="manifest" href="/manifest.webmanifest"/>\n' +
        '\t\t<link href="/0.css" rel="stylesheet">\n' +
        '\t\t<link href="/1.css" rel="stylesheet">\n'
    );
    const out = stylesheetsFirst(html);
    const order = [...out.matchAll(/href="([^"]+)"/gu)].map((m) => m[1]);
    expect(order).toEqual([
      '/0.css',
      '/1.css',
      '/a.js',
      '/b.js',
      '/manifest.webmanifest',
      '/in-body.css'
    ]);
    // Nothing lost or doubled, the body untouched.
    expect(out.length).toBe(html.length);
    expect(out.endsWith('<body><link rel="stylesheet" href="/in-body.css"></body></html>')).toBe(
      true
    );
  });

  it('leaves a page without preloads or stylesheets as it is', () => {
    const plain = head('\t\t<link href="/0.css" rel="stylesheet">\n');
    expect(stylesheetsFirst(plain)).toBe(plain);
    const scripts = head('\t\t<link href="/a.js" rel="modulepreload">\n');
    expect(stylesheetsFirst(scripts)).toBe(scripts);
    expect(stylesheetsFirst('<p>no head</p>')).toBe('<p>no head</p>');
  });
});
