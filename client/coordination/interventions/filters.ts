// The review list's filters live in the address (`?statut=submitted&du=2026-11-01`): a reload, the back
// button or a shared link shows the same list. Pure, so it is unit-tested.
import { z } from 'zod';
import {
  elementId,
  interventionKind,
  interventionStatus,
  type InterventionKind,
  type InterventionFilters,
  type InterventionStatus,
} from '../../../shared/schemas/interventions.ts';

export interface ListFilters {
  status?: InterventionStatus;
  /** Calendar days as the date inputs give them (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
  siteId?: string;
  technicianId?: string;
  kind?: InterventionKind;
  zoneId?: string;
}

const day = z.iso.date();
const params = {
  status: ['statut', interventionStatus],
  from: ['du', day],
  to: ['au', day],
  siteId: ['relais', elementId],
  technicianId: ['technicien', z.uuid()],
  kind: ['type', interventionKind],
  zoneId: ['zone', elementId],
} as const satisfies Record<keyof ListFilters, readonly [string, z.ZodType]>;

const keys = Object.keys(params) as (keyof ListFilters)[];

/** Reads the filters from the address; a malformed value is ignored rather than sent to the server. */
export function readFilters(search: URLSearchParams): ListFilters {
  const filters: ListFilters = {};
  for (const key of keys) {
    const [name, schema] = params[key];
    const parsed = schema.safeParse(search.get(name) ?? undefined);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

/** The address for these filters, keeping parameters that are not filters (the map/list view). */
export function writeFilters(filters: ListFilters, search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of keys) {
    const value = filters[key];
    if (value) next.set(params[key][0], value);
    else next.delete(params[key][0]);
  }
  return next;
}

export function activeFilterCount(filters: ListFilters, { withStatus = true } = {}): number {
  return keys.filter((k) => filters[k] && (withStatus || k !== 'status')).length;
}

function localMidnight(isoDay: string, addDays = 0): string {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The API's filters: days become instants at the coordinator's local midnight, `to` included. */
export function toApiFilters(filters: ListFilters): InterventionFilters {
  const api: InterventionFilters = {};
  if (filters.status) api.status = filters.status;
  if (filters.siteId) api.siteId = filters.siteId;
  if (filters.technicianId) api.technicianId = filters.technicianId;
  if (filters.kind) api.kind = filters.kind;
  if (filters.zoneId) api.zoneId = filters.zoneId;
  if (filters.from) api.from = localMidnight(filters.from);
  // The server's `to` is exclusive: the day after at midnight keeps the whole `to` day.
  if (filters.to) api.to = localMidnight(filters.to, 1);
  return api;
}
