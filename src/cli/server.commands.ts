import type { Command } from 'commander';
import { startServer } from '../server/main';
import { ensureWebBuild } from '../server/web-build';
import { seedDemo, seedReference } from '../server/seed';
import { migrateDatabase } from '../server/platform/db';
import { createLogger } from '../server/platform/logger';
import { ConfigError } from '../server/platform/config';
import { CliError, progressReporter, withDatabase } from './cli-context';

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('Serve the app (PORT, default 3000) on PGlite in OTANDAS_DATA_DIR, or on DATABASE_URL')
    .option('--no-build', 'do not build the web interface even if it is missing or stale')
    .action(async (options: { build: boolean }) => {
      let server;
      try {
        server = await startServer({ buildWeb: options.build });
      } catch (error) {
        if (error instanceof ConfigError) throw new CliError(error.message, 2);
        throw error;
      }
      process.stdout.write(`Otandas is running at ${server.url}\n`);
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('migrate')
    .description('Apply database migrations that have not run yet')
    .action(async () => {
      await withDatabase(async ({ database }) => {
        await migrateDatabase(database.db);
        process.stdout.write('Migrations applied.\n');
      });
    });

  program
    .command('seed')
    .description('Load reference data (KATO, priority regions); with --demo, also demo data')
    .option('--demo', 'add demo data (staff accounts, appeals and letters, marked as demo)')
    .action(async (options: { demo?: boolean }) => {
      await withDatabase(async ({ database }) => {
        const progress = progressReporter('KATO');
        const reference = await seedReference(database.db, (_label, done, total) => progress.update(done, total));
        progress.stop();
        process.stdout.write(reference.seeded ? `Loaded ${reference.katoUnits} KATO units.\n` : `Reference data present (${reference.katoUnits} KATO units).\n`);
        if (options.demo) {
          const demo = await seedDemo(database.db);
          process.stdout.write(demo.staff ? `Created ${demo.staff} demo staff accounts.\n` : 'Staff accounts exist; demo accounts not added.\n');
          process.stdout.write(demo.cases ? `Created ${demo.cases} demo appeals and ${demo.letters} demo letters.\n` : 'Demo appeals exist; none added.\n');
        }
      });
    });

  program
    .command('build')
    .description('Build the web interface into dist/web')
    .action(async () => {
      await ensureWebBuild(createLogger('info'), true);
    });
}
