// The audit log's field names and coded values in words, for the network screen's history and the
// administration journal: "Raccordement : Raccordable → Prévu", not "state: deployed → targeted".
// A field added later shows its own name rather than nothing.
import { buildingState } from '../../../shared/schemas/eligibility.ts';
import { siteStatuses } from '../../../shared/schemas/sync.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import type { Translate } from '../../i18n/i18n.tsx';

const labels: Partial<Record<string, MessageKey>> = {
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
  ip: 'network.field.ip',
  clientId: 'network.field.device',
  interest: 'network.field.interest',
  subscriptions: 'network.field.subscriptions',
};

const isBuildingState = (v: string): v is (typeof buildingState.options)[number] =>
  (buildingState.options as readonly string[]).includes(v);
const isSiteStatus = (v: string): v is (typeof siteStatuses)[number] =>
  (siteStatuses as readonly string[]).includes(v);

export function fieldWord(field: string, t: Translate): string {
  const key = labels[field];
  return key ? t(key) : field;
}

/** A value as shown: codes in words, yes/no, nothing as "—", anything else as it is. */
export function valueWord(field: string, v: unknown, t: Translate): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? 'network.field.yes' : 'network.field.no');
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  if (field === 'state' && isBuildingState(s)) return t(`office.building.state.${s}`);
  if (field === 'network' && (s === 'own' || s === 'wholesale')) return t(`office.building.${s}`);
  if (field === 'status' && isSiteStatus(s)) return t(`network.status.${s}`);
  return s;
}
