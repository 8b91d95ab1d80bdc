/** English words too common to be worth a gap or a vocabulary card. */
export const COMMON_WORDS_EN = new Set(
  (
    'year years time day days week month percent people person man woman child country city ' +
    'part end side case question way reason place world thing issue problem point number ' +
    'example area role money work life home hand company government text profit profits ' +
    'million billion monday tuesday wednesday thursday friday saturday sunday group firm deal ' +
    'market sales share shares price prices report plan'
  ).split(' ')
);
