// The server's side of survey.record (contract §4.3): the target must exist and be the technician's to
// survey (their zones, or their own visit); the survey is written once; a request's state follows.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MutatorContext } from '../../../shared/mutators/index.ts';
import { reject } from '../../../shared/mutators/reject.ts';
import { roleRank } from '../../../shared/schemas/auth.ts';
import { outcomeOf, type RecordSurveyArgs } from '../../../shared/schemas/surveys.ts';
import * as surveysRepo from '../../repositories/surveys.repository.ts';
import { zoneCheck, type PlaceRef } from './zone-check.ts';

interface Links {
  subscription_id: string | null;
  interest_id: string | null;
  job_id: string | null;
}

export async function recordSurvey(
  trx: Transaction<DB>,
  survey: RecordSurveyArgs,
  ctx: MutatorContext,
): Promise<void> {
  const owner = await surveysRepo.surveyOwner(trx, survey.id);
  if (owner !== undefined) {
    if (owner === ctx.userId) return; // a replay (lost answer, backup import): recorded once
    throw reject('SURVEY_ID_TAKEN');
  }
  const links = await resolveTarget(trx, survey, ctx);
  await surveysRepo.insertSurveyIfAbsent(trx, {
    id: survey.id,
    technician_id: ctx.userId,
    target_kind: survey.target.kind,
    ...links,
    lat: survey.position.lat,
    lon: survey.position.lon,
    sector_id: survey.sectorId ?? null,
    signal_dbm: survey.signalDbm ?? null,
    snr_db: survey.snrDb ?? null,
    capacity_mbps: survey.capacityMbps ?? null,
    mount_point: survey.mountPoint || null,
    mount_height_m: survey.mountHeightM ?? null,
    photos: JSON.stringify(survey.photos),
    verdict: survey.verdict,
    recommendation: survey.recommendation || null,
    surveyed_at: survey.surveyedAt,
  });
  if (links.subscription_id) {
    await surveysRepo.setSurveyOutcome(trx, links.subscription_id, outcomeOf(survey.verdict));
  }
}

async function resolveTarget(
  trx: Transaction<DB>,
  survey: RecordSurveyArgs,
  ctx: MutatorContext,
): Promise<Links> {
  const target = survey.target;
  const staff = roleRank[ctx.role] >= roleRank.coordinator;
  const none: Links = { subscription_id: null, interest_id: null, job_id: null };
  switch (target.kind) {
    case 'point':
      return none;
    case 'job': {
      const job = await surveysRepo.jobOwner(trx, target.id);
      if (!job) throw reject('SURVEY_TARGET_NOT_FOUND');
      if (!staff && job.technician_id !== ctx.userId) throw reject('SURVEY_OUT_OF_ZONE');
      return { ...none, job_id: target.id, subscription_id: job.subscription_id };
    }
    case 'subscription':
    case 'interest': {
      const place =
        target.kind === 'subscription'
          ? await surveysRepo.subscriptionPlace(trx, target.id)
          : await surveysRepo.interestPlace(trx, target.id);
      if (!place) throw reject('SURVEY_TARGET_NOT_FOUND');
      if (!staff && !(await mayVisit(trx, ctx.userId, target.id, place))) throw reject('SURVEY_OUT_OF_ZONE');
      return target.kind === 'subscription'
        ? { ...none, subscription_id: target.id }
        : { ...none, interest_id: target.id };
    }
  }
}

async function mayVisit(trx: Transaction<DB>, userId: string, id: string, place: PlaceRef): Promise<boolean> {
  if ((await surveysRepo.assignedTo(trx, userId)).has(id)) return true;
  return (await zoneCheck(trx, userId))(place);
}
