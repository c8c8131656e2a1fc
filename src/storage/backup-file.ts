import { createBackup } from '../domain/assessment/backup.ts';
import { openAssessmentStore } from './assessment-store.ts';

/**
 * Reads every assessment saved in this browser straight from IndexedDB (a fresh connection: the app that would
 * normally hold one may be the part that failed) and returns the backup file's text. The home page's import
 * reads it back, one assessment at a time.
 */
export async function readBackupText(now: string): Promise<{ text: string; count: number }> {
  const store = await openAssessmentStore();
  // Every record as stored, damaged ones too: the backup is where a damaged record's data survives.
  const assessments = await store.listRecords();
  return { text: `${JSON.stringify(createBackup(assessments, now), null, 2)}\n`, count: assessments.length };
}
