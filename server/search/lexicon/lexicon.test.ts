import { describe, expect, it } from "vitest";
import {
  analyze,
  detectLanguage,
  documentFrequencies,
  expansionTerms,
  features,
  matchScore,
} from "./lexicon";

const concepts = (text: string) => [...analyze(text).concepts.keys()];

describe("the lexical layer", () => {
  it("reads a word the same in every language and text it appears in (token facts are remembered)", () => {
    // "salida" read as Spanish in one text and the same token in an English-read text: each reading keeps its
    // own language's stem, and a second analysis of a text equals the first
    const es = analyze("¿A qué hora es la salida?", "es");
    const en = analyze("salida at ten", "en");
    expect(es.concepts.has("check_out")).toBe(true);
    expect(es.terms).toContain("sal");
    expect(en.terms[0]).toBe("salida");
    const text = "Quiet hours are 22:00 to 07:00; the pool closes at 21:00. La piscina cierra a las 21:00.";
    const first = analyze(text);
    const again = analyze(text);
    expect([again.lang, again.terms, [...again.concepts]]).toEqual([
      first.lang,
      first.terms,
      [...first.concepts],
    ]);
    expect(analyze(text, "pt").lang).toBe("pt");
  });

  it("gives a paraphrase, a Spanish and a Portuguese question the concept of the handbook's sentence", () => {
    expect(concepts("Check-out is by 10:30.")).toContain("check_out");
    expect(concepts("What time must we vacate the loft when we depart?")).toContain("check_out");
    expect(concepts("¿A qué hora es la salida del apartamento?")).toContain("check_out");
    expect(concepts("Qual é o horário de saída?")).toContain("check_out");
    expect(concepts("Which lift do I take?")).toEqual(concepts("the freight elevator"));
    expect(concepts("Where do we gather if there is a fire?")).toEqual(
      expect.arrayContaining(["fire", "assembly"]),
    );
    expect(concepts("The assembly point is the tennis court")).toContain("assembly");
  });

  it("stems per language and folds accents", () => {
    expect(analyze("leaking pipes").terms).toEqual(["leak", "pipe"]);
    expect(analyze("¿Dónde están las llaves?", "es").terms).toContain("llav");
    expect(analyze("café").terms).toEqual(analyze("cafe").terms);
  });

  it("does not let short or foreign stems collide", () => {
    // "sala" and "salida" share the Spanish stem "sal"; "here" shares "her" with "herida"
    expect(concepts("¿Hay una sala de cine?")).not.toContain("check_out");
    expect(concepts("Can my friend park his car here?")).not.toContain("medical");
    expect(concepts("Can I bring my dog?")).not.toContain("recycling");
  });

  it("tells the languages apart, and says nothing for a text too short to tell", () => {
    expect(detectLanguage("Where is the pool and when does it open?")).toBe("en");
    expect(detectLanguage("¿Dónde está la piscina?")).toBe("es");
    expect(detectLanguage("Onde fica a piscina e quando abre?")).toBe("pt");
    expect(detectLanguage("Où est la piscine et quand est-elle ouverte ?")).toBe("fr");
    expect(detectLanguage("wifi?")).toBeNull();
  });

  it("expands a Spanish question with the English words of its concepts", () => {
    const words = expansionTerms(analyze("¿Cuál es la contraseña del wifi?"));
    expect(words).toEqual(expect.arrayContaining(["password", "network", "senha"]));
  });

  it("scores the passage that shares the meaning above one that shares only a word", () => {
    const q = features(analyze("¿Dónde está la llave de paso del agua?"));
    const valve = features(analyze("Close the main water valve in the utility closet.", "en"));
    const keys = features(analyze("Hand in all keys at the office.", "en"));
    const df = documentFrequencies([valve, keys]);
    expect(matchScore(q, valve, df, 2).score).toBeGreaterThan(matchScore(q, keys, df, 2).score);
  });
});
