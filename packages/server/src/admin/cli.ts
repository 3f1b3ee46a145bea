import { dump, load } from './dump.js';

// `npm run admin -- <command> …`: tasks for the person who runs the server, with the server's own
// configuration (DATA_DIR / DATABASE_URL). Each command is one async function of its arguments; a
// refusal throws an Error whose message says what to do, printed as one line with exit code 1.
type Command = (argv: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  dump,
  load,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    console.error(
      `Usage: npm run admin -- <command>, where <command> is one of: ${Object.keys(commands).join(', ')}`,
    );
    process.exitCode = 1;
    return;
  }
  try {
    await command(rest);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
