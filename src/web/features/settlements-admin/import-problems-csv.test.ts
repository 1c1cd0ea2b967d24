/** The import report's problems as a CSV: the columns, the quoting, formulas neutralised, UTF-8 with a BOM. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createI18n } from '../../../lib/i18n';
import { importProblemsCsv, importProblemsFileName } from './import-problems-csv';
import type { ImportProblemDto } from './settlementsAdmin.api';

const codes: ImportProblemDto['code'][] = ['unknown_kato', 'unknown_column', 'out_of_range', 'not_a_number', 'duplicate', 'missing_code', 'bad_year'];

/** Reads RFC 4180 text back into rows, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, cell]), (row = []), (cell = ''), i++;
    else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the text ends with a line break');
  return rows;
}

describe('import problems as CSV', () => {
  it('writes the translated header, then line, column, code, problem text and value per problem, with a BOM', () => {
    const problems: ImportProblemDto[] = [
      { line: 3, column: 'school', code: 'not_a_number', value: 'есть, но далеко' },
      { line: 7, column: null, code: 'missing_code', value: null },
      { line: 9, column: 'gas', code: 'out_of_range', value: '-5' },
      { line: 12, column: 'kato', code: 'unknown_kato', value: '=HYPERLINK("http://x","y")' },
      { line: 15, column: 'note', code: 'unknown_column', value: 'two\nlines "quoted"' },
    ];
    const csv = importProblemsCsv(problems, createI18n('ru').t);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.equal(
      csv.slice(1),
      [
        'Строка,Столбец,Код ошибки,Ошибка,Значение',
        '3,school,not_a_number,Не число (или не целое число),"есть, но далеко"',
        '7,,missing_code,Нет кода КАТО,',
        "9,gas,out_of_range,Значение вне допустимых пределов,'-5",
        `12,kato,unknown_kato,Кода нет в каталоге,"'=HYPERLINK(""http://x"",""y"")"`,
        '15,note,unknown_column,Неизвестный столбец или показатель,"two\nlines ""quoted"""',
        '',
      ].join('\r\n'),
    );
    const en = readCsv(importProblemsCsv(problems.slice(0, 1), createI18n('en').t).slice(1));
    assert.deepEqual(en, [
      ['Line', 'Column', 'Problem code', 'Problem', 'Value'],
      ['3', 'school', 'not_a_number', 'Not a number (or not a whole number)', 'есть, но далеко'],
    ]);
  });

  it('reads back as the same cells for any value, a formula behind an apostrophe', () => {
    const t = createI18n('kk').t;
    const problem = fc.record({
      line: fc.integer({ min: 1, max: 100_000 }),
      column: fc.option(fc.string(), { nil: null }),
      code: fc.constantFrom(...codes),
      value: fc.option(fc.string({ unit: fc.constantFrom('a', 'ә', ',', '"', '\n', '\r', '=', '+', '-', '@', ' ', '1') }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 20 }), (problems) => {
        const rows = readCsv(importProblemsCsv(problems, t).slice(1));
        assert.equal(rows.length, problems.length + 1);
        problems.forEach((p, i) => {
          const [line, column, code, text, value] = rows[i + 1]!;
          assert.equal(line, String(p.line));
          assert.equal(code, p.code);
          assert.equal(text, t(`settlementsAdmin.problemCodes.${p.code}`));
          for (const [cell, original] of [[column, p.column ?? ''], [value, p.value ?? '']] as const) {
            assert.equal(cell, /^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }
        });
      }),
    );
  });

  it('names the download after the uploaded file', () => {
    assert.equal(importProblemsFileName('indicators-2025.csv'), 'indicators-2025-problems.csv');
    assert.equal(importProblemsFileName('показатели'), 'показатели-problems.csv');
    assert.equal(importProblemsFileName('.csv'), 'import-problems.csv');
  });
});
