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
