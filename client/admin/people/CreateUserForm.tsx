// "Add a person": name, e-mail, role, zones, and how they get their first password.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { role as roleSchema, roles, type Role } from '../../../shared/schemas/auth.ts';
import type { CredentialMode, CredentialOutput } from '../../../shared/schemas/users.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useRefreshAdmin } from '../queries.ts';
import { CredentialNotice } from './CredentialNotice.tsx';
import { Checklist } from './ZoneChecklist.tsx';

export function CreateUserForm({ zones }: { zones: { id: string; label: string }[] }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefreshAdmin();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('technician');
  const [credential, setCredential] = useState<CredentialMode>('password');
  const [zoneIds, setZoneIds] = useState<string[]>([]);
  const [shown, setShown] = useState<{ name: string; credential: CredentialOutput } | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (out) => {
        setShown({ name: out.user.name, credential: out });
        setName('');
        setEmail('');
        setZoneIds([]);
        void refresh();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, email, role, credential, zoneIds });
  };

  return (
    <section className="admin-card" aria-labelledby="create-user">
      <h2 id="create-user">{t('admin.people.create')}</h2>
      {shown && (
        <CredentialNotice
          credential={shown.credential}
          title={t('admin.people.created', { name: shown.name })}
          onDismiss={() => setShown(null)}
        />
      )}
      <form className="admin-form" onSubmit={submit} data-testid="create-user-form">
        <label className="admin-field">
          <span>{t('admin.people.name')}</span>
          <input required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </label>
        <label className="admin-field">
          <span>{t('admin.people.email')}</span>
          <input
            required
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
          />
        </label>
        <label className="admin-field">
          <span>{t('admin.people.role')}</span>
          <select value={role} onChange={(e) => setRole(roleSchema.catch(role).parse(e.target.value))}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="admin-checklist">
          <legend>{t('admin.people.credential')}</legend>
          {(['password', 'link'] as const).map((mode) => (
            <label key={mode} className="admin-check">
              <input
                type="radio"
                name="credential"
                checked={credential === mode}
                onChange={() => setCredential(mode)}
              />
              {t(`admin.people.credential.${mode}`)}
            </label>
          ))}
        </fieldset>
        {role === 'technician' && (
          <Checklist
            legend={t('admin.people.editZones')}
            options={zones}
            value={zoneIds}
            onChange={setZoneIds}
            empty={t('admin.zones.none')}
          />
        )}
        {create.isError && (
          <p className="coord-field-error" role="alert">
            {errorMessage(create.error, lang, t)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('admin.people.createSubmit')}
        </button>
      </form>
    </section>
  );
}
