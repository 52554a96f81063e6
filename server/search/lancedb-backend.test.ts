import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offlineEmbedder } from "./embeddings/offline";
import { createLanceBackend } from "./lancedb-backend";
import { indexDocument, removeDocument, searchKnowledge, setSearchEngineForTesting } from "./search";
import type { SearchBackend } from "./types";

let dir: string;
let backend: SearchBackend;

const HOUSE_RULES = `# House rules

## Quiet hours
Quiet hours are from 10 pm to 8 am every day. Please keep music and voices low on balconies.

## Pets
Dogs and cats are welcome in resident units. Guests may not bring pets.`;
const STAFF_NOTES = `# Staff notes

## Master key
The master key cabinet code is 4471. Quiet hours are enforced by the night porter.`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lance-test-"));
  const embedder = offlineEmbedder();
  backend = await createLanceBackend({ embedder, dir });
  setSearchEngineForTesting({ backend, embedder });
  await indexDocument(
    { id: "rules", buildingId: "b-a", title: "House rules", audience: ["guest", "resident"] },
    HOUSE_RULES,
  );
  await indexDocument(
    { id: "staff", buildingId: "b-a", title: "Staff notes", audience: ["staff"] },
    STAFF_NOTES,
  );
  await indexDocument(
    { id: "other", buildingId: "b-b", title: "Summit rules", audience: ["guest", "resident", "staff"] },
    "## Quiet hours\nQuiet hours in Summit Tower are from 11 pm to 7 am.",
  );
});

afterAll(async () => {
  setSearchEngineForTesting(undefined);
  await backend.close?.();
  await rm(dir, { recursive: true, force: true });
});

describe("lancedb search", () => {
  it("finds the passage that answers the question", async () => {
    const [top] = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["guest"],
      query: "When are quiet hours?",
    });
    expect(top.documentId).toBe("rules");
    expect(top.text).toContain("10 pm to 8 am");
  });

  it("never returns another building's passages", async () => {
    const hits = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["guest", "resident", "staff"],
      query: "Summit Tower quiet hours 11 pm",
      k: 20,
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.documentId !== "other")).toBe(true);
  });

  it("never returns passages outside the reader's audiences", async () => {
    const hits = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["guest"],
      query: "master key cabinet code",
      k: 20,
    });
    expect(hits.every((h) => h.documentId !== "staff")).toBe(true);
    const staff = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["staff"],
      query: "master key cabinet code",
    });
    expect(staff[0].documentId).toBe("staff");
  });

  it("re-indexing replaces the chunks and removing deletes them", async () => {
    const doc = { id: "wifi", buildingId: "b-a", title: "Wi-Fi", audience: ["guest" as const] };
    await indexDocument(doc, "## Wi-Fi\nThe network is HarborGuest, password sunset-42.");
    await indexDocument(doc, "## Wi-Fi\nThe network is HarborGuest5G, password tide-77.");
    const hits = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["guest"],
      query: "wifi password",
      k: 20,
    });
    const wifi = hits.filter((h) => h.documentId === "wifi");
    expect(wifi).toHaveLength(1);
    expect(wifi[0].text).toContain("tide-77");
    await removeDocument("b-a", "wifi");
    const after = await searchKnowledge({
      buildingId: "b-a",
      audiences: ["guest"],
      query: "wifi password",
      k: 20,
    });
    expect(after.some((h) => h.documentId === "wifi")).toBe(false);
  });
});

describe("lancedb search: the in-process mirror", () => {
  it("finds an upload at once, with no optimize, and another process's writes once it looks again", async () => {
    const embedder = offlineEmbedder();
    const chunk = (id: string, text: string) => ({
      chunkId: `${id}:0`,
      documentId: id,
      buildingId: "b-m",
      title: id,
      text,
      ordinal: 0,
      audience: ["guest" as const],
    });
    const ask = (b: SearchBackend, query: string) =>
      embedder
        .embed([query])
        .then(([vector]) => b.search({ buildingId: "b-m", audiences: ["guest"], query, k: 5, vector }));
    // the app, and the seed as another process on the same files (LanceDB re-read at every version check)
    const app = await createLanceBackend({ embedder, dir, autoOptimizeMs: 0, foreignCheckMs: 0 });
    const seed = await createLanceBackend({ embedder, dir, autoOptimizeMs: 0, foreignCheckMs: 0 });
    try {
      expect(await ask(app, "sauna opening times")).toEqual([]);
      const [v1] = await embedder.embed(["The sauna opens at 7 am."]);
      await app.replaceDocument({ id: "sauna", buildingId: "b-m", title: "sauna", audience: ["guest"] }, [
        { ...chunk("sauna", "The sauna opens at 7 am."), vector: v1 },
      ]);
      expect((await ask(app, "sauna opening times")).map((p) => p.documentId)).toEqual(["sauna"]);

      const [v2] = await embedder.embed(["The rooftop bar opens at 6 pm."]);
      await seed.replaceDocument(
        { id: "rooftop", buildingId: "b-m", title: "rooftop", audience: ["guest"] },
        [{ ...chunk("rooftop", "The rooftop bar opens at 6 pm."), vector: v2 }],
      );
      // the app's next search queues a look at the table version off its own path (at most every foreignCheckMs);
      // its next write or optimize runs after that look, and itself reloads the mirror if the table had moved
      await ask(app, "rooftop bar");
      await app.optimize?.();
      expect((await ask(app, "rooftop bar"))[0]?.documentId).toBe("rooftop");
      // the reloaded vectors are the stored ones: by vector alone (no words), each document is its own nearest
      for (const [id, vector] of [
        ["rooftop", v2],
        ["sauna", v1],
      ] as const) {
        const [top] = await app.search({ buildingId: "b-m", audiences: ["guest"], query: "", k: 1, vector });
        expect(top?.documentId).toBe(id);
      }
      // the app's own write after the seed's keeps both
      await app.removeDocument("b-m", "sauna");
      expect((await ask(app, "sauna rooftop")).map((p) => p.documentId)).toEqual(["rooftop"]);
    } finally {
      await app.close?.();
      await seed.close?.();
    }
  });
});
