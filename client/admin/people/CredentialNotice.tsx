// A new password or set-password link, shown once: the server keeps only its hash.
import { useState } from 'react';
import type { CredentialOutput } from '../../../shared/schemas/users.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../coordination/ui/format.ts';

function setPasswordUrl(token: string): string {
  return `${window.location.origin}/mot-de-passe#${token}`;
}

export function CredentialNotice({
  credential,
  title,
  onDismiss,
}: {
  credential: CredentialOutput;
  title: string;
  onDismiss(): void;
}) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState(false);
  const secret = credential.password ?? (credential.linkToken ? setPasswordUrl(credential.linkToken) : '');
  const copy = () => {
    void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
  };
  return (
    <div className="coord-callout coord-callout--info admin-secret" role="status" data-testid="credential">
      <p>
        <strong>{title}</strong>
      </p>
      <p>
        {credential.password
          ? t('admin.people.passwordOnce')
          : t('admin.people.linkOnce', {
              date: formatDateTime(credential.linkExpiresAt ?? '', locale),
            })}
        <code className="admin-secret__value" data-testid="credential-value">
          {secret}
        </code>
      </p>
      <div className="coord-actions">
        <button type="button" className="button" onClick={copy}>
          {copied ? t('admin.people.copied') : t('admin.people.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={onDismiss}>
          {t('admin.people.dismiss')}
        </button>
      </div>
    </div>
  );
}
