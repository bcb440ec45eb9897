// E-mail over SMTP (SMTP_URL) with nodemailer. One transporter per URL, reused (pooled connections).
import nodemailer, { type Transporter } from 'nodemailer';
import { SendError } from './http.ts';

const transporters = new Map<string, Transporter>();

function transporter(url: string): Transporter {
  let t = transporters.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transporters.set(url, t);
  }
  return t;
}

export interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export async function sendEmail(
  config: { smtpUrl: string | undefined; from: string },
  mail: Mail,
): Promise<void> {
  if (!config.smtpUrl) throw new SendError('SMTP_URL n’est pas configuré.');
  try {
    await transporter(config.smtpUrl).sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      // A stable Message-ID: were a message sent again after a lost answer, mail clients show it once.
      messageId: `<${mail.id}@terrain>`,
      headers: mail.headers,
    });
  } catch (err) {
    throw new SendError(`SMTP : ${err instanceof Error ? err.message : String(err)}`.slice(0, 500));
  }
}

export function closeEmailTransports(): void {
  for (const t of transporters.values()) t.close();
  transporters.clear();
}
