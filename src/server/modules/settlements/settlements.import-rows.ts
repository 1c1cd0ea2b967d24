/**
 * What an indicator file's lines say: the values to write, and a problem for
 * everything refused, with the line number the person sees in the file.
 *
 * A file may be in long form (kato, indicator, value, year, source: one
 * value a line), wide form (kato, year, source and one column per
 * indicator), or both at once. What is refused:
 * - a line without a code, with a code not in the catalogue, or with a bad
 *   year: the whole line (every value on it depends on them);
 * - a value that is not a number, is out of range, names an unknown
 *   indicator, or repeats a settlement and indicator given earlier in the
 *   file: that value only, the line's other values are kept.
 * A cell left empty is no value, not a problem.
 */
import { errors } from '../../platform/errors';
import { SETTLEMENT_INDICATORS, type IndicatorSpec } from '../../../lib/contracts/settlements';
import type { IndicatorImportProblem, IndicatorImportRow } from './settlements.tables';
import type { Cell, FileLine, ReadFile } from './settlements.import-file';

export type ProblemCode = 'unknown_kato' | 'unknown_column' | 'out_of_range' | 'not_a_number' | 'duplicate' | 'missing_code' | 'bad_year';
export type ImportProblem = IndicatorImportProblem & { code: ProblemCode };

export const firstIndicatorYear = 1990;

const indicatorsByName = new Map<string, IndicatorSpec>(SETTLEMENT_INDICATORS.map((spec) => [spec.key.toLowerCase(), spec]));
const katoNames = new Set(['kato', 'kato_code', 'като']);
const fixedColumns = ['indicator', 'value', 'year', 'source'] as const;
type FixedColumn = (typeof fixedColumns)[number];

/** Yes and no as people write them in the three languages; 1/0 and true/false work too. */
const yes = new Set(['1', 'yes', 'y', 'true', 'да', 'есть', 'иә', 'ия', 'бар']);
const no = new Set(['0', 'no', 'n', 'false', 'нет', 'жоқ']);

type Columns = {
  kato: number;
  fixed: Partial<Record<FixedColumn, number>>;
  /** Wide-form indicator columns: where each is and the key it carries. */
  wide: Array<{ index: number; key: string }>;
};

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Which column is which; an unknown column is reported on line 1 and left out. */
function columnsOf(header: FileLine, problems: ImportProblem[]): Columns {
  let kato = -1;
  const fixed: Columns['fixed'] = {};
  const wide: Columns['wide'] = [];
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = text(cell);
    const folded = name.toLowerCase();
    if (!name) return;
    if (seen.has(folded)) {
      problems.push({ line: header.line, column: name, code: 'duplicate', value: name });
      return;
    }
    seen.add(folded);
    const spec = indicatorsByName.get(folded);
    if (katoNames.has(folded)) kato = index;
    else if ((fixedColumns as readonly string[]).includes(folded)) fixed[folded as FixedColumn] = index;
    else if (spec) wide.push({ index, key: spec.key });
    else problems.push({ line: header.line, column: name, code: 'unknown_column', value: name });
  });
  if (kato < 0) throw errors.unprocessable('indicator_file_no_kato_column');
  return { kato, fixed, wide };
}

const wholeNumberKinds = new Set(['boolean', 'count', 'level']);

/** A cell as the indicator's number, or the reason it is refused. */
export function parseIndicatorValue(cell: Cell, spec: IndicatorSpec): number | 'not_a_number' | 'out_of_range' {
  let value: number;
  if (typeof cell === 'boolean') value = cell ? 1 : 0;
  else if (typeof cell === 'number') value = cell;
  else {
    const raw = text(cell).toLowerCase();
    if (spec.kind === 'boolean' && yes.has(raw)) value = 1;
    else if (spec.kind === 'boolean' && no.has(raw)) value = 0;
    else {
      // Spaces group thousands ("1 200"); a decimal comma is read as a point.
      const compact = raw.replace(/[\s\u00a0\u202f]/gu, '');
      if (!/^[+-]?\d+([.,]\d+)?$/u.test(compact)) return 'not_a_number';
      value = Number(compact.replace(',', '.'));
    }
  }
  if (!Number.isFinite(value)) return 'not_a_number';
  if (wholeNumberKinds.has(spec.kind) && !Number.isInteger(value)) return 'not_a_number';
  if (value < spec.min || value > spec.max) return 'out_of_range';
  return value;
}

