import "server-only";
import { z } from "zod";
import {
  messageTemplatesInputSchema,
  messageTemplatesResponseSchema,
  momentParamsSchema,
  pauseMessagesInputSchema,
  stayTimelineSchema,
} from "@/lib/domain/guest-message";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Guest messages";
const timeline = { 200: { description: "The stay's timeline", schema: stayTimelineSchema } };
const templates = { 200: { description: "The templates", schema: messageTemplatesResponseSchema } };

export const inboundEmailResponseSchema = z.object({
  status: z
    .enum(["threaded", "duplicate", "unmatched"])
    .describe(
      "`duplicate`: that Message-ID was threaded already; `unmatched`: sent to no stay's reply address.",
    ),
  reservationId: z.string().nullable(),
});

/** The guest message timeline (issue 17 item 5). */
export const guestMessageOperations = defineOperations({
  getStayMessages: {
    method: "get",
    path: "/api/v1/reservations/{id}/messages",
    tag,
    summary: "A stay's message timeline: sent, scheduled, failed, paused, and the guest's replies",
    description:
      "Staff and managers see every moment's message (`scheduled`, `paused`, `sending`, `sent`, `failed`, `skipped`, `cancelled`, each with its due time and per-channel deliveries), the guest's email replies (quoted text removed) and the stay's reply address. The stay's guest sees the messages sent to them and their replies. Oldest first; not paged (five moments and the replies, at most 200).",
    capability: "guestMessage.read",
    params: idParamsSchema,
    responses: timeline,
  },
  pauseStayMessages: {
    method: "post",
    path: "/api/v1/reservations/{id}/messages/pause",
    tag,
    summary: "Pause or resume a stay's automatic messages",
    description:
      "`{paused:true}` holds every unsent message (replies still thread); `{paused:false}` schedules them again at their times, skipping any whose time passed more than six hours ago. A cancelled stay: 409.",
    capability: "guestMessage.manage",
    params: idParamsSchema,
    body: pauseMessagesInputSchema,
    responses: timeline,
    errors: [409],
  },
  resendStayMessage: {
    method: "post",
    path: "/api/v1/reservations/{id}/messages/{moment}/resend",
    tag,
    summary: "Send one moment's message now (again)",
    description:
      "From the current templates, by the moment's channels; a message carrying the check-in link issues a fresh link. Claimed like the scheduled sends, so it goes out once even racing the sweeper (the loser: 409). A cancelled stay, or a message being sent: 409.",
    capability: "guestMessage.manage",
    params: momentParamsSchema,
    responses: timeline,
    errors: [409],
  },
  getMessageTemplates: {
    method: "get",
    path: "/api/v1/message-templates",
    tag,
    summary: "The building's guest message templates and moments",
    description:
      "Staff and managers. Each moment (`booking_confirmed`, `before_arrival`, `code_active`, `departure_morning`, `after_checkout`): on/off, channels, timing (`daysBefore`, `time` in building time, `hoursAfter`) and the subject, body and SMS in each language. The shipped defaults until a manager saves (`customized:false`).",
    capability: "guestMessage.manage",
    responses: templates,
  },
  updateMessageTemplates: {
    method: "put",
    path: "/api/v1/message-templates",
    tag,
    summary: "Save the building's guest message templates",
    description:
      "Managers. The whole set; placeholders: `{guestName} {unit} {building} {checkIn} {checkOut} {checkInTime} {checkOutTime} {checkinLink} {codeFrom} {codeUntil}` (anything else in braces is a 422). Messages already scheduled keep their times until their stay changes or they fall due.",
    capability: "building.manage",
    body: messageTemplatesInputSchema,
    responses: templates,
  },
  receiveInboundEmail: {
    method: "post",
    path: "/api/v1/inbound/email",
    tag,
    auth: "public",
    summary: "A received email (raw MIME), threaded to the stay whose reply address it was sent to",
    description:
      "For the mail relay, not people: `Authorization: Bearer <INBOUND_EMAIL_SECRET>` (a wrong or missing secret, or none configured: 401, nothing stored). Body: the raw RFC 5322 message (`Content-Type: message/rfc822`), at most 5 MB. In production an SES receipt rule on the reply domain stores the message in S3 and invokes a relay Lambda that posts the stored message here (docs/channel-sync.md). The reply is matched by the per-stay token in its To/Cc/Delivered-To address, stored once per Message-ID.",
    responses: { 200: { description: "What became of the email", schema: inboundEmailResponseSchema } },
    errors: [401, 413],
  },
});
