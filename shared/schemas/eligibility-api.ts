// Public coverage APIs. The eligibility check (contract §2.4) is the shared engine's own input and
// result, re-exported here under the API's names so the router, the PWA and other clients name one
// schema; beyond the contract, the result carries each reason in both languages, `zoneId` and the
// sectors excluded by terrain.
import { z } from 'zod';
import { polygonGeometry } from './network.ts';

export {
  eligibilityCheckInput,
  eligibilityResult as eligibilityCheckOutput,
  type EligibilityCheckInput,
  type EligibilityResult as EligibilityCheckOutput,
} from './eligibility.ts';

/** FFDN ISP database entry (schema 0.1), published at /isp.json for the federation's map. */
export const ispJson = z.object({
  name: z.string(),
  email: z.string(),
  memberCount: z.number().int().min(0).optional(),
  subscriberCount: z.number().int().min(0).optional(),
  coveredAreas: z.array(
    z.object({
      name: z.string(),
      technologies: z.array(z.enum(['ftth', 'dsl', 'wifi'])),
      area: polygonGeometry,
    }),
  ),
  version: z.literal(0.1),
});
export type IspJson = z.infer<typeof ispJson>;
