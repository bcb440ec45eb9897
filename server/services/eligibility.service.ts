// Public eligibility check (contract §2.4, rules §4): the shared engine over the cached coverage index.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { EligibilityCheckInput, EligibilityCheckOutput } from '../../shared/schemas/eligibility-api.ts';
import { coverageSnapshot } from './eligibility-cache.service.ts';

export async function checkEligibility(
  db: Kysely<DB>,
  input: EligibilityCheckInput,
  now = Date.now(),
): Promise<EligibilityCheckOutput> {
  const { index } = await coverageSnapshot(db, now);
  return index.check(input);
}
