import type { Audience } from "@/lib/domain/knowledge-document";

/**
 * Questions a guest, resident or staff member might ask, written against the demo documents
 * (scripts/seed-data/documents.ts). `doc` is the document that answers, `fact` a phrase the answering passage
 * must contain. Phrased as people ask, not as the documents say it (some with typos).
 */
export type EvalQuestion = {
  question: string;
  building?: "harbor" | "summit";
  audiences?: Audience[];
  doc: "house_rules" | "guest_guide" | "resident_handbook" | "staff_procedures";
  fact: string;
};

export const QUESTIONS: EvalQuestion[] = [
  { question: "When are the quiet hours?", doc: "house_rules", fact: "22:00 to 07:00" },
  { question: "Can I play music late at night?", doc: "house_rules", fact: "Quiet hours" },
  { question: "until what time do i have to be quiet", doc: "house_rules", fact: "07:00" },
  { question: "What time is check-in?", doc: "guest_guide", fact: "Check-in is from 15:00" },
  {
    question: "What time is check-in?",
    building: "summit",
    doc: "guest_guide",
    fact: "Check-in is from 16:00",
  },
  {
    question: "When do I have to leave the apartment on my last day?",
    doc: "guest_guide",
    fact: "Check-out is by 11:00",
  },
  { question: "checkout time summit", building: "summit", doc: "guest_guide", fact: "Check-out is by 10:00" },
  { question: "What is the wifi network?", doc: "guest_guide", fact: "HarborView-Guest" },
  { question: "wi-fi password?", building: "summit", doc: "guest_guide", fact: "SummitTower-Guest" },
  { question: "Can I smoke on the balcony?", doc: "house_rules", fact: "Smoking and vaping are not allowed" },
  { question: "Am I allowed to bring my dog?", doc: "house_rules", fact: "Pets are welcome" },
  { question: "Where do I throw away the trash?", doc: "house_rules", fact: "bin room" },
  { question: "Which bin is for glass recycling?", doc: "house_rules", fact: "blue bins" },
  { question: "Can we have a party in the flat?", doc: "house_rules", fact: "Parties and events" },
  { question: "How many guests can stay in one unit?", doc: "house_rules", fact: "At most 4 guests" },
  { question: "My door code does not work", doc: "guest_guide", fact: "three tries" },
  {
    question: "How long is my door code valid before arrival?",
    doc: "guest_guide",
    fact: "60 minutes before check-in",
  },
  { question: "Where should I leave the keys when I leave?", doc: "guest_guide", fact: "kitchen counter" },
  { question: "Is there a supermarket nearby?", doc: "guest_guide", fact: "supermarket" },
  { question: "Can guests park in the garage?", doc: "guest_guide", fact: "guest parking" },
  { question: "What should I do in an emergency like a gas smell?", doc: "house_rules", fact: "911" },
  { question: "Where is the water shut off valve?", doc: "house_rules", fact: "under the kitchen sink" },
  {
    question: "What are the opening hours of the gym and roof terrace?",
    doc: "house_rules",
    fact: "06:00 to 22:00",
  },
  {
    question: "minimum number of nights for a stay",
    building: "summit",
    doc: "house_rules",
    fact: "between 2 and 30 nights",
  },
  {
    question: "When is the pool open?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "08:00 to 20:00",
  },
  {
    question: "Can I bring friends to the swiming pool?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "two guests",
  },
  {
    question: "Where do I pick up my parcels?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "front desk",
  },
  {
    question: "How do I book the service lift for moving?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "48 hours ahead",
  },
  {
    question: "When can I drill for renovation works?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "09:00 to 18:00",
  },
  {
    question: "Can I charge my electric car?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "chargers",
  },
  {
    question: "Laundry room hours",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "07:00 to 22:00",
  },
  {
    question: "Is a charcoal bbq allowed on the balcony?",
    audiences: ["resident"],
    doc: "resident_handbook",
    fact: "Charcoal barbecues are forbidden",
  },
  {
    question: "A guest is locked out, what do I do?",
    audiences: ["staff"],
    doc: "staff_procedures",
    fact: "confirm their identity",
  },
  {
    question: "Where are the master keys kept?",
    audiences: ["staff"],
    doc: "staff_procedures",
    fact: "key safe",
  },
  {
    question: "What to check at shift handover",
    audiences: ["staff"],
    doc: "staff_procedures",
    fact: "open urgent tickets",
  },
  { question: "water leak procedure", audiences: ["staff"], doc: "staff_procedures", fact: "on-call" },
];

/** Questions whose answer lives only in a document the asker may not see: nothing of it may come back. */
export const FORBIDDEN: { question: string; audiences: Audience[]; notDoc: EvalQuestion["doc"] }[] = [
  {
    question: "Where are the master keys kept and what is the safe code?",
    audiences: ["guest"],
    notDoc: "staff_procedures",
  },
  {
    question: "lockout remote unlock procedure",
    audiences: ["guest", "resident"],
    notDoc: "staff_procedures",
  },
  { question: "When is the pool open?", audiences: ["guest"], notDoc: "resident_handbook" },
];
