import type { Command } from 'commander';
import { createPartner, listPartners, setPartnerActive, setTelegramWebhook } from '../server/modules/support';
import { loadConfig } from '../server/platform/config';
import { CliError, explain, withDatabase } from './cli-context';

const cliMeta = { actor: null, ip: null, requestId: 'cli' };

/** Organisations that file appeals through the Open311 API, each with its own key. */
export function registerPartnerCommands(program: Command): void {
  const partner = program.command('partner').description('Manage Open311 partner organisations and their API keys');

  partner
    .command('add')
    .description('Register a partner; its API key is printed once and only its hash is kept')
    .requiredOption('--name <name>', 'name of the organisation')
    .action(async (options: { name: string }) => {
      await withDatabase(async ({ database }) => {
        const created = await createPartner(database.db, cliMeta, options.name).catch(explain);
        process.stdout.write(`Registered partner ${created.name} (${created.id}).\nAPI key (shown once): ${created.apiKey}\n`);
      });
    });

  partner
    .command('list')
    .description('List partners: id, name, state, last use')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ database }) => {
        const partners = await listPartners(database.db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(partners, null, 2)}\n`);
          return;
        }
        for (const p of partners) process.stdout.write(`${p.id}\t${p.name}\t${p.active ? 'active' : 'disabled'}\t${p.lastUsedAt ?? 'never used'}\n`);
      });
    });

  for (const [name, active] of [['disable', false], ['enable', true]] as const) {
    partner
      .command(name)
      .description(active ? "Accept a disabled partner's key again" : "Refuse a partner's key from now on")
      .requiredOption('--id <id>', 'the partner id (see partner list)')
      .action(async (options: { id: string }) => {
        if (!/^[0-9a-f-]{36}$/i.test(options.id)) throw new CliError('--id: not a partner id', 2);
        await withDatabase(async ({ database }) => {
          await setPartnerActive(database.db, cliMeta, options.id, active).catch(explain);
          process.stdout.write(`Partner ${options.id} ${active ? 'enabled' : 'disabled'}.\n`);
        });
      });
  }
}

/** The channels' one-time setup with outside services. */
export function registerChannelCommands(program: Command): void {
  program
    .command('telegram-webhook')
    .description("Point the Telegram bot at this installation's webhook, with TELEGRAM_WEBHOOK_SECRET as its secret token")
    .requiredOption('--url <url>', 'public https address of the installation, e.g. https://otandas.example.kz')
    .action(async (options: { url: string }) => {
      try {
        const webhook = await setTelegramWebhook(loadConfig(), options.url);
        process.stdout.write(`Telegram delivers updates to ${webhook}\n`);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error), 1);
      }
    });
}
