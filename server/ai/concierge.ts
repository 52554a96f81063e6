import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { Citation } from "@/lib/domain/conversation";
import type { Audience } from "@/lib/domain/knowledge-document";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n";
import { authorize } from "@/lib/permissions";
import type { Actor, Role } from "@/lib/roles";
import { logger } from "../logger";
import { detectLanguage } from "../search/lexicon/lexicon";
import { type Passage, searchKnowledge } from "../search/search";
import { getBuilding } from "../services/building/get-building";
import { contextualQuestion } from "./follow-up";
import { phrase } from "./phrases";
import { buildSystemPrompt } from "./prompt";
import { chatModel } from "./provider";
import { conciergeTools, type ToolContext } from "./tools";

/** Who may read what: retrieval filters by these before anything reaches a prompt. */
export const AUDIENCES_BY_ROLE: Record<Role, Audience[]> = {
  guest: ["guest"],
  resident: ["resident", "guest"],
  staff: ["guest", "resident", "staff"],
  manager: ["guest", "resident", "staff"],
};

/** The reply language: the user's, when the persona speaks it; else the persona's first language. */
export function replyLanguage(userLocale: string | null | undefined, personaLanguages: string[]): Locale {
  const base = (l: string) => l.toLowerCase().split("-")[0];
  const wanted = userLocale ?? DEFAULT_LOCALE;
  const speaks = personaLanguages.some((l) => base(l) === base(wanted));
  const chosen = speaks ? wanted : (personaLanguages[0] ?? DEFAULT_LOCALE);
  return LOCALES.find((l) => l === chosen) ?? LOCALES.find((l) => base(l) === base(chosen)) ?? DEFAULT_LOCALE;
}

const languageName = (code: string, inLanguage: string) => {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * The reply language for a question: the language it is written in when the concierge can reply in it (en, es,
 * pt-BR), whatever the account's setting; a language it can only recognise (fr, de, it) gets the usual reply
 * language and a note saying so; a question too short to tell ("wifi?") follows `replyLanguage`.
 */
export function conversationLanguage(
  question: string,
  userLocale: string | null | undefined,
  personaLanguages: string[],
): { language: Locale; note?: string } {
  const detected = detectLanguage(question);
  const asked = detected === "pt" ? "pt-BR" : detected;
  const supported = LOCALES.find((l) => l === asked);
  if (supported) return { language: supported };
  const language = replyLanguage(userLocale, personaLanguages);
  if (!detected) return { language };
  return {
    language,
    note: phrase(language, "languageNote", {
      language: languageName(detected, language),
      reply: languageName(language, language),
    }),
  };
}

export type ConciergeSetup = {
  system: string;
  passages: Passage[];
  tools: ReturnType<typeof conciergeTools>;
  model: LanguageModelV3;
  offline: boolean;
  language: Locale;
};

/**
 * Everything one concierge turn needs, for this actor: the persona's system prompt with the passages the
 * actor's audiences may read (building-scoped), and tools that can do only what the actor may.
 */
export async function prepareConcierge(
  actor: Actor,
  input: {
    question: string;
    locale: string | null | undefined;
    tools: ToolContext;
    model?: LanguageModelV3;
    /** the person's earlier questions in this conversation, oldest first (a follow-up is searched with them) */
    previousQuestions?: string[];
  },
): Promise<ConciergeSetup> {
  authorize(actor, "concierge.chat");
  const building = await getBuilding(actor);
  if (!building.config.features.concierge) {
    throw new AppError("forbidden", "The concierge is turned off in this building.");
  }
  const persona = building.config.persona;
  const { language, note } = conversationLanguage(input.question, input.locale, persona.languages);
  const passages = await searchKnowledge({
    buildingId: actor.buildingId,
    audiences: AUDIENCES_BY_ROLE[actor.role],
    query: contextualQuestion(input.question, input.previousQuestions ?? []),
    k: 5,
  }).catch((e) => {
    // without the index the concierge still answers (tools, refusals, hand-over), it just has no passages
    logger.error("knowledge search failed", { buildingId: actor.buildingId, error: String(e) });
    return [] as Passage[];
  });
  const chosen = input.model ? { model: input.model, offline: false } : chatModel();
  return {
    system: buildSystemPrompt({
      buildingName: building.name,
      persona,
      language,
      role: actor.role,
      passages,
      languageNote: note,
    }),
    passages,
    tools: conciergeTools(actor, input.tools),
    model: chosen.model,
    offline: chosen.offline,
    language,
  };
}

/** The passages an answer cites with `[n]`, in order of first citation, as citations. */
export function citationsIn(text: string, passages: Passage[]): Citation[] {
  const seen = new Set<number>();
  const out: Citation[] = [];
  for (const m of text.matchAll(/\[(\d{1,2})\]/g)) {
    const n = Number(m[1]);
    const p = passages[n - 1];
    if (!p || seen.has(n)) continue;
    seen.add(n);
    out.push({ documentId: p.documentId, title: p.title, excerpt: p.text.slice(0, 2000) });
  }
  return out;
}
