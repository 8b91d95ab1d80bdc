/**
 * Regression (issue 13 point 11): the backup import ran on the page's main thread. The page
 * starts a real module worker from the worker entry, and that entry runs the import through a
 * connection of its own (structural checks; how long the page is blocked is measured in
 * `npm run bench:db`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startImportWorker } from './import-worker';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.doUnmock('./import-file');
  vi.doUnmock('./open');
});

describe('the backup import worker', () => {
  it('starts as a module worker from the worker entry', () => {
    const started: { url: string; options: WorkerOptions | undefined }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL | string, options?: WorkerOptions) {
          started.push({ url: String(url), options });
        }
      }
    );
    startImportWorker();
    expect(started).toHaveLength(1);
    expect(started[0]!.url).toMatch(/\/import\.worker\.ts(\?|$)/);
    expect(started[0]!.options).toEqual({ type: 'module' });
  });

  it('the worker entry answers a request with runImport on its own connection', async () => {
    const runImport = vi.fn(async () => {});
    const openLesequizDb = vi.fn(async () => ({}));
    vi.doMock('./import-file', () => ({ runImport }));
    vi.doMock('./open', () => ({ openLesequizDb }));
    const scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage: () => void } = {
      onmessage: null,
      postMessage: vi.fn()
    };
    vi.stubGlobal('self', scope);
    await import('./import.worker');
    const file = new Blob(['{}']);
    scope.onmessage?.({ data: { file } } as MessageEvent);
    expect(runImport).toHaveBeenCalledTimes(1);
    const [request, openDb] = runImport.mock.calls[0] as unknown as [unknown, () => unknown];
    expect(request).toEqual({ file });
    await openDb();
    expect(openLesequizDb).toHaveBeenCalledWith({});
  });
});
