import { describe, expect, it } from "vitest";
import { resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it("prefers the person's choice, then the reservation, then the browser, then the building", () => {
    const all = {
      userLocale: "es",
      cookieLocale: "pt-BR",
      reservationLocale: "pt-BR",
      acceptLanguage: "pt-BR,pt;q=0.9",
      buildingLocale: "pt-BR",
    };
    expect(resolveLocale(all)).toBe("es");
    expect(resolveLocale({ ...all, userLocale: null })).toBe("pt-BR");
    expect(resolveLocale({ reservationLocale: "es", acceptLanguage: "pt-BR", buildingLocale: "en-US" })).toBe(
      "es",
    );
    expect(resolveLocale({ acceptLanguage: "es-MX,es;q=0.8,en;q=0.5", buildingLocale: "pt-BR" })).toBe("es");
    expect(resolveLocale({ acceptLanguage: "de-DE,de;q=0.9", buildingLocale: "pt-BR" })).toBe("pt-BR");
    expect(resolveLocale({})).toBe("en");
  });

  it("maps related tags to the closest language we have", () => {
    expect(resolveLocale({ acceptLanguage: "pt-PT" })).toBe("pt-BR");
    expect(resolveLocale({ buildingLocale: "en-US" })).toBe("en");
    expect(resolveLocale({ userLocale: "fr", acceptLanguage: "es" })).toBe("es");
  });
});
