/**
 * Every action the server writes to the audit log has a name in words in
 * every language, so the audit page never falls back to the bare code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dictionaries, languages } from '../../../lib/i18n';

const serverRoot = fileURLToPath(new URL('../../../server', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The `action:` expression of each recordAudit call, e.g. `'case.view'` or `lock ? 'auth.locked' : 'auth.login_failed'`. */
function recordedActionExpressions(): Array<{ file: string; expression: string }> {
  return sources(serverRoot).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return [...code.matchAll(/(?<!function )\brecordAudit\(/g)].flatMap((call) => {
      const entry = /\baction:\s*([^,\n}]+)/.exec(code.slice(call.index, call.index + 600));
      return entry ? [{ file: path.relative(serverRoot, file), expression: entry[1]!.trim() }] : [];
    });
  });
}

test('the server records audit actions as code literals this test can read', () => {
  const found = recordedActionExpressions();
  assert.ok(found.length >= 30, `only ${found.length} recordAudit calls found`);
  const opaque = found.filter(({ expression }) => !/'[a-z_]+\.[a-z_]+'/.test(expression));
  assert.deepEqual(opaque, [], 'an action computed from a variable cannot be checked for a translation');
});

test('every audit action the server records has a name in every language', () => {
  const codes = new Set(recordedActionExpressions().flatMap(({ expression }) => [...expression.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!)));
  for (const language of languages) {
    const names = dictionaries[language].auditActions as Record<string, string>;
    const missing = [...codes].filter((code) => !names[code.replace(/\./g, '_')]?.trim());
    assert.deepEqual(missing, [], `audit actions without a name in ${language}`);
  }
});
