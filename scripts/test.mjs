#!/usr/bin/env node
// Runs the whole test suite with Node's test runner: unit and database tests
// beside the code (src/**/*.test.ts), and browser tests (e2e/*.test.ts).
// Node 20's runner takes explicit file lists, so the files are found here.
// Browser tests skip themselves, and say so, where /usr/bin/chromium is missing.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const onlyE2e = args.includes('--e2e');
const withoutE2e = args.includes('--no-e2e');
const filters = args.filter((a) => !a.startsWith('--'));

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return find(full);
    return name.endsWith('.test.ts') || name.endsWith('.test.tsx') ? [full] : [];
  });
}

let files = [...(onlyE2e ? [] : find('src')), ...(withoutE2e ? [] : find('e2e'))];
if (filters.length) files = files.filter((f) => filters.some((needle) => f.includes(needle)));
files.sort();
if (!files.length) {
  console.error('No test files matched.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=180000', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
