// A relay: name, position, status, power, access notes (admins edit, coordinators read), its sectors,
// and its history. Saves go through inventory.saveSite, versioned on the server.
import { useState, type FormEvent } from 'react';
import { siteStatuses, type SiteStatus } from '../../../shared/schemas/sync.ts';
import type { Inventory } from '../../../shared/schemas/inventory.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { History } from './History.tsx';
import { SaveOutcome } from './SaveOutcome.tsx';
import type { SectorDraft } from './InventoryLayers.tsx';
import { useSaveSite } from './queries.ts';
import { SectorEditor } from './SectorEditor.tsx';

const powers = ['mains', 'ups', 'solar'] as const;

interface Props {
  site: Inventory['sites'][number];
  sectors: Inventory['sectors'];
  editable: boolean;
  onDraft: (d: SectorDraft | null) => void;
}

export function SiteEditor({ site, sectors, editable, onDraft }: Props) {
  const { t } = useI18n();
  const save = useSaveSite();
  const [d, setD] = useState({
    name: site.name,
    status: site.status,
    power: site.power ?? '',
    accessNotes: site.accessNotes ?? '',
    notes: site.notes ?? '',
    lat: site.position.lat,
    lon: site.position.lon,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      id: site.id,
      name: d.name.trim(),
      position: { lat: d.lat, lon: d.lon },
      status: d.status,
      power: d.power.trim() || null,
      accessNotes: d.accessNotes.trim() || null,
      notes: d.notes.trim() || null,
    });
  };
  return (
    <div className="net-editor" data-testid="site-editor">
      <form onSubmit={submit}>
        <fieldset disabled={!editable || save.isPending}>
          <legend>{`${t('network.site')} ${site.name}`}</legend>
          <label>
            {t('network.site.name')}
            <input
              type="text"
              required
              maxLength={120}
              value={d.name}
              onChange={(e) => setD({ ...d, name: e.target.value })}
            />
          </label>
          <div className="net-sector__row">
            <label>
              {t('network.site.status')}
              <select
                value={d.status}
                onChange={(e) =>
                  setD({
                    ...d,
                    status: siteStatuses.find((s) => s === e.target.value) ?? ('active' satisfies SiteStatus),
                  })
                }
                data-testid="site-status"
              >
                {siteStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`network.status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('network.site.power')}
              <select value={d.power} onChange={(e) => setD({ ...d, power: e.target.value })}>
                <option value="">{t('network.power.unknown')}</option>
                {powers.map((p) => (
                  <option key={p} value={p}>
                    {t(`network.power.${p}`)}
                  </option>
                ))}
                {d.power && !(powers as readonly string[]).includes(d.power) && (
                  <option value={d.power}>{d.power}</option>
                )}
              </select>
            </label>
          </div>
          <div className="net-sector__row">
            <label>
              {t('network.site.lat')}
              <input
                type="number"
                step="0.00001"
                min={-90}
                max={90}
                value={d.lat}
                onChange={(e) => setD({ ...d, lat: Number(e.target.value) })}
              />
            </label>
            <label>
              {t('network.site.lon')}
              <input
                type="number"
                step="0.00001"
                min={-180}
                max={180}
                value={d.lon}
                onChange={(e) => setD({ ...d, lon: Number(e.target.value) })}
              />
            </label>
          </div>
          <label>
            {t('network.site.access')}
            <textarea
              rows={2}
              maxLength={2000}
              value={d.accessNotes}
              onChange={(e) => setD({ ...d, accessNotes: e.target.value })}
            />
          </label>
          <label>
            {t('network.site.notes')}
            <textarea
              rows={2}
              maxLength={2000}
              value={d.notes}
              onChange={(e) => setD({ ...d, notes: e.target.value })}
            />
          </label>
          {editable && (
            <button type="submit" className="button button--primary">
              {t('network.save')}
            </button>
          )}
        </fieldset>
        <SaveOutcome save={save} />
      </form>
      <h3>{t('network.count.sectors', { count: sectors.length })}</h3>
      {sectors.map((s) => (
        <SectorEditor key={`${s.id}:${s.updatedAt}`} sector={s} editable={editable} onDraft={onDraft} />
      ))}
      {editable && <History table="sites" id={site.id} />}
    </div>
  );
}
