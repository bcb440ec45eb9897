// One person: who they are, where they work, when they last signed in and synced, and what an admin
// can do about them (role, password, disable, lost phone, zones). Refusals come back in plain words.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { role as roleSchema, roles, type Role } from '../../../shared/schemas/auth.ts';
import type { CredentialOutput, UserSummary } from '../../../shared/schemas/users.ts';
import { formatDateTime } from '../../coordination/ui/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useRefreshAdmin } from '../queries.ts';
import { CredentialNotice } from './CredentialNotice.tsx';
import { Checklist } from './ZoneChecklist.tsx';

export function UserCard({
  user,
  self,
  zones,
}: {
  user: UserSummary;
  self: boolean;
  zones: { id: string; label: string }[];
}) {
  const { t, lang, locale } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefreshAdmin();
  const [role, setRole] = useState<Role>(user.role);
  const [zoneIds, setZoneIds] = useState<string[]>(user.zoneIds);
  const [notice, setNotice] = useState<string | null>(null);
  const [credential, setCredential] = useState<CredentialOutput | null>(null);
  const done = (text: string) => () => {
    setNotice(text);
    void refresh();
  };
  const opts = { onSuccess: done(t('admin.people.saved')) };
  const setRoleM = useMutation(trpc.users.setRole.mutationOptions(opts));
  const disable = useMutation(trpc.users.disable.mutationOptions(opts));
  const enable = useMutation(trpc.users.enable.mutationOptions(opts));
  const assign = useMutation(trpc.users.assignZones.mutationOptions(opts));
  const revoke = useMutation(
    trpc.users.revokeSessions.mutationOptions({
      onSuccess: (r) => done(t('admin.people.revoked', { count: r.ended }))(),
    }),
  );
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: (c) => {
        setCredential(c);
        void refresh();
      },
    }),
  );
  const failed = [setRoleM, disable, enable, assign, revoke, reset].find((m) => m.isError);
  const zoneName = (id: string) => zones.find((z) => z.id === id)?.label ?? id;
  const disabled = user.disabledAt !== null;

  return (
    <li className={`admin-card admin-person${disabled ? ' admin-person--off' : ''}`} data-testid="person">
      <div className="admin-person__head">
        <h3>
          {user.name} {self && <span className="coord-muted">{t('admin.people.you')}</span>}
        </h3>
        <span className={`admin-pill${disabled ? ' admin-pill--off' : ''}`} data-testid="person-state">
          {disabled ? `⛔ ${t('admin.people.disabled')}` : `✓ ${t('admin.people.active')}`}
        </span>
      </div>
      <dl className="admin-facts">
        <dt>{t('admin.people.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('admin.people.role')}</dt>
        <dd>{t(`role.${user.role}`)}</dd>
        <dt>{t('admin.people.zones')}</dt>
        <dd data-testid="person-zones">
          {user.role !== 'technician'
            ? t('admin.people.allZones')
            : user.zoneIds.length
              ? user.zoneIds.map(zoneName).join(', ')
              : t('admin.people.noZone')}
        </dd>
        <dt>{t('admin.people.lastSignIn')}</dt>
        <dd>
          {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('admin.people.never')} ·{' '}
          {t('admin.people.sessions', { count: user.activeSessions })}
        </dd>
        <dt>{t('admin.people.devices')}</dt>
        <dd>
          {user.devices.length === 0
            ? t('admin.people.noDevice')
            : user.devices.map((d) => (
                <span key={d.clientId} className="admin-device">
                  {t('admin.people.device', {
                    id: d.clientId.slice(0, 8),
                    date: formatDateTime(d.lastSyncAt, locale),
                  })}
                </span>
              ))}
        </dd>
      </dl>
      {credential && (
        <CredentialNotice credential={credential} title={user.name} onDismiss={() => setCredential(null)} />
      )}
      {notice && !failed && (
        <p className="coord-muted" role="status">
          {notice}
        </p>
      )}
      {failed && (
        <p className="coord-field-error" role="alert">
          {errorMessage(failed.error, lang, t)}
        </p>
      )}
      <details className="admin-actions">
        <summary>{t('admin.people.actions', { name: user.name })}</summary>
        <div className="admin-actions__body">
          {!self && (
            <div className="admin-row">
              <label className="admin-field">
                <span>{t('admin.people.changeRole')}</span>
                <select value={role} onChange={(e) => setRole(roleSchema.catch(role).parse(e.target.value))}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button"
                disabled={role === user.role}
                onClick={() => setRoleM.mutate({ id: user.id, role })}
              >
                {t('admin.people.saveRole')}
              </button>
            </div>
          )}
          {user.role === 'technician' && (
            <div className="admin-row">
              <Checklist
                legend={t('admin.people.editZones')}
                options={zones}
                value={zoneIds}
                onChange={setZoneIds}
                empty={t('admin.zones.none')}
              />
              <button
                type="button"
                className="button"
                onClick={() => assign.mutate({ id: user.id, zoneIds })}
              >
                {t('admin.people.saveZones')}
              </button>
            </div>
          )}
          <div className="admin-row">
            <button
              type="button"
              className="button"
              onClick={() => reset.mutate({ id: user.id, credential: 'password' })}
            >
              {t('admin.people.resetPassword')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => reset.mutate({ id: user.id, credential: 'link' })}
            >
              {t('admin.people.resetLink')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (window.confirm(t('admin.people.confirmRevoke', { name: user.name })))
                  revoke.mutate({ id: user.id });
              }}
            >
              {t('admin.people.revoke')}
            </button>
            {!self &&
              (disabled ? (
                <button type="button" className="button" onClick={() => enable.mutate({ id: user.id })}>
                  {t('admin.people.enable')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    if (window.confirm(t('admin.people.confirmDisable', { name: user.name })))
                      disable.mutate({ id: user.id });
                  }}
                >
                  {t('admin.people.disable')}
                </button>
              ))}
          </div>
        </div>
      </details>
    </li>
  );
}
