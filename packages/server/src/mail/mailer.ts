import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { MailConfig } from '../config.js';

/** A message to send; `from` is the mailer's. */
export type MailMessage = Omit<SendMailOptions, 'from'> & { to: string; subject: string; text: string };

/**
 * Outgoing mail, always off the request path: a request hands over the work and answers at once, so its
 * timing never depends on whether a mail was sent. `idle()` waits for the work handed over (tests, shutdown).
 */
export interface Mailer {
  /** Runs `compose` in the background and sends what it returns (nothing when undefined). */
  later(compose: () => Promise<MailMessage | undefined>, log: FastifyBaseLogger): void;
  idle(): Promise<void>;
}

export function createMailer(transport: Transporter, from: string): Mailer {
  const pending = new Set<Promise<void>>();
  return {
    later(compose, log) {
      const work = (async () => {
        const message = await compose();
        if (message) await transport.sendMail({ ...message, from });
      })()
        // Never the address or the message: only what kind of failure it was.
        .catch((err: unknown) => log.error({ err }, 'could not send a mail'))
        .finally(() => pending.delete(work));
      pending.add(work);
    },
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}

/** The SMTP mailer of `SMTP_URL` (main.ts). */
export function smtpMailer(config: MailConfig): Mailer {
  return createMailer(nodemailer.createTransport(config.smtpUrl), config.from);
}
