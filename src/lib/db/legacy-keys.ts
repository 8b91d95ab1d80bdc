import type { SettingRecord } from './records';

/**
 * Until schema version 2, teachers' curations and assignments and students' assignment progress
 * lived in the settings store under prefixed keys. The version 2 migration and the import of
 * older backups both move such a setting into its own store; this says where to.
 *
 * Only the shape the store's key path needs is checked here (the migration runs inside the
 * upgrade transaction and cannot load the full schemas); reads validate every record anyway.
 */
export const LEGACY_PREFIXES = {
  curations: 'curation/',
  teacherAssignments: 'assignment/',
  assignmentProgress: 'assignment-progress/'
} as const;

export type LegacyStore = keyof typeof LEGACY_PREFIXES;

export type LegacyMove = { store: LegacyStore; value: Record<string, unknown> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The store and record a legacy setting moves to, or `undefined` for an ordinary setting or
 * one whose value could not be keyed in the new store (it stays a setting, read by no one, as
 * it was read by no one before).
 */
export function legacyMove(setting: SettingRecord): LegacyMove | undefined {
  const { key, value } = setting;
  if (!isRecord(value)) return undefined;
  if (key.startsWith(LEGACY_PREFIXES.curations)) {
    const setId = key.slice(LEGACY_PREFIXES.curations.length);
    return value.setId === setId ? { store: 'curations', value } : undefined;
  }
  if (key.startsWith(LEGACY_PREFIXES.teacherAssignments)) {
    const id = key.slice(LEGACY_PREFIXES.teacherAssignments.length);
    return isRecord(value.assignment) && value.assignment.id === id
      ? { store: 'teacherAssignments', value }
      : undefined;
  }
  if (key.startsWith(LEGACY_PREFIXES.assignmentProgress)) {
    const assignmentId = key.slice(LEGACY_PREFIXES.assignmentProgress.length);
    return value.assignmentId === assignmentId ? { store: 'assignmentProgress', value } : undefined;
  }
  return undefined;
}
