// Pages of network places other than relays: a building (IMB) and a fibre point (PM, PBO). Their
// history (interventions, installations) comes from the lists filtered by the place's id.
import { z } from 'zod';
import { position } from './common.ts';
import { elementId } from './interventions.ts';

export const placeInput = z.object({ id: elementId });

const ref = z.object({ id: z.string(), name: z.string().nullable() });

export const buildingPage = z.object({
  id: z.string(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  state: z.string(),
  network: z.string(),
  operator: z.string().nullable(),
  buildingType: z.string().nullable(),
  position,
  zone: ref.nullable(),
  /** The PM that serves it (a fibre point with a page), else the IPE file's PM reference alone. */
  pm: ref.nullable(),
  pmRef: z.string().nullable(),
});
export type BuildingPage = z.infer<typeof buildingPage>;

export const fibrePointPage = z.object({
  id: z.string(),
  kind: z.enum(['pm', 'pbo']),
  name: z.string().nullable(),
  position: position.nullable(),
  capacity: z.number().nullable(),
  pmState: z.string().nullable(),
  locationType: z.string().nullable(),
  zone: ref.nullable(),
  /** A PBO's PM. */
  pm: ref.nullable(),
  /** A PM's PBOs. */
  pbos: z.array(ref),
  /** Buildings a PM serves (the count, and the first ones by address). */
  buildingCount: z.number(),
  buildings: z.array(z.object({ id: z.string(), address: z.string().nullable() })),
});
export type FibrePointPage = z.infer<typeof fibrePointPage>;
