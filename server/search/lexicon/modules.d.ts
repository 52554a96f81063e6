declare module "snowball-stemmers" {
  export type Stemmer = { stem(word: string): string };
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
declare module "stopword" {
  export const eng: string[];
  export const spa: string[];
  export const por: string[];
  export const porBr: string[];
  export const fra: string[];
  export const deu: string[];
  export const ita: string[];
}
