// Optical power readings at install (GPON class B+, ITU-T G.984.2; XGS-PON): an out-of-range reading is
// real information (a dirty or APC/UPC-mismatched connector, a bad splice), so it is recorded with a
// warning for the technician, never refused.

export interface ReadingWarning {
  code: 'RX_POWER_LOW' | 'RX_POWER_HIGH' | 'PTO_LEGACY_FORMAT';
  message: string;
}

/** Normal ONT receive window in dBm: [min, max]. XGS-PON is a little more sensitive. */
export const rxPowerWindow = { gpon: [-27, -8], xgspon: [-28, -9] } as const;

export function checkRxPower(
  dbm: number,
  standard: keyof typeof rxPowerWindow = 'gpon',
): ReadingWarning | null {
  const [min, max] = rxPowerWindow[standard];
  if (dbm < min) {
    return {
      code: 'RX_POWER_LOW',
      message: `Puissance reçue ${dbm} dBm sous ${min} dBm : nettoyer les connecteurs, vérifier APC/UPC et les soudures.`,
    };
  }
  if (dbm > max) {
    return {
      code: 'RX_POWER_HIGH',
      message: `Puissance reçue ${dbm} dBm au-dessus de ${max} dBm : risque de saturation de l’ONT (atténuateur ?).`,
    };
  }
  return null;
}
