/**
 * Every key string of the table is made here and only here. Each builder starts from the building,
 * so that scoping is in the keys themselves; the few global lookup items (email, check-in token, API token,
 * invitation) hold a hash or an address, never a building's data.
 * Pure functions, no `server-only`: key builders are unit-tested and used by scripts.
 */
export type Key = { pk: string; sk: string };

const B = (buildingId: string) => `BLD#${buildingId}`;
/** Common-area items (devices, tickets) use this in place of a unit id inside keys. */
export const COMMON_AREA = "COMMON";
const unitPart = (unitId: string | null | undefined) => unitId ?? COMMON_AREA;
/** `YYYY-MM-DD` of an ISO timestamp (UTC), for day-sharded partitions. */
export const dayOf = (iso: string) => iso.slice(0, 10);
/** Zero-padded so that string order equals numeric order. */
export const pad = (n: number, width = 4) => String(Math.max(0, Math.trunc(n))).padStart(width, "0");

/**
 * The partition value of every list, one builder each: the list functions query these, the item builders below
 * write them, so a list and the items it reads can never drift apart.
 */
export const partitions = {
  buildings: () => "BUILDINGS",
  units: (b: string) => `${B(b)}#UNITS`,
  usersByRole: (b: string, role: string) => `${B(b)}#USERS#${role}`,
  reservationsByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#RES`,
  arrivals: (b: string) => `${B(b)}#RES#IN`,
  departures: (b: string) => `${B(b)}#RES#OUT`,
  unit: (b: string, u: string) => `${B(b)}#UNIT#${u}`,
  ticketsByOpener: (b: string, userId: string) => `${B(b)}#USER#${userId}#TICKETS`,
  ticketsByStatus: (b: string, status: string) => `${B(b)}#TICKETS#${status}`,
  ticketsByUnit: (b: string, u: string | null) => `${B(b)}#UNIT#${unitPart(u)}#TICKETS`,
  ticket: (b: string, t: string) => `${B(b)}#TICKET#${t}`,
  devicesByUnit: (b: string, u: string | null) => `${B(b)}#UNIT#${unitPart(u)}#DEVICES`,
  device: (b: string, d: string) => `${B(b)}#DEVICE#${d}`,
  commandsPending: () => "CMDS#PENDING",
  accessByDevice: (b: string, d: string) => `${B(b)}#DEVICE#${d}#ACCESS`,
  accessByUnit: (b: string, u: string | null) => `${B(b)}#UNIT#${unitPart(u)}#ACCESS`,
  accessByDay: (b: string, day: string) => `${B(b)}#ACCESS#${day}`,
  stats: (b: string) => `${B(b)}#STATS`,
  conversationsByUser: (b: string, userId: string) => `${B(b)}#USER#${userId}#CONVS`,
  conversation: (b: string, c: string) => `${B(b)}#CONV#${c}`,
  missionsByRequester: (b: string, userId: string) => `${B(b)}#USER#${userId}#MISSIONS`,
  missionsByStatus: (b: string, status: string) => `${B(b)}#MISSIONS#${status}`,
  handoversByStatus: (b: string, status: string) => `${B(b)}#HANDOVERS#${status}`,
  audit: (b: string) => `${B(b)}#AUDIT`,
  auditByActor: (b: string, actorId: string) => `${B(b)}#USER#${actorId}#AUDIT`,
  auditByTarget: (b: string, targetType: string) => `${B(b)}#AUDIT#${targetType}`,
  user: (b: string, userId: string) => `${B(b)}#USER#${userId}`,
  outbox: (b: string) => `${B(b)}#OUTBOX`,
  doorRevocations: (b: string) => `${B(b)}#DOORREVOKE`,
  codeRemovals: (b: string) => `${B(b)}#CODEDEL`,
  alarmsByStatus: (b: string, status: string) => `${B(b)}#ALARMS#${status}`,
  alarmsByUnit: (b: string, u: string | null) => `${B(b)}#UNIT#${unitPart(u)}#ALARMS`,
  alarmsByDevice: (b: string, d: string) => `${B(b)}#DEVICE#${d}#ALARMS`,
  telemetry: (b: string, d: string) => `${B(b)}#DEVICE#${d}#TEL`,
  channelFeedsByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#CHFEEDS`,
  /** Global and sparse like commandsPending: every feed by its next poll, read by the poller. */
  channelFeedsDue: () => "CHFEEDS#DUE",
  channelFeedEvents: (b: string, f: string) => `${B(b)}#CHFEED#${f}`,
  amenity: (b: string, a: string) => `${B(b)}#AMENITY#${a}`,
  amenityBookingsByPerson: (b: string, who: string) => `${B(b)}#USER#${who}#ABOOK`,
  amenityBookingsByDay: (b: string, day: string) => `${B(b)}#ABOOK#${day}`,
  packagesByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#PKG`,
  packagesByStatus: (b: string, status: string) => `${B(b)}#PKG#${status}`,
  passesByIssuer: (b: string, who: string) => `${B(b)}#USER#${who}#PASS`,
  passesByTicket: (b: string, t: string) => `${B(b)}#TICKET#${t}#PASS`,
  /** Global and sparse like commandsPending: every pass with a window to open or close, by when. */
  passesDue: () => "PASS#DUE",
  billsByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#BILLS`,
  bills: (b: string) => `${B(b)}#BILLS`,
  paymentsByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#PAYMENTS`,
  announcementReceipts: (b: string, a: string) => `${B(b)}#ANN#${a}`,
  announcementsOf: (b: string, who: string) => `${B(b)}#USER#${who}#ANN`,
  chargesByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#CHARGES`,
  unbilledChargesByUnit: (b: string, u: string) => `${B(b)}#UNIT#${u}#UNBILLED`,
  charges: (b: string) => `${B(b)}#CHARGES`,
  ticketCostsByTicket: (b: string, t: string) => `${B(b)}#TICKET#${t}#COSTS`,
  ticketCosts: (b: string) => `${B(b)}#TICKETCOSTS`,
  turnoversByDate: (b: string) => `${B(b)}#TURNOVERS`,
  /** A stay's guest messages (issue 17): its outgoing moments, the guest's replies and its messaging state. */
  stayMessages: (b: string, r: string) => `${B(b)}#RES#${r}#MSGS`,
  /** Global and sparse like passesDue: every stay message waiting to be sent, by when. */
  stayMessagesDue: () => "STAYMSG#DUE",
  smsOutbox: (b: string) => `${B(b)}#SMSOUTBOX`,
  /** cancelled stays whose guest data is due for deletion, by the day it was cancelled (issue 17) */
  guestDataDue: (b: string) => `${B(b)}#GUESTDATADUE`,
} as const;
const P = partitions;

