import { z } from 'zod';
import { text } from './text.ts';

export const latitude = z.number().finite().min(-90).max(90);
export const longitude = z.number().finite().min(-180).max(180);
export const position = z.object({ lat: latitude, lon: longitude });
export type Position = z.infer<typeof position>;

/** ISO-8601 date-time with an offset (`Z` or `+02:00`); devices send their local clock. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** An identifier people type or files carry (zone, fibre point): trimmed, 1–64 characters, the text rule. */
export const elementKey = text().trim().min(1).max(64);
/** A short name shown to people. */
export const shortName = text().trim().min(1).max(120);
