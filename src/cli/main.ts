import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { registerDataCommands } from './data.commands';
import { registerChannelCommands, registerPartnerCommands } from './channel.commands';
import { registerServerCommands } from './server.commands';
import { registerTextCommands } from './text.commands';
import { registerUserCommands } from './user.commands';
import { CliError } from './cli-context';

/**
 * `otandas` commands. Each one calls module services directly, never the
 * HTTP API. Bad arguments print one line and exit 2.
 */
const program = new Command('otandas')
  .description('Otandas: support center, knowledge base and analytics for kandas and compatriots abroad')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServerCommands(program);
registerUserCommands(program);
registerPartnerCommands(program);
registerChannelCommands(program);
registerDataCommands(program);
registerTextCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) process.exit(0);
    process.exit(2);
  }
  if (error instanceof InvalidArgumentError) {
    process.stderr.write(`otandas: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof CliError) {
    process.stderr.write(`otandas: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`otandas: ${(error as Error).message}\n`);
  process.exit(1);
}
