import type { MailMessage } from '../mail/mailer.js';

/** The "Forgot password" mail: plain words, the link, and what to do if she did not ask. */
export function resetMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your Spinekind password',
    text: [
      'Hello,',
      '',
      'Someone asked to reset the password of your Spinekind account. If it was you, open this link within an hour and choose a new password:',
      '',
      link,
      '',
      'The link works once. If you did not ask, you can ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}
