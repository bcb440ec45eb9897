// The installations list's filters live in the address (`?technologie=fibre&horsPlage=1`), like the
// review list's: a reload or a shared link shows the same list, and the exports take the same filters.
import { z } from 'zod';
import { installationTechnology, type InstallationFilters } from '../../../shared/schemas/installations.ts';
import { elementId } from '../../../shared/schemas/interventions.ts';

export interface InstallationListFilters {
  technology?: 'fibre' | 'radio';
  status?: 'active' | 'removed';
  zoneId?: string;
  technicianId?: string;
  /** Calendar days (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
  outOfWindow?: boolean;
}

const day = z.iso.date();
const params = {
  technology: ['technologie', installationTechnology],
  status: ['etat', z.enum(['active', 'removed'])],
  zoneId: ['zone', elementId],
  technicianId: ['technicien', z.uuid()],
  from: ['du', day],
  to: ['au', day],
  outOfWindow: ['horsPlage', z.literal('1').transform(() => true)],
} as const satisfies Record<keyof InstallationListFilters, readonly [string, z.ZodType]>;

const keys = Object.keys(params) as (keyof InstallationListFilters)[];

export function readInstallationFilters(search: URLSearchParams): InstallationListFilters {
  const filters: InstallationListFilters = {};
  for (const key of keys) {
    const [name, schema] = params[key];
    const parsed = schema.safeParse(search.get(name) ?? undefined);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

/** The address for these filters, keeping parameters that are not filters (the map/list view). */
export function writeInstallationFilters(
  filters: InstallationListFilters,
  search: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of keys) {
    const value = filters[key];
    if (value) next.set(params[key][0], value === true ? '1' : value);
    else next.delete(params[key][0]);
  }
  return next;
}

function localMidnight(isoDay: string, addDays = 0): string {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The API's (and the exports') filters: days become instants at local midnight, `to` included. */
export function toInstallationApiFilters(filters: InstallationListFilters): InstallationFilters {
  const { from, to, ...rest } = filters;
  return {
    ...rest,
    ...(from ? { from: localMidnight(from) } : {}),
    ...(to ? { to: localMidnight(to, 1) } : {}),
  };
}
