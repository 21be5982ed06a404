import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Logger } from '../../lib/logger.ts';
import { addMail, type SandboxState } from '../../sandbox/plugin.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable Message-ID, so a mail sent again after a lost acknowledgement can be recognised by mail clients. */
  messageId: string;
  headers?: Record<string, string>;
}

/** Where e-mail goes: an SMTP server, the sandbox's dev mailbox, or nowhere (logged). */
export interface MailTransport {
  kind: 'smtp' | 'dev-mailbox' | 'none';
  /** Rejects when the mail was not accepted, so the job is retried. */
  send(mail: OutgoingMail): Promise<void>;
}

/** Short network timeouts: a hanging SMTP server must fail the attempt (and retry later), not hold the worker. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId, headers: mail.headers });
    },
  };
}

export function devMailboxTransport(state: SandboxState, from: string): MailTransport {
  return {
    kind: 'dev-mailbox',
    async send(mail) {
      addMail(state, { from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
  };
}

/** No SMTP server and no dev mailbox in this process: the mail cannot be delivered, which is logged and not retried. */
export function undeliverableTransport(log: Logger): MailTransport {
  return {
    kind: 'none',
    async send(mail) {
      log.warn({ to: mail.to, subject: mail.subject }, 'e-mail not deliverable: no SMTP_URL and no dev mailbox in this process');
    },
  };
}

/** SMTP when SMTP_URL is set; otherwise the dev mailbox of the sandbox mounted in this process. */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, sandbox: SandboxState | null, log: Logger): MailTransport {
  if (config.smtpUrl) return smtpTransport(config.smtpUrl, config.mailFrom);
  if (sandbox) return devMailboxTransport(sandbox, config.mailFrom);
  return undeliverableTransport(log);
}
