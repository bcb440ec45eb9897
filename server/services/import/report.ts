// What every import prints: counts and, for each rejected item, where it was and why.
export interface ImportRejection {
  /** 1-based line of a CSV file, or 0-based feature index of a GeoJSON file. */
  line?: number;
  index?: number;
  reason: string;
}

export interface ImportReport {
  format: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  /** Per-kind breakdown, for people (inserted+, updated~, removed-). */
  details?: string;
}

export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.format}: ${r.imported} imported, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected.length} rejected`,
  ];
  if (r.details) lines.push(`  (${r.details})`);
  for (const x of r.rejected) {
    const where = x.line !== undefined ? `line ${x.line}` : `feature ${x.index ?? '?'}`;
    lines.push(`  rejected ${where}: ${x.reason}`);
  }
  return lines.join('\n');
}
