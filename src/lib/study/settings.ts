import * as v from 'valibot';
import { DEFAULT_GRADING_OPTIONS } from '$lib/core/grading/grade';
import { clampDesiredRetention, DEFAULT_SCHEDULER_PARAMS } from '$lib/core/srs/params';
// Direct modules, not the $lib/db barrel: the quiz page loads this before its first paint.
import type { LesequizDb } from '$lib/db/schema';
import { getSetting, putSetting } from '$lib/db/settings';
import {
  DEFAULT_NEW_CARDS_PER_DAY,
  NEW_CARDS_PER_DAY_MAX,
  NewCardsPerDaySchema
} from './due-today';

/**
 * The learner's study settings, kept in IndexedDB's settings store (so a backup carries them).
 * One schema, one key and one default per setting; an invalid stored value falls back to the
 * default instead of breaking a quiz.
 */
export type StudySettings = {
  /** Quiz feedback after each question, or only in the summary. */
  feedback: 'immediate' | 'at-end';
  caseSensitive: boolean;
  foldUmlauts: boolean;
  allowTypo: boolean;
  /** FSRS desired retention, 0.7–0.97. */
  desiredRetention: number;
  /** New flashcards a day across all sets. */
  newCardsPerDay: number;
};

export { NEW_CARDS_PER_DAY_MAX };

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettings> = Object.freeze({
  feedback: 'immediate',
  caseSensitive: DEFAULT_GRADING_OPTIONS.caseSensitive,
  foldUmlauts: DEFAULT_GRADING_OPTIONS.foldUmlauts,
  allowTypo: DEFAULT_GRADING_OPTIONS.allowTypo,
  desiredRetention: DEFAULT_SCHEDULER_PARAMS.desiredRetention,
  newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY
});

const SETTING_SCHEMAS = {
  feedback: v.picklist(['immediate', 'at-end']),
  caseSensitive: v.boolean(),
  foldUmlauts: v.boolean(),
  allowTypo: v.boolean(),
  desiredRetention: v.pipe(v.number(), v.finite(), v.transform(clampDesiredRetention)),
  newCardsPerDay: NewCardsPerDaySchema
} satisfies { [K in keyof StudySettings]: v.GenericSchema<unknown, StudySettings[K]> };

const keyOf = (name: keyof StudySettings) => `study.${name}`;

/** All study settings, each validated, with defaults for what was never set. */
export async function loadStudySettings(db: LesequizDb): Promise<StudySettings> {
  const names = Object.keys(SETTING_SCHEMAS) as (keyof StudySettings)[];
  const values = await Promise.all(
    names.map((name) =>
      getSetting(db, keyOf(name), SETTING_SCHEMAS[name], DEFAULT_STUDY_SETTINGS[name])
    )
  );
  return Object.fromEntries(names.map((name, index) => [name, values[index]])) as StudySettings;
}

/** Stores one setting after validating it; an invalid value throws and stores nothing. */
export async function saveStudySetting<K extends keyof StudySettings>(
  db: LesequizDb,
  name: K,
  value: StudySettings[K]
): Promise<void> {
  const checked = v.parse(SETTING_SCHEMAS[name], value);
  await putSetting(db, keyOf(name), checked);
}
