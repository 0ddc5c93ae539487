import { prepareClusterTemplate } from '../db/fresh-pglite.ts';
import { backup } from './backup.ts';
import { resetAdmin } from './reset-admin.ts';
import { restore } from './restore.ts';
import { rotateKey } from './rotate-key.ts';

/** One command of the console's CLI (cli/main.ts). */
export interface CliCommand {
  usage: string;
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run(options: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number | undefined>;
}

export const commands: Record<string, CliCommand> = {
  backup,
  restore,
  'reset-admin': resetAdmin,
  'rotate-key': rotateKey,
  'prepare-template': {
    usage: 'prepare-template',
    summary: 'make the embedded database template now (a release or an image does it at build time)',
    async run() {
      console.log(await prepareClusterTemplate());
      return 0;
    },
  },
};
