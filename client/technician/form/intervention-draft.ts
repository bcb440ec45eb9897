// The intervention form's state, and its conversion to the mutators' args: create args for a new record,
// `{ set, base }` for an edit (base = what this device showed for each changed field, so the server can
// tell a concurrent edit of the same field from edits of different fields). Validation is the shared
// zod schema's: one rule for the form, the outbox and the server.
import { checkRxPower, type ReadingWarning } from '../../../shared/domain/optical.ts';
import { sameValue } from '../../../shared/mutators/reject.ts';
import type { Position } from '../../../shared/schemas/common.ts';
import {
  createInterventionArgs,
  type EditableField,
  type Intervention,
  type InterventionEditable,
  type InterventionKind,
} from '../../../shared/schemas/interventions.ts';
import type { PlaceRef } from '../places.ts';
import { fromLocalInput, parseDecimal, toLocalInput } from './values.ts';

export interface InterventionDraft {
  kind: InterventionKind | '';
  place: PlaceRef | null;
  summary: string;
  notes: string;
  startedAt: string;
  endedAt: string;
  /** ONT receive power at the PTO, 1490 nm (dBm). */
  rxPowerDbm: string;
  rssiDbm: string;
  snrDb: string;
  ccq: string;
  position: (Position & { accuracyM?: number }) | null;
  photos: string[];
  /** Readings of the record this form does not edit (kept as they are). */
  otherMeasurements: Record<string, number | string | boolean | null>;
}

export type DraftErrors = Partial<Record<keyof InterventionDraft, string>>;

export function emptyDraft(now = new Date()): InterventionDraft {
  const local = toLocalInput(now.toISOString());
  return {
    kind: '',
    place: null,
    summary: '',
    notes: '',
    startedAt: local,
    endedAt: local,
    rxPowerDbm: '',
    rssiDbm: '',
    snrDb: '',
    ccq: '',
    position: null,
    photos: [],
    otherMeasurements: {},
  };
}

const measurementFields = {
  rxPowerDbm: 'rxPowerDbm',
  rssiDbm: 'rssiDbm',
  snrDb: 'snrDb',
  ccq: 'ccq',
} as const;

export function draftFromRow(row: Pick<Intervention, keyof InterventionEditable>): InterventionDraft {
  const m = row.measurements ?? {};
  const text = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  return {
    kind: row.kind,
    place: {
      siteId: row.siteId,
      sectorId: row.sectorId,
      buildingId: row.buildingId,
      fibreNodeId: row.fibreNodeId,
    },
    summary: row.summary,
    notes: row.notes ?? '',
    startedAt: toLocalInput(row.startedAt),
    endedAt: row.endedAt ? toLocalInput(row.endedAt) : '',
    rxPowerDbm: text(m.rxPowerDbm),
    rssiDbm: text(m.rssiDbm),
    snrDb: text(m.snrDb),
    ccq: text(m.ccq),
    position: row.position,
    photos: row.photos,
    otherMeasurements: Object.fromEntries(
      Object.entries(m).filter(
        (e): e is [string, number | string | boolean | null] =>
          !(e[0] in measurementFields) &&
          e[0] !== 'wavelengthNm' &&
          ['number', 'string', 'boolean'].includes(typeof e[1]),
      ),
    ),
  };
}

/** The editable values a draft stands for, or the fields in error. */
export function draftValues(
  draft: InterventionDraft,
): { values: InterventionEditable } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const measurements: Record<string, number | string | boolean | null> = { ...draft.otherMeasurements };
  for (const field of Object.keys(measurementFields) as (keyof typeof measurementFields)[]) {
    if (draft[field].trim() === '') continue;
    const n = parseDecimal(draft[field]);
    if (n === null) errors[field] = 'number';
    else measurements[measurementFields[field]] = n;
  }
  if (measurements.rxPowerDbm !== undefined) measurements.wavelengthNm = 1490;
  const startedAt = fromLocalInput(draft.startedAt);
  const endedAt = draft.endedAt ? fromLocalInput(draft.endedAt) : null;
  if (!startedAt) errors.startedAt = 'date';
  if (draft.endedAt && !endedAt) errors.endedAt = 'date';
  // Checked here too: the schema's own check only runs once every other field is valid.
  else if (startedAt && endedAt && Date.parse(endedAt) < Date.parse(startedAt)) errors.endedAt = 'order';
  const values = {
    kind: draft.kind as InterventionKind,
    summary: draft.summary.trim(),
    notes: draft.notes.trim() || null,
    startedAt: startedAt ?? '',
    endedAt,
    siteId: draft.place?.siteId ?? null,
    sectorId: draft.place?.sectorId ?? null,
    buildingId: draft.place?.buildingId ?? null,
    fibreNodeId: draft.place?.fibreNodeId ?? null,
    position: draft.position ? { lat: draft.position.lat, lon: draft.position.lon } : null,
    measurements: Object.keys(measurements).length ? measurements : null,
    photos: draft.photos,
  };
  // The shared schema decides the rest (kind, summary, end after start…).
  const parsed = createInterventionArgs.safeParse({ id: '00000000-0000-4000-8000-000000000000', ...values });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in draft && !errors[field as keyof InterventionDraft]) {
        errors[field as keyof InterventionDraft] = issue.message;
      }
    }
  }
  return Object.keys(errors).length ? { errors } : { values };
}

/** `outageInProgress`: a power or fibre-cut intervention whose outage goes on (the server opens an incident). */
export function createArgsOf(id: string, values: InterventionEditable, outageInProgress = false) {
  const outage = outageInProgress && (values.kind === 'power' || values.kind === 'fibre_cut');
  return { id, ...values, ...(outage ? { outageInProgress: true } : {}) };
}

/** `intervention.update` args: the changed fields, with what the device showed for each. Null: nothing changed. */
export function updateArgsOf(current: Intervention, values: InterventionEditable) {
  const set: Partial<InterventionEditable> = {};
  const base: Partial<InterventionEditable> = {};
  for (const field of Object.keys(values) as EditableField[]) {
    if (sameValue(current[field], values[field])) continue;
    Object.assign(set, { [field]: values[field] });
    Object.assign(base, { [field]: current[field] });
  }
  return Object.keys(set).length ? { id: current.id, set, base } : null;
}

/** A reading outside GPON class B+ (−8…−27 dBm) is kept, with a warning for the technician. */
export function rxPowerWarning(text: string): ReadingWarning | null {
  const n = parseDecimal(text);
  return n === null ? null : checkRxPower(n);
}
