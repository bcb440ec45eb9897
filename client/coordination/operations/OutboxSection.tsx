// The outbox as coordinators see it: each message waiting, sent, or failing with the far side's last
// answer, so a silent channel shows at once; "retry now" skips the remaining backoff.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelsOverview, OutboxEntry } from '../../../shared/schemas/channels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { kindKey, parisTime } from './labels.ts';

type State = 'sent' | 'failed' | 'pending';
const stateOf = (m: OutboxEntry): State => (m.sentAt ? 'sent' : m.lastError ? 'failed' : 'pending');

export function OutboxSection({ overview }: { overview: ChannelsOverview | undefined }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const client = useQueryClient();
  const retry = useMutation(
    trpc.channels.retry.mutationOptions({
      onSuccess: () => void client.invalidateQueries({ queryKey: trpc.channels.overview.queryKey() }),
    }),
  );
  const label = (m: OutboxEntry) => {
    const state = stateOf(m);
    if (state === 'sent') return `${t('ops.sent')} ${parisTime(m.sentAt, lang)}`;
    if (state === 'failed') return `${t('ops.failed')} ${parisTime(m.nextAttemptAt, lang)}`;
    return t('ops.waiting');
  };

  return (
    <section className="coord-section" data-testid="outbox">
      <h2>{t('ops.outbox')}</h2>
      {overview?.outbox.length === 0 && <p>{t('ops.noOutbox')}</p>}
      {!!overview?.outbox.length && (
        <table className="ops-table">
          <thead>
            <tr>
              <th>{t('ops.message')}</th>
              <th>{t('ops.target')}</th>
              <th>{t('ops.state')}</th>
              <th>{t('ops.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.outbox.map((m) => (
              <tr key={m.id} data-testid="outbox-row" data-state={stateOf(m)}>
                <td>
                  {m.subject}
                  <br />
                  <small>{parisTime(m.createdAt, lang)}</small>
                </td>
                <td>
                  {t(kindKey[m.kind])} <span className="ops-channel__target">{m.target}</span>
                </td>
                <td>
                  <span className={`ops-badge ops-badge--${stateOf(m)}`}>{label(m)}</span>
                  {m.attempts > 0 && (
                    <small>
                      {' '}
                      ({m.attempts} {t('ops.attempts')})
                    </small>
                  )}
                </td>
                <td>
                  {m.lastError && <span className="ops-error">{m.lastError}</span>}
                  {!m.sentAt && (
                    <button type="button" className="button" onClick={() => retry.mutate({ id: m.id })}>
                      {t('ops.retry')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
