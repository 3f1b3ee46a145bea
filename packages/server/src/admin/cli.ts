import { loadConfig } from '../config.js';
import type { AdminCommand } from './command.js';
import { dump, load } from './dump.js';
import { resetLink } from './reset-link.js';

// `npm run admin -- <command> …`: tasks for the person who runs the server, with the server's own
// configuration (DATA_DIR / DATABASE_URL, PUBLIC_URL). A refusal is an Error whose message says what to
// do: printed as one line, exit code 1.

/** Every admin command by name; a new one joins here (its code in its own file). */
const commands: Record<string, AdminCommand> = {
  'reset-link': resetLink,
  dump,
  load,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(
      `Usage: npm run admin -- <command>\n${Object.values(commands)
        .map((c) => `  ${c.usage}`)
        .join('\n')}`,
    );
    return 2;
  }
  try {
    process.umask(0o077);
    await command.run(args, {
      config: loadConfig(),
      now: () => new Date(),
      print: (line) => console.log(line),
      typedIn: process.env.INIT_CWD ?? process.cwd(),
    });
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
