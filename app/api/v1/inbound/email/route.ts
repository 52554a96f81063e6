import { guestMessageOperations } from "@/server/http/openapi/resources/guest-messages";
import { json, publicRoute, readBody } from "@/server/http/route";
import { assertInboundSecret, INBOUND_MAX_BYTES } from "@/server/services/guest-messages/inbound-secret";
import { threadEmailReply } from "@/server/services/guest-messages/thread-email-reply";

export const POST = publicRoute(guestMessageOperations.receiveInboundEmail, async ({ request }) => {
  assertInboundSecret(request.headers.get("authorization"));
  const raw = Buffer.from(await readBody(request, INBOUND_MAX_BYTES));
  return json(await threadEmailReply(raw));
});
