// Form values as phones type them: decimal commas, a typographic minus, local date-times.

/** "-21,5", "−21.5", " -21 " → -21.5; anything else → null. */
export function parseDecimal(text: string): number | null {
  const s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the `YYYY-MM-DDTHH:mm` a datetime-local input shows, in the device's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (device time zone) → ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
