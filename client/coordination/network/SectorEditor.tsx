// A sector's settings. Azimuth and beamwidth have a slider beside the number (one-handed on a tablet);
// every change goes to the draft the map draws, and only "Enregistrer" sends it (inventory.saveSector).
import { useState, type FormEvent } from 'react';
import type { Sector } from '../../../shared/schemas/sync.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { History } from './History.tsx';
import { SaveOutcome } from './SaveOutcome.tsx';
import type { SectorDraft } from './InventoryLayers.tsx';
import { useSaveSector } from './queries.ts';

interface Props {
  sector: Sector;
  editable: boolean;
  onDraft: (d: SectorDraft | null) => void;
}

export function SectorEditor({ sector, editable, onDraft }: Props) {
  const { t } = useI18n();
  const save = useSaveSector();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [d, setD] = useState({
    azimuthDeg: sector.azimuthDeg,
    beamwidthDeg: sector.beamwidthDeg,
    rangeM: sector.rangeM,
    full: sector.full,
    planned: sector.planned,
    frequencyMHz: sector.frequencyMHz,
    deviceModel: sector.deviceModel ?? '',
  });
  const change = (patch: Partial<typeof d>) => {
    const next = { ...d, ...patch };
    setD(next);
    onDraft({ id: sector.id, ...next });
  };
  const num = (v: string) => (v === '' ? 0 : Number(v));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: sector.id,
        siteId: sector.siteId,
        name: sector.name,
        azimuthDeg: ((d.azimuthDeg % 360) + 360) % 360,
        beamwidthDeg: d.beamwidthDeg,
        rangeM: d.rangeM,
        full: d.full,
        planned: d.planned,
        frequencyMHz: d.frequencyMHz,
        deviceModel: d.deviceModel.trim() || null,
      },
      { onSuccess: () => onDraft(null) },
    );
  };
  return (
    <form className="net-sector" onSubmit={submit} data-testid={`sector-${sector.id}`}>
      <fieldset disabled={!editable || save.isPending}>
        <legend>{`${t('network.sector')} ${sector.name ?? sector.id}`}</legend>
        <label>
          {t('network.sector.azimuth')}
          <span className="net-sector__pair">
            <input
              type="range"
              min={0}
              max={359}
              value={d.azimuthDeg}
              aria-hidden="true"
              tabIndex={-1}
              onChange={(e) => change({ azimuthDeg: num(e.target.value) })}
            />
            <input
              type="number"
              min={0}
              max={359}
              step={1}
              value={d.azimuthDeg}
              onChange={(e) => change({ azimuthDeg: num(e.target.value) })}
              data-testid="sector-azimuth"
            />
          </span>
        </label>
        <label>
          {t('network.sector.beamwidth')}
          <span className="net-sector__pair">
            <input
              type="range"
              min={5}
              max={360}
              value={d.beamwidthDeg}
              aria-hidden="true"
              tabIndex={-1}
              onChange={(e) => change({ beamwidthDeg: num(e.target.value) })}
            />
            <input
              type="number"
              min={1}
              max={360}
              value={d.beamwidthDeg}
              onChange={(e) => change({ beamwidthDeg: num(e.target.value) })}
            />
          </span>
        </label>
        <div className="net-sector__row">
          <label>
            {t('network.sector.range')}
            <input
              type="number"
              min={1}
              max={100000}
              step={50}
              value={d.rangeM}
              onChange={(e) => change({ rangeM: num(e.target.value) })}
            />
          </label>
          <label>
            {t('network.sector.frequency')}
            <input
              type="number"
              min={100}
              max={100000}
              value={d.frequencyMHz ?? ''}
              onChange={(e) => change({ frequencyMHz: e.target.value === '' ? null : num(e.target.value) })}
            />
          </label>
        </div>
        <label>
          {t('network.sector.device')}
          <input
            type="text"
            maxLength={100}
            value={d.deviceModel}
            onChange={(e) => change({ deviceModel: e.target.value })}
          />
        </label>
        <label className="net-check">
          <input type="checkbox" checked={d.full} onChange={(e) => change({ full: e.target.checked })} />
          {t('network.sector.full')}
        </label>
        <label className="net-check">
          <input
            type="checkbox"
            checked={d.planned}
            onChange={(e) => change({ planned: e.target.checked })}
          />
          {t('network.sector.planned')}
        </label>
        {editable && (
          <button type="submit" className="button button--primary" data-testid="sector-save">
            {t('network.save')}
          </button>
        )}
      </fieldset>
      <SaveOutcome save={save} />
      {editable && <p className="coord-note">{t('network.sector.preview')}</p>}
      {editable && (
        <details onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
          <summary>{t('network.history')}</summary>
          {historyOpen && <History table="sectors" id={sector.id} />}
        </details>
      )}
    </form>
  );
}
