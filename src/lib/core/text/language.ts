/** Decides whether a text is German or English from its most common function words. */

const GERMAN = new Set(
  'der die das und ist nicht ein eine einer den dem des mit von zu auf für sich im auch es sie er wird wurde sind hat haben als nach bei aus dass noch wie über oder aber wenn nur vor zum zur am'.split(
    ' '
  )
);
const ENGLISH = new Set(
  'the and is not a an of to in that it with for on as was were are has have be by this from at or but which their they he she his her its would will been'.split(
    ' '
  )
);

/**
 * `de` or `en`, whichever language's function words are more frequent; German when unsure
 * (the bundled articles are German).
 *
 * @example detectLanguage('The minister said that the company would close.') === 'en'
 */
export function detectLanguage(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words.slice(0, 5000)) {
    if (GERMAN.has(word)) de++;
    if (ENGLISH.has(word)) en++;
  }
  // Umlauts and ß are strong German evidence when function words are few.
  if (/[äöüß]/u.test(text)) de += 2;
  return en > de ? 'en' : 'de';
}
