import { describe, expect, it } from "vitest";
import { contextualQuestion, isFollowUp } from "./follow-up";

describe("follow-up questions", () => {
  it("recognises questions that lean on the previous one, in three languages", () => {
    for (const q of [
      "and on Sundays?",
      "what about the pool?",
      "how often does it run?",
      "¿y los domingos?",
      "e aos sábados?",
    ]) {
      expect(isFollowUp(q), q).toBe(true);
    }
    for (const q of [
      "When is the pool open?",
      "Where is the water shut-off valve?",
      "¿Cuál es la contraseña del wifi?",
    ]) {
      expect(isFollowUp(q), q).toBe(false);
    }
  });

  it("joins a follow-up to the person's last question, and leaves a standalone question alone", () => {
    expect(
      contextualQuestion("and on Sundays?", ["Where is the gym?", "When is the supermarket open?"]),
    ).toBe("When is the supermarket open? and on Sundays?");
    expect(contextualQuestion("When is check-in?", ["When is the supermarket open?"])).toBe(
      "When is check-in?",
    );
    expect(contextualQuestion("and on Sundays?", [])).toBe("and on Sundays?");
  });
});
