/**
 * The handbook part of `npm run eval:rag`: indexes the two handbooks of scripts/eval-rag/handbooks/ into two
 * buildings of the index under test, then runs every question of handbook-questions.ts through the offline
 * concierge as the app does (retrieval, system prompt, the offline model with tool calls), with tools that are
 * doubles named so (they record the call and return a started mission, as the real tools do).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateText, type ModelMessage, stepCountIs, type ToolSet, tool } from "ai";
import { z } from "zod";
import { DEFAULT_BUILDING_CONFIG } from "@/lib/domain/building-config";
import { conversationLanguage } from "@/server/ai/concierge";
import { contextualQuestion } from "@/server/ai/follow-up";
import { OfflineLanguageModel } from "@/server/ai/offline-model";
import { phrase } from "@/server/ai/phrases";
import { buildSystemPrompt } from "@/server/ai/prompt";
import { TOOL } from "@/server/ai/tool-names";
import { indexDocument, type Passage, searchKnowledge } from "@/server/search/search";
import { CATEGORIES, type Category, HANDBOOK_QUESTIONS, type HandbookQuestion } from "./handbook-questions";

const K = 5;
const HANDBOOKS = {
  maple: { buildingId: "eval_maple", name: "Maple Court Residences", file: "maple-court.md" },
  riverside: { buildingId: "eval_riverside", name: "Riverside Lofts", file: "riverside-lofts.md" },
  alamos: { buildingId: "eval_alamos", name: "Residencial Los Álamos", file: "residencial-los-alamos.md" },
  ipe: { buildingId: "eval_ipe", name: "Edifício Ipê Amarelo", file: "edificio-ipe-amarelo.md" },
} as const;

export type Row = {
  q: HandbookQuestion;
  recalled: boolean;
  answered: boolean;
  cited: boolean;
  refusedRight: boolean;
  acted: boolean;
  answer: string;
  passages: Passage[];
};

/** Tool doubles: the offline model may call them; each records its call and returns a started mission. */
function toolDoubles(calls: string[]): ToolSet {
  const mission = (name: string) => async () => {
    calls.push(name);
    return { status: "mission", missionId: "m_eval_double", missionStatus: "running", failedReason: null };
  };
  return {
    [TOOL.openMaintenance]: tool({
      description: "double of the maintenance request tool",
      inputSchema: z.object({
        title: z.string(),
        description: z.string().optional(),
        category: z.string().optional(),
      }),
      execute: mission(TOOL.openMaintenance),
    }),
    [TOOL.handOver]: tool({
      description: "double of the hand-over tool",
      inputSchema: z.object({ reason: z.string(), urgent: z.boolean().optional() }),
      execute: mission(TOOL.handOver),
    }),
    [TOOL.passToStaff]: tool({
      description: "double of the pass-the-question-to-staff tool",
      inputSchema: z.object({ question: z.string() }),
      execute: async () => {
        calls.push(TOOL.passToStaff);
        return { status: "passed_to_staff", handoverId: "h_eval_double" };
      },
    }),
  };
}

