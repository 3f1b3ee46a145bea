import type { Config } from '../config.js';

/** What a command gets: the server's configuration, the time, where to print, and the folder she typed it in. */
export interface AdminContext {
  config: Config;
  now: () => Date;
  print: (line: string) => void;
  typedIn: string;
}

/** One admin command: `npm run admin -- <name> <args…>`. */
export interface AdminCommand {
  /** One line for the list of commands. */
  usage: string;
  run(args: string[], context: AdminContext): Promise<void>;
}
