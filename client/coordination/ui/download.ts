// Saving text the server produced (CSV exports) as a file, from the browser.
import { downloadBlob } from '../../lib/download.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `terrain-interventions-2026-11-05.csv`: the coordinator's local date, not UTC's. */
export function datedFileName(prefix: string, now: Date = new Date(), extension = 'csv'): string {
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

/**
 * Downloads `text` through a Blob link. The UTF-8 byte order mark makes Excel (what most coordinators
 * open a CSV with) read accents correctly instead of guessing Windows-1252.
 */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  // Exactly one mark: the server's exports already start with it.
  const body = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
  downloadBlob(new Blob([body], { type }), fileName);
}
