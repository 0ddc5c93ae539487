import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { CliError } from './cli-error.ts';
import { commands } from './commands.ts';

// The console's command line, for what is done to a console rather than in it: `pnpm console <command>` in a
// checkout, `node apps/server/dist/cli.mjs <command>` in the release folder and the container. It reads the same
// environment as the server (DATA_DIR, DATABASE_URL, CONSOLE_ENCRYPTION_KEY…), so it acts on the console's own data.

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command || name === 'help' || name === '--help' || name === '-h') {
  console.log(
    `Usage: console <command> [options]\n\nCommands:\n${Object.entries(commands)
      .map(([n, c]) => `  ${c.usage.padEnd(44)} ${c.summary}`)
      .join('\n')}`,
  );
  process.exit(command || !name || name === 'help' || name === '--help' || name === '-h' ? 0 : 2);
}

try {
  const { values, positionals } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true });
  const code = await command.run(values as Record<string, string | boolean | undefined>, positionals);
  process.exit(code ?? 0);
} catch (error) {
  if (error instanceof ConfigError || error instanceof CliError) {
    console.error(error.message);
    process.exit(2);
  }
  if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`${(error as Error).message}\nUsage: console ${command.usage}`);
    process.exit(2);
  }
  throw error;
}
