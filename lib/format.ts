/**
 * Stay dates are calendar labels (`YYYY-MM-DD`) in the building's time zone, not instants: to format one with
 * Intl (through next-intl's formatter), take noon UTC of that day and format it in UTC, so no zone shifts the day.
 */
export const asDay = (date: string) => new Date(`${date}T12:00:00Z`);

export const DAY_FORMAT = { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" } as const;
