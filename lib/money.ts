/** Building a NumberFormat costs ~0.1 ms; a statement formats hundreds of amounts in one currency. */
const digitsOf = new Map<string, number>();

/**
 * Money is stored as an integer amount of the currency's minor unit (cents). People type and read the major
 * unit ("120.50"); these convert with the currency's own number of decimals (JPY has none, EUR two).
 */
export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsOf.set(currency, digits);
  }
  return digits;
}

/** "120.5" → 12050 for EUR; null when the text is not a plain non-negative amount with at most that many decimals. */
export function parseMajorAmount(text: string, currency: string): number | null {
  const t = text.trim().replace(",", ".");
  const digits = minorDigits(currency);
  const pattern = digits > 0 ? new RegExp(`^\\d{1,9}(\\.\\d{1,${digits}})?$`) : /^\d{1,9}$/;
  if (!pattern.test(t)) return null;
  const [whole, frac = ""] = t.split(".");
  return Number(whole) * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
}

/** 12050 → "120.50" (EUR), for an input's value. */
export function toMajorText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** 12050, EUR, pt-BR → "€ 120,50". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}
