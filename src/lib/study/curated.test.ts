import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { deleteQuestion, editQuestion, emptyCuration } from '$lib/core/curation';
import { saveCuration } from '$lib/db';
import { sampleSet } from '$lib/db/test-helpers';
import { appStorage } from '$lib/state/storage.svelte';
import { loadStudySet } from './curated';

// The teacher's curation only exists in the browser.
vi.mock('$app/environment', () => ({ browser: true }));

const bundled = sampleSet('graz-bruecke');
const fetchBundled: typeof fetch = async (url) =>
  String(url) === '/data/sets/graz-bruecke.json'
    ? new Response(JSON.stringify(bundled))
    : new Response('', { status: 404 });

describe('loadStudySet', () => {
  it('gives the generated set with the stored curation applied, or as generated if broken', async () => {
    const db = await appStorage.db();
    expect(await loadStudySet(fetchBundled, 'graz-bruecke')).toEqual(bundled);

    const first = bundled.questions[0]!;
    let curation = editQuestion(emptyCuration('graz-bruecke'), bundled, {
      ...first,
      prompt: 'Welches Land verbietet Hikvision?'
    });
    curation = deleteQuestion(curation, 'q2');
    await saveCuration(db, curation);
    const curated = await loadStudySet(fetchBundled, 'graz-bruecke');
    expect(curated.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(curated.questions[0]?.prompt).toBe('Welches Land verbietet Hikvision?');

    await db.put('curations', { setId: 'graz-bruecke', broken: true } as never);
    expect(await loadStudySet(fetchBundled, 'graz-bruecke')).toEqual(bundled);
  });
});
