import { analyze } from "../search/lexicon/lexicon";

/**
 * Follow-up questions lean on the one before: "and on Sundays?", "what about the pool?", "¿y el domingo?",
 * "e aos sábados?". Such a question is read together with the person's previous question, for retrieval and
 * for the offline answer; a question that stands on its own is read alone.
 */
const CONNECTIVE =
  /^\s*[¿¡]?\s*(and|also|what about|how about|what if|same for|y|también|e|também|и)\b|^\s*[¿¡]?\s*(y|e)\s+(el|la|los|las|o|a|os|as|no|na|nos|nas|en|em|para)\b/i;

const PRONOUN = /\b(it|its|they|them|that one|this one|eso|esa|ese|ello|isso|essa|esse|ele|ela)\b/i;

export function isFollowUp(question: string): boolean {
  if (CONNECTIVE.test(question)) return true;
  const { terms, concepts } = analyze(question);
  // "how often does it run?": a pronoun and nothing the vocabulary knows for sure
  const strong = [...concepts.values()].some((w) => w >= 1);
  if (strong) return false;
  if (PRONOUN.test(question)) return true;
  // one content word and nothing the vocabulary knows for sure ("weekends?") cannot stand alone
  return terms.length <= 1 && question.trim().split(/\s+/).length <= 3;
}

/** The question to search and answer with: joined to the previous question when it is a follow-up. */
export function contextualQuestion(question: string, previousQuestions: string[]): string {
  const previous = previousQuestions.filter((q) => q.trim()).at(-1);
  if (!previous || !isFollowUp(question)) return question;
  return `${previous.trim()} ${question.trim()}`;
}
