// A prospect's contact lines: links a coordinator can tap on a phone.
import { formatPhone } from './phone.ts';

export function Contact({ email, phone }: { email: string | null; phone: string | null }) {
  return (
    <p className="coord-contact">
      {email && <a href={`mailto:${email}`}>{email}</a>}
      {phone && <a href={`tel:${phone}`}>{formatPhone(phone)}</a>}
    </p>
  );
}
