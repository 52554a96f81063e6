import { createECDH, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * Issue 16: push on the notifications page (a real subscription needs the browser vendor's push service, which
 * this machine cannot reach: server/services/notifications/push.test.ts proves delivery against a local one), and
 * the guest's own notices on the stay page, in the guest's language.
 */
test("a resident sees push for this device and removes a device; a guest's stay page lists their notices", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({
    storageState: storageStateOf("harborResident"),
    locale: "en-US",
  });
  const page = await context.newPage();
  // a device subscribed through the API (the browser's PushSubscription.toJSON())
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const label = `E2E phone ${Date.now()}`;
  const added = await page.request.post("/api/v1/notifications/push/subscriptions", {
    headers: SAME_ORIGIN,
    data: {
      endpoint: `https://push.example.test/e2e/${randomBytes(8).toString("hex")}`,
      keys: {
        p256dh: ecdh.getPublicKey().toString("base64url"),
        auth: randomBytes(16).toString("base64url"),
      },
      label,
    },
  });
  expect(added.status()).toBe(201);

  await page.goto("/notifications");
  const push = page.getByRole("region", { name: "Push notifications" });
  await expect(push.getByRole("status")).toHaveText("Push is off for this device.");
  await expect(push.getByRole("button", { name: "Turn on push here" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "By push" })).toBeVisible();
  const devices = push.getByRole("list", { name: "Your devices with push on" });
  await expect(devices).toContainText(label);
  await expectAccessible(page);
  await push.getByRole("button", { name: `Remove ${label}` }).click();
  await expect(push.getByText(label)).toHaveCount(0);
  const settings = await (await page.request.get("/api/v1/notifications/push")).json();
  expect(settings.devices.map((d: { label: string }) => d.label)).not.toContain(label);

  // a guest booked in Portuguese
  const { checkInUrl } = await bookGuestStay(page.request, {
    guest: { name: "Rita Avisos", email: `rita.${Date.now()}@guest.example` },
    guestLocale: "pt-BR",
    dates: () => futureStay({ from: 700, spread: 1_500 }),
  });
  await context.close();

  const guest = await browser.newContext({ locale: "en-US" });
  const stay = await guest.newPage();
  await stay.goto(new URL(checkInUrl).pathname);
  await stay.getByRole("button", { name: "Começar o check-in" }).click();
  await expect(stay).toHaveURL(/\/stay$/);
  const notices = stay.getByRole("region", { name: "Avisos para você" });
  await expect(notices).toContainText("Ainda não há nada do prédio para você.");
  await expectAccessible(stay);
  await guest.close();
});
