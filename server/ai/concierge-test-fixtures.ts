import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LanguageModelV3Content } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";
import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { putDevice } from "../db/devices";
import { offlineEmbedder } from "../search/embeddings/offline";
import { createLanceBackend } from "../search/lancedb-backend";
import { indexDocument, setSearchEngineForTesting } from "../search/search";
import { seedTicketBuilding } from "../services/shared/test-fixtures";

/**
 * A building for concierge tests: the ticket building (two units, two residents, staff, manager), a lock in
 * each unit, and a real embedded index (LanceDB in a temp folder) holding house rules for guests and residents
 * and a staff-only note.
 */
export const HOUSE_RULES = `# House rules

## Quiet hours
Quiet hours are from 22:00 to 07:00 every day. Keep music and voices low.

## Recycling
Recycling goes in the blue bins in the bin room next to the garage.

## Fire safety
If the fire alarm sounds, leave by the stairs and never take the lift. The assembly point is the car park across Elm Street.

## Water leaks
The main water valve is in the cupboard under the kitchen sink. Maintenance responds to leaks within 2 hours.`;
export const STAFF_NOTE = `# Staff notes

## Master key
The master key cabinet code is 4471.`;

export async function seedConciergeBuilding() {
  const h = await seedTicketBuilding();
  const lock = (unitId: string): Device => ({
    id: `lock_${newId()}`,
    buildingId: h.b,
    unitId,
    type: "lock",
    name: "Front door",
    model: "Test",
    location: "door",
    firmware: null,
    online: true,
    lastSeenAt: null,
    state: {},
    stateAt: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
  const [lock1, lock2] = await Promise.all([
    putDevice({ device: lock(h.unit1.id) }),
    putDevice({ device: lock(h.unit2.id) }),
  ]);
  const engine = await sharedIndex();
  await indexDocument(
    { id: "doc_rules", buildingId: h.b, title: "House rules", audience: ["guest", "resident"] },
    HOUSE_RULES,
  );
  await indexDocument(
    { id: "doc_staff", buildingId: h.b, title: "Staff notes", audience: ["staff"] },
    STAFF_NOTE,
  );
  return { ...h, lock1, lock2, cleanup: engine.release };
}

/** One index per test file, shared by every building it seeds (buildings are kept apart by the filter). */
let shared: Promise<{ users: number; close: () => Promise<void> }> | undefined;
async function sharedIndex() {
  shared ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "concierge-test-"));
    const embedder = offlineEmbedder();
    const backend = await createLanceBackend({ embedder, dir });
    setSearchEngineForTesting({ backend, embedder });
    const close = async () => {
      setSearchEngineForTesting(undefined);
      await backend.close?.();
      await rm(dir, { recursive: true, force: true });
    };
    return { users: 0, close };
  })();
  const s = await shared;
  s.users++;
  const release = async () => {
    if (--s.users === 0) {
      shared = undefined;
      await s.close();
    }
  };
  return { release };
}

const usage = {
  inputTokens: { total: 10, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: undefined, reasoning: undefined },
};

/** A scripted model (the AI SDK's mock): each call returns the next step, e.g. a tool call, then text. */
export function scriptedModel(steps: LanguageModelV3Content[][]) {
  return new MockLanguageModelV3({
    doGenerate: steps.map((content) => ({
      content,
      finishReason: {
        unified: content.some((c) => c.type === "tool-call") ? ("tool-calls" as const) : ("stop" as const),
        raw: undefined,
      },
      usage,
      warnings: [],
    })),
  });
}

export const toolCall = (toolName: string, input: unknown): LanguageModelV3Content => ({
  type: "tool-call",
  toolCallId: `call_${newId()}`,
  toolName,
  input: JSON.stringify(input),
});
export const say = (text: string): LanguageModelV3Content => ({ type: "text", text });
