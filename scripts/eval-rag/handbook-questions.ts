/**
 * Questions against two handbooks written for this evaluation (scripts/eval-rag/handbooks/), never seen by the
 * demo or by the code's vocabulary lists when they were written. Phrased as people ask: paraphrases that share few
 * words with the handbook, several facts in one question, Spanish and Brazilian Portuguese questions against the
 * English handbooks, safety questions that must both answer and escalate or open a request, follow-ups that only
 * make sense with the previous question, and questions the handbooks do not answer (the right answer says so).
 *
 * `facts` are phrases of the handbook that a correct answer contains (all of them); `action` is the tool the
 * offline concierge must call in the same turn; `previous` is the question asked just before, in the same chat.
 */
export type Category =
  | "paraphrase"
  | "multi-fact"
  | "es"
  | "pt-BR"
  | "safety"
  | "not-in-documents"
  | "follow-up"
  | "en-from-es"
  | "en-from-pt";
export const CATEGORIES: Category[] = [
  "paraphrase",
  "multi-fact",
  "es",
  "pt-BR",
  "safety",
  "not-in-documents",
  "follow-up",
  "en-from-es",
  "en-from-pt",
];

export type HandbookQuestion = {
  category: Category;
  /** maple and riverside are written in English; alamos in Spanish and ipe in Brazilian Portuguese */
  handbook: "maple" | "riverside" | "alamos" | "ipe";
  question: string;
  facts: string[];
  /** the language the person writes in (and expects the answer in) */
  lang?: "en" | "es" | "pt-BR";
  /** the tool the offline concierge must call in the same turn (a question not in the documents: to staff) */
  action?: "hand_over_to_staff" | "open_maintenance_request" | "pass_question_to_staff";
  previous?: string;
};

const P = (
  handbook: HandbookQuestion["handbook"],
  question: string,
  ...facts: string[]
): HandbookQuestion => ({
  category: "paraphrase",
  handbook,
  question,
  facts,
});
const M = (
  handbook: HandbookQuestion["handbook"],
  question: string,
  ...facts: string[]
): HandbookQuestion => ({
  category: "multi-fact",
  handbook,
  question,
  facts,
});
const ES = (
  handbook: HandbookQuestion["handbook"],
  question: string,
  ...facts: string[]
): HandbookQuestion => ({
  category: "es",
  lang: "es",
  handbook,
  question,
  facts,
});
const PT = (
  handbook: HandbookQuestion["handbook"],
  question: string,
  ...facts: string[]
): HandbookQuestion => ({
  category: "pt-BR",
  lang: "pt-BR",
  handbook,
  question,
  facts,
});
const S = (
  handbook: HandbookQuestion["handbook"],
  action: HandbookQuestion["action"],
  question: string,
  ...facts: string[]
): HandbookQuestion => ({ category: "safety", handbook, action, question, facts });
const N = (handbook: HandbookQuestion["handbook"], question: string, lang?: HandbookQuestion["lang"]) => ({
  category: "not-in-documents" as const,
  handbook,
  question,
  facts: [],
  action: "pass_question_to_staff" as const,
  ...(lang ? { lang } : {}),
});
/** The reverse direction: a question in English (or the other language) against a Spanish or Portuguese handbook. */
const R = (
  handbook: "alamos" | "ipe",
  question: string,
  fact: string,
  lang?: HandbookQuestion["lang"],
): HandbookQuestion => ({
  category: handbook === "alamos" ? "en-from-es" : "en-from-pt",
  handbook,
  question,
  facts: [fact],
  ...(lang ? { lang } : {}),
});
const F = (
  handbook: HandbookQuestion["handbook"],
  previous: string,
  question: string,
  ...facts: string[]
): HandbookQuestion => ({ category: "follow-up", handbook, previous, question, facts });

