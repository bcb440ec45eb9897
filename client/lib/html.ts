/** Escapes text for the few places that need an HTML string (Leaflet divIcons). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
