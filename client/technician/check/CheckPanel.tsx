// The answer for a tapped place, as a sheet over the bottom of the map: the public verdict, then what a
// technician needs — each covering sector's geometry and line of sight at the chosen heights, the
// estimated signal, the fibre building and its PM/PBO — and the way to record a survey there.
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDistance } from '../../../shared/eligibility/reasons.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProfileChart } from './ProfileChart.tsx';
import type { CheckSettings, RadioDetail, TechCheck } from './tech-check.ts';

const number = (value: string): number | null => {
  const n = Number(value.replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? null : n;
};

export function CheckPanel({
  check,
  settings,
  onSettings,
  onClose,
  surveyLink,
}: {
  check: TechCheck;
  settings: CheckSettings;
  onSettings(s: CheckSettings): void;
  onClose(): void;
  surveyLink: string;
}) {
  const { t, lang } = useI18n();
  const { result } = check;
  const verdictKey =
    result.options.some((o) => o.technology === 'radio' && o.status === 'full') &&
    result.verdict === 'planned'
      ? 'join.verdict.full'
      : (`join.verdict.${result.verdict}` as const);
  const [selected, setSelected] = useState(0);
  const shown = check.radio[Math.min(selected, check.radio.length - 1)];

  return (
    <section
      className="check-sheet"
      aria-labelledby="check-title"
      data-testid="check-panel"
      data-verdict={result.verdict}
    >
      <div className="check-sheet__head">
        <h2 id="check-title">{t('check.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('check.close')}
        </button>
      </div>
      <p className="check-sheet__verdict" data-testid="check-verdict">
        {t(verdictKey)}
      </p>
      <ul className="check-sheet__reasons">
        {result.options.map((o) => (
          <li key={o.sectorId ?? o.buildingId ?? o.zoneId}>{o.reason}</li>
        ))}
        {result.excluded.map((e) => (
          <li key={e.sectorId} className="check-sheet__excluded">
            {e.reason}
          </li>
        ))}
      </ul>
      <p className="check-sheet__muted">{t('check.sameAsPublic')}</p>

      <h3>{t('check.sectors')}</h3>
      {check.radio.length === 0 && <p>{t('check.noSector')}</p>}
      {check.radio.length > 1 && (
        <div className="choices" role="radiogroup" aria-label={t('check.sectors')}>
          {check.radio.map((r, i) => (
            <label key={r.sector.id} className="choice">
              <input type="radio" name="sector" checked={i === selected} onChange={() => setSelected(i)} />
              <span>
                {t('check.sector', { site: r.site.name, azimuth: Math.round(r.sector.azimuthDeg) })}
              </span>
            </label>
          ))}
        </div>
      )}
      {shown && <SectorDetail detail={shown} lang={lang} />}

      {check.radio.length > 0 && (
        <details className="check-sheet__settings">
          <summary>{t('check.settings')}</summary>
          <NumberField
            id="rx-height"
            label={t('check.rxHeight')}
            value={settings.receiverHeightM}
            onChange={(v) =>
              v !== null && v >= 0 && v <= 100 && onSettings({ ...settings, receiverHeightM: v })
            }
          />
          <NumberField
            id="eirp"
            label={t('check.eirp')}
            value={settings.eirpDbm}
            onChange={(v) => onSettings({ ...settings, eirpDbm: v })}
          />
          <NumberField
            id="cpe-gain"
            label={t('check.cpeGain')}
            value={settings.cpeGainDbi}
            onChange={(v) => onSettings({ ...settings, cpeGainDbi: v })}
          />
        </details>
      )}

      {check.fibre && (
        <>
          <h3>{t('check.fibre')}</h3>
          <p>
            {t('check.fibreBuilding', {
              id: check.fibre.building.address ?? check.fibre.building.id,
              distance: formatDistance(check.fibre.distanceM, lang),
            })}
          </p>
          <p>
            {check.fibre.pm
              ? t('check.pm', { name: check.fibre.pm.name ?? check.fibre.pm.id })
              : check.fibre.building.pmRef
                ? t('check.pm', { name: check.fibre.building.pmRef })
                : t('check.noPm')}
          </p>
          {check.fibre.pbo && <p>{t('check.pbo', { name: check.fibre.pbo.name ?? check.fibre.pbo.id })}</p>}
        </>
      )}

      <Link className="button button--primary button--large check-sheet__survey" to={surveyLink}>
        {t('check.survey')}
      </Link>
    </section>
  );
}

function SectorDetail({ detail: r, lang }: { detail: RadioDetail; lang: 'fr' | 'en' }) {
  const { t } = useI18n();
  const p = r.profile;
  return (
    <div className="check-sheet__sector" data-testid="check-sector">
      <p>
        <strong>{t('check.sector', { site: r.site.name, azimuth: Math.round(r.sector.azimuthDeg) })}</strong>
        {r.full && <span className="coord-tag check-sheet__tag">{t('check.full')}</span>}
      </p>
      {r.excluded && <p className="check-sheet__excluded">{t('check.excluded')}</p>}
      <p className="check-sheet__los" data-testid="los-status" data-status={p?.status ?? 'none'}>
        {!p
          ? t('check.los.noTerrain')
          : p.status === 'unknown'
            ? t(p.reason === 'site-heights' ? 'check.los.unknownHeights' : 'check.los.unknownGround')
            : p.status === 'clear'
              ? `✓ ${t('check.los.clear')}`
              : `✗ ${t('check.los.blockedAt', {
                  distance: formatDistance(p.worst?.distanceM ?? 0, lang),
                  intrusion: (p.worst?.intrusionM ?? 0).toLocaleString(lang, { maximumFractionDigits: 1 }),
                })}`}
      </p>
      {p && p.status !== 'unknown' && <ProfileChart profile={p} />}
      <p>{t('check.distance', { distance: formatDistance(r.distanceM, lang) })}</p>
      <p>
        {t('check.bearing', {
          bearing: Math.round(r.bearingDeg),
          offset: `${r.offsetDeg > 0 ? '+' : ''}${Math.round(r.offsetDeg)}`,
        })}
      </p>
      <p className="check-sheet__muted">
        {r.estimate
          ? t('check.estimate', {
              dbm: Math.round(r.estimate.receivedDbm),
              loss: r.estimate.fsplDb.toLocaleString(lang, { maximumFractionDigits: 1 }),
            })
          : t('check.estimateNeeds')}
      </p>
    </div>
  );
}

function NumberField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number | null;
  onChange(v: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(number(e.target.value));
        }}
      />
    </div>
  );
}
