// Times told to people are Paris times ("depuis 14 h 20"), whatever the server's or device's zone.
const parts = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Paris', ...options });

const hourMinute = parts('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayKey = parts('fr-FR', { year: 'numeric', month: '2-digit', day: '2-digit' });
const frDay = parts('fr-FR', { day: 'numeric', month: 'long' });
const enDay = parts('en-GB', { day: 'numeric', month: 'long' });
const enTime = parts('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "14 h 20" in Paris time. */
function frenchClock(at: Date): string {
  const p = hourMinute.formatToParts(at);
  const h = p.find((x) => x.type === 'hour')?.value ?? '00';
  const m = p.find((x) => x.type === 'minute')?.value ?? '00';
  return `${h} h ${m}`;
}

/** "depuis 14 h 20" today, "depuis le 3 décembre à 14 h 20" another day (Paris calendar). */
export function sinceFr(at: Date, now: Date): string {
  if (dayKey.format(at) === dayKey.format(now)) return `depuis ${frenchClock(at)}`;
  return `depuis le ${frDay.format(at)} à ${frenchClock(at)}`;
}

/** "since 14:20" today, "since 3 December, 14:20" another day (Paris time). */
export function sinceEn(at: Date, now: Date): string {
  if (dayKey.format(at) === dayKey.format(now)) return `since ${enTime.format(at)}`;
  return `since ${enDay.format(at)}, ${enTime.format(at)}`;
}

/** "1 h 05" / "12 min": how long an incident lasted. */
export function durationFr(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h >= 48 ? `${Math.round(h / 24)} jours` : `${h} h ${String(m).padStart(2, '0')}`;
}
