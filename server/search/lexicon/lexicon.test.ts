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
