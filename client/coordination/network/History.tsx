// One element's versions from the audit log: who, when, and each field that changed (before → after).
import { buildingState } from '../../../shared/schemas/eligibility.ts';
import { siteStatuses } from '../../../shared/schemas/sync.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { useHistory } from './queries.ts';

const hidden = new Set(['updated_at', 'created_at']);
const isBuildingState = (v: string): v is (typeof buildingState.options)[number] =>
  (buildingState.options as readonly string[]).includes(v);
const isSiteStatus = (v: string): v is (typeof siteStatuses)[number] =>
  (siteStatuses as readonly string[]).includes(v);

/** Column names in words; a column added later shows its own name rather than nothing. */
const fieldLabels: Partial<Record<string, MessageKey>> = {
  name: 'network.field.name',
  lat: 'network.field.lat',
  lon: 'network.field.lon',
  status: 'network.field.status',
  power: 'network.field.power',
  access_notes: 'network.field.access',
  notes: 'network.field.notes',
  azimuth_deg: 'network.field.azimuth',
  beamwidth_deg: 'network.field.beamwidth',
  range_m: 'network.field.range',
  full: 'network.field.full',
  frequency_mhz: 'network.field.frequency',
  device_model: 'network.field.deviceModel',
  planned: 'network.field.planned',
  capacity: 'network.field.capacity',
  pm_id: 'network.field.pm',
  zone_id: 'network.field.zone',
  zone_manual: 'network.field.zoneManual',
  state: 'network.field.state',
  network: 'network.field.network',
  address: 'network.field.address',
};

function changes(details: unknown, t: Translate): { field: string; before: string; after: string }[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
  const before = d.before ?? {};
  const after = d.after ?? {};
  const show = (v: unknown) =>
    v === null || v === undefined
      ? '—'
      : typeof v === 'boolean'
        ? t(v ? 'network.field.yes' : 'network.field.no')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  // Values that are codes (a building's state, a relay's status) in words.
  const word = (field: string, v: unknown): string => {
    if (typeof v !== 'string') return show(v);
    if (field === 'state' && isBuildingState(v)) return t(`office.building.state.${v}`);
    if (field === 'network' && (v === 'own' || v === 'wholesale')) return t(`office.building.${v}`);
    if (field === 'status' && isSiteStatus(v)) return t(`network.status.${v}`);
    return v;
  };
  const label = (field: string) => {
    const key = fieldLabels[field];
    return key ? t(key) : field;
  };
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !hidden.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({
      field: label(field),
      before: word(field, before[field]),
      after: word(field, after[field]),
    }));
}

export function History({ table, id }: { table: string; id: string }) {
  const { t, locale } = useI18n();
  const history = useHistory({ table, id });
  return (
    <section className="net-history" data-testid="network-history">
      <h3>{t('network.history')}</h3>
      {history.data?.length === 0 && <p className="coord-note">{t('network.history.empty')}</p>}
      <ol>
        {history.data?.map((e) => (
          <li key={e.id}>
            <strong>
              {t('network.history.by', {
                who: e.actorName ?? t('network.history.system'),
                when: formatDateTime(e.at, locale),
              })}
            </strong>
            <ul>
              {changes(e.details, t).map((c) => (
                <li key={c.field}>{t('network.history.changed', c)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
