import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config";
import { embeddingsProviderName } from "./embedder";
import { embedOffline, OFFLINE_DIMENSIONS, offlineEmbedder } from "./offline";

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe("offline embedder", () => {
  it("is deterministic, 384-dimensional and unit length", async () => {
    const [a, b] = await offlineEmbedder().embed([
      "Quiet hours start at 10 pm",
      "Quiet hours start at 10 pm",
    ]);
    expect(a).toHaveLength(OFFLINE_DIMENSIONS);
    expect(a).toEqual(b);
    expect(cos(a, a)).toBeCloseTo(1, 6);
  });

  it("ranks related text above unrelated text, and tolerates typos and accents", () => {
    const q = embedOffline("when are the quiet hours?");
    const related = embedOffline("## Quiet hours\nQuiet hours are from 10 pm to 8 am.");
    const unrelated = embedOffline("## Parking\nThe garage is on level -1; spaces are numbered by unit.");
    expect(cos(q, related)).toBeGreaterThan(cos(q, unrelated) + 0.2);
    expect(cos(embedOffline("quiet hourz"), related)).toBeGreaterThan(
      cos(embedOffline("quiet hourz"), unrelated),
    );
    expect(embedOffline("café")).toEqual(embedOffline("cafe"));
  });

  it("gives a zero vector for text with no words", () => {
    expect(embedOffline("?? !!").every((x) => x === 0)).toBe(true);
  });

  it("follows EMBEDDINGS_PROVIDER, then AI_PROVIDER, else offline", () => {
    const name = (env: Record<string, string>) => embeddingsProviderName(parseConfig(env));
    expect(name({})).toBe("offline");
    expect(name({ AI_PROVIDER: "bedrock" })).toBe("bedrock");
    expect(name({ AI_PROVIDER: "bedrock", EMBEDDINGS_PROVIDER: "offline" })).toBe("offline");
    const openAi = {
      EMBEDDINGS_PROVIDER: "openai-compatible",
      OPENAI_COMPATIBLE_BASE_URL: "http://localhost:11434/v1",
    };
    expect(name(openAi)).toBe("openai-compatible");
    // a name it does not know is refused at start (it used to fall back to offline silently)
    expect(() => name({ EMBEDDINGS_PROVIDER: "nonsense" })).toThrow(
      /EMBEDDINGS_PROVIDER="nonsense": expected offline/,
    );
  });
});
