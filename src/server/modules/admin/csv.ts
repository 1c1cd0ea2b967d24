// The writer lives in src/lib so the console can build the same CSV in the browser.
export { csvCell, toCsv } from '../../../lib/csv';
