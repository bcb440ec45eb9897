// Fibre points: PM (street cabinet or shelter, where lines are patched; has a capacity) and PBO (drop
// box on a pole, façade or floor, fed by one PM). The row devices hold, the GeoJSON features that import
// them (CONTRACT §5) and the admin's edit.
import { z } from 'zod';
import { elementKey, position, shortName } from './common.ts';
import { pointGeometry } from './network.ts';

const fibrePointKinds = ['pm', 'pbo'] as const;
const fibrePointKind = z.enum(fibrePointKinds);

const pointId = elementKey;
const name = shortName;
/** Lines a PM can serve: from a 24-line cabinet to a shelter of several thousand. */
const capacity = z.number().int().min(1).max(100_000);

/** As devices and screens see it. A PM known only from an IPE file has no position until placed. */
export const fibrePointRow = z.object({
  id: z.string(),
  kind: fibrePointKind,
  name: z.string().nullable(),
  position: position.nullable(),
  capacity: z.number().nullable(),
  pmId: z.string().nullable(),
  pmState: z.string().nullable(),
  locationType: z.string().nullable(),
  zoneId: z.string().nullable(),
  // Change-log entries written before the column existed lack it: not overridden.
  zoneManual: z.boolean().default(false),
  updatedAt: z.string(),
});
export type FibrePoint = z.infer<typeof fibrePointRow>;

export const pmFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    kind: z.literal('pm'),
    id: pointId,
    name: name.nullish(),
    capacity: capacity.nullish(),
  }),
});
export const pboFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    kind: z.literal('pbo'),
    id: pointId,
    pm: pointId.nullish(),
    name: name.nullish(),
  }),
});
export type PmFeature = z.infer<typeof pmFeature>;
export type PboFeature = z.infer<typeof pboFeature>;

/** Admin: create or replace a fibre point. zoneId given: chosen by hand; absent: computed from position. */
export const saveFibrePointArgs = z
  .object({
    id: pointId,
    kind: fibrePointKind,
    name: name.nullable(),
    position: position.nullable(),
    capacity: capacity.nullable().default(null),
    pmId: pointId.nullable().default(null),
    zoneId: pointId.nullable().optional(),
  })
  .refine((p) => p.kind === 'pm' || p.capacity === null, {
    message: 'Seul un PM a une capacité.',
    path: ['capacity'],
  })
  .refine((p) => p.kind === 'pbo' || p.pmId === null, {
    message: 'Seul un PBO est rattaché à un PM.',
    path: ['pmId'],
  })
  .refine((p) => p.kind === 'pm' || p.position !== null, {
    message: 'Un PBO doit être placé sur la carte.',
    path: ['position'],
  });
export type SaveFibrePointArgs = z.infer<typeof saveFibrePointArgs>;
