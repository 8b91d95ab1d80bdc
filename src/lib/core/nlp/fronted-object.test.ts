/**
 * A German object put before its verb and the subject, a name, after it: through the committed
 * models.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';

const models = allModels();
const wordsOf = (text: string) => analyse(text, 'de', models.de).sentences[0]?.words ?? [];

describe('a German object before its verb, the name after it the subject', () => {
  it('makes the name the subject of a verb of judging (`Eine Sanierung hält Wöllert für wirtschaftlich nicht sinnvoll.`: asked `Wen hält eine Sanierung …?`, rating 116’s batch)', () => {
    const words = wordsOf('Eine Sanierung hält Wöllert für wirtschaftlich nicht sinnvoll.');
    expect(words.find((w) => w.form === 'Wöllert')?.deprel).toBe('nsubj');
    expect(words.find((w) => w.form === 'Sanierung')?.deprel).toBe('obj');
  });

  it('leaves a plural subject, a masculine one with its article and a name owning a noun as parsed', () => {
    const plural = wordsOf('Einige Wissenschaftler kritisieren Müllers Studie.');
    expect(plural.find((w) => w.form === 'Wissenschaftler')?.deprel).toBe('nsubj');
    const masculine = wordsOf('Der Bürgermeister lobt Hainz für seinen Einsatz.');
    expect(masculine.find((w) => w.form === 'Bürgermeister')?.deprel).toBe('nsubj');
  });
});

describe('a German subject after an adverbial opening', () => {
  it('reads an uninflected adjective before a preposition as the opening adverbial and the bare name after the verb as the subject (`Gemeinsam mit sieben weiteren Bürgermeistern hatte Köberle … einen offenen Brief … geschrieben`: asked `Wen hatte Gemeinsam mit …?`, both raters of rating 117)', () => {
    const words = wordsOf(
      'Gemeinsam mit sieben weiteren Bürgermeistern hatte Köberle bereits vor der Sitzung einen offenen Brief an den Verwaltungsrat geschrieben.'
    );
    expect(words.find((w) => w.form === 'Gemeinsam')?.upos).toBe('ADJ');
    expect(words.find((w) => w.form === 'Köberle')?.deprel).toBe('nsubj');
    expect(words.find((w) => w.form === 'Brief')?.deprel).toBe('obj');
  });
});