export const keys = {
  building: (b: string): Key => ({ pk: B(b), sk: "BUILDING" }),
  buildingList: (name: string, b: string) => ({
    gsi1pk: P.buildings(),
    gsi1sk: `${name.toLowerCase()}#${b}`,
  }),

  unit: (b: string, u: string): Key => ({ pk: B(b), sk: `UNIT#${u}` }),
  unitByNumber: (b: string, floor: number, number: string, u: string) => ({
    gsi1pk: P.units(b),
    gsi1sk: `${pad(floor, 3)}#${number}#${u}`,
  }),
  unitPrefix: "UNIT#",
  /** Makes a unit number unique within its building (case-insensitive); holds the unit's id. */
  unitNumberLock: (b: string, number: string): Key => ({
    pk: B(b),
    sk: `UNITNO#${number.trim().toUpperCase()}`,
  }),

  user: (b: string, u: string): Key => ({ pk: B(b), sk: `USER#${u}` }),
  userPrefix: "USER#",
  userByRole: (b: string, role: string, name: string, u: string) => ({
    gsi1pk: P.usersByRole(b, role),
    gsi1sk: `${name.toLowerCase()}#${u}`,
  }),
  /** Global: makes the email unique across all buildings and finds the account at sign-in. */
  emailLock: (email: string): Key => ({ pk: `EMAIL#${email.trim().toLowerCase()}`, sk: "EMAIL" }),
  invitation: (tokenHash: string): Key => ({ pk: `INVITE#${tokenHash}`, sk: "INVITE" }),
  /** Global: a password-reset or email-change link (its hash) finds its user; one use, expires by TTL. */
  accountLink: (purpose: "reset" | "email", tokenHash: string): Key => ({
    pk: `ACCOUNTLINK#${purpose}#${tokenHash}`,
    sk: "ACCOUNTLINK",
  }),
  /** Global: one counter window (sign-in failures, concierge messages) per scope and hashed key; expires by TTL. */
  rateWindow: (scope: string, keyHash: string): Key => ({ pk: `RATE#${scope}#${keyHash}`, sk: "RATE" }),
  /** Beside the user: the hash of their current invitation, so re-sending can delete the old lookup item. */
  userInvitation: (b: string, u: string): Key => ({ pk: P.user(b, u), sk: "INVITATION" }),
  /**
   * Beside the user (or guest): one session that signed out, by the id its JWT carries, so a copy of that JWT
   * (or a cookie a request in flight wrote back after the sign-out) no longer signs anyone in; expires by TTL
   * when the JWT would have.
   */
  signedOutSession: (b: string, u: string, sid: string): Key => ({
    pk: P.user(b, u),
    sk: `SIGNEDOUT#${sid}`,
  }),

  reservation: (b: string, r: string): Key => ({ pk: B(b), sk: `RES#${r}` }),
  reservationPrefix: "RES#",
  reservationByUnit: (b: string, u: string, checkIn: string, r: string) => ({
    gsi1pk: P.reservationsByUnit(b, u),
    gsi1sk: `${checkIn}#${r}`,
  }),
  reservationByCheckIn: (b: string, checkIn: string, r: string) => ({
    gsi2pk: P.arrivals(b),
    gsi2sk: `${checkIn}#${r}`,
  }),
  reservationByCheckOut: (b: string, checkOut: string, r: string) => ({
    gsi3pk: P.departures(b),
    gsi3sk: `${checkOut}#${r}`,
  }),
  /** One item per booked or blocked night: the database makes double booking impossible. */
  night: (b: string, u: string, date: string): Key => ({ pk: P.unit(b, u), sk: `NIGHT#${date}` }),
  nightPrefix: "NIGHT#",
  unitPartition: P.unit,
  /** A unit's iCal feed secret (its hash), beside the unit's nights. */
  icalFeed: (b: string, u: string): Key => ({ pk: P.unit(b, u), sk: "ICALFEED" }),
  /** Global: the hash of an iCal feed token finds its unit (channel managers send only the token). */
  icalFeedLookup: (tokenHash: string): Key => ({ pk: `ICALFEED#${tokenHash}`, sk: "ICALFEED" }),
  /** Global: the hash of a check-in link token finds its reservation. */
  checkinLink: (tokenHash: string): Key => ({ pk: `CHECKIN#${tokenHash}`, sk: "CHECKIN" }),

  ticket: (b: string, t: string): Key => ({ pk: B(b), sk: `TICKET#${t}` }),
  ticketPrefix: "TICKET#",
  ticketByOpener: (b: string, userId: string, t: string) => ({
    gsi1pk: P.ticketsByOpener(b, userId),
    gsi1sk: t,
  }),
  ticketByStatus: (b: string, status: string, t: string) => ({
    gsi2pk: P.ticketsByStatus(b, status),
    gsi2sk: t,
  }),
  ticketByUnit: (b: string, u: string | null, t: string) => ({
    gsi3pk: P.ticketsByUnit(b, u),
    gsi3sk: t,
  }),
  ticketEvent: (b: string, t: string, eventId: string): Key => ({
    pk: P.ticket(b, t),
    sk: `EVENT#${eventId}`,
  }),
  ticketPartition: P.ticket,

  device: (b: string, d: string): Key => ({ pk: B(b), sk: `DEVICE#${d}` }),
  devicePrefix: "DEVICE#",
  deviceByUnit: (b: string, u: string | null, type: string, d: string) => ({
    gsi1pk: P.devicesByUnit(b, u),
    gsi1sk: `${type}#${d}`,
  }),
  devicePartition: P.device,
  doorCode: (b: string, d: string, codeId: string): Key => ({ pk: P.device(b, d), sk: `CODE#${codeId}` }),
  doorCodePrefix: "CODE#",
  /**
   * One per stay whose door code is (or may be) on locks: written when the code is issued (due at its end), made
   * due now by a cancel or a revoked link, deleted only once every lock acknowledged the delete. The sweeper reads
   * this partition, so a code owed a delete is never lost with the arrivals/departures indexes or a time window.
   */
  doorRevocation: (b: string, r: string): Key => ({ pk: P.doorRevocations(b), sk: `RES#${r}` }),
  doorRevocationPartition: P.doorRevocations,
  /** A delete owed on the locks for a booking's or a pass window's code, until acknowledged (or the code ends). */
  codeRemoval: (b: string, codeId: string): Key => ({ pk: P.codeRemovals(b), sk: `CODE#${codeId}` }),
  codeRemovalPartition: P.codeRemovals,
  command: (b: string, d: string, c: string): Key => ({ pk: P.device(b, d), sk: `CMD#${c}` }),
  commandPrefix: "CMD#",
  /** Sparse: present only while a command is pending, so the sweeper reads just the due ones. */
  commandPending: (expiresAt: string, c: string) => ({
    gsi2pk: P.commandsPending(),
    gsi2sk: `${expiresAt}#${c}`,
  }),

  /** Keyed by the device's event id: a redelivered event hits the same key and the conditional put refuses it. */
  accessLog: (b: string, d: string, eventId: string): Key => ({
    pk: `${B(b)}#DEVICE#${d}#EVT#${eventId}`,
    sk: "ACCESS",
  }),
  accessLogByDevice: (b: string, d: string, ts: string, eventId: string) => ({
    gsi1pk: P.accessByDevice(b, d),
    gsi1sk: `${ts}#${eventId}`,
  }),
  accessLogByUnit: (b: string, u: string | null, ts: string, eventId: string) => ({
    gsi2pk: P.accessByUnit(b, u),
    gsi2sk: `${ts}#${eventId}`,
  }),
  accessLogByDay: (b: string, ts: string, eventId: string) => ({
    gsi3pk: P.accessByDay(b, dayOf(ts)),
    gsi3sk: `${ts}#${eventId}`,
  }),
  accessLogDayPartition: P.accessByDay,
  /**
   * The building's device health (issue 19): sets of device ids (all, offline, low battery, locks) kept current by
   * the device writes that change a device's membership, read by the homes in one GetItem (server/db/device-health.ts).
   */
  deviceHealth: (b: string): Key => ({ pk: P.stats(b), sk: "HEALTH#DEVICES" }),
  /**
   * The homes' other summaries (issue 19, server/db/home-summaries.ts): one item per kind holding an entry per
   * unit, open ticket, checked-in stay or open alarm; the people counter; occupancy counters per month (one
   * attribute per night).
   */
  homeSummary: (
    b: string,
    // DESK2: desk entries carry the stay's own departure time (session 11); DESK items were never read again
    kind: "UNITS" | "TICKETS" | "DESK2" | "ALARMS" | "PEOPLE" | "HANDOVERS",
  ): Key => ({
    pk: P.stats(b),
    sk: `SUMMARY#${kind}`,
  }),
  occupancy: (b: string, month: string): Key => ({ pk: P.stats(b), sk: `OCC#${month}` }),
  /**
   * One day's arrivals (IN) or departures (OUT) (issue 19, server/db/home-summaries.ts): an entry (`e_<id>`) per live
   * stay arriving or leaving that day, kept by the reservation writes' syncs.
   */
  stayDay: (b: string, date: string, side: "IN" | "OUT"): Key => ({
    pk: P.stats(b),
    sk: `DAY#${date}#${side}`,
  }),
  /** A person's unread notices, kept by the notification writes (issue 19: the shell reads it in its one batch). */
  unreadCount: (b: string, u: string): Key => ({ pk: P.user(b, u), sk: "UNREAD" }),
  /**
   * How far the access counters have read one shard of the table's stream (server/db/access-count-stream.ts): the
   * last counted record's sequence number, written in the same transaction as the counts.
   */
  streamCheckpoint: (shardId: string): Key => ({ pk: "STREAM#ACCESS_COUNTS", sk: `SHARD#${shardId}` }),
  /**
   * Per-day counters for charts, bumped once per stored event from the table's stream (access-count-stream.ts).
   * The stream readers spread a day over a few shards (`ACCESS#day#sN`) so parallel writers do not contend; readers
   * sum every item of a day (the unsharded `ACCESS#day` written by bulk loads included).
   */
  accessStats: (b: string, day: string, shard?: number): Key => ({
    pk: P.stats(b),
    sk: shard === undefined ? `ACCESS#${day}` : `ACCESS#${day}#s${shard}`,
  }),

  conversation: (b: string, c: string): Key => ({ pk: B(b), sk: `CONV#${c}` }),
  conversationByUser: (b: string, userId: string, updatedAt: string, c: string) => ({
    gsi1pk: P.conversationsByUser(b, userId),
    gsi1sk: `${updatedAt}#${c}`,
  }),
  message: (b: string, c: string, m: string): Key => ({ pk: P.conversation(b, c), sk: `MSG#${m}` }),
  conversationPartition: P.conversation,

  mission: (b: string, m: string): Key => ({ pk: B(b), sk: `MISSION#${m}` }),
  missionPrefix: "MISSION#",
  missionByRequester: (b: string, userId: string, m: string) => ({
    gsi1pk: P.missionsByRequester(b, userId),
    gsi1sk: m,
  }),
  missionByStatus: (b: string, status: string, m: string) => ({
    gsi2pk: P.missionsByStatus(b, status),
    gsi2sk: m,
  }),

  /** one hand-over per conversation (its id), re-opened when handed over again */
  handover: (b: string, c: string): Key => ({ pk: B(b), sk: `HANDOVER#${c}` }),
  handoverPrefix: "HANDOVER#",
  handoverByStatus: (b: string, status: string, openedAt: string, c: string) => ({
    gsi2pk: P.handoversByStatus(b, status),
    gsi2sk: `${openedAt}#${c}`,
  }),

  knowledgeDocument: (b: string, k: string): Key => ({ pk: B(b), sk: `DOC#${k}` }),
  knowledgeDocumentPrefix: "DOC#",

  audit: (b: string, a: string): Key => ({ pk: P.audit(b), sk: a }),
  auditPartition: P.audit,
  auditByActor: (b: string, actorId: string, a: string) => ({
    gsi1pk: P.auditByActor(b, actorId),
    gsi1sk: a,
  }),
  auditByTarget: (b: string, targetType: string, a: string) => ({
    gsi2pk: P.auditByTarget(b, targetType),
    gsi2sk: a,
  }),

  apiToken: (b: string, t: string): Key => ({ pk: B(b), sk: `APITOKEN#${t}` }),
  apiTokenPrefix: "APITOKEN#",
  apiTokenLookup: (tokenHash: string): Key => ({ pk: `APITOKEN#${tokenHash}`, sk: "APITOKEN" }),

  notification: (b: string, userId: string, n: string): Key => ({ pk: P.user(b, userId), sk: `NOTIF#${n}` }),
  userPartition: P.user,
  outboxEmail: (b: string, e: string): Key => ({ pk: P.outbox(b), sk: e }),
  outboxPartition: P.outbox,

  alarm: (b: string, a: string): Key => ({ pk: B(b), sk: `ALARM#${a}` }),
  /** One per device and cause while an alarm is open: holds its id; the conditional put makes it one alarm. */
  openAlarm: (b: string, d: string, cause: string): Key => ({ pk: P.device(b, d), sk: `ALARMOPEN#${cause}` }),
  /** A device alarm event already counted (QoS 1 redeliveries, other instances); expires by TTL. */
  alarmEvent: (b: string, d: string, eventId: string): Key => ({
    pk: P.device(b, d),
    sk: `ALARMEVT#${eventId}`,
  }),
  alarmByStatus: (b: string, status: string, startedAt: string, a: string) => ({
    gsi1pk: P.alarmsByStatus(b, status),
    gsi1sk: `${startedAt}#${a}`,
  }),
  alarmByUnit: (b: string, u: string | null, startedAt: string, a: string) => ({
    gsi2pk: P.alarmsByUnit(b, u),
    gsi2sk: `${startedAt}#${a}`,
  }),
  alarmByDevice: (b: string, d: string, startedAt: string, a: string) => ({
    gsi3pk: P.alarmsByDevice(b, d),
    gsi3sk: `${startedAt}#${a}`,
  }),
  /**
   * One hour of one device's readings (`YYYY-MM-DDTHH`, UTC): the readings and the event ids already stored,
   * so a redelivered event is refused by the same conditional update; expires by TTL.
   */
  telemetryHour: (b: string, d: string, hour: string): Key => ({
    pk: P.telemetry(b, d),
    sk: `H#${hour}`,
  }),
  telemetryPartition: P.telemetry,
  notificationPrefs: (b: string, userId: string): Key => ({ pk: P.user(b, userId), sk: "NOTIFPREFS" }),
  /** One browser's web push subscription of a person (id: a hash of the endpoint, so one item per device). */
  pushSubscription: (b: string, userId: string, id: string): Key => ({
    pk: P.user(b, userId),
    sk: `PUSHSUB#${id}`,
  }),
  pushSubscriptionPrefix: "PUSHSUB#",
  /** Global lookup by the endpoint's hash: whose device it is now (a browser is one person's at a time). */
  pushEndpoint: (id: string): Key => ({ pk: `PUSHEP#${id}`, sk: "PUSHEP" }),
  /** A unit's channel iCal feed (issue 17): listed per unit (gsi1) and by next poll across buildings (gsi2). */
  channelFeed: (b: string, f: string): Key => ({ pk: B(b), sk: `CHFEED#${f}` }),
  /** a turnover's id is its departing stay's id: one per stay */
  turnover: (b: string, t: string): Key => ({ pk: B(b), sk: `TURNOVER#${t}` }),
  turnoverByDate: (b: string, date: string, t: string) => ({
    gsi1pk: P.turnoversByDate(b),
    gsi1sk: `${date}#${t}`,
  }),
  turnoverLink: (tokenHash: string): Key => ({ pk: `TURNOVERLINK#${tokenHash}`, sk: "TURNOVERLINK" }),
  /** A cancelled stay's guest data to delete: by cancellation day, read by the guest-data sweep (issue 17). */
  guestDataDue: (b: string, day: string, r: string): Key => ({ pk: P.guestDataDue(b), sk: `${day}#${r}` }),
  /** The registered party of a stay (every guest, for the local authority: issue 17), beside the stay. */
  partyRegistration: (b: string, r: string): Key => ({ pk: B(b), sk: `PARTY#${r}` }),
  channelFeedByUnit: (b: string, u: string, f: string) => ({ gsi1pk: P.channelFeedsByUnit(b, u), gsi1sk: f }),
  channelFeedDue: (nextPollAt: string, b: string, f: string) => ({
    gsi2pk: P.channelFeedsDue(),
    gsi2sk: `${nextPollAt}#${b}#${f}`,
  }),
  /** One per event UID a feed gave (its hash: UIDs are long); the stay or block it became. */
  channelFeedEvent: (b: string, f: string, uidHash: string): Key => ({
    pk: P.channelFeedEvents(b, f),
    sk: `UID#${uidHash}`,
  }),
  channelFeedEventPartition: P.channelFeedEvents,
  /** Amenities (issue 18): the amenity beside the building; its slot counters in its own partition. */
  amenity: (b: string, a: string): Key => ({ pk: B(b), sk: `AMENITY#${a}` }),
  amenityPrefix: "AMENITY#",
  /** Places taken in one slot (`taken`, bounded by the amenity's capacity in a conditional update). */
  amenitySlot: (b: string, a: string, startsAt: string): Key => ({
    pk: P.amenity(b, a),
    sk: `SLOT#${startsAt}`,
  }),
  amenitySlotPrefix: "SLOT#",
  /** One person's hold on one slot: the same person cannot take two places of a slot. */
  amenitySlotHold: (b: string, a: string, startsAt: string, who: string): Key => ({
    pk: P.amenity(b, a),
    sk: `HOLD#${startsAt}#${who}`,
  }),
  /** One person's bookings of an amenity in one week (`count`, bounded by maxPerWeek). */
  amenityWeek: (b: string, a: string, week: string, who: string): Key => ({
    pk: P.amenity(b, a),
    sk: `WEEK#${week}#${who}`,
  }),
  amenityBooking: (b: string, id: string): Key => ({ pk: B(b), sk: `ABOOK#${id}` }),
  amenityBookingByPerson: (b: string, who: string, startsAt: string, id: string) => ({
    gsi1pk: P.amenityBookingsByPerson(b, who),
    gsi1sk: `${startsAt}#${id}`,
  }),
  amenityBookingByDay: (b: string, day: string, startsAt: string, id: string) => ({
    gsi2pk: P.amenityBookingsByDay(b, day),
    gsi2sk: `${startsAt}#${id}`,
  }),
  /** Parcels in the package room (issue 18). */
  package: (b: string, id: string): Key => ({ pk: B(b), sk: `PKG#${id}` }),
  packageByUnit: (b: string, u: string, id: string) => ({ gsi1pk: P.packagesByUnit(b, u), gsi1sk: id }),
  packageByStatus: (b: string, status: string, id: string) => ({
    gsi2pk: P.packagesByStatus(b, status),
    gsi2sk: id,
  }),

  /** Access passes (issue 18), beside the building; newest first by id. */
  pass: (b: string, id: string): Key => ({ pk: B(b), sk: `PASS#${id}` }),
  passPrefix: "PASS#",
  passByIssuer: (b: string, who: string, id: string) => ({ gsi1pk: P.passesByIssuer(b, who), gsi1sk: id }),
  /** Sparse: only while the sweeper has a window to open or close. */
  passDue: (b: string, dueAt: string, id: string) => ({
    gsi2pk: P.passesDue(),
    gsi2sk: `${dueAt}#${b}#${id}`,
  }),
  /** Sparse: a vendor pass tied to a ticket, while it can still open a door. */
  passByTicket: (b: string, t: string, id: string) => ({ gsi3pk: P.passesByTicket(b, t), gsi3sk: id }),
  /** The public link of a pass, by its token's hash (the page has no building to start from). */
  passLink: (tokenHash: string): Key => ({ pk: `PASSLINK#${tokenHash}`, sk: "PASSLINK" }),

  /** The building's guest message templates (issue 17); absent while it uses the shipped defaults. */
  messageTemplates: (b: string): Key => ({ pk: B(b), sk: "MSGTEMPLATES" }),
  /** One per stay and moment: the key makes "one message per moment" a conditional put. */
  stayMessage: (b: string, r: string, moment: string): Key => ({
    pk: P.stayMessages(b, r),
    sk: `OUT#${moment}`,
  }),
  /** Sparse: only while the message is scheduled (not paused, not sent). */
  stayMessageDue: (dueAt: string, b: string, r: string, moment: string) => ({
    gsi2pk: P.stayMessagesDue(),
    gsi2sk: `${dueAt}#${b}#${r}#${moment}`,
  }),
  /** One per email received (the hash of its Message-ID): a redelivered reply hits the same key. */
  stayReply: (b: string, r: string, messageIdHash: string): Key => ({
    pk: P.stayMessages(b, r),
    sk: `IN#${messageIdHash}`,
  }),
  /** The stay's messaging state: paused or not, and its reply token. */
  stayMessaging: (b: string, r: string): Key => ({ pk: P.stayMessages(b, r), sk: "STATE" }),
  stayMessagesPartition: P.stayMessages,
  /** Global: the hash of a stay's reply token (in its reply address) finds the stay. */
  stayReplyLookup: (tokenHash: string): Key => ({ pk: `STAYREPLY#${tokenHash}`, sk: "STAYREPLY" }),
  /** A text message recorded by the local SMS transport (the SMS counterpart of the email outbox). */
  smsOutbox: (b: string, id: string): Key => ({ pk: P.smsOutbox(b), sk: id }),
  /** A zone of doors (issue 18), beside the building. */
  doorGroup: (b: string, g: string): Key => ({ pk: B(b), sk: `DOORGROUP#${g}` }),
  doorGroupPrefix: "DOORGROUP#",
  billingSchedule: (b: string): Key => ({ pk: B(b), sk: "BILLING#SCHEDULE" }),
  /** One per building and month: its conditional put makes the month's billing run happen once. */
  billingRun: (b: string, period: string): Key => ({ pk: B(b), sk: `BILLRUN#${period}` }),
  billingRunPrefix: "BILLRUN#",
  /** A bill's id is derived from its unit and month, so a second run for the month hits the same key. */
  bill: (b: string, billId: string): Key => ({ pk: B(b), sk: `BILL#${billId}` }),
  billByUnit: (b: string, u: string, period: string, billId: string) => ({
    gsi1pk: P.billsByUnit(b, u),
    gsi1sk: `${period}#${billId}`,
  }),
  billByPeriod: (b: string, period: string, u: string) => ({
    gsi2pk: P.bills(b),
    gsi2sk: `${period}#${u}`,
  }),
  /** Keyed by the hash of the client's idempotency key: the same payment sent twice hits the same key. */
  payment: (b: string, paymentId: string): Key => ({ pk: B(b), sk: `PAYMENT#${paymentId}` }),
  paymentByUnit: (b: string, u: string, paidOn: string, paymentId: string) => ({
    gsi1pk: P.paymentsByUnit(b, u),
    gsi1sk: `${paidOn}#${paymentId}`,
  }),

  /** A stay's backup access for one offline lock (issue 16): claimed once, so its guest is sent it once. */
  backupAccessGrant: (b: string, r: string, d: string): Key => ({ pk: B(b), sk: `BACKUP#${r}#${d}` }),
  /** Announcements (issue 16): beside the building, newest first by their ULID. */
  announcement: (b: string, a: string): Key => ({ pk: B(b), sk: `ANN#${a}` }),
  announcementPrefix: "ANN#",
  /** One recipient's copy of an announcement (read, acknowledged), listed per recipient on gsi1. */
  announcementReceipt: (b: string, a: string, who: string): Key => ({
    pk: P.announcementReceipts(b, a),
    sk: `RCPT#${who}`,
  }),
  announcementReceiptByRecipient: (b: string, who: string, a: string) => ({
    gsi1pk: P.announcementsOf(b, who),
    gsi1sk: a,
  }),
  /** A one-off charge; its id is derived from what made it (a form's key and unit, a ticket cost, an overdue bill). */
  charge: (b: string, chargeId: string): Key => ({ pk: B(b), sk: `CHARGE#${chargeId}` }),
  chargePrefix: "CHARGE#",
  chargeByUnit: (b: string, u: string, createdAt: string, chargeId: string) => ({
    gsi1pk: P.chargesByUnit(b, u),
    gsi1sk: `${createdAt}#${chargeId}`,
  }),
  /** Sparse: present only while the charge waits for a bill, so the next bill reads just those. */
  unbilledChargeByUnit: (b: string, u: string, createdAt: string, chargeId: string) => ({
    gsi2pk: P.unbilledChargesByUnit(b, u),
    gsi2sk: `${createdAt}#${chargeId}`,
  }),
  chargeByBuilding: (b: string, createdAt: string, chargeId: string) => ({
    gsi3pk: P.charges(b),
    gsi3sk: `${createdAt}#${chargeId}`,
  }),
  ticketCost: (b: string, costId: string): Key => ({ pk: B(b), sk: `TICKETCOST#${costId}` }),
  ticketCostByTicket: (b: string, t: string, incurredOn: string, costId: string) => ({
    gsi1pk: P.ticketCostsByTicket(b, t),
    gsi1sk: `${incurredOn}#${costId}`,
  }),
  ticketCostByDate: (b: string, incurredOn: string, costId: string) => ({
    gsi2pk: P.ticketCosts(b),
    gsi2sk: `${incurredOn}#${costId}`,
  }),
  paymentPrefix: "PAYMENT#",

  ownerStatementSettings: (b: string): Key => ({ pk: B(b), sk: "OWNERSTMT#SETTINGS" }),
  /** A card-provider event handled (its id is the provider's): a replay finds it and records nothing new. */
  cardEvent: (b: string, eventId: string): Key => ({ pk: B(b), sk: `CARDEVENT#${eventId}` }),
  /** One overdue-bill reminder step (days past due) claimed for a bill: sent once whatever the instances. */
  billReminder: (b: string, billId: string, step: number): Key => ({
    pk: B(b),
    sk: `BILLREMIND#${billId}#${String(step).padStart(3, "0")}`,
  }),
  /** A daily job claimed for the building's date (e.g. the late-fee sweep): once per building-day. */
  dailyJob: (b: string, job: string, day: string): Key => ({ pk: B(b), sk: `DAILYJOB#${job}#${day}` }),

  buildingPartition: B,
  /** Global: marks that the demo data was seeded (scripts/seed.ts), so re-running does nothing. */
  seedMarker: (name: string): Key => ({ pk: "SEED", sk: name }),
  /**
   * Global: where a hardware-dialect device talks on the broker (lib/domain/device-protocol.ts `addressKey`), so two
   * devices never share an address and an inbound topic (which carries no building) finds its device.
   */
  deviceAddress: (addressKey: string): Key => ({ pk: `DEVADDR#${addressKey}`, sk: "DEVADDR" }),
  /** A keypad lock's numbered PIN user slot, in the lock's partition beside its codes. */
  pinSlot: (b: string, d: string, slot: number): Key => ({ pk: P.device(b, d), sk: `SLOT#${pad(slot, 3)}` }),
  pinSlotPrefix: "SLOT#",
} as const;
