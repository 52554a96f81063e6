/**
 * A broker URL fit for a log line: user and password (mqtts://user:secret@host) replaced by "***"; a string
 * that is not a URL is not logged at all, since it may still hold a secret.
 */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.host) return "(not a URL)";
    if (url.username) url.username = "***";
    if (url.password) url.password = "***";
    for (const key of [...url.searchParams.keys()]) {
      if (/pass|secret|token|key|sig/i.test(key)) url.searchParams.set(key, "***");
    }
    return url.toString();
  } catch {
    return "(not a URL)";
  }
}
