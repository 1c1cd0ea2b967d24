import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { recordAudit } from '../server/platform/audit';
import { backupDatabase, dropEverything, migrateDatabase, restoreDatabase, RestoreError } from '../server/platform/db';
import { CliError, progressReporter, withDatabase } from './cli-context';

export function registerDataCommands(program: Command): void {
  program
    .command('backup')
    .description('Write a consistent backup of the whole database to a file (gzip JSON lines; PGlite and PostgreSQL alike)')
    .requiredOption('--out <file>', 'where to write the backup')
    .action(async (options: { out: string }) => {
      await withDatabase(
        async ({ database }) => {
          const progress = progressReporter('backup');
          const counts = await backupDatabase(database.pool, options.out, (done, total) => progress.update(done, total));
          progress.stop();
          const rows = Object.values(counts).reduce((a, b) => a + b, 0);
          process.stdout.write(`Backed up ${rows} rows from ${Object.keys(counts).length} tables to ${options.out}.\n`);
        },
        { migrate: false },
      );
    });

  program
    .command('restore')
    .description('Restore a backup into an empty database (of the same Otandas version)')
    .argument('<file>', 'a file written by `otandas backup`')
    .option('--replace', 'drop everything in the database first')
    .action(async (file: string, options: { replace?: boolean }) => {
      if (!existsSync(file)) throw new CliError(`No such file: ${file}`, 2);
      await withDatabase(
        async ({ database }) => {
          if (options.replace) await dropEverything(database.pool);
          await migrateDatabase(database.db);
          const progress = progressReporter('restore');
          try {
            const counts = await restoreDatabase(database.pool, file, (done) => progress.update(done, Math.max(done, 1)));
            progress.stop();
            await recordAudit(database.db, { actor: null, ip: null, requestId: 'cli' }, {
              action: 'backup.restore',
              details: { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0), replaced: Boolean(options.replace) },
            });
            process.stdout.write(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${Object.keys(counts).length} tables.\n`);
          } catch (error) {
            progress.stop();
            if (error instanceof RestoreError) throw new CliError(error.message, 1);
            throw error;
          }
        },
        { migrate: false },
      );
    });
}