/** A year between 1990 and next year, or null for an empty cell. */
function parseYear(cell: Cell | undefined, thisYear: number): number | null | 'bad' {
  const raw = text(cell);
  if (!raw) return null;
  if (!/^\d{4}(\.0+)?$/u.test(raw)) return 'bad';
  const year = Math.trunc(Number(raw));
  return year >= firstIndicatorYear && year <= thisYear + 1 ? year : 'bad';
}

/** The values a line carries, in the order of the file: the long-form pair first, then the wide columns. */
function valuesOf(line: FileLine, columns: Columns, header: FileLine, problems: ImportProblem[]): Array<{ key: string; cell: Cell }> {
  const values: Array<{ key: string; cell: Cell }> = [];
  const { indicator, value } = columns.fixed;
  const named = indicator === undefined ? '' : text(line.cells[indicator]);
  const given = value === undefined ? null : (line.cells[value] ?? null);
  if (named) {
    const spec = indicatorsByName.get(named.toLowerCase());
    if (spec) values.push({ key: spec.key, cell: given });
    else problems.push({ line: line.line, column: text(header.cells[indicator!]), code: 'unknown_column', value: named });
  } else if (text(given)) {
    // A value with no indicator to say what it is.
    problems.push({ line: line.line, column: text(header.cells[indicator ?? value!]), code: 'unknown_column', value: null });
  }
  for (const column of columns.wide) {
    const cell = line.cells[column.index] ?? null;
    if (text(cell)) values.push({ key: column.key, cell });
  }
  return values;
}

export type ValidatedFile = {
  rows: IndicatorImportRow[];
  problems: ImportProblem[];
  /** Data lines (the header and blank lines not counted). */
  lines: number;
  /** Data lines with at least one problem. */
  badLines: number;
};

/**
 * Checks every line against the catalogue's codes. A value without a source
 * takes the file's name as its source, so every value says where it came from.
 */
export function validateIndicatorLines(file: ReadFile, catalogue: ReadonlySet<string>, options: { fileName: string; thisYear: number }): ValidatedFile {
  const problems: ImportProblem[] = [];
  const columns = columnsOf(file.header, problems);
  const rows: IndicatorImportRow[] = [];
  const accepted = new Set<string>();
  const katoColumn = text(file.header.cells[columns.kato]);
  const badLines = new Set<number>();
  const report = (problem: ImportProblem) => {
    problems.push(problem);
    badLines.add(problem.line);
  };
  for (const line of file.lines) {
    const rawCode = line.cells[columns.kato];
    const code = typeof rawCode === 'number' && Number.isInteger(rawCode) ? String(rawCode) : text(rawCode);
    if (!code) {
      report({ line: line.line, column: katoColumn, code: 'missing_code', value: null });
      continue;
    }
    if (!catalogue.has(code)) {
      report({ line: line.line, column: katoColumn, code: 'unknown_kato', value: code });
      continue;
    }
    const yearCell = columns.fixed.year === undefined ? undefined : line.cells[columns.fixed.year];
    const year = parseYear(yearCell, options.thisYear);
    if (year === 'bad') {
      report({ line: line.line, column: text(file.header.cells[columns.fixed.year!]), code: 'bad_year', value: text(yearCell) });
      continue;
    }
    const source = (columns.fixed.source === undefined ? '' : text(line.cells[columns.fixed.source])) || options.fileName;
    const lineProblems: ImportProblem[] = [];
    for (const { key, cell } of valuesOf(line, columns, file.header, lineProblems)) {
      const spec = indicatorsByName.get(key.toLowerCase())!;
      const value = parseIndicatorValue(cell, spec);
      if (typeof value !== 'number') {
        lineProblems.push({ line: line.line, column: key, code: value, value: text(cell) });
        continue;
      }
      if (accepted.has(`${code}:${key}`)) {
        lineProblems.push({ line: line.line, column: key, code: 'duplicate', value: text(cell) });
        continue;
      }
      accepted.add(`${code}:${key}`);
      rows.push({ line: line.line, code, key, value, year, source: source.slice(0, 500) });
    }
    lineProblems.forEach(report);
  }
  return { rows, problems, lines: file.lines.length, badLines: badLines.size };
}
