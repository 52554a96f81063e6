import type { MessageTemplates, MessageText } from "./guest-message";

type Texts = Record<"en" | "es" | "pt-BR", MessageText>;

const booking: Texts = {
  en: {
    subject: "Your stay at {building} is confirmed",
    body: "Hello {guestName},\n\nYour stay in unit {unit} at {building} is confirmed: from {checkIn} (check-in from {checkInTime}) to {checkOut} (check-out by {checkOutTime}).\n\nReply to this email if you have any question.",
    sms: "{building}: your stay in unit {unit} from {checkIn} to {checkOut} is confirmed.",
  },
  es: {
    subject: "Tu estancia en {building} está confirmada",
    body: "Hola {guestName}:\n\nTu estancia en la unidad {unit} de {building} está confirmada: del {checkIn} (entrada desde las {checkInTime}) al {checkOut} (salida antes de las {checkOutTime}).\n\nResponde a este correo si tienes cualquier pregunta.",
    sms: "{building}: tu estancia en la unidad {unit} del {checkIn} al {checkOut} está confirmada.",
  },
  "pt-BR": {
    subject: "Sua estadia em {building} está confirmada",
    body: "Olá, {guestName}!\n\nSua estadia na unidade {unit} de {building} está confirmada: de {checkIn} (entrada a partir das {checkInTime}) a {checkOut} (saída até as {checkOutTime}).\n\nResponda a este e-mail se tiver alguma dúvida.",
    sms: "{building}: sua estadia na unidade {unit} de {checkIn} a {checkOut} está confirmada.",
  },
};

const beforeArrival: Texts = {
  en: {
    subject: "Check in online before you arrive at {building}",
    body: "Hello {guestName},\n\nYou arrive on {checkIn}. Check in online now (your details, ID and the house rules), so your door code is ready:\n{checkinLink}\n\nThis link is personal: do not share it.",
    sms: "{building}: check in online before {checkIn}: {checkinLink}",
  },
  es: {
    subject: "Haz el check-in online antes de llegar a {building}",
    body: "Hola {guestName}:\n\nLlegas el {checkIn}. Haz el check-in online ahora (tus datos, tu documento y las normas de la casa) para que tu código de puerta esté listo:\n{checkinLink}\n\nEste enlace es personal: no lo compartas.",
    sms: "{building}: haz el check-in online antes del {checkIn}: {checkinLink}",
  },
  "pt-BR": {
    subject: "Faça o check-in online antes de chegar a {building}",
    body: "Olá, {guestName}!\n\nVocê chega em {checkIn}. Faça o check-in online agora (seus dados, documento e as regras da casa) para que seu código da porta fique pronto:\n{checkinLink}\n\nEste link é pessoal: não o compartilhe.",
    sms: "{building}: faça o check-in online antes de {checkIn}: {checkinLink}",
  },
};

const codeActive: Texts = {
  en: {
    subject: "Your door code works from now",
    body: "Hello {guestName},\n\nYour door code for unit {unit} works from {codeFrom} until {codeUntil}. You find it on your stay page.\n\nWelcome to {building}!",
    sms: "{building}: your door code for unit {unit} works from {codeFrom} until {codeUntil}. See your stay page.",
  },
  es: {
    subject: "Tu código de puerta ya funciona",
    body: "Hola {guestName}:\n\nTu código de puerta de la unidad {unit} funciona desde {codeFrom} hasta {codeUntil}. Lo encuentras en la página de tu estancia.\n\n¡Bienvenido a {building}!",
    sms: "{building}: tu código de la unidad {unit} funciona desde {codeFrom} hasta {codeUntil}. Míralo en tu página de estancia.",
  },
  "pt-BR": {
    subject: "Seu código da porta já funciona",
    body: "Olá, {guestName}!\n\nSeu código da porta da unidade {unit} funciona de {codeFrom} até {codeUntil}. Ele está na página da sua estadia.\n\nBem-vindo a {building}!",
    sms: "{building}: seu código da unidade {unit} funciona de {codeFrom} até {codeUntil}. Veja na página da sua estadia.",
  },
};

const departure: Texts = {
  en: {
    subject: "Check-out today by {checkOutTime}",
    body: "Good morning {guestName},\n\nToday is your check-out day: please leave unit {unit} by {checkOutTime}. Your door code stops working at {codeUntil}.\n\nThank you for staying at {building}.",
    sms: "{building}: check-out today by {checkOutTime}. Thank you!",
  },
  es: {
    subject: "Salida hoy antes de las {checkOutTime}",
    body: "Buenos días, {guestName}:\n\nHoy es tu día de salida: deja la unidad {unit} antes de las {checkOutTime}. Tu código deja de funcionar a las {codeUntil}.\n\nGracias por alojarte en {building}.",
    sms: "{building}: salida hoy antes de las {checkOutTime}. ¡Gracias!",
  },
  "pt-BR": {
    subject: "Check-out hoje até as {checkOutTime}",
    body: "Bom dia, {guestName}!\n\nHoje é o dia do seu check-out: deixe a unidade {unit} até as {checkOutTime}. Seu código deixa de funcionar em {codeUntil}.\n\nObrigado por se hospedar em {building}.",
    sms: "{building}: check-out hoje até as {checkOutTime}. Obrigado!",
  },
};

const afterCheckout: Texts = {
  en: {
    subject: "Thank you for staying at {building}",
    body: "Hello {guestName},\n\nThank you for your stay. If you left something behind or have a comment, reply to this email.",
    sms: "{building}: thank you for your stay! Left something behind? Reply to our email.",
  },
  es: {
    subject: "Gracias por alojarte en {building}",
    body: "Hola {guestName}:\n\nGracias por tu estancia. Si olvidaste algo o quieres comentarnos algo, responde a este correo.",
    sms: "{building}: ¡gracias por tu estancia! ¿Olvidaste algo? Responde a nuestro correo.",
  },
  "pt-BR": {
    subject: "Obrigado por se hospedar em {building}",
    body: "Olá, {guestName}!\n\nObrigado pela sua estadia. Se esqueceu algo ou quiser comentar, responda a este e-mail.",
    sms: "{building}: obrigado pela sua estadia! Esqueceu algo? Responda ao nosso e-mail.",
  },
};

const base = { daysBefore: 3, time: "09:00", hoursAfter: 2 };

/** The shipped set, used until a manager saves their own (the demo buildings run on it). */
export const DEFAULT_MESSAGE_TEMPLATES: MessageTemplates = {
  booking_confirmed: { ...base, enabled: true, channels: ["email"], texts: booking },
  before_arrival: { ...base, enabled: true, channels: ["email", "sms"], texts: beforeArrival },
  code_active: { ...base, enabled: true, channels: ["sms"], texts: codeActive },
  departure_morning: { ...base, time: "08:00", enabled: true, channels: ["email", "sms"], texts: departure },
  after_checkout: { ...base, enabled: true, channels: ["email"], texts: afterCheckout },
};
