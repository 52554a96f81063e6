import { describe, expect, it } from "vitest";
import type { Pass } from "@/lib/domain/pass";
import { passEmail } from "./pass-delivery";

/** The pass email's words in each language (pure: no database). */
const pass = {
  id: "pass_1",
  buildingId: "b",
  issuedBy: { id: "u", name: "Ana", role: "resident" },
  holder: { name: "Rosa", kind: "cleaner", email: "rosa@test.example" },
  schedule: {
    kind: "weekly",
    from: "2026-03-02",
    until: "2026-03-31",
    weekdays: ["mon", "thu"],
    startTime: "09:00",
    endTime: "12:00",
  },
  pin: "482913",
  delivery: "email",
  status: "active",
} as unknown as Pass;
const building = { name: "Harbor View", timezone: "Europe/Lisbon" };

describe("passEmail", () => {
  it("speaks the building's language: PIN, weekdays and hours in en, es and pt-BR", () => {
    const en = passEmail(pass, building, "https://x.test/pass/t", "en");
    expect(en.subject).toBe("Your access pass to Harbor View");
    expect(en.text).toContain("Ana gave you an access pass to Harbor View.");
    expect(en.text).toContain("every Mon, Thu, 09:00–12:00");
    expect(en.text).toContain("https://x.test/pass/t");
    const es = passEmail(pass, building, null, "es");
    expect(es.subject).toBe("Tu pase de acceso a Harbor View");
    expect(es.text).toContain("Tu PIN: 482913");
    expect(es.text).toContain("cada lun, jue, 09:00–12:00");
    expect(es.text).not.toContain("https://");
    const pt = passEmail(pass, building, null, "pt-BR");
    expect(pt.subject).toBe("Seu passe de acesso a Harbor View");
    expect(pt.text).toContain("Seu PIN: 482913");
    expect(pt.text).toContain("Ele funciona");
  });

  it("a one-off pass names its instants in the language's own date format", () => {
    const once = {
      ...pass,
      schedule: { kind: "once", from: "2026-03-02T09:00:00.000Z", until: "2026-03-02T12:00:00.000Z" },
    } as Pass;
    expect(passEmail(once, building, null, "en").text).toMatch(/from Mar 2, 2026, 9:00\sAM to/);
    expect(passEmail(once, building, null, "es").text).toMatch(/del 2 mar 2026/);
  });
});
