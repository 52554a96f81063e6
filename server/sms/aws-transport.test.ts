import { describe, expect, it } from "vitest";
import { sesCommand } from "../email/ses-transport";
import { awsSmsTransport, type SmsClientLike, sendTextCommand } from "./aws-transport";

/**
 * The production adapters' requests, built by the real AWS SDK commands: the SMS goes out transactional from the
 * configured identity, a refusal comes back `failed` with AWS's words (never thrown), and an email with a reply
 * address carries it as Reply-To. The AWS services cannot run here: the client is a recording stand-in.
 */
const message = { buildingId: "b1", to: "+351912345678", text: "Olá", kind: "guest_code_active" };

describe("AWS End User Messaging SMS adapter", () => {
  it("sends a transactional text from the origination identity", async () => {
    const sent: unknown[] = [];
    const recording: SmsClientLike = {
      send: async (c) => {
        sent.push(c.input);
        return { MessageId: "m-1" };
      },
    };
    const cmd = sendTextCommand(message, "+12065550100");
    expect(cmd.input).toMatchObject({
      DestinationPhoneNumber: "+351912345678",
      MessageBody: "Olá",
      MessageType: "TRANSACTIONAL",
      OriginationIdentity: "+12065550100",
    });
    expect(await awsSmsTransport(recording).send(message)).toEqual({
      id: "m-1",
      transport: "aws",
      status: "sent",
    });
    expect(sent).toHaveLength(1);
  });

  it("a refusal is returned as failed with the service's message", async () => {
    const refusing: SmsClientLike = {
      send: async () => {
        throw Object.assign(new Error("Destination is opted out"), { name: "ValidationException" });
      },
    };
    expect(await awsSmsTransport(refusing).send(message)).toMatchObject({
      status: "failed",
      error: "ValidationException: Destination is opted out",
    });
  });

  it("an email with a reply address carries it as Reply-To", () => {
    const cmd = sesCommand({
      buildingId: "b1",
      to: "g@x.example",
      subject: "s",
      text: "t",
      replyTo: "s+ab@r.example",
    });
    expect(cmd.input.ReplyToAddresses).toEqual(["s+ab@r.example"]);
  });
});
