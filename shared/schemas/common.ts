import { z } from 'zod';

export const latitude = z.number().finite().min(-90).max(90);
export const longitude = z.number().finite().min(-180).max(180);
export const position = z.object({ lat: latitude, lon: longitude });
export type Position = z.infer<typeof position>;

/** ISO-8601 date-time with an offset (`Z` or `+02:00`); devices send their local clock. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** No control characters (NUL and the C0/C1 ranges): they break PostgreSQL text and people's screens. */
export const NO_CONTROL = /^[^\p{Cc}]*$/u;
/** An identifier people type or files carry (zone, fibre point): trimmed, 1–64 characters, printable. */
export const elementKey = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(NO_CONTROL, 'caractères de contrôle interdits');
/** A short name shown to people. */
export const shortName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(NO_CONTROL, 'caractères de contrôle interdits');
