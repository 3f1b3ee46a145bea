import { emailSchema } from '@spinekind/core';
import { accountIdByEmail, createResetToken, RESET_LINK_MS } from '../accounts/resets.js';
import type { AdminCommand } from './command.js';
import { AdminProblem, openServerDatabase } from './database.js';

/** `reset-link <email>`: a one-time link to set a new password, for when she forgot hers and no mail is set up. */
export const resetLink: AdminCommand = {
  usage: 'reset-link <email>   print a one-time link (valid 1 hour) that lets her set a new password',
  async run([given], { config, now, print }) {
    const email = emailSchema.safeParse(given ?? '');
    if (!email.success)
      throw new AdminProblem('Give the email of the account: npm run admin -- reset-link <email>');
    const { database, close } = await openServerDatabase(config, 'reset-link');
    try {
      const userId = await accountIdByEmail(database.db, email.data);
      if (!userId) throw new AdminProblem(`There is no account with the email ${email.data} on this server.`);
      const token = await createResetToken(database.db, userId, now(), { limitOpenLinks: false });
      const origin = config.publicUrl ?? `http://localhost:${config.port}`;
      print(`${origin}/reset/${token}`);
      print(`Give her this link. It works once, for the next ${RESET_LINK_MS / 60_000} minutes.`);
    } finally {
      await close();
    }
  },
};
