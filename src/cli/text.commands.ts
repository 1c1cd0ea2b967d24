import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { detectLanguage } from '../lib/text/language';

/** Text toolkit commands; they need no database. */
export function registerTextCommands(program: Command): void {
  program
    .command('lang-detect')
    .description('Detect the language of each line of standard input; prints "<lang>\\t<confidence>" per line (kk, ru, en or und)')
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const detected = detectLanguage(line);
        // Write per line so a pipe gets answers as it feeds lines in.
        if (!process.stdout.write(`${detected.lang}\t${detected.confidence.toFixed(3)}\n`)) {
          await new Promise((resolve) => process.stdout.once('drain', resolve));
        }
      }
    });
}
