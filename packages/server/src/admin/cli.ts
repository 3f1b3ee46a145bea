import { type Config, loadConfig } from '../config.js';
import { AdminProblem } from './database.js';
import { resetLink } from './reset-link.js';

/** What a command gets: the server's configuration (same environment), the time, and where to print. */
export interface AdminContext {
  config: Config;
  now: () => Date;
  print: (line: string) => void;
}

/** One admin command: `npm run admin -- <name> <args…>`. */
export interface AdminCommand {
  /** One line for the list of commands. */
  usage: string;
  run(args: string[], context: AdminContext): Promise<void>;
}

/** Every admin command by name; a new one joins here (its code in its own file). */
const commands: Record<string, AdminCommand> = {
  'reset-link': resetLink,
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
    });
    return 0;
  } catch (err) {
    if (
      !(err instanceof AdminProblem) &&
      !(err instanceof Error && err.message.startsWith('Invalid configuration'))
    )
      throw err;
    console.error(err.message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
