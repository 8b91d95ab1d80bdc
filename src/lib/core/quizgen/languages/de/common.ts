/** German nouns too common to be worth a gap or a vocabulary card. */
export const COMMON_NOUNS_DE = new Set(
  (
    'jahr jahre mal zeit tag tage woche monat prozent euro mensch menschen leute frau mann kind ' +
    'land stadt teil ende anfang seite fall frage art weise grund ziel ort welt sache ding thema ' +
    'problem punkt stelle weg zahl beispiel bereich rolle form geld arbeit leben haus hand ' +
    'unternehmen firma regierung text artikel angabe angaben uhr million millionen milliarde ' +
    'milliarden montag dienstag mittwoch donnerstag freitag samstag sonntag'
  ).split(' ')
);
