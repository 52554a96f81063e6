import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { testPng } from "./fixtures/png";

test.use({ storageState: storageStateOf("harborResident") });

test("a resident on a phone opens a ticket with a photo and finds it in their list", async ({ page }) => {
  test.setTimeout(60_000);
  const title = `Bathroom fan rattles ${Date.now().toString(36)}`;
  await page.goto("/resident/tickets");
  await expect(page.getByRole("heading", { level: 1, name: "Your tickets" })).toBeVisible();
  await page.getByRole("link", { name: "Open a ticket" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Open a ticket" })).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").selectOption({ label: "Appliance" });
  await expect(page.getByLabel("Where")).toHaveValue("unit_harbor_101");
  await page.getByLabel("Exact spot").fill("Bathroom ceiling");
  await page.getByLabel("Description").fill("The extractor fan rattles loudly when it runs.");
  await expect(page.getByRole("button", { name: "Take a photo" })).toBeVisible();
  // the phone's camera input (capture="environment"); the test hands it a real PNG
  await page.getByTestId("photo-camera-input").setInputFiles({
    name: "fan.png",
    mimeType: "image/png",
    buffer: testPng(),
  });
  const photos = page.getByRole("list", { name: "Photos to attach" });
  await expect(photos.getByText("Uploaded")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "fan.png uploaded." })).toBeAttached();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Open ticket" }).click();
  await expect(page).toHaveURL(/\/resident\/tickets\/(?!new$)[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("ticket-badges").getByText("Open", { exact: true })).toBeVisible();
  await expect(page.getByTestId("ticket-history")).toContainText("Riley Chen opened the ticket");

  // the photo: a thumbnail that opens the viewer; Escape closes it and focus returns to the thumbnail
  const thumb = page.getByRole("button", { name: "Open photo 1 of 1" });
  await thumb.click();
  const viewer = page.getByRole("dialog", { name: "Photo 1 of 1" });
  await expect(viewer.getByRole("img", { name: `Photo 1 of 1 of “${title}”` })).toBeVisible();
  await expect
    .poll(() => viewer.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(viewer).toHaveCount(0);
  await expect(thumb).toBeFocused();

  await page.getByRole("link", { name: "Your tickets" }).first().click();
  const card = page.getByRole("link", { name: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Open");
  await expect(card.getByTestId("ticket-thumbnail")).toHaveCount(1);
  const overflowList = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflowList).toBeLessThanOrEqual(1);
});

test("a photo of the wrong type is refused before it is uploaded", async ({ page }) => {
  await page.goto("/resident/tickets/new");
  await page.getByTestId("photo-library-input").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not a photo"),
  });
  await expect(page.getByText("Not a photo we can take")).toBeVisible();
  await page.getByRole("button", { name: "Remove notes.txt" }).click();
  await expect(page.getByRole("list", { name: "Photos to attach" })).toHaveCount(0);
});
