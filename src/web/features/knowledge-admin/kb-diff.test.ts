import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffCounts, foldUnchanged, hasChanges } from './kb-diff';
import type { KbDiffPart } from './knowledgeAdmin.api';

const same = (value: string): KbDiffPart => ({ value, change: 'same' });
const added = (value: string): KbDiffPart => ({ value, change: 'added' });
const removed = (value: string): KbDiffPart => ({ value, change: 'removed' });

test('counts added and removed words, not parts or spaces', () => {
  const parts = [same('ЖСН '), removed('алу'), added('алу тәртібі '), same('және '), added('мерзімі')];
  assert.deepEqual(diffCounts(parts), { added: 3, removed: 1 });
  assert.equal(hasChanges(parts), true);
  assert.equal(hasChanges([same('бәрі бірдей')]), false);
  assert.deepEqual(diffCounts([same('a b')]), { added: 0, removed: 0 });
});

test('long unchanged text folds to the context beside each change, at the ends too', () => {
  const head = 'а'.repeat(500);
  const middle = `${'б'.repeat(20)}${'в'.repeat(300)}${'г'.repeat(20)}`;
  const tail = 'д'.repeat(500);
  const folded = foldUnchanged([same(head), added('жаңа'), same(middle), removed('ескі'), same(tail)], 20);
  assert.deepEqual(
    folded.map((s) => [s.change, s.change === 'gap' ? s.hiddenChars : s.value.length]),
    [['gap', 480], ['same', 20], ['added', 4], ['same', 20], ['gap', 300], ['same', 20], ['removed', 4], ['same', 20], ['gap', 480]],
  );
  assert.equal((folded[3] as KbDiffPart).value, 'б'.repeat(20), 'the text right after a change stays');
  assert.equal((folded[5] as KbDiffPart).value, 'г'.repeat(20), 'the text right before a change stays');
  // Every changed character survives folding, and short unchanged text is left whole.
  const short = [same('қысқа '), added('сөз'), same(' мәтін')];
  assert.deepEqual(foldUnchanged(short, 20), short);
});
