// French words for the codes stored in the database, as an office reads them in a spreadsheet or QGIS.
import type { InterventionKind, InterventionStatus } from '../../../shared/schemas/interventions.ts';

export const kindLabel: Record<InterventionKind, string> = {
  maintenance: 'Maintenance',
  repair: 'Réparation',
  installation: 'Installation',
  survey: 'Visite technique',
  alignment: 'Alignement',
  power: 'Alimentation électrique',
  fibre_splice: 'Soudure fibre',
  fibre_cut: 'Coupure fibre',
  other: 'Autre',
};

export const statusLabel: Record<InterventionStatus, string> = {
  submitted: 'À valider',
  approved: 'Validée',
  changes_requested: 'À corriger',
};

export const technologyLabel = { fibre: 'Fibre', radio: 'Radio' } as const;
export const installationStatusLabel = { active: 'En service', removed: 'Retirée' } as const;

/** Reading names technicians use (measurements keys) → a French column header with its unit. */
const measurementLabels: Record<string, string> = {
  rssiDbm: 'Signal reçu RSSI (dBm)',
  txPowerDbm: 'Puissance émise (dBm)',
  snrDb: 'Rapport signal/bruit (dB)',
  ccq: 'Qualité de liaison CCQ (%)',
  rxPowerDbm: 'Puissance optique reçue (dBm)',
  wavelengthNm: 'Longueur d’onde (nm)',
  note: 'Note de mesure',
};

export function measurementLabel(key: string): string {
  return measurementLabels[key] ?? `Mesure : ${key}`;
}
