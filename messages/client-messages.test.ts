import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/components/document/pick-messages";
import { CLIENT_NAMESPACES } from "@/messages/client-messages.generated";
import { clientMessagesSource, GENERATED, SCOPES, withoutCovered } from "@/scripts/client-messages";

/**
 * Each part of the app sends the browser only the messages its client components use. A client component whose
 * namespace is missing from its scope shows ⟦namespace.key⟧, so the list is generated from the code and checked
 * here to be current, and each listed path must exist in the catalog.
 */
const en = (ns: string) => JSON.parse(readFileSync(join(__dirname, "en", `${ns}.json`), "utf8"));

describe("client messages per scope", () => {
  it("are the ones the code uses now (else run `npx tsx scripts/client-messages.ts`)", () => {
    expect(readFileSync(GENERATED, "utf8")).toBe(clientMessagesSource());
  });

  it("name paths the English catalog has", () => {
    for (const [scope, paths] of Object.entries(CLIENT_NAMESPACES)) {
      for (const path of paths) {
        const [file, ...keys] = path.split(".");
        const node = keys.reduce((n, k) => n?.[k], en(file));
        expect(node, `${scope}: ${path}`).toBeDefined();
      }
    }
  });

  it("follow the code: the sign-in form's namespace is public, a manager page's is not in the resident's scope", () => {
    // components/auth/login-form.tsx calls useTranslations("auth"); the knowledge form is only on manager pages
    expect(CLIENT_NAMESPACES.public).toContain("auth");
    expect(CLIENT_NAMESPACES.manager.some((p) => p.startsWith("knowledge"))).toBe(true);
    expect(CLIENT_NAMESPACES.resident.some((p) => p.startsWith("knowledge"))).toBe(false);
    // SectionForm's useTranslations(namespace) takes the namespace its callers pass
    expect(CLIENT_NAMESPACES.manager).toContain("settings");
  });

  it("include their parent scope's, since a nested provider replaces its parent's messages", () => {
    for (const scope of SCOPES) {
      if (!scope.parent) continue;
      const mine = CLIENT_NAMESPACES[scope.name];
      for (const path of CLIENT_NAMESPACES[scope.parent]) {
        const covered = mine.some((p) => p === path || path.startsWith(`${p}.`));
        expect(covered, `${scope.name} lacks ${path} of ${scope.parent}`).toBe(true);
      }
    }
  });

  it("send the sign-in pages a small part of the catalog", () => {
    const catalog = Object.fromEntries(
      [
        ...new Set(
          Object.values(CLIENT_NAMESPACES)
            .flat()
            .map((p) => p.split(".")[0]),
        ),
      ].map((ns) => [ns, en(ns)]),
    );
    const size = (paths: readonly string[]) => JSON.stringify(pickMessages(catalog, paths)).length;
    const everything = size(Object.keys(catalog));
    expect(size(CLIENT_NAMESPACES.public)).toBeLessThan(everything * 0.15);
    expect(size(CLIENT_NAMESPACES.resident)).toBeLessThan(everything * 0.5);
  });
});

describe("withoutCovered", () => {
  it("drops a path whose parent is listed, sorts and dedupes", () => {
    expect(
      withoutCovered(["tickets.form", "errors", "tickets", "errors", "devices.type", "devices.typeName"]),
    ).toEqual(["devices.type", "devices.typeName", "errors", "tickets"]);
  });
});

describe("pickMessages", () => {
  const catalog = {
    tickets: { form: { title: "New ticket" }, list: { empty: "None" } },
    errors: { generic: "Something went wrong" },
    auth: { submit: "Sign in" },
  };

  it("keeps the named branches in the catalog's shape and nothing else", () => {
    expect(pickMessages(catalog, ["tickets.form", "errors"])).toEqual({
      tickets: { form: { title: "New ticket" } },
      errors: { generic: "Something went wrong" },
    });
  });

  it("merges two branches of one namespace and skips a path the catalog lacks", () => {
    expect(pickMessages(catalog, ["tickets.form", "tickets.list", "nope", "auth.missing"])).toEqual({
      tickets: { form: { title: "New ticket" }, list: { empty: "None" } },
    });
  });
});
