/**
 * Reading an indicator file into lines of cells, as the person who made it
 * sees them: CSV (UTF-8, comma or semicolon, quoted fields, a BOM is fine)
 * or the first sheet of an XLSX workbook. Each line keeps the number it has
 * in the file (the header is line 1), so problems can point at it.
 * Nothing here knows what the columns mean; settlements.import.ts does.
 */
import ExcelJS from 'exceljs';
import { sniffMediaType, type FilePolicy } from '../../platform/files';
import { AppError, errors } from '../../platform/errors';

export const indicatorFileMaxBytes = 5 * 1024 * 1024;
/** Enough for every value of the catalogue in long form (about 3,000 settlements × 11 indicators), with room. */
export const indicatorFileMaxLines = 100_000;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const indicatorFiles: FilePolicy = { allowed: new Set([xlsxType]), maxBytes: indicatorFileMaxBytes, acceptText: true };

/** A cell as read: text, or a number or boolean an XLSX cell already holds. */
export type Cell = string | number | boolean | null;
export type FileLine = { line: number; cells: Cell[] };
export type ReadFile = { header: FileLine; lines: FileLine[] };

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Splits CSV text into records; a quoted field may hold the delimiter, quotes ("") and line breaks. */
function csvRecords(text: string, delimiter: string): FileLine[] {
  const records: FileLine[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells: fields });
    fields = [];
    recordLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || fields.length) endRecord();
  return records;
}

/** Semicolon when the header has more semicolons than commas (Excel in Russian locales writes it), else comma. */
function delimiterOf(text: string): string {
  const headerLine = text.slice(0, text.search(/\r?\n|$/u));
  const count = (ch: string) => headerLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(text: string): FileLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return csvRecords(body, delimiterOf(body));
}

/** The value a cell shows: formulas give their result, rich text its plain text, dates their ISO day. */
function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return xlsxCell((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export async function readXlsx(bytes: Buffer): Promise<FileLine[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw errors.unprocessable('indicator_file_type');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const lines: FileLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values starts at index 1, as Excel's columns do.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    lines.push({ line: rowNumber, cells: Array.from(values, (v) => xlsxCell(v)) });
  });
  return lines;
}

/**
 * Reads the file's lines after checking what it is by its bytes: an XLSX
 * workbook, or UTF-8 text taken as CSV. Anything else, an empty file, one
 * over the size limit or with too many lines is refused as a whole.
 */
export async function readIndicatorFile(bytes: Buffer): Promise<ReadFile> {
  if (bytes.length === 0) throw errors.unprocessable('indicator_file_empty');
  if (bytes.length > indicatorFileMaxBytes) {
    throw new AppError('indicator_file_too_large', 422, { limitBytes: indicatorFileMaxBytes }, { limit: indicatorFileMaxBytes / 1024 / 1024 });
  }
  const mediaType = await sniffMediaType(bytes, indicatorFiles);
  if (!mediaType) throw errors.unprocessable('indicator_file_type');
  const all = mediaType === xlsxType ? await readXlsx(bytes) : readCsv(bytes.toString('utf8'));
  const lines = all.filter((l) => !isBlank(l.cells));
  const [header, ...rest] = lines;
  if (!header) throw errors.unprocessable('indicator_file_empty');
  if (rest.length > indicatorFileMaxLines) {
    throw new AppError('indicator_file_too_many_lines', 422, { limit: indicatorFileMaxLines }, { limit: indicatorFileMaxLines });
  }
  return { header, lines: rest };
}
