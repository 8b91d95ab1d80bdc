/// <reference lib="webworker" />
// Runs the language analysis and the question generator off the main thread, so a long article
// never freezes the page. The models and the generator are loaded here only: the library page
// never loads them.
import { generateQuestionSet } from '$lib/core/quizgen';
import type { Language, LanguageModels } from '$lib/core/nlp/types';
import { detectLanguage } from '$lib/core/text/language';
import { fetchModels } from './load-models';
import type { GenerateReply, GenerateRequest } from './messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: GenerateReply) => scope.postMessage(message);

/** Share of the progress bar for loading the models; the rest is analysis and generation. */
const LOADING_SHARE = 0.35;

const loaded = new Map<Language, Promise<LanguageModels>>();

scope.onmessage = async (event: MessageEvent<GenerateRequest>) => {
  const { text, id, title, language } = event.data;
  try {
    reply({ type: 'progress', fraction: 0.01 });
    const lang = language ?? detectLanguage(text);
    let models = loaded.get(lang);
    if (!models) {
      models = fetchModels(lang, scope.location.origin, (f) =>
        reply({ type: 'progress', fraction: 0.01 + LOADING_SHARE * f })
      );
      loaded.set(lang, models);
    }
    const set = generateQuestionSet(text, {
      id,
      title,
      language: lang,
      models: { [lang]: await models },
      onProgress: (fraction) =>
        reply({ type: 'progress', fraction: LOADING_SHARE + (1 - LOADING_SHARE) * fraction })
    });
    reply({ type: 'done', set });
  } catch (error) {
    loaded.delete(language ?? detectLanguage(text));
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
