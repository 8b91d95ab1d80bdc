/**
 * How familiar a word is to a reader of news, from the frequency lists that
 * `scripts/nlp/build-frequency.ts` counts in the openly licensed text of the NLP kit. The
 * question kinds use it to leave out what every reader knows (a blind rating struck vocabulary
 * questions on `Polizist`, `Konzern`, `Reform` and gaps on `Version`, `nennen`, `helfen`) and
 * to explain a rare word by a familiar one (never `Welteninsel` for `Galaxie`).
 */

/** Rank of each lemma in a generated list (1 = most frequent). */
export function frequencyRanks(list: string): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  for (const lemma of list.split(/\s+/u))
    if (lemma && !ranks.has(lemma)) ranks.set(lemma, ranks.size + 1);
  return ranks;
}

/** German linking elements between the parts of a compound (`Arbeit-s-markt`, `Tage-s-zeit`). */
export const GERMAN_LINKS: readonly string[] = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/** English compounds are written together without a linking element (`land|owner`). */
export const ENGLISH_LINKS: readonly string[] = [''];

/**
 * A German compound whose parts are both familiar words (`Führungsebene`, `Wärmequelle`,
 * `Nichtstun`): a reader understands it from its parts, so its meaning is not worth asking. The
 * head must be a familiar noun (or nominalised verb) of four letters or more, the first part a
 * familiar word of three or more once a linking element is taken off.
 */
export function isTransparentCompound(
  lemma: string,
  familiar: (lemma: string) => boolean,
  links: readonly string[] = GERMAN_LINKS
): boolean {
  const lower = lemma.toLowerCase();
  for (let cut = 3; cut <= lower.length - 4; cut++) {
    const head = lower.slice(cut).replace(/^-/u, '');
    if (!familiar(head)) continue;
    const first = lower.slice(0, cut).replace(/-$/u, '');
    for (const link of links) {
      if (!first.endsWith(link)) continue;
      const stem = first.slice(0, first.length - link.length);
      // (German drops an ending before the second part, `Wohn|zimmer`, `Schul|hof`.)
      const german = links !== ENGLISH_LINKS;
      if (
        stem.length >= 3 &&
        (familiar(stem) || (german && (familiar(`${stem}en`) || familiar(`${stem}n`))))
      )
        return true;
    }
  }
  return false;
}
