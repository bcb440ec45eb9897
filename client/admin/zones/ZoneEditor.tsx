// Create or change one zone: its name, its outline (tapped on the map or imported from GeoJSON) and
// its technicians. Saving the outline moves what lies inside into the zone (server side); technicians'
// phones receive it on their next sync.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Inventory, ZoneSummary } from '../../../shared/schemas/inventory.ts';
import type { PolygonGeometry } from '../../../shared/schemas/network.ts';
import type { UserSummary } from '../../../shared/schemas/users.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPCClient } from '../../lib/trpc.ts';
import { Checklist } from '../people/ZoneChecklist.tsx';
import { useRefreshAdmin } from '../queries.ts';
import { cornersOf, outlineFromCorners, outlineFromGeoJson, zoneIdFor, type Corner } from './outline.ts';
import { ZoneContents } from './ZoneContents.tsx';
import { ZoneMap } from './ZoneMap.tsx';

export function ZoneEditor({
  zone,
  inventory,
  people,
  onDone,
}: {
  zone: ZoneSummary | null;
  inventory: Inventory;
  people: UserSummary[];
  onDone(message: string): void;
}) {
  const { t, lang } = useI18n();
  const client = useTRPCClient();
  const refresh = useRefreshAdmin();
  const [name, setName] = useState(zone?.name ?? '');
  const [corners, setCorners] = useState<Corner[]>(() => cornersOf(zone?.geometry ?? null));
  // An imported MultiPolygon is kept whole until the admin taps a corner of their own.
  const [imported, setImported] = useState<PolygonGeometry | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const [centreId, setCentreId] = useState('');
  const technicians = people.filter((p) => p.role === 'technician');
  // Who worked there when the editor opened: saving changes only the ticks that moved.
  const [before] = useState(() =>
    technicians.filter((p) => zone && p.zoneIds.includes(zone.id)).map((p) => p.id),
  );
  const [assigned, setAssigned] = useState<string[]>(before);
  const [missing, setMissing] = useState(false);
  const id = useMemo(
    () => zone?.id ?? zoneIdFor(name, new Set(inventory.zones.map((z) => z.id))),
    [zone, name, inventory.zones],
  );
  const centre = inventory.sites.find((s) => s.id === centreId)?.position ?? null;

  const save = useMutation({
    mutationFn: async (geometry: PolygonGeometry) => {
      await client.inventory.saveZone.mutate({ id, name, geometry });
      for (const person of technicians) {
        const now = assigned.includes(person.id);
        if (now === before.includes(person.id)) continue;
        const zoneIds = now ? [...person.zoneIds, id] : person.zoneIds.filter((z) => z !== id);
        await client.users.assignZones.mutate({ id: person.id, zoneIds });
      }
    },
    onSuccess: async () => {
      await refresh();
      onDone(t('admin.zones.saved'));
    },
  });

  const geometry = imported ?? outlineFromCorners(corners);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!geometry) return setMissing(true);
    setMissing(false);
    save.mutate(geometry);
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const outline = outlineFromGeoJson(await file.text());
    setImportNote(outline ? t('admin.zones.importOk') : t('admin.zones.importBad'));
    if (!outline) return;
    setImported(outline);
    setCorners(cornersOf(outline));
  };
  const tap = (c: Corner) => {
    setImported(null);
    setCorners((list) => [...list, c]);
  };

  return (
    <form className="admin-card admin-zone-editor" onSubmit={submit} data-testid="zone-editor">
      <h2>{zone ? zone.name : t('admin.zones.new')}</h2>
      <label className="admin-field">
        <span>{t('admin.zones.name')}</span>
        <input required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <fieldset className="admin-checklist admin-outline">
        <legend>{t('admin.zones.draw')}</legend>
        <p className="coord-muted">{t('admin.zones.drawHelp')}</p>
        <div className="admin-row">
          <label className="admin-field">
            <span>{t('admin.zones.centre')}</span>
            <select value={centreId} onChange={(e) => setCentreId(e.target.value)}>
              <option value="">{t('admin.zones.centreNone')}</option>
              {inventory.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="admin-field">
            <span>{t('admin.zones.import')}</span>
            <input
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              onChange={(e) => void importFile(e)}
            />
          </label>
        </div>
        {importNote && <p role="status">{importNote}</p>}
        <ZoneMap
          zones={inventory.zones}
          editingId={zone?.id ?? null}
          corners={corners}
          onTap={tap}
          centre={centre}
        />
        <div className="admin-row">
          <span data-testid="zone-corners">{t('admin.zones.points', { count: corners.length })}</span>
          <button
            type="button"
            className="button"
            disabled={!corners.length}
            onClick={() => {
              setImported(null);
              setCorners((list) => list.slice(0, -1));
            }}
          >
            {t('admin.zones.undo')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!corners.length}
            onClick={() => {
              setImported(null);
              setCorners([]);
            }}
          >
            {t('admin.zones.clear')}
          </button>
        </div>
      </fieldset>
      <Checklist
        legend={t('admin.zones.technicians')}
        options={technicians.map((p) => ({ id: p.id, label: `${p.name} (${p.email})` }))}
        value={assigned}
        onChange={setAssigned}
        empty={t('admin.zones.noTechnician')}
      />
      {zone && <ZoneContents zoneId={zone.id} inventory={inventory} />}
      {missing && (
        <p className="coord-field-error" role="alert">
          {t('admin.zones.needOutline')}
        </p>
      )}
      {save.isError && (
        <p className="coord-field-error" role="alert">
          {errorMessage(save.error, lang, t)}
        </p>
      )}
      <div className="admin-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('admin.zones.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone('')}>
          {t('admin.zones.cancel')}
        </button>
      </div>
    </form>
  );
}
