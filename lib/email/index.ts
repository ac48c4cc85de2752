import "server-only";
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { getEnv } from "../env";

/**
 * Outgoing email, behind one small interface. These machines cannot send email, so the built-in
 * senders only log ("console", the default) or append to a JSON-lines file ("outbox", which tests
 * read). A real provider (SMTP, Amazon SES, …) is one more `EmailSender` added to `senders` below.
 */
export type Email = { to: string; subject: string; text: string; link: string; kind: "verify-email" | "reset-password" };

export interface EmailSender {
  send(email: Email): Promise<void>;
}

const consoleSender: EmailSender = {
  async send(email) {
    // Links grant access to an account and addresses are personal: only `npm run dev` (NODE_ENV
    // development, on a developer's own machine) prints them. Everywhere else, say what was not sent.
    if (getEnv().NODE_ENV !== "development") {
      console.warn(`[email] not sent (EMAIL_SENDER=console): a ${email.kind} email. Configure a real sender to deliver account emails.`);
      return;
    }
    console.info(`[email] to ${email.to}: ${email.subject}\n${email.text}\n`);
  },
};

const outboxSender: EmailSender = {
  async send(email) {
    const file = getEnv().EMAIL_OUTBOX;
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify({ ...email, sentAt: new Date().toISOString() })}\n`);
  },
};

const senders: Record<ReturnType<typeof getEnv>["EMAIL_SENDER"], EmailSender> = { console: consoleSender, outbox: outboxSender };

export function getEmailSender(): EmailSender {
  return senders[getEnv().EMAIL_SENDER];
}
