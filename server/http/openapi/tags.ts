import "server-only";

/**
 * Every tag an operation may carry, with the sentence a reader of the document sees for it. An operation's
 * `tag` is typed against these keys, so a new tag cannot be used without a description.
 */
export const API_TAGS = {
  Me: "Who is calling: a signed-in person, a guest's stay or an API token, with what it may do.",
  Building: "The caller's building and its configuration.",
  Units:
    "The building's units: their details, residents and short-stay settings, each unit's availability and its iCal feeds in and out.",
  Operations: "For load balancers, monitors and client generators: this instance's health and this document.",
  Reservations: "Short stays in the building's rentable units: booking, reading and cancelling.",
  "Check-in":
    "A guest's online check-in through the link of their stay (details, ID documents, house rules), and the staff side: the link and the ID documents.",
  Email: "The emails the building sent or is holding in its outbox.",
  Tickets: "Maintenance and service requests, with their comments, photos and history.",
  Uploads: "Presigned uploads to the building's storage (ticket photos).",
  People: "The building's residents, staff and managers: invitations, roles, units and status.",
  "API tokens": "Tokens a manager issues for one building, to call this API without a session.",
  Audit: "Who did what in the building: the audit log, as JSON pages or a CSV file.",
  Knowledge: "The documents the concierge answers from: adding, indexing and deleting them.",
  Missions: "Multi-step tasks the concierge started, and the steps that wait for staff approval.",
  Concierge: "The building's AI concierge, for messaging channels and integrations.",
  "Hand-overs":
    "Concierge conversations handed to a person: the staff inbox, claiming, replying into the asker's chat, handing back.",
  Devices: "Locks, sensors and other connected devices of the building, and commands sent to them.",
  "Access logs": "Door events from the building's devices, as JSON pages or a CSV file.",
  Alarms:
    "What the building's sensors report (leak, smoke, CO, doors, temperature, battery, offline), and acknowledging and clearing it.",
  Notifications: "Each person's in-app notices, read state and channel preferences.",
  Announcements:
    "Notices a manager posts to the building, floors, units, residents or guests in house; emergencies ask to be acknowledged.",
  Amenities:
    "Shared spaces (party room, gym…) and their bookings: slots, capacity, and the door code a booking gives.",
  Passes:
    "Access passes for visitors, vendors, cleaners and household members: doors, schedule, PIN, approval and the entries under each.",
  Packages: "The package room: parcels logged by staff, their recipients, and pickups.",
  Billing:
    "Condo fees: the fee schedule, monthly billing runs, one-off charges, late fees, payments, and each unit's bills with their PDFs.",
  Reports:
    "The board's finance report (income, expenses, arrears, collection, short-stay revenue) and its CSV exports.",
  Turnovers:
    "Cleaning between stays: one per departure, with its own door code for the cleaning window, a checklist and the unit's readiness.",
  "Guest messages":
    "Each stay's message timeline: templated messages at the moments the host chooses, by email and SMS, pausing and resending, the templates, and guests' email replies threaded to their stay.",
  "Guest registration":
    "Every guest of a stay's party registered for the local authority where the building's country requires it, and the authority's file (Spain's SES.Hospedajes parte de viajeros).",
} as const;

export type ApiTag = keyof typeof API_TAGS;
