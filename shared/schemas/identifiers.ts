// zod schemas over the identifier rules: the same parse normalises a form field, a queued mutation's
// args on the device and the same args on the server. A failed parse names the catalogue code in
// `params.domainCode`, so the sync engine can reject with ONT_SERIAL_INVALID rather than INVALID_ARGS.
import { z } from 'zod';
import { checkPtoReference, normaliseMac, normaliseOntSerial } from '../domain/identifiers.ts';

/** Any input shape of an ONT serial → the stored `HWTC542D049B` form. */
export const ontSerial = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const result = normaliseOntSerial(value);
    if (result.ok) return result.serial;
    ctx.addIssue({ code: 'custom', message: result.reason, params: { domainCode: 'ONT_SERIAL_INVALID' } });
    return z.NEVER;
  });

/** Any common MAC notation → `aa:bb:cc:dd:ee:ff`. */
export const macAddress = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const result = normaliseMac(value);
    if (result.ok) return result.mac;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });

/** A PTO reference, current or legacy format (legacy is warned about by the mutator, not refused). */
export const ptoReference = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const result = checkPtoReference(value);
    if (result.status !== 'invalid') return result.reference;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });

/** SHA-256 as 64 lowercase hex digits (uppercase accepted and lowered): the id of a photo. */
export const sha256Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 attendu (64 chiffres hexadécimaux)');
