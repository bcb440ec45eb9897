// Number formatting shared by every area; dates stay per area (each has its own style).

export function formatNumber(value: number, locale: string, maximumFractionDigits: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}
