/**
 * Regression tests for the German auxiliary and attribute repairs, through the real analysis and
 * the committed models, each named after the failure it guards.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';
import type { Word } from './types';

const models = loadModels('de');
const sentencesOf = (text: string) => analyse(text, 'de', models).sentences.map((s) => s.words);
const wordsOf = (text: string) => sentencesOf(text)[0] ?? [];
const find = (words: readonly Word[], form: string) => words.find((w) => w.form === form);

describe('auxiliaries: `hat` far from its participle', () => {
  it('makes `hat` the auxiliary of its participle, with the subject and object on the participle (`Wegen seiner Provokation … hat der … Fußballverband … Neymar … gesperrt`: no question from the lead)', () => {
    const words = wordsOf(
      'Wegen seiner Provokation nach dem Spiel gegen Kolumbien hat der südamerikanische Fußballverband (CONMEBOL) Brasiliens Top-Stürmer Neymar für vier Spiele gesperrt.'
    );
    const verb = find(words, 'gesperrt');
    expect(find(words, 'hat')).toMatchObject({ head: verb?.id, deprel: 'aux', upos: 'AUX' });
    expect(find(words, 'Fußballverband')).toMatchObject({ head: verb?.id, deprel: 'nsubj' });
    expect(find(words, 'Top-Stürmer')).toMatchObject({ head: verb?.id, deprel: 'obj' });
  });

  it('leaves `hat` its own verb where the participle closes a relative clause (`…, dem fünf Mandatare gefolgt sind, nur noch einen Landtagssitz`)', () => {
    const words = wordsOf(
      'Die FPÖ hat nach der Abspaltung der Truppe von Karl Schnell, dem fünf Mandatare gefolgt sind, nur noch einen Landtagssitz.'
    );
    expect(find(words, 'hat')?.deprel).not.toBe('aux');
  });
});

describe('auxiliaries: `haben` as the verb', () => {
  it('reads `hat` with no verb to help as the verb, and the noun after the subject as its object (`Der Schutzstatus weitreichende Folgen hat für Rehbein.`)', () => {
    const words = wordsOf('Für Rehbein hat der Schutzstatus weitreichende Folgen.');
    const have = find(words, 'hat');
    expect(have?.upos).toBe('VERB');
    expect(find(words, 'Folgen')).toMatchObject({ head: have?.id, deprel: 'obj' });
  });

  it('keeps a genitive after a subject its attribute (`Die Zahl der Brandstiftungen stieg …`)', () => {
    const words = wordsOf('Die Zahl der Brandstiftungen stieg demnach von sechs auf 92.');
    expect(find(words, 'Brandstiftungen')).toMatchObject({
      head: find(words, 'Zahl')?.id,
      deprel: 'nmod'
    });
  });
});

describe('genitives: a name in `-s` before a noun', () => {
  it('makes a name the text also uses without `-s` the owner of the noun after it (`Tessmers Grab befindet sich …`, read as two subjects)', () => {
    const [, words = []] = sentencesOf(
      'Tessmer gründete 1836 die Firma. Tessmers Grab befindet sich auf dem Friedhof.'
    );
    const grave = find(words, 'Grab');
    expect(find(words, 'Tessmers')).toMatchObject({ head: grave?.id, deprel: 'nmod:poss' });
    expect(grave).toMatchObject({ head: find(words, 'befindet')?.id, deprel: 'nsubj' });
  });

  it('makes a country in the genitive the owner (`Wen hat der Fußballverband Brasiliens gesperrt?`)', () => {
    const words = wordsOf('Der Verband hat Brasiliens Top-Stürmer Neymar gesperrt.');
    const striker = find(words, 'Top-Stürmer');
    expect(find(words, 'Brasiliens')).toMatchObject({ head: striker?.id, deprel: 'nmod:poss' });
    expect(striker).toMatchObject({ head: find(words, 'gesperrt')?.id, deprel: 'obj' });
  });

  it('makes a place the tagger read as an adverb the owner too, with or without an apostrophe (`Ebersfelds Trainer Werner Haag nahm …`, `Rotenfels’ Trainer Ulrich Hense sprach …`: asked as `Wer nahm ebersfelds seine Auszeit?` and `Wer sprach rotenfels …?`, ratings 91 and 92)', () => {
    const sentenceWith = (name: string, ...forms: string[]) =>
      sentencesOf(
        readFileSync(new URL(`../quizgen/fixtures/unseen/${name}`, import.meta.url), 'utf8')
      ).find((w) => forms.every((form) => w.some((x) => x.form === form))) ?? [];
    const ebersfeld = sentenceWith('aa-de-2.txt', 'Ebersfelds');
    const coach = find(ebersfeld, 'Trainer');
    expect(find(ebersfeld, 'Ebersfelds')).toMatchObject({
      head: coach?.id,
      deprel: 'nmod:poss',
      upos: 'PROPN'
    });
    const rotenfels = sentenceWith('z-de-2.txt', 'Rotenfels', '’', 'Trainer');
    const mark = find(rotenfels, '’');
    const name = rotenfels[(mark?.id ?? 0) - 2];
    expect(name?.form).toBe('Rotenfels');
    expect(name).toMatchObject({ head: find(rotenfels, 'Trainer')?.id, deprel: 'nmod:poss' });
    expect(mark?.head).toBe(name?.id);
    // (Not a word whose plain form the text never uses: `Abends Training` stays as it was.)
    expect(find(wordsOf('Abends Training hatten sie nie.'), 'Abends')?.deprel).not.toBe(
      'nmod:poss'
    );
  });

  it('leaves a first name in `-s` before a surname alone (`Jonas Pieper hat …`)', () => {
    const words = wordsOf('Jonas Pieper hat mit ihr über die Saison gesprochen.');
    expect(find(words, 'Jonas')?.deprel).not.toBe('nmod:poss');
  });
});

describe('attributes: a dative after a noun is the verb’s', () => {
  it('hangs a noun phrase with a dative article after the object on the verb (`Was will die Familie … überlassen? das Werk dem Museum`: rating 87)', () => {
    const words = wordsOf(
      'Die Familie will das Werk dem Museum nun für zunächst fünf Jahre als Leihgabe überlassen.'
    );
    const verb = find(words, 'überlassen');
    expect(find(words, 'Werk')).toMatchObject({ head: verb?.id, deprel: 'obj' });
    expect(find(words, 'Museum')).toMatchObject({ head: verb?.id, deprel: 'iobj' });
  });

  it('hangs a feminine `der` after the object on a verb of giving with no one to give to (`Was will die Gemeinde überlassen? das Haus der Bergwacht`: blind rating 103)', () => {
    const words = wordsOf(
      'Die Gemeinde will das Haus der Bergwacht überlassen, das Messfeld bleibt.'
    );
    expect(find(words, 'Bergwacht')).toMatchObject({
      head: find(words, 'überlassen')?.id,
      deprel: 'iobj'
    });
  });

  it('keeps a genitive after the object its attribute (`… die Akte des Museums überlassen`)', () => {
    const words = wordsOf('Die Familie will die Akte des Museums der Polizei überlassen.');
    expect(find(words, 'Museums')).toMatchObject({ head: find(words, 'Akte')?.id });
  });
});

describe('attributes: a subject far behind its verb is the verb’s', () => {
  it('makes `der Strom` the subject of `fiel … aus`, not an attribute of `Stunden` (no `Warum fiel … der Strom aus?`: session 42)', () => {
    const words = wordsOf(
      'Weil viele Bewohner gleichzeitig elektrisch heizen, fiel am vergangenen Freitagabend in zwei Aufgängen für knapp drei Stunden der Strom aus.'
    );
    expect(find(words, 'Strom')).toMatchObject({ head: find(words, 'fiel')?.id, deprel: 'nsubj' });
  });

  it('leaves a noun after `hat` or a copula as it was (`hat … kein Smartphone`, `ist … die erste Kommune`)', () => {
    for (const [text, noun] of [
      [
        'Horst Albers, 71, der täglich zweimal den Marktplatz überquert, hat nach eigener Aussage kein Smartphone und bisher auch keinen Bedarf gesehen.',
        'Smartphone'
      ],
      [
        'Wettenbach ist nach eigenen Angaben die erste Kommune im Landkreis, die den Schritt geht.',
        'Kommune'
      ]
    ] as const)
      expect(find(wordsOf(text), noun)?.deprel).not.toBe('nsubj');
  });
});

describe('attributes: `als` with a noun in the middle of a clause is the verb’s', () => {
  it('hangs `als Bauernhof` on the verb, not on the subject (`Hohenrode als Bauernhof wurde … bewirtschaftet.`: rating 87)', () => {
    const words = wordsOf(
      'Nach dem Zweiten Weltkrieg wurde Hohenrode als Bauernhof bewirtschaftet und stand ab 1976 leer.'
    );
    expect(find(words, 'Bauernhof')).toMatchObject({
      head: find(words, 'bewirtschaftet')?.id,
      deprel: 'obl'
    });
  });

  it('keeps `sowohl … als auch` a coordination and `sein Amt als Honorarprofessor` the noun’s', () => {
    const both = wordsOf('Am Ende konnten sowohl Griss als auch Hofer zulegen.');
    expect(find(both, 'Hofer')?.deprel).toBe('conj');
    const office = wordsOf(
      'Der Forscher verlor wegen seiner Äußerungen sein Amt als Honorarprofessor.'
    );
    expect(find(office, 'Honorarprofessor')?.head).toBe(find(office, 'Amt')?.id);
  });
});

describe('relative clauses: on the noun before their comma', () => {
  it('hangs `, an denen …` on the noun before it, not on the verb (`Die Ausschachtungsarbeiten begannen an denen …`: blind rating 80)', () => {
    const words = wordsOf(
      'Im März 1872 begannen die Ausschachtungsarbeiten, an denen zeitweise bis zu 45 Arbeiter beteiligt waren.'
    );
    expect(find(words, 'beteiligt')).toMatchObject({
      head: find(words, 'Ausschachtungsarbeiten')?.id,
      deprel: 'acl:relcl'
    });
  });
});
