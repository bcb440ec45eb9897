// Public eligibility check (contract §2.4, rules §4): the shared engine over the cached coverage index.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { EligibilityCheckInput, EligibilityCheckOutput } from '../../shared/schemas/eligibility-api.ts';
import { withIncidents } from '../../shared/operations/incident-options.ts';
import { coverageSnapshot } from './eligibility-cache.service.ts';
import { openIncidentScopes } from './operations/open-incidents.cache.ts';

export async function checkEligibility(
  db: Kysely<DB>,
  input: EligibilityCheckInput,
  now = Date.now(),
): Promise<EligibilityCheckOutput> {
  const { index } = await coverageSnapshot(db, now);
  // Options served by a relay or fibre point under an open incident say so (CONTRACT §7).
  return withIncidents(
    index.check(input),
    await openIncidentScopes(db, now),
    input.lang ?? 'fr',
    new Date(now),
  );
}
