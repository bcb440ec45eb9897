// A survey at a prospect's home or any point (/technicien/etude?cible=&id=&lat=&lon=&secteur=): the
// sector aimed at, the test CPE's readings, where and how high the antenna would go, photos toward the
// relay, the view (clear / partial / blocked) and a recommendation. Saved on the phone with its photos
// as a survey.record entry; the server moves the request's state when it arrives.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { recordSurveyArgs, surveyVerdict, type SurveyVerdict } from '../../../shared/schemas/surveys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PhotoRecord } from '../../sync/db.ts';
import { useMutate } from '../../sync/hooks.ts';
import { DEFAULT_SETTINGS, technicianCheck } from '../check/tech-check.ts';
import { useDeviceCheck } from '../check/useDeviceCheck.ts';
import { PhotosField } from '../form/PhotosField.tsx';
import { SignedNumberInput } from '../form/SignedNumberInput.tsx';
import { TextField } from '../form/TextField.tsx';

const KINDS = ['subscription', 'interest', 'job', 'point'] as const;
type Kind = (typeof KINDS)[number];

const num = (s: string): number | null => {
  const n = Number(s.replace(',', '.').trim());
  return s.trim() === '' ? null : Number.isFinite(n) ? n : NaN;
};

export function SurveyPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const mutate = useMutate();
  const device = useDeviceCheck();
  const kind: Kind = KINDS.find((k) => k === params.get('cible')) ?? 'point';
  const position = { lat: Number(params.get('lat')), lon: Number(params.get('lon')) };
  const targetId = params.get('id') ?? '';
  const covering = useMemo(
    () =>
      device
        ? technicianCheck(device.net, device.index, device.terrain, position, DEFAULT_SETTINGS, lang).radio
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the position comes from the URL, read once
    [device, lang],
  );
  const [sectorId, setSectorId] = useState(params.get('secteur') ?? '');
  const [signal, setSignal] = useState('');
  const [snr, setSnr] = useState('');
  const [capacity, setCapacity] = useState('');
  const [mountPoint, setMountPoint] = useState('');
  const [mountHeight, setMountHeight] = useState('');
  const [verdict, setVerdict] = useState<SurveyVerdict | null>(null);
  const [recommendation, setRecommendation] = useState('');
  const [photos, setPhotos] = useState<PhotoRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const sectorChoices = [
    ...covering.map((r) => ({
      id: r.sector.id,
      label: t('check.sector', { site: r.site.name, azimuth: Math.round(r.sector.azimuthDeg) }),
    })),
    ...(sectorId && !covering.some((r) => r.sector.id === sectorId)
      ? [{ id: sectorId, label: sectorId }]
      : []),
  ];

  async function save() {
    setError(null);
    if (!verdict) return setError(t('survey.needVerdict'));
    const readings = {
      signalDbm: num(signal),
      snrDb: num(snr),
      capacityMbps: num(capacity),
      mountHeightM: num(mountHeight),
    };
    if (Object.values(readings).some((v) => Number.isNaN(v))) return setError(t('survey.number'));
    const args = {
      id: crypto.randomUUID(),
      target: kind === 'point' ? { kind } : { kind, id: targetId },
      position,
      sectorId: sectorId || null,
      ...readings,
      mountPoint: mountPoint.trim() || null,
      photos: photos.map((p) => p.sha256),
      verdict,
      recommendation: recommendation.trim() || null,
      surveyedAt: new Date().toISOString(),
    };
    const parsed = recordSurveyArgs.safeParse(args);
    if (!parsed.success) return setError(t('survey.number'));
    setBusy(true);
    try {
      await mutate('survey.record', args, { photos });
      setSaved(true);
    } finally {
      setBusy(false);
    }
  }

  const back = `/technicien/carte?lat=${position.lat}&lon=${position.lon}`;
  if (saved) {
    return (
      <div className="page__content tech-page">
        <h1>{t('survey.title')}</h1>
        <p className="card" role="status" data-testid="survey-saved">
          {t('survey.saved')}
        </p>
        <Link className="button button--primary button--large" to={back}>
          {t('tech.nav.map')}
        </Link>
      </div>
    );
  }

  return (
    <div className="page__content tech-page">
      <h1>{t('survey.title')}</h1>
      <p>{t(`survey.for.${kind}`)}</p>
      <form
        className="form"
        data-testid="survey-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field__label">{t('survey.sector')}</span>
          <select
            className="field__input"
            value={sectorId}
            onChange={(e) => setSectorId(e.target.value)}
            name="sectorId"
          >
            <option value="">{t('survey.noSector')}</option>
            {sectorChoices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend className="field__label">{t('survey.readings')}</legend>
          <label className="field__label" htmlFor="survey-signal">
            {t('survey.signal')}
          </label>
          <SignedNumberInput id="survey-signal" name="signalDbm" value={signal} onChange={setSignal} />
          <TextField label={t('survey.snr')} name="snrDb" value={snr} onChange={setSnr} inputMode="decimal" />
          <TextField
            label={t('survey.capacity')}
            name="capacityMbps"
            value={capacity}
            onChange={setCapacity}
            inputMode="decimal"
          />
        </fieldset>
        <TextField
          label={t('survey.mountPoint')}
          name="mountPoint"
          value={mountPoint}
          onChange={setMountPoint}
        />
        <TextField
          label={t('survey.mountHeight')}
          name="mountHeightM"
          value={mountHeight}
          onChange={setMountHeight}
          inputMode="decimal"
        />
        <fieldset className="field choice-field">
          <legend className="field__label">{t('survey.verdict')}</legend>
          <div className="choices choices--3">
            {surveyVerdict.options.map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name="verdict"
                  value={v}
                  checked={verdict === v}
                  onChange={() => setVerdict(v)}
                />
                <span>{t(`survey.verdict.${v}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="field__hint">{t('survey.photosHint')}</p>
        <PhotosField
          hashes={photos.map((p) => p.sha256)}
          added={photos}
          onAdd={(p) => setPhotos((list) => (list.some((x) => x.sha256 === p.sha256) ? list : [...list, p]))}
          onRemove={(sha) => setPhotos((list) => list.filter((p) => p.sha256 !== sha))}
        />
        <TextField
          label={t('survey.recommendation')}
          name="recommendation"
          value={recommendation}
          onChange={setRecommendation}
          multiline
          rows={3}
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {t('survey.save')}
        </button>
      </form>
    </div>
  );
}
