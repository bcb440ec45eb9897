// Field identifiers typed on a phone (or read by a barcode scanner) in every shape the labels print them:
// normalised here, once, so uniqueness checks and searches compare like with like. Rules: DOMAIN.md.

/** GPON/XGS-PON vendor ids (the 4 letters of an ONT serial) technicians meet in France. */
export const ontVendors: Readonly<Record<string, string>> = {
  ALCL: 'Nokia',
  HWTC: 'Huawei',
  ZTEG: 'ZTE',
  FHTT: 'FiberHome',
  SCOM: 'Sercomm',
  UBNT: 'Ubiquiti',
  TMBB: 'Technicolor',
};

export type OntSerialResult = { ok: true; serial: string; vendor?: string } | { ok: false; reason: string };

const VENDOR_FORM = /^[A-Z0-9]{4}[0-9A-F]{8}$/;
const HEX_FORM = /^[0-9A-F]{16}$/;

/**
 * `hwtc-542d049b`, `48575443 542D049B`, `48:57:54:43:54:2D:04:9B` → `HWTC542D049B`.
 * The 16-hex form spells the vendor in ASCII (48 57 54 43 = "HWTC"); both forms name one ONT, so the
 * stored form is always 4 + 8, and a serial typed both ways is recognised as the same.
 */
export function normaliseOntSerial(input: string): OntSerialResult {
  const s = input.replace(/[\s:-]/g, '').toUpperCase();
  if (s === '') return { ok: false, reason: 'Numéro de série ONT vide.' };
  let serial: string;
  if (s.length === 16 && HEX_FORM.test(s)) {
    const vendor = String.fromCharCode(...[0, 2, 4, 6].map((i) => Number.parseInt(s.slice(i, i + 2), 16)));
    if (!/^[A-Z0-9]{4}$/.test(vendor)) {
      return { ok: false, reason: `Les 8 premiers chiffres (${s.slice(0, 8)}) ne codent pas un fabricant.` };
    }
    serial = vendor + s.slice(8);
  } else if (VENDOR_FORM.test(s)) {
    serial = s;
  } else {
    return {
      ok: false,
      reason: `« ${input.trim().slice(0, 40)} » n’est pas un numéro de série ONT (4 lettres + 8 chiffres hexadécimaux, ou 16 chiffres hexadécimaux).`,
    };
  }
  const vendor = ontVendors[serial.slice(0, 4)];
  return vendor ? { ok: true, serial, vendor } : { ok: true, serial };
}

export type MacResult = { ok: true; mac: string } | { ok: false; reason: string };

/** `AA-BB-CC-DD-EE-FF`, `aabb.ccdd.eeff`, `AABBCCDDEEFF` → `aa:bb:cc:dd:ee:ff`. */
export function normaliseMac(input: string): MacResult {
  const hex = input.replace(/[\s:.-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex)) {
    return {
      ok: false,
      reason: `« ${input.trim().slice(0, 40)} » n’est pas une adresse MAC (12 chiffres hexadécimaux).`,
    };
  }
  return { ok: true, mac: hex.replace(/(..)(?!$)/g, '$1:') };
}

export type PtoCheck =
  | { status: 'valid'; reference: string }
  | { status: 'legacy'; reference: string; warning: string }
  | { status: 'invalid'; reason: string };

const PTO_CURRENT = /^[A-Z0-9]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}(\/[A-Z0-9])?$/;
const PTO_MAX_LENGTH = 50;

/**
 * The current PTO format is `FI-1234-ABCD` (optionally `/X`). Older outlets carry other labels that are
 * still real: they are kept with a warning, never refused, as long as they fit the column.
 */
export function checkPtoReference(input: string): PtoCheck {
  const reference = input.trim().toUpperCase().replace(/\s+/g, ' ');
  if (reference === '') return { status: 'invalid', reason: 'Référence PTO vide.' };
  if (reference.length > PTO_MAX_LENGTH) {
    return { status: 'invalid', reason: `Référence PTO trop longue (${PTO_MAX_LENGTH} caractères au plus).` };
  }
  if (PTO_CURRENT.test(reference)) return { status: 'valid', reference };
  // Control characters would only come from a bad scan: refuse them rather than store garbage.
  if (/\p{Cc}/u.test(reference)) return { status: 'invalid', reason: 'Référence PTO illisible.' };
  return {
    status: 'legacy',
    reference,
    warning: `Référence PTO « ${reference} » dans un ancien format (attendu : XX-XXXX-XXXX) : vérifiez l’étiquette.`,
  };
}