export const HANDBOOK_QUESTIONS: HandbookQuestion[] = [
  // paraphrase: few or none of the handbook's words
  P("riverside", "By when do I have to leave the apartment on my last day?", "10:30"),
  P("riverside", "What time must we vacate the loft when we depart?", "10:30"),
  P("riverside", "How do I get onto the internet here?", "RiversideLofts-Guest"),
  P("riverside", "Where is the nearest place to buy groceries?", "Fresco supermarket"),
  P("riverside", "how do i get to the airport from here", "Airport Express"),
  P("riverside", "Can I light up a cigarette outside on the terrace?", "Smoking is not allowed"),
  P("riverside", "Is there somewhere to leave our suitcases after we check out?", "locker room"),
  P("riverside", "We have a baby, do you have a crib?", "travel cot"),
  P("riverside", "Where do the empty bottles and cardboard go?", "yellow bin"),
  P("riverside", "It's too cold in the flat, how do I warm it up?", "thermostat"),
  P("maple", "Which lift do I use for my sofa?", "freight elevator"),
  P("maple", "When am I allowed to use a drill in my flat?", "09:00 to 17:00"),
  P("maple", "Can my friend leave his car here while visiting?", "V1 to V10"),
  P("maple", "When do I have to pay the rent?", "1st day of each month"),
  P("maple", "I have a package waiting, how long will you keep it?", "7 days"),
  P("maple", "What time does the fitness room open?", "05:00 to 23:00"),
  P("maple", "Can I rent out my flat to tourists for a weekend?", "less than 30 days"),
  P("maple", "Where do I get rid of an old mattress?", "last Friday of the month"),
  P("maple", "How many cats am I allowed to have?", "up to two pets"),
  P("maple", "Is there a place to plug in my electric car?", "chargers"),

  // several facts in one question
  M("riverside", "What are the check-in and check-out times?", "16:00", "10:30"),
  M("riverside", "What is the wifi name and password?", "RiversideLofts-Guest", "river2024"),
  M(
    "riverside",
    "When are quiet hours and how many people can sleep in the loft?",
    "22:00 to 08:00",
    "at most 4 guests",
  ),
  M(
    "riverside",
    "Which bin is for recycling and on which days is it collected?",
    "yellow bin",
    "Tuesday and Friday",
  ),
  M("riverside", "How much is a late check-out and until when?", "€25", "13:00"),
  M("riverside", "Where do I park and how much does the garage cost?", "pay and display", "€12 per day"),
  M("maple", "What are the office hours on weekdays and Saturdays?", "08:30 to 17:30", "09:00 to 13:00"),
  M(
    "maple",
    "When can I move in and how far ahead must I book the freight elevator?",
    "08:00 and 18:00",
    "72 hours",
  ),
  M("maple", "What are the gym and pool opening hours?", "05:00 to 23:00", "09:00 to 21:00"),
  M("maple", "When are quiet hours during the week and at weekends?", "23:00 to 07:00", "23:00 to 09:00"),
  M("maple", "When is rent due and what is the late fee?", "1st day of each month", "$40"),
  M("maple", "What is the moving deposit and what does a lost key fob cost?", "$300", "$75"),

  // Spanish questions, English handbooks
  ES("riverside", "¿A qué hora es la salida del apartamento?", "10:30"),
  ES("riverside", "¿A partir de qué hora puedo entrar al apartamento?", "16:00"),
  ES("riverside", "¿Cuál es la contraseña del wifi?", "river2024"),
  ES("riverside", "¿Se puede fumar en el balcón?", "Smoking is not allowed"),
  ES("riverside", "¿Dónde está el supermercado más cercano?", "Fresco supermarket"),
  ES("riverside", "¿Dónde puedo dejar las maletas el día de salida?", "locker room"),
  ES("riverside", "¿Cómo llego al aeropuerto?", "Airport Express"),
  ES("maple", "¿Cuál es el horario del gimnasio?", "05:00 to 23:00"),
  ES("maple", "¿Dónde está la llave de paso del agua?", "utility closet"),
  ES("maple", "¿Cuándo se paga el alquiler?", "1st day of each month"),
  ES("maple", "¿Cuántas mascotas puedo tener?", "up to two pets"),
  ES("maple", "¿Cuál es el horario de la lavandería?", "06:00 to 22:00"),
  ES("maple", "¿Dónde se tira el vidrio?", "bottle bank"),
  ES("maple", "¿Cuándo abre la piscina?", "09:00 to 21:00"),

  // Brazilian Portuguese questions, English handbooks
  PT("riverside", "Qual é o horário de check-out?", "10:30"),
  PT("riverside", "Qual é a senha do wi-fi?", "river2024"),
  PT("riverside", "Posso fumar na varanda?", "Smoking is not allowed"),
  PT("riverside", "Onde fica o ponto de bonde mais próximo?", "Riverside Bridge"),
  PT("riverside", "Onde coloco o lixo reciclável?", "yellow bin"),
  PT("riverside", "Vocês têm berço para bebê?", "travel cot"),
  PT("riverside", "Onde posso estacionar o carro?", "pay and display"),
  PT("maple", "Qual é o horário da academia?", "05:00 to 23:00"),
  PT("maple", "Quando tenho que pagar o aluguel?", "1st day of each month"),
  PT("maple", "Onde retiro minhas encomendas?", "parcel room"),
  PT("maple", "Qual é o horário de silêncio?", "23:00 to 07:00"),
  PT("maple", "Qual é o horário da lavanderia?", "06:00 to 22:00"),
  PT("maple", "Quantos animais de estimação posso ter?", "up to two pets"),
  PT("maple", "Qual é o horário de funcionamento da piscina?", "09:00 to 21:00"),

  // safety: answer from the handbook AND escalate or open a request, in one reply
  S("maple", "hand_over_to_staff", "Where do we gather if there is a fire?", "tennis court"),
  S("maple", "hand_over_to_staff", "There is a fire in the corridor, where do I go?", "tennis court"),
  S("maple", "hand_over_to_staff", "I smell gas in my kitchen, what should I do?", "0800 111 999"),
  S(
    "maple",
    "hand_over_to_staff",
    "Our bathroom is flooding, where do I turn off the water?",
    "utility closet",
  ),
  S(
    "maple",
    "open_maintenance_request",
    "Water is leaking from the ceiling, how fast will someone come?",
    "within 2 hours",
  ),
  S(
    "maple",
    "open_maintenance_request",
    "My kitchen pipe is leaking, where is the valve to stop the water?",
    "utility closet",
  ),
  S(
    "maple",
    "hand_over_to_staff",
    "Emergency: I am stuck in the elevator, how long until help arrives?",
    "30 minutes",
  ),
  S(
    "riverside",
    "hand_over_to_staff",
    "There's a fire in the kitchen! Where is the fire blanket?",
    "next to the oven",
  ),
  S(
    "riverside",
    "hand_over_to_staff",
    "If there is a fire, where is the meeting point?",
    "riverside car park",
  ),
  S(
    "riverside",
    "open_maintenance_request",
    "The shower is leaking everywhere, how do I stop the water?",
    "under the bathroom sink",
  ),
  S(
    "riverside",
    "hand_over_to_staff",
    "My son has an injury, where is the nearest hospital?",
    "St. Mary's Hospital",
  ),
  S(
    "riverside",
    "open_maintenance_request",
    "The hot water is not working, how quickly will the host respond?",
    "within 1 hour",
  ),

  // not in the documents: the right answer says the documents do not say
  N("riverside", "Is there a sauna in the building?"),
  N("riverside", "Can I rent a bicycle from you?"),
  N("riverside", "Is breakfast included in the price?"),
  N("riverside", "Do you allow pets in the loft?"),
  N("riverside", "What is the cancellation policy?"),
  N("riverside", "¿Hay servicio de limpieza diario?", "es"),
  N("riverside", "Tem academia no prédio?", "pt-BR"),
  N("maple", "Is there a children's playground?"),
  N("maple", "Can I install a satellite dish on my balcony?"),
  N("maple", "Who is the building's insurance company?"),
  N("maple", "Is there a rooftop barbecue area?"),
  N("maple", "How do I vote in the owners' association election?"),
  N("maple", "¿Hay una sala de cine en el edificio?", "es"),
  N("maple", "Existe um espaço de coworking no prédio?", "pt-BR"),

  // follow-ups: the question only makes sense after the previous one
  F("riverside", "When is the supermarket open?", "and on Sundays?", "09:00 to 14:00"),
  F("riverside", "What time is check-in?", "and check-out?", "10:30"),
  F("riverside", "Where is the tram stop?", "how often does it run?", "every 10 minutes"),
  F("maple", "What are the quiet hours on weekdays?", "and at weekends?", "23:00 to 09:00"),
  F("maple", "When is the gym open?", "what about the pool?", "09:00 to 21:00"),
  F("maple", "When is the office open on weekdays?", "and on Saturdays?", "09:00 to 13:00"),

  // the reverse direction: English questions against the Spanish and the Portuguese handbook (quoted as written)
  R("alamos", "What time is check-out?", "antes de las 11:00"),
  R("alamos", "From what time can I arrive?", "a partir de las 15:00"),
  R("alamos", "What is the wifi password?", "alamos2026"),
  R("alamos", "Where do we gather if there is a fire?", "plaza de la fuente"),
  R("alamos", "Where is the water shut-off valve?", "debajo del fregadero"),
  R("alamos", "When is the swimming pool open?", "de 10:00 a 21:00"),
  R("alamos", "What are the gym opening hours?", "de 06:00 a 23:00"),
  R("alamos", "Where does glass go for recycling?", "contenedor verde"),
  R("alamos", "What are the quiet hours?", "de 23:00 a 08:00"),
  R("alamos", "How many pets can I keep?", "hasta dos mascotas"),
  R("alamos", "Where can I leave my luggage after check-out?", "consigna"),
  R("alamos", "Where do I keep my bicycle?", "cuarto de bicicletas"),
  R("alamos", "When is the management office open?", "de lunes a viernes de 09:00 a 14:00"),
  R("alamos", "Qual é a senha do wi-fi?", "alamos2026", "pt-BR"),
  R("ipe", "What time do I have to leave the apartment on my last day?", "até as 11:00"),
  R("ipe", "What time is check-in?", "a partir das 14:00"),
  R("ipe", "What is the wifi password?", "ipe2026amarelo"),
  R("ipe", "Where is the assembly point if there is a fire?", "praça em frente à padaria"),
  R("ipe", "Where is the main water valve?", "área de serviço"),
  R("ipe", "Is the pool open on Mondays?", "fechada para limpeza"),
  R("ipe", "When is the gym open?", "das 06:00 às 22:00"),
  R("ipe", "Where does recycling go?", "contêiner azul"),
  R("ipe", "What are the quiet hours?", "das 22:00 às 08:00"),
  R("ipe", "Are pets allowed?", "animais de estimação de pequeno porte"),
  R("ipe", "Where can I store my luggage after checking out?", "guarda-volumes"),
  R("ipe", "When is the management office open?", "das 08:00 às 17:00"),
  R("ipe", "¿Cuál es la contraseña del wifi?", "ipe2026amarelo", "es"),
  N("alamos", "Is there a sauna in the building?"),
  N("alamos", "Is breakfast included in the price?"),
  N("alamos", "What is the cancellation policy?"),
  N("ipe", "Is there a sauna in the building?"),
  N("ipe", "Is breakfast included in the price?"),
  N("ipe", "Who is the building's insurance company?"),
];
