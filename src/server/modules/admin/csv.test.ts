import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, toCsv } from './csv';

test('CSV cells are quoted when needed and formulas are neutralised', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-1'), "'-1");
  assert.equal(csvCell(null), '');
  assert.equal(toCsv([['a', 1], ['b\nc', 2]]), 'a,1\r\n"b\nc",2\r\n');
});
