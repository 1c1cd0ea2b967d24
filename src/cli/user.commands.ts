import { Option, type Command } from 'commander';
import { roles, type Role } from '../lib/contracts/roles';
import { createStaffUser, createStaffUserRequest, findStaffUserByEmail, listStaffUsers, updateStaffUser } from '../server/modules/staff';
import { CliError, explain, withDatabase } from './cli-context';

const cliMeta = { actor: null, ip: null, requestId: 'cli' };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Manage staff accounts');

  user
    .command('add')
    .description('Create a staff account; the password is read from stdin or generated and printed once')
    .requiredOption('--email <email>', 'e-mail, used to sign in')
    .addOption(new Option('--role <role>', 'role').choices(roles).makeOptionMandatory())
    .option('--name <name>', 'display name (default: the e-mail)')
    .option('--region <code>', 'KATO code of the region (front_office only)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; role: Role; name?: string; region?: string; passwordStdin?: boolean }) => {
      const password = options.passwordStdin ? await readStdin() : undefined;
      const parsed = createStaffUserRequest.safeParse({
        email: options.email,
        displayName: options.name ?? options.email,
        role: options.role,
        ...(options.region ? { regionCode: options.region } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '), 2);
      }
      await withDatabase(async ({ database }) => {
        const created = await database.db.transaction((tx) => createStaffUser(tx, cliMeta, parsed.data)).catch(explain);
        process.stdout.write(`Created ${created.user.role} ${created.user.email} (${created.user.id}).\n`);
        if (created.generatedPassword) process.stdout.write(`Password (shown once): ${created.generatedPassword}\n`);
      });
    });

  user
    .command('disable')
    .description('Disable a staff account and end its sessions')
    .requiredOption('--email <email>', 'e-mail of the account')
    .action(async (options: { email: string }) => {
      await withDatabase(async ({ database }) => {
        const found = await findStaffUserByEmail(database.db, options.email);
        if (!found) throw new CliError(`No staff account with e-mail ${options.email}.`, 1);
        await database.db.transaction((tx) => updateStaffUser(tx, cliMeta, found.id, { active: false })).catch(explain);
        process.stdout.write(`Disabled ${found.email}.\n`);
      });
    });

  user
    .command('list')
    .description('List staff accounts')
    .addOption(new Option('--role <role>', 'only this role').choices(roles))
    .option('--json', 'print JSON')
    .action(async (options: { role?: Role; json?: boolean }) => {
      await withDatabase(async ({ database }) => {
        const items = await listStaffUsers(database.db, cliMeta, { role: options.role });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
          return;
        }
        for (const item of items) {
          process.stdout.write(
            [item.email, item.role, item.regionCode ?? '-', item.active ? 'active' : 'disabled', item.displayName].join('\t') + '\n',
          );
        }
      });
    });
}
