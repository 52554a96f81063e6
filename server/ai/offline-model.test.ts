import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { DEFAULT_BUILDING_CONFIG } from "@/lib/domain/building-config";
import { chunks, OfflineLanguageModel } from "./offline-model";
import { buildSystemPrompt } from "./prompt";
import { TOOL } from "./tool-names";

const passages = [
  {
    documentId: "d1",
    title: "House rules",
    chunkId: "d1:0",
    text: "## Quiet hours\nQuiet hours are from 22:00 to 07:00.\n\n## Pets\nPets are welcome for residents.",
    score: 1,
    audience: ["guest" as const],
  },
];
const system = (language: "en" | "es" | "pt-BR" = "en") =>
  buildSystemPrompt({
    buildingName: "Harbor View",
    persona: { ...DEFAULT_BUILDING_CONFIG.persona, languages: ["en", "es"] },
    language,
    role: "guest",
    passages,
  });

describe("the offline model", () => {
  it("quotes the passage that answers, with its source number", async () => {
    const { text } = await generateText({
      model: new OfflineLanguageModel(),
      system: system(),
      prompt: "When are quiet hours?",
    });
    expect(text).toContain("> Quiet hours are from 22:00 to 07:00. [1]");
    expect(text).not.toContain("Pets");
  });

  it("says so when the documents do not answer, in the reply language", async () => {
    const { text } = await generateText({
      model: new OfflineLanguageModel(),
      system: system("es"),
      prompt: "¿Hay piscina climatizada?",
    });
    expect(text).toContain("No encontré eso en los documentos del edificio");
  });

  it("streams its text in several chunks that reassemble exactly", async () => {
    const result = streamText({
      model: new OfflineLanguageModel(),
      system: system(),
      prompt: "When are quiet hours?",
    });
    const deltas: string[] = [];
    for await (const d of result.textStream) deltas.push(d);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join("")).toBe(await result.text);
    expect(chunks("a b  c\nd e", 2).join("")).toBe("a b  c\nd e");
  });

  it("routes a clear request to the tool when the actor has it, and answers from documents when not", async () => {
    const model = new OfflineLanguageModel();
    const tools = [
      { type: "function" as const, name: TOOL.openMaintenance, inputSchema: { type: "object" as const } },
    ];
    const prompt = [
      { role: "system" as const, content: system() },
      { role: "user" as const, content: [{ type: "text" as const, text: "The kitchen sink leaks" }] },
    ];
    const withTool = await model.doGenerate({ prompt, tools });
    expect(withTool.content[0]).toMatchObject({ type: "tool-call", toolName: TOOL.openMaintenance });
    expect(JSON.parse((withTool.content[0] as { input: string }).input)).toMatchObject({
      category: "plumbing",
    });
    const without = await model.doGenerate({ prompt });
    expect(without.content[0].type).toBe("text");
  });

  it("routes Spanish and Portuguese requests too", async () => {
    const model = new OfflineLanguageModel();
    const tools = [
      { type: "function" as const, name: TOOL.openMaintenance, inputSchema: { type: "object" as const } },
    ];
    for (const text of ["El grifo del baño gotea", "A pia da cozinha está vazando"]) {
      const out = await model.doGenerate({
        prompt: [
          { role: "system", content: system() },
          { role: "user", content: [{ type: "text", text }] },
        ],
        tools,
      });
      expect(out.content[0]).toMatchObject({ type: "tool-call", toolName: TOOL.openMaintenance });
    }
  });
});
