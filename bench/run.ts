/**
 * `npm run bench [name …]`: every benchmark (or those whose file name
 * contains a given name), each printing its figures beside a baseline
 * measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((name) => f.includes(name)))
  .sort();

for (const file of files) {
  const module = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
  await module.run();
}
process.exit(0);
