// Fibre interventions as JSON shaped after Interop'Fibre's E-Intervention flux (DOMAIN.md): operator
// code, PM / PBO / PTO references, lines concerned, start and end as typed on the device and as
// received by the server, kind, outcome, photos — with French field names. The flux's exact message
// format is not public: this is shaped after it, not certified against it, and says so in the file.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { interventionFilters } from '../../../shared/schemas/interventions.ts';
import { interventionPages, type ExportedIntervention } from './interventions.ts';
import { parisDay } from './format.ts';
import { kindLabel, statusLabel } from './labels.ts';
import type { ExportFile } from './types.ts';

export const eInterventionQuery = interventionFilters.extend({
  /** The cooperative's 4-character operator code (e.g. `FTEL`), when it has one. */
  codeOperateur: z
    .string()
    .regex(/^[A-Z0-9]{4}$/)
    .optional(),
});
export type EInterventionQuery = z.infer<typeof eInterventionQuery>;

const fibreKinds = new Set(['fibre_splice', 'fibre_cut', 'installation']);

/** A fibre intervention: at a fibre point or a fibre building, or of a fibre kind. */
function isFibre({ i }: ExportedIntervention): boolean {
  return i.fibreNodeId !== null || i.buildingId !== null || (fibreKinds.has(i.kind) && i.siteId === null);
}

function outcome({ i }: ExportedIntervention): string {
  if (i.endedAt === null) return 'en cours';
  return i.kind === 'fibre_cut' ? 'coupure constatée' : 'terminée';
}

function record(e: ExportedIntervention, operator: string | null) {
  const { i, listed } = e;
  const ptoRaw = i.measurements?.ptoReference;
  const lines = i.measurements?.lignes;
  return {
    identifiant: i.id,
    codeOperateur: operator,
    referencePM: listed.pm_ref ?? (listed.fibre_node_kind === 'pm' ? listed.fibre_node_reference : null),
    referencePBO: listed.fibre_node_kind === 'pbo' ? listed.fibre_node_reference : null,
    referencesPTO: typeof ptoRaw === 'string' ? [ptoRaw] : [],
    identifiantImmeuble: i.buildingId,
    lignesConcernees: typeof lines === 'string' ? lines.split(/[\s,;]+/).filter(Boolean) : [],
    typeIntervention: kindLabel[i.kind],
    codeTypeIntervention: i.kind,
    resultat: outcome(e),
    statutValidation: statusLabel[i.status],
    debutAppareil: i.startedAt,
    finAppareil: i.endedAt,
    recueServeur: i.createdAt,
    modifieeServeur: i.updatedAt,
    technicien: listed.technician_name,
    resume: i.summary,
    commentaire: i.notes,
    photos: i.photos.map((sha) => ({ sha256: sha, chemin: `/attachments/${sha}` })),
  };
}

export function eInterventionJson(db: Kysely<DB>, query: EInterventionQuery, now = new Date()): ExportFile {
  const { codeOperateur, ...filters } = query;
  async function* chunks() {
    yield `${JSON.stringify({
      format: 'Terrain E-Intervention 1',
      avertissement:
        'Fichier inspiré du flux E-Intervention d’Interop’Fibre (lot 1), non certifié : vérifiez les champs attendus par l’opérateur.',
      genereLe: now.toISOString(),
    }).slice(0, -1)},"interventions":[`;
    let first = true;
    for await (const page of interventionPages(db, filters)) {
      const parts = page.filter(isFibre).map((e) => JSON.stringify(record(e, codeOperateur ?? null)));
      if (!parts.length) continue;
      yield `${first ? '' : ','}\n${parts.join(',\n')}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return {
    filename: `e-intervention-${parisDay(now)}.json`,
    contentType: 'application/json; charset=utf-8',
    chunks: chunks(),
  };
}
