// Local-first reads of the technician area: Dexie live queries, so every screen follows the device's
// database as it changes (a save, a pull, another tab), offline or not.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Installation } from '../../shared/schemas/installations.ts';
import type { Intervention } from '../../shared/schemas/interventions.ts';
import type { ImportedEntry, OutboxEntry, TerrainDb } from '../sync/db.ts';
import { useDevice } from '../sync/SyncProvider.tsx';
import { buildPlaces, placeKeyOf, type Place, type PlaceRef } from './places.ts';
import { installationItems, interventionItems, type ListItem } from './records.ts';

export type InterventionItem = ListItem<Intervention> & { place: string | null };
export type InstallationItem = ListItem<Installation> & { place: string | null };

async function recordOutbox(db: TerrainDb, table: 'interventions' | 'installations'): Promise<OutboxEntry[]> {
  // Pending entries imported from another device's backup mark their records as waiting too; their
  // refusals are listed apart on the status page (their numbers belong to that other device).
  const imported = await db.imported.where('status').equals('pending').toArray();
  return [...imported, ...(await db.outbox.toArray())].filter((e) => e.table === table);
}

/** The items, each with the name of the relay, sector, building or fibre point its record points at. */
async function withPlaces<T extends { row: PlaceRef }>(
  db: TerrainDb,
  items: T[],
): Promise<(T & { place: string | null })[]> {
  const ids = (key: keyof PlaceRef) => [
    ...new Set(items.map((i) => i.row[key]).filter((v): v is string => !!v)),
  ];
  const [sites, sectors, buildings, nodes] = await Promise.all([
    db.sites.bulkGet(ids('siteId')),
    db.sectors.bulkGet(ids('sectorId')),
    db.buildings.bulkGet(ids('buildingId')),
    db.fibre_points.bulkGet(ids('fibreNodeId')),
  ]);
  const places = buildPlaces({
    sites: sites.filter((s) => !!s),
    sectors: sectors.filter((s) => !!s),
    buildings: buildings.filter((b) => !!b),
    points: nodes.filter((n) => !!n),
  });
  const byKey = new Map(places.map((p) => [p.key, p.label]));
  return items.map((i) => {
    const key = placeKeyOf(i.row);
    return { ...i, place: key ? (byKey.get(key) ?? key.split(':')[1] ?? null) : null };
  });
}

export function useInterventionItems(): InterventionItem[] | undefined {
  const { db, ctx } = useDevice();
  return useLiveQuery(async () => {
    const items = interventionItems(
      {
        server: await db.interventions.toArray(),
        local: await db.localInterventions.toArray(),
        outbox: await recordOutbox(db, 'interventions'),
        photos: await db.photos.where('state').equals('pending').toArray(),
      },
      ctx.userId,
    );
    return withPlaces(db, items);
  }, [db, ctx.userId]);
}

export function useInterventionItem(id: string | undefined): InterventionItem | null | undefined {
  const items = useInterventionItems();
  if (items === undefined) return undefined;
  return items.find((i) => i.row.id === id) ?? null;
}

export function useInstallationItems(): InstallationItem[] | undefined {
  const { db, ctx } = useDevice();
  return useLiveQuery(async () => {
    const items = installationItems(
      {
        server: await db.installations.toArray(),
        local: await db.localInstallations.toArray(),
        outbox: await recordOutbox(db, 'installations'),
      },
      ctx.userId,
    );
    return withPlaces(db, items);
  }, [db, ctx.userId]);
}

/** Outbox entries the server refused, oldest first. */
export function useRejectedEntries(): OutboxEntry[] | undefined {
  const { db } = useDevice();
  return useLiveQuery(() => db.outbox.where('status').equals('rejected').toArray(), [db]);
}

/** Entries imported from another device's backup that the server refused. */
export function useImportedRejections(): ImportedEntry[] | undefined {
  const { db } = useDevice();
  return useLiveQuery(() => db.imported.where('status').equals('rejected').toArray(), [db]);
}

export function useOutboxEntry(id: number): OutboxEntry | null | undefined {
  const { db } = useDevice();
  return useLiveQuery(async () => (await db.outbox.get(id)) ?? null, [db, id]);
}

/** Every network element on the device, for the picker (a few thousand rows: read once per form). */
export function usePlaces(): Place[] | undefined {
  const { db } = useDevice();
  return useLiveQuery(
    async () =>
      buildPlaces({
        sites: await db.sites.toArray(),
        sectors: await db.sectors.toArray(),
        buildings: await db.buildings.toArray(),
        points: await db.fibre_points.toArray(),
      }),
    [db],
  );
}

/** The photos of this device by hash (blobs for thumbnails, upload state). */
export function usePhotoStates(hashes: string[]) {
  const { db } = useDevice();
  const key = hashes.join(',');
  return useLiveQuery(
    async () => (await db.photos.bulkGet(key ? key.split(',') : [])).filter((p) => !!p),
    [db, key],
  );
}

/** The active installation this device knows with this (normalised) serial, optimistic rows first. */
export function useActiveInstallationBySerial(serial: string | null) {
  const { db } = useDevice();
  return useLiveQuery(async () => {
    if (!serial) return null;
    const local = await db.localInstallations.where('ontSerial').equals(serial).toArray();
    const shadowed = new Set(await db.localInstallations.toCollection().primaryKeys());
    const server = (await db.installations.where('ontSerial').equals(serial).toArray()).filter(
      (r) => !shadowed.has(r.id),
    );
    return [...local, ...server].find((r) => r.status === 'active') ?? null;
  }, [db, serial]);
}
