import { expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

/**
 * Issue 21 end to end with the offline model: a resident asks in Spanish about the English house rules and gets
 * the answer in Spanish with a citation whose passage opens on click; a fire question gets the assembly point
 * from the house rules AND a hand-over to staff, in one reply.
 */

async function ask(page: Page, question: string) {
  const streamed = page.waitForResponse(
    (r) => r.url().endsWith("/api/chat") && r.request().method() === "POST",
  );
  await page.getByLabel("Your message").fill(question);
  await page.getByRole("button", { name: "Send" }).click();
  expect((await streamed).status()).toBe(200);
}

test.describe("the concierge answers and acts", () => {
  test("a Spanish question about the English house rules is answered in Spanish, with its source", async ({
    browser,
  }) => {
    const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const page = await resident.newPage();
    await page.goto("/chat");
    await expect(page.getByRole("heading", { level: 1, name: "Concierge" })).toBeVisible();
    await ask(page, "¿Dónde está la llave de paso del agua?");
    const answer = page.getByTestId("message-assistant").last();
    await expect(answer).toContainText("Esto dicen los documentos del edificio", { timeout: 15_000 });
    await expect(answer).toContainText("under the kitchen sink");
    const source = answer.getByTestId("citations").getByRole("button", { name: /house rules/i });
    await expect(source).toBeVisible();
    await source.click();
    await expect(page.getByRole("dialog")).toContainText("under the kitchen sink");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await resident.close();
  });

  test("a fire question gets the assembly point and a hand-over to staff in one reply", async ({
    browser,
  }) => {
    const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const page = await resident.newPage();
    await page.goto("/chat");
    await ask(page, "Where do we gather if there is a fire?");
    const answer = page.getByTestId("message-assistant").last();
    await expect(answer).toContainText("I have told the staff", { timeout: 15_000 });
    await expect(answer).toContainText("the assembly point is the square in front of the");
    await expect(answer.getByTestId("citations").getByRole("button", { name: /house rules/i })).toBeVisible();
    await expect(page.getByTestId("mission-progress").last()).toBeVisible();
    await expectAccessible(page);
    await resident.close();
  });
});
