import { parseQuizSet, type QuizSet } from '$lib/core/quizset/schema';
import type { GenerateReply, GenerateRequest } from './messages';

export class GenerationError extends Error {
  constructor(
    message: string,
    readonly reason: 'failed' | 'invalid' | 'cancelled'
  ) {
    super(message);
  }
}

/**
 * Generates a question set in a Web Worker. The worker is started for this one request and
 * terminated afterwards, which is also how `signal` cancels a generation that takes too long.
 * The result is validated like anything else that crosses a boundary.
 */
export function generateInWorker(
  request: GenerateRequest,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal
): Promise<QuizSet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), {
      type: 'module'
    });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new GenerationError('Generation cancelled', 'cancelled'));
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);

    worker.onmessage = (event: MessageEvent<GenerateReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(Math.min(1, Math.max(0, message.fraction)));
        return;
      }
      finish();
      if (message.type === 'error') {
        reject(new GenerationError(message.message, 'failed'));
        return;
      }
      const parsed = parseQuizSet(message.set);
      if (parsed.ok) resolve(parsed.set);
      else reject(new GenerationError(parsed.issues.join('; '), 'invalid'));
    };
    worker.onerror = (event) => {
      finish();
      reject(new GenerationError(event.message || 'The generator stopped', 'failed'));
    };
    worker.postMessage(request);
  });
}
