/** Display formatting shared by pages. Stay dates are labels (`YYYY-MM-DD`), formatted without shifting zones. */
export function formatStayDate(date: string, locale = "en-US"): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

export function formatStayRange(checkIn: string, checkOut: string, locale = "en-US"): string {
  return `${formatStayDate(checkIn, locale)} – ${formatStayDate(checkOut, locale)}`;
}

export function formatNumber(n: number, locale = "en-US"): string {
  return new Intl.NumberFormat(locale).format(n);
}
