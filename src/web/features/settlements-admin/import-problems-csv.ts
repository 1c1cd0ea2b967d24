import type { TFunction } from 'i18next';
import { toCsv } from '../../../lib/csv';
import type { ImportProblemDto } from './settlementsAdmin.api';

/**
 * The problems of an import as a CSV an editor opens in a spreadsheet to fix
 * the file: line, column, the problem's code and its text in the reader's
 * language, and the value as the file wrote it. The byte order mark lets
 * Excel read the Cyrillic and Kazakh letters as UTF-8.
 */
export function importProblemsCsv(problems: readonly ImportProblemDto[], t: TFunction): string {
  const header = [t('settlementsAdmin.line'), t('settlementsAdmin.column'), t('settlementsAdmin.problemCode'), t('settlementsAdmin.problem'), t('settlementsAdmin.value')];
  const rows = problems.map((p) => [p.line, p.column, p.code, t(`settlementsAdmin.problemCodes.${p.code}`), p.value]);
  return `\uFEFF${toCsv([header, ...rows])}`;
}

/** "indicators-2025.csv" → "indicators-2025-problems.csv". */
export function importProblemsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]*$/, '').trim() || 'import';
  return `${base}-problems.csv`;
}
