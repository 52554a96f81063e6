import { expect, test } from "@playwright/test";
import { imageOnlyPdf, textPdf } from "../test/pdf-fixtures";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/**
 * PDF knowledge documents end to end, in the production build: the manager uploads a house-rules PDF (made
 * here by pdf-lib) through the presigned upload, sees it indexed with its pages and passages, and a resident's
 * concierge answers from it, citing the page. A scanned PDF (no text layer) fails with the reason shown.
 */
test.describe("PDF knowledge documents", () => {
  test("a manager uploads a house-rules PDF, and the resident's concierge cites it", async ({ browser }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const title = `Marina house rules ${stamp}`;
    const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await manager.newPage();
    await page.goto("/manager/knowledge");
    await page.getByLabel("Title").fill(title);
    await page.getByRole("checkbox", { name: "Staff", exact: true }).uncheck();
    const pdf = await textPdf([
      ["Marina house rules", "These rules apply to every resident of Harbor View."],
      [
        "Kayaks",
        `Kayaks are stored in the marina shed behind dock ${stamp % 97}.`,
        "Ask the front desk for the key.",
      ],
    ]);
    await page
      .getByLabel("File")
      .setInputFiles({ name: "marina-rules.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Add document" }).click();
    const doc = page.getByRole("article", { name: title });
    await expect(doc.getByText("Indexed")).toBeVisible({ timeout: 30_000 });
    await expect(doc.getByText(/2 pages · PDF · \d+ passages?/)).toBeVisible();
    await expectAccessible(page);
    await manager.close();

    const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const chat = await resident.newPage();
    await chat.goto("/chat");
    await chat.getByLabel("Your message").fill("Where are the kayaks stored?");
    await chat.getByRole("button", { name: "Send" }).click();
    const answer = chat.getByTestId("message-assistant").last();
    await expect(answer).toContainText("marina shed", { timeout: 20_000 });
    const source = answer.getByTestId("citations").getByRole("button", { name: new RegExp(title) });
    await source.click();
    const dialog = chat.getByRole("dialog");
    await expect(dialog).toContainText("Page 2");
    await expect(dialog).toContainText(`behind dock ${stamp % 97}`);
    await resident.close();
  });

  test("a scanned PDF without text fails with the reason, and a renamed file is refused", async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await manager.newPage();
    await page.goto("/manager/knowledge");
    const title = `Scanned rules ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("File").setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: await imageOnlyPdf(),
    });
    await page.getByRole("button", { name: "Add document" }).click();
    const doc = page.getByRole("article", { name: title });
    await expect(doc.getByText("Failed", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(doc.getByText(/This PDF has no text layer/)).toBeVisible();

    // counted from the page (the browser retries a reused connection the server has just closed)
    const count = () =>
      page.evaluate(async () => (await (await fetch("/api/v1/knowledge")).json()).items.length as number);
    const before = await count();
    await page.getByLabel("Title").fill(`Fake ${Date.now()}`);
    await page.getByLabel("File").setInputFiles({
      name: "fake.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>not a pdf</html>"),
    });
    await page.getByRole("button", { name: "Add document" }).click();
    await expect(page.getByText("The file was refused")).toBeVisible({ timeout: 15_000 });
    expect(await count()).toBe(before);
    await manager.close();
  });
});

test.describe("knowledge uploads are for managers only", () => {
  test.use({ storageState: storageStateOf("harborResident") });

  test("a resident cannot sign a knowledge upload", async ({ page }) => {
    const res = await page.request.post("/api/v1/knowledge/uploads", {
      headers: SAME_ORIGIN,
      data: { contentType: "application/pdf", size: 1000 },
    });
    expect(res.status()).toBe(403);
  });
});
