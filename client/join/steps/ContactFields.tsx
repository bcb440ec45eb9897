// Name, email, phone: the same three fields in both requests, always private.
import { useT } from '../../i18n/i18n.tsx';
import type { ContactDraft } from '../flow.ts';
import type { FieldErrors } from '../validation.ts';
import { TextField } from '../ui.tsx';

export function ContactFields(p: {
  draft: ContactDraft;
  onChange(patch: Partial<ContactDraft>): void;
  errors: FieldErrors;
  nameRequired: boolean;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={p.nameRequired ? t('join.contact.name') : t('join.int.name')}
        value={p.draft.name}
        onChange={(name) => p.onChange({ name })}
        autoComplete="name"
        error={p.errors.name}
        testId="contact-name"
      />
      <TextField
        label={t('join.contact.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        value={p.draft.email}
        onChange={(email) => p.onChange({ email })}
        error={p.errors.email}
        testId="contact-email"
      />
      <TextField
        label={t('join.contact.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={p.draft.phone}
        onChange={(phone) => p.onChange({ phone })}
        error={p.errors.phone}
        testId="contact-phone"
      />
      <p className="join-private">{t('join.contact.private')}</p>
    </>
  );
}
