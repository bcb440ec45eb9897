// Surveys: a technician stood at a prospect's home (or any point), looked toward a relay, tested with a
// CPE and said whether radio can be installed there. Recorded offline like every entry (survey.record).
import { z } from 'zod';
import { isoDateTime, position } from './common.ts';
import { photoList } from './interventions.ts';

export const surveyVerdict = z.enum(['clear', 'partial', 'blocked']);
export type SurveyVerdict = z.infer<typeof surveyVerdict>;

/** What a subscription request's survey says: only a blocked view makes the request not feasible. */
export const surveyOutcome = z.enum(['feasible', 'not_feasible']);
export type SurveyOutcome = z.infer<typeof surveyOutcome>;
export const outcomeOf = (verdict: SurveyVerdict): SurveyOutcome =>
  verdict === 'blocked' ? 'not_feasible' : 'feasible';

/** Where the survey was asked for: a prospect's record, a planned visit, or just a point on the map. */
const surveyTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subscription'), id: z.uuid() }),
  z.object({ kind: z.literal('interest'), id: z.uuid() }),
  z.object({ kind: z.literal('job'), id: z.uuid() }),
  z.object({ kind: z.literal('point') }),
]);

const optionalNumber = (min: number, max: number) => z.number().finite().min(min).max(max).nullish();
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const recordSurveyArgs = z.object({
  /** Made by the device: a replay records the survey once. */
  id: z.uuid(),
  target: surveyTarget,
  /** Where the technician stood. */
  position,
  sectorId: z.string().trim().min(1).max(64).nullish(),
  /** CPE test readings. */
  signalDbm: optionalNumber(-120, 0),
  snrDb: optionalNumber(-20, 80),
  capacityMbps: optionalNumber(0, 10_000),
  /** Roof, gable, chimney, pole… and how high above the ground. */
  mountPoint: optionalText(200),
  mountHeightM: optionalNumber(0, 100),
  /** Photos toward the relay (SHA-256 of photos queued on the device). */
  photos: photoList.default([]),
  verdict: surveyVerdict,
  recommendation: optionalText(2000),
  surveyedAt: isoDateTime,
});
export type RecordSurveyArgs = z.output<typeof recordSurveyArgs>;

/** A survey as coordinators (and the request it answers) see it. */
export const surveySummary = z.object({
  id: z.string(),
  verdict: surveyVerdict,
  outcome: surveyOutcome,
  sectorId: z.string().nullable(),
  /** The sector's relay and azimuth, to name it in words; null when the sector is gone. */
  sectorSite: z.string().nullable(),
  sectorAzimuthDeg: z.number().nullable(),
  signalDbm: z.number().nullable(),
  snrDb: z.number().nullable(),
  capacityMbps: z.number().nullable(),
  mountPoint: z.string().nullable(),
  mountHeightM: z.number().nullable(),
  photos: z.array(z.string()),
  recommendation: z.string().nullable(),
  surveyedAt: isoDateTime,
  technicianName: z.string().nullable(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

/** A prospect on the technician's map: a position and a state; contact only on their own visit. */
const prospectPoint = z.object({
  kind: z.enum(['subscription', 'interest']),
  id: z.string(),
  position,
  /** subscription: new / contacted / scheduled / done / cancelled; interest: connect / share. */
  state: z.string(),
  technology: z.enum(['fibre', 'radio']).nullable(),
  sectorId: z.string().nullable(),
  surveyOutcome: surveyOutcome.nullable(),
  createdAt: isoDateTime,
  /** Only on a request with a visit or survey assigned to this technician. */
  contact: z
    .object({ name: z.string(), phone: z.string().nullable(), address: z.string().nullable() })
    .nullable(),
});
export type ProspectPoint = z.infer<typeof prospectPoint>;
export const prospectPointsOutput = z.object({ items: z.array(prospectPoint), asOf: isoDateTime });
