// The `YYYY-MM-DDTHH:mm` of a datetime-local input, read in the coordinator's time zone.

/** A datetime-local value → ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
