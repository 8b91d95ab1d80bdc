import { describe, expect, it } from 'vitest';
import { paragraphHtml } from './paragraph-html';

describe('paragraphHtml', () => {
  const paragraph = {
    sentences: [
      { text: 'Tom & Jerry: <b>nicht fett</b>.', shown: 'Tom & Jerry: <b>nicht fett</b>.' },
      { text: 'Überwachungsausrüstung.', shown: 'Über\u00ADwachungs\u00ADausrüstung.' }
    ]
  };

  it('escapes the text, so an article never becomes markup', () => {
    expect(paragraphHtml(paragraph, new Set())).toBe(
      'Tom &amp; Jerry: &lt;b&gt;nicht fett&lt;/b&gt;. Über\u00ADwachungs\u00ADausrüstung.'
    );
  });

  it('marks the evidence by the cut sentence and shows its hyphenated text', () => {
    expect(paragraphHtml(paragraph, new Set(['Überwachungsausrüstung.']))).toBe(
      'Tom &amp; Jerry: &lt;b&gt;nicht fett&lt;/b&gt;. <mark class="evidence">Über\u00ADwachungs\u00ADausrüstung.</mark>'
    );
  });
});
