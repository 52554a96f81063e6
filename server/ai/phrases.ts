import "server-only";
import en from "@/messages/en/chat.json";
import es from "@/messages/es/chat.json";
import pt from "@/messages/pt-BR/chat.json";

/** The offline model's fixed phrases, from the chat catalogs of the three languages. */
type Phrases = typeof en.offline;
export type PhraseKey = keyof Phrases;
const CATALOGS: Record<string, Phrases> = { en: en.offline, es: es.offline, "pt-BR": pt.offline };

export function phrase(language: string, key: PhraseKey, args: Record<string, string | number> = {}): string {
  const catalog = CATALOGS[language] ?? CATALOGS[language.split("-")[0]] ?? CATALOGS.en;
  return catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ""));
}
