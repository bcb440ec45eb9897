// "Demandes": the prospects of the technician's zones, filterable by state; each can be shown on the
// map (and checked) or surveyed. Contact details appear only on the technician's own visits.
import { Link } from 'react-router';
import type { ProspectPoint } from '../../../shared/schemas/surveys.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { surveyPath } from './useProspects.ts';

export function ProspectsPanel({
  prospects,
  state,
  onState,
  onShow,
  onClose,
}: {
  prospects: { items: ProspectPoint[]; asOf: string } | undefined;
  state: string;
  onState(s: string): void;
  onShow(p: ProspectPoint): void;
  onClose(): void;
}) {
  const { t, formatDate } = useI18n();
  const items = prospects?.items ?? [];
  const states = [...new Set(items.map((p) => p.state))];
  const shown = items.filter((p) => !state || p.state === state);
  return (
    <section className="tech-map__panel card" aria-labelledby="prospects-title" data-testid="prospects-panel">
      <h2 id="prospects-title">{t('prospects.title')}</h2>
      <label className="field">
        <span className="field__label">{t('prospects.filter')}</span>
        <select className="field__input" value={state} onChange={(e) => onState(e.target.value)}>
          <option value="">{t('prospects.all')}</option>
          {states.map((s) => (
            <option key={s} value={s}>
              {t(stateKey(s))}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 && <p>{t('prospects.none')}</p>}
      <ul className="tech-map__prospects">
        {shown.map((p) => (
          <li key={p.id} className="tech-map__prospect" data-testid="prospect">
            <p>
              <strong>
                {t(p.kind === 'subscription' ? 'prospects.kind.subscription' : 'prospects.kind.interest')}
              </strong>{' '}
              <span className="coord-tag">{t(stateKey(p.state))}</span>
              {p.surveyOutcome && (
                <span className="coord-tag">{t(`prospects.outcome.${p.surveyOutcome}`)}</span>
              )}
            </p>
            {p.contact && (
              <p>
                {p.contact.name}
                {p.contact.phone && (
                  <>
                    {' · '}
                    <a href={`tel:${p.contact.phone}`}>{p.contact.phone}</a>
                  </>
                )}
                {p.contact.address && <> · {p.contact.address}</>}
              </p>
            )}
            <p className="check-sheet__muted">{formatDate(p.createdAt)}</p>
            <div className="offline-map__actions">
              <button type="button" className="button" onClick={() => onShow(p)}>
                {t('prospects.show')}
              </button>
              <Link className="button button--primary" to={surveyPath(p, p.sectorId)}>
                {t('prospects.survey')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
      {prospects && (
        <p className="check-sheet__muted">{t('prospects.asOf', { date: formatDate(prospects.asOf) })}</p>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('check.close')}
      </button>
    </section>
  );
}

const known = new Set(['new', 'contacted', 'scheduled', 'done', 'cancelled', 'connect', 'share']);
function stateKey(state: string): MessageKey {
  return (known.has(state) ? `prospects.state.${state}` : 'prospects.state.new') as MessageKey;
}
