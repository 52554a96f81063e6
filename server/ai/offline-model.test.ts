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

  it("after acting, still quotes what the documents say about the question, with the citation", async () => {
    const model = new OfflineLanguageModel();
    const fire = buildSystemPrompt({
      buildingName: "Harbor View",
      persona: DEFAULT_BUILDING_CONFIG.persona,
      language: "en",
      role: "resident",
      passages: [
        {
          ...passages[0],
          text: "## Fire safety\nNever take the lift. The assembly point is the tennis court on Birch Street.",
        },
      ],
    });
    const out = await model.doGenerate({
      prompt: [
        { role: "system", content: fire },
        { role: "user", content: [{ type: "text", text: "Where do we gather if there is a fire?" }] },
        {
          role: "assistant",
          content: [
            { type: "tool-call", toolCallId: "c1", toolName: TOOL.handOver, input: { reason: "fire" } },
          ],
        },
        {
          role: "tool",
          content: [
            {
              type: "tool-result",
              toolCallId: "c1",
              toolName: TOOL.handOver,
              output: {
                type: "json",
                value: { status: "mission", missionId: "m1", missionStatus: "running" },
              },
            },
          ],
        },
      ],
    });
    const text = (out.content[0] as { text: string }).text;
    expect(text).toContain("I have told the staff (mission m1)");
    expect(text).toContain("tennis court on Birch Street. [1]");
  });

  it("answers a Spanish question from an English passage in Spanish, quoting the original", async () => {
    const { text } = await generateText({
      model: new OfflineLanguageModel(),
      system: system("es"),
      prompt: "¿Cuáles son las horas de silencio?",
    });
    expect(text).toContain("Esto dicen los documentos del edificio (cito el original en inglés)");
    expect(text).toContain("Quiet hours are from 22:00 to 07:00. [1]");
  });

  it("reads a follow-up with the person's previous question", async () => {
    const shop = buildSystemPrompt({
      buildingName: "Harbor View",
      persona: DEFAULT_BUILDING_CONFIG.persona,
      language: "en",
      role: "guest",
      passages: [
        { ...passages[0], text: "## Gym\nThe gym is open from 06:00 to 22:00." },
        {
          ...passages[0],
          chunkId: "d1:1",
          text: "## Supermarket\nThe supermarket is open from 07:00 to 22:00, and from 09:00 to 14:00 on Sundays.",
        },
      ],
    });
    const { text } = await generateText({
      model: new OfflineLanguageModel(),
      system: shop,
      messages: [
        { role: "user", content: "When is the supermarket open?" },
        { role: "assistant", content: "> The supermarket is open from 07:00 to 22:00 [2]" },
        { role: "user", content: "and on Sundays?" },
      ],
    });
    expect(text).toContain("09:00 to 14:00 on Sundays. [2]");
    expect(text).not.toContain("gym");
  });
});
