import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundled from '../../../../questions/hikvision-kanada.de.json' with { type: 'json' };
import { articleFingerprint, suggestTitle } from './title';

describe('suggestTitle', () => {
  it('takes a headline on its own line, even one that ends with a full stop or asks', () => {
    expect(suggestTitle('Brücke eröffnet\n\nGraz – Die Stadt hat heute die Brücke eröffnet.')).toBe(
      'Brücke eröffnet'
    );
    expect(
      suggestTitle(
        'Landeshauptmann: "Jetzt wird Sicherheitspolitik ernst genommen" – Volksbefragung würde sich erübrigen.\n\nEisenstadt – Einen Monat nach dem Start …'
      )
    ).toBe(
      'Landeshauptmann: "Jetzt wird Sicherheitspolitik ernst genommen" – Volksbefragung würde sich erübrigen'
    );
    expect(suggestTitle('Wer zahlt für die Brücke?\nDie Stadt Graz …')).toBe(
      'Wer zahlt für die Brücke?'
    );
  });

  it('regression: a text without headline is not named by a first sentence cut off with "…"', () => {
    const long =
      'Die Äußerungen von Peking kommen, nachdem Ottawa angekündigt hatte, alle kanadischen Aktivitäten des Unternehmens einzustellen, weil sie die nationale Sicherheit gefährden würden. Mehr Text.';
    const title = suggestTitle(long);
    expect(title).toBe('Die Äußerungen von Peking kommen');
    expect(title).not.toContain('…');
    expect(suggestTitle('Kanada verbietet Hikvision. China protestiert am Montag.')).toBe(
      'Kanada verbietet Hikvision'
    );
    const noPhrase = `${'Sehr '.repeat(20)}lang ohne Komma. Weiter.`;
    expect(suggestTitle(noPhrase)).toBeUndefined();
    expect(suggestTitle(' \n ')).toBeUndefined();
  });
});

describe('articleFingerprint', () => {
  it('finds the bundled article in its own stored sentences: a second paste is recognised', () => {
    const text = readFileSync(
      join(__dirname, '../../../../questions/hikvision-kanada.de.txt'),
      'utf8'
    );
    expect(articleFingerprint(bundled.sentences.join(' '))).toBe(articleFingerprint(text));
    expect(articleFingerprint(`${text}\nNoch ein Satz.`)).not.toBe(articleFingerprint(text));
  });
});
