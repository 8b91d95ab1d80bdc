/// <reference lib="webworker" />
// Runs the question generator off the main thread, so a long article never freezes the page.
// The generator and its lexicon are imported here only: the library page never loads them.
import { generateQuestionSet } from '$lib/core/quizgen';
import type { GenerateReply, GenerateRequest } from './messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: GenerateReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
  const { text, id, title, language } = event.data;
  try {
    const set = generateQuestionSet(text, {
      id,
      title,
      language,
      onProgress: (fraction) => reply({ type: 'progress', fraction })
    });
    reply({ type: 'done', set });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
