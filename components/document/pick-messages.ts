import type { AbstractIntlMessages } from "next-intl";

/**
 * The part of a catalog that the given message paths name ("tickets" whole, "tickets.form" only that branch),
 * in the catalog's shape, for a client provider. A path the catalog does not have is skipped: the component then
 * shows next-intl's fallback for the missing key, as it would have before.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    for (const key of keys) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const key of keys.slice(0, -1)) {
      if (typeof to[key] !== "object") to[key] = {};
      to = to[key] as AbstractIntlMessages;
    }
    to[keys[keys.length - 1]] = from;
  }
  return out;
}