const cite = (answer: string, passages: Passage[]) => {
  const ids = new Set([...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  return passages.filter((_, i) => ids.has(i + 1));
};

const includesFact = (text: string, fact: string) => text.toLowerCase().includes(fact.toLowerCase());

export async function indexHandbooks(): Promise<number> {
  let chunks = 0;
  for (const h of Object.values(HANDBOOKS)) {
    const text = await readFile(path.join(import.meta.dirname, "handbooks", h.file), "utf8");
    chunks += (
      await indexDocument(
        {
          id: `doc_${h.buildingId}`,
          buildingId: h.buildingId,
          title: h.name,
          audience: ["guest", "resident"],
        },
        text,
      )
    ).chunkCount;
  }
  return chunks;
}

async function ask(q: HandbookQuestion): Promise<Row> {
  const h = HANDBOOKS[q.handbook];
  const persona = { ...DEFAULT_BUILDING_CONFIG.persona, languages: ["en", "es", "pt-BR"] };
  // the person's account language is the question's; the concierge also reads the question itself
  const { language } = conversationLanguage(q.question, q.lang ?? "en", persona.languages);
  const history: ModelMessage[] = [];
  if (q.previous) {
    const prev = await searchKnowledge({
      buildingId: h.buildingId,
      audiences: ["guest", "resident"],
      query: q.previous,
      k: K,
    });
    const r = await generateText({
      model: new OfflineLanguageModel(),
      system: buildSystemPrompt({ buildingName: h.name, persona, language, role: "guest", passages: prev }),
      messages: [{ role: "user", content: q.previous }],
    });
    history.push({ role: "user", content: q.previous }, { role: "assistant", content: r.text });
  }
  const passages = await searchKnowledge({
    buildingId: h.buildingId,
    audiences: ["guest", "resident"],
    query: contextualQuestion(q.question, q.previous ? [q.previous] : []),
    k: K,
  });
  const calls: string[] = [];
  const result = await generateText({
    model: new OfflineLanguageModel(),
    system: buildSystemPrompt({ buildingName: h.name, persona, language, role: "resident", passages }),
    messages: [...history, { role: "user", content: q.question }],
    tools: toolDoubles(calls),
    stopWhen: stepCountIs(4),
  });
  const answer = result.text;
  const cited = cite(answer, passages);
  const noAnswer = phrase(language, "noAnswer", { contact: persona.escalation.contact });
  const saidNotFound = answer.includes(noAnswer.slice(0, 30));
  const isRefusalCase = q.category === "not-in-documents";
  return {
    q,
    recalled: !isRefusalCase && q.facts.every((f) => passages.some((p) => includesFact(p.text, f))),
    answered: isRefusalCase ? saidNotFound : q.facts.every((f) => includesFact(answer, f)),
    cited: !isRefusalCase && q.facts.every((f) => cited.some((p) => includesFact(p.text, f))),
    refusedRight: isRefusalCase ? saidNotFound : !saidNotFound,
    acted: q.action ? calls.includes(q.action) : true,
    answer,
    passages,
  };
}

type Tally = {
  n: number;
  recall: number;
  answer: number;
  cite: number;
  refusal: number;
  act: number;
  acts: number;
};

export async function evalHandbooks(log: (s: string) => void, verbose = false) {
  const rows: Row[] = [];
  for (const q of HANDBOOK_QUESTIONS) rows.push(await ask(q));
  const by = new Map<Category | "all", Tally>();
  const add = (key: Category | "all", r: Row) => {
    const t = by.get(key) ?? { n: 0, recall: 0, answer: 0, cite: 0, refusal: 0, act: 0, acts: 0 };
    t.n++;
    t.recall += Number(r.recalled);
    t.answer += Number(r.answered && r.acted);
    t.cite += Number(r.cited);
    t.refusal += Number(r.refusedRight);
    if (r.q.action) {
      t.acts++;
      t.act += Number(r.acted);
    }
    by.set(key, t);
  };
  for (const r of rows) {
    add(r.q.category, r);
    add("all", r);
    if (verbose && !(r.answered && r.acted)) {
      log(`  wrong [${r.q.category}] "${r.q.question}" → ${r.answer.replace(/\s+/g, " ").slice(0, 160)}`);
    }
  }
  const pct = (x: number, n: number) => (n ? (x / n).toFixed(2) : "—");
  const answerable = rows.filter((r) => r.q.category !== "not-in-documents");
  const refusals = rows.filter((r) => r.q.category === "not-in-documents");
  const summary = {
    questions: rows.length,
    recall: answerable.filter((r) => r.recalled).length / answerable.length,
    answer: rows.filter((r) => r.answered && r.acted).length / rows.length,
    citation: answerable.filter((r) => r.cited).length / answerable.length,
    refusal: refusals.filter((r) => r.refusedRight).length / refusals.length,
    falseRefusals: answerable.filter((r) => !r.refusedRight).length,
  };
  log("");
  log(
    `handbooks — ${rows.length} questions over ${Object.keys(HANDBOOKS).length} handbooks (offline concierge, tool doubles)`,
  );
  log("| category | n | recall@5 | answer accuracy | citation accuracy | refusal accuracy | acted |");
  log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const key of [...CATEGORIES, "all"] as const) {
    const t = by.get(key);
    if (!t) continue;
    const refusalCase = key === "not-in-documents";
    // recall and citations are measured on questions the handbooks answer
    const answerableN = key === "all" ? answerable.length : t.n;
    log(
      `| ${key} | ${t.n} | ${refusalCase ? "—" : pct(t.recall, answerableN)} | ${pct(t.answer, t.n)} | ${refusalCase ? "—" : pct(t.cite, answerableN)} | ${pct(t.refusal, t.n)} | ${t.acts ? pct(t.act, t.acts) : "—"} |`,
    );
  }
  log(
    `handbooks overall: recall@5 ${summary.recall.toFixed(3)} (answerable), answer accuracy ${summary.answer.toFixed(3)}, citation accuracy ${summary.citation.toFixed(3)}, refusal accuracy ${summary.refusal.toFixed(3)}, false refusals ${summary.falseRefusals}`,
  );
  const perCategory = CATEGORIES.map((c) => by.get(c)).filter(Boolean) as Tally[];
  return { ...summary, worstCategory: Math.min(...perCategory.map((t) => t.answer / t.n)) };
}
