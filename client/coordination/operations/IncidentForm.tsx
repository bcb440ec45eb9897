// Opening an incident from the console: where (relays, sectors, fibre points, zones picked from the
// inventory), how bad, what the public reads in French and English, and notes kept internal. The
// affected area and the members estimate update as elements are ticked.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import {
  incidentSeverities,
  type IncidentElements,
  type IncidentSeverity,
} from '../../../shared/schemas/incidents.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { AreaPreview, hasElement } from './AreaPreview.tsx';
import { ElementPicker } from './ElementPicker.tsx';
import { severityKey } from './labels.ts';

const noElements: IncidentElements = { siteIds: [], sectorIds: [], fibrePointIds: [], zoneIds: [] };

export function IncidentForm({ onDone }: { onDone(id: string | null): void }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const client = useQueryClient();
  const inventory = useQuery(trpc.inventory.get.queryOptions());
  const [elements, setElements] = useState(noElements);
  const [severity, setSeverity] = useState<IncidentSeverity>('major');
  const [texts, setTexts] = useState({ titleFr: '', titleEn: '', publicTextFr: '', publicTextEn: '' });
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = useMutation(
    trpc.incidents.open.mutationOptions({
      onSuccess: (incident) => {
        void client.invalidateQueries({ queryKey: trpc.incidents.list.queryKey() });
        onDone(incident.id);
      },
    }),
  );

  const choices = useMemo(() => {
    const inv = inventory.data;
    const siteName = new Map(inv?.sites.map((s) => [s.id, s.name]));
    return {
      sites: inv?.sites.map((s) => ({ id: s.id, label: s.name })) ?? [],
      sectors:
        inv?.sectors.map((s) => ({
          id: s.id,
          label: `${siteName.get(s.siteId) ?? s.siteId} — ${s.name ?? s.id} (${s.azimuthDeg}°)`,
        })) ?? [],
      points:
        inv?.fibrePoints.map((p) => ({ id: p.id, label: `${p.kind.toUpperCase()} ${p.name ?? p.id}` })) ?? [],
      zones: inv?.zones.map((z) => ({ id: z.id, label: z.name })) ?? [],
    };
  }, [inventory.data]);

  const setIds = (key: keyof IncidentElements) => (ids: string[]) =>
    setElements((e) => ({ ...e, [key]: ids }));
  const setText = (key: keyof typeof texts) => (value: string) => setTexts((x) => ({ ...x, [key]: value }));
  const optional = (v: string) => (v.trim() ? v.trim() : null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!hasElement(elements)) return setProblem(t('ops.form.needPlace'));
    if (!texts.titleFr.trim()) return setProblem(t('ops.form.needTitle'));
    setProblem(null);
    open.mutate({
      ...elements,
      severity,
      titleFr: texts.titleFr.trim(),
      titleEn: optional(texts.titleEn),
      publicTextFr: optional(texts.publicTextFr),
      publicTextEn: optional(texts.publicTextEn),
      internalNotes: optional(notes),
    });
  };

  return (
    <form className="ops-incident-form coord-card" onSubmit={submit} data-testid="incident-form" noValidate>
      <h2>{t('ops.form.title')}</h2>
      <p className="field__label">{t('ops.form.where')}</p>
      <div className="ops-pickers">
        <ElementPicker
          testId="pick-sites"
          legend={t('ops.form.sites')}
          choices={choices.sites}
          chosen={elements.siteIds}
          onChange={setIds('siteIds')}
        />
        <ElementPicker
          testId="pick-sectors"
          legend={t('ops.form.sectors')}
          choices={choices.sectors}
          chosen={elements.sectorIds}
          onChange={setIds('sectorIds')}
        />
        <ElementPicker
          testId="pick-points"
          legend={t('ops.form.points')}
          choices={choices.points}
          chosen={elements.fibrePointIds}
          onChange={setIds('fibrePointIds')}
        />
        <ElementPicker
          testId="pick-zones"
          legend={t('ops.form.zones')}
          choices={choices.zones}
          chosen={elements.zoneIds}
          onChange={setIds('zoneIds')}
        />
      </div>
      <AreaPreview elements={elements} />
      <SeverityField value={severity} onChange={setSeverity} />
      <div className="ops-texts">
        <TextInput label={t('ops.form.titleFr')} value={texts.titleFr} onChange={setText('titleFr')} />
        <TextInput label={t('ops.form.titleEn')} value={texts.titleEn} onChange={setText('titleEn')} />
        <TextInput
          label={t('ops.form.textFr')}
          value={texts.publicTextFr}
          onChange={setText('publicTextFr')}
          multiline
        />
        <TextInput
          label={t('ops.form.textEn')}
          value={texts.publicTextEn}
          onChange={setText('publicTextEn')}
          multiline
        />
      </div>
      <TextInput label={t('ops.form.notes')} value={notes} onChange={setNotes} multiline />
      {(problem ?? open.isError) && (
        <p className="form__error" role="alert">
          {problem ?? `${t('ops.form.failed')} ${errorMessage(open.error, lang, t)}`}
        </p>
      )}
      <div className="ops-actions">
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {t('ops.form.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('ops.form.cancel')}
        </button>
      </div>
    </form>
  );
}

export function SeverityField({
  value,
  onChange,
}: {
  value: IncidentSeverity;
  onChange(s: IncidentSeverity): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="ops-severity">
      <legend className="field__label">{t('ops.severity')}</legend>
      {incidentSeverities.map((s) => (
        <label key={s} className={`ops-chip ops-chip--${s}`}>
          <input type="radio" name="severity" checked={value === s} onChange={() => onChange(s)} />
          <span>{t(severityKey[s])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  multiline = false,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  multiline?: boolean;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {multiline ? (
        <textarea
          className="field__input"
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input className="field__input" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}
