import { GUEST_DOOR_ACCESS } from "@/lib/domain/building-config";
import type { FieldSpec } from "./field-spec";

/**
 * The settings page's sections and their fields, in order. Bounds mirror lib/domain/building-config.ts (the
 * server checks them again; these only shape the controls and word the messages).
 */
export const CONFIG_SECTIONS: { section: string; fields: FieldSpec[] }[] = [
  {
    section: "times",
    fields: [
      { name: "checkInTime", kind: "time" },
      { name: "checkOutTime", kind: "time" },
      { name: "quietHours.start", kind: "time" },
      { name: "quietHours.end", kind: "time" },
    ],
  },
  {
    section: "stays",
    fields: [
      { name: "minNights", kind: "number", min: 1, max: 365 },
      { name: "maxNights", kind: "number", min: 1, max: 90 },
      { name: "maxGuestsPerUnit", kind: "number", min: 1, max: 50 },
      { name: "cleaningBufferNights", kind: "number", min: 0, max: 7 },
      { name: "noShowAfterHours", kind: "number", min: 1, max: 72 },
      { name: "turnoverChecklist", kind: "lines", maxItems: 30 },
    ],
  },
  {
    section: "doorCodes",
    fields: [
      { name: "doorCode.length", kind: "number", min: 4, max: 10 },
      { name: "doorCode.validFromMarginMinutes", kind: "number", min: 0, max: 1440 },
      { name: "doorCode.validUntilMarginMinutes", kind: "number", min: 0, max: 1440 },
      // labels are filled in the reader's language by the page (`options.doorCode.guestAccess.*`)
      {
        name: "doorCode.guestAccess",
        kind: "select",
        options: GUEST_DOOR_ACCESS.map((value) => ({ value, label: value })),
      },
      { name: "doorCode.requireIdApproval", kind: "switch" },
    ],
  },
  {
    section: "records",
    fields: [
      { name: "accessLogRetentionDays", kind: "number", min: 1, max: 3650 },
      { name: "guestDataRetentionDays", kind: "number", min: 1, max: 3650 },
    ],
  },
  {
    section: "approvals",
    fields: [
      { name: "approvals.deviceCommands", kind: "switch" },
      { name: "approvals.unlocks", kind: "switch" },
      { name: "approvals.ticketCreation", kind: "switch" },
      { name: "approvals.notifications", kind: "switch" },
      { name: "approvals.passes", kind: "switch" },
    ],
  },
  {
    section: "features",
    fields: [
      { name: "features.shortStays", kind: "switch" },
      { name: "features.guestCheckin", kind: "switch" },
      { name: "features.concierge", kind: "switch" },
      { name: "features.maintenance", kind: "switch" },
      { name: "features.deviceControl", kind: "switch" },
      { name: "features.missions", kind: "switch" },
      { name: "features.icalExport", kind: "switch" },
      { name: "features.apiTokens", kind: "switch" },
      { name: "features.staffAnnouncements", kind: "switch" },
    ],
  },
];

/** The building's postal address; saved with the details (the whole address at once, checked by the server). */
export const ADDRESS_FIELDS: FieldSpec[] = [
  { name: "address.line1", kind: "text", max: 200 },
  { name: "address.line2", kind: "text", max: 200 },
  { name: "address.city", kind: "text", max: 100 },
  { name: "address.region", kind: "text", max: 100 },
  { name: "address.postalCode", kind: "text", max: 20 },
  { name: "address.country", kind: "text", max: 2 },
];

export const LOCALE_CHOICES = [
  "en-US",
  "en-GB",
  "es-ES",
  "es-MX",
  "pt-BR",
  "pt-PT",
  "fr-FR",
  "de-DE",
  "it-IT",
];
export const CURRENCY_CHOICES = ["USD", "EUR", "BRL", "GBP", "MXN", "ARS", "CLP", "COP", "CAD", "CHF", "JPY"];

/** The details section: name, time zone, locale, currency; choices named in the reader's language. */
export function detailsFields(
  current: { timezone: string; locale: string; currency: string },
  uiLocale: string,
): FieldSpec[] {
  const withCurrent = (list: string[], v: string) => (list.includes(v) ? list : [v, ...list]);
  const zones = withCurrent(Intl.supportedValuesOf("timeZone"), current.timezone);
  const names = (type: "language" | "currency") => {
    try {
      return new Intl.DisplayNames([uiLocale], { type });
    } catch {
      return null;
    }
  };
  const lang = names("language");
  const money = names("currency");
  return [
    { name: "name", kind: "text", max: 120 },
    {
      name: "timezone",
      kind: "select",
      options: zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
    },
    {
      name: "locale",
      kind: "select",
      options: withCurrent(LOCALE_CHOICES, current.locale).map((l) => ({
        value: l,
        label: `${lang?.of(l) ?? l} (${l})`,
      })),
    },
    {
      name: "currency",
      kind: "select",
      options: withCurrent(CURRENCY_CHOICES, current.currency).map((c) => ({
        value: c,
        label: `${c} · ${money?.of(c) ?? c}`,
      })),
    },
  ];
}
