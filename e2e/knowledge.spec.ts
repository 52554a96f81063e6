import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** The manager's knowledge page: the seeded documents are indexed, a new one is added, indexed, and deleted. */
test.describe("knowledge documents", () => {
  test.use({ storageState: storageStateOf("harborManager") });

  test("the seeded house rules and guest guide are indexed", async ({ page }) => {
    await page.goto("/manager/knowledge");
    await expect(page.getByRole("heading", { level: 1, name: "Knowledge" })).toBeVisible();
    for (const title of ["Harbor View house rules", "Harbor View guest guide"]) {
      const doc = page.getByRole("article", { name: title });
      await expect(doc.getByText("Indexed")).toBeVisible({ timeout: 20_000 });
    }
    await expectAccessible(page);
  });

  test("a manager adds a Markdown file, sees it indexed, then deletes it", async ({ page }) => {
    const title = `Pool rules ${Date.now()}`;
    await page.goto("/manager/knowledge");
    await page.getByLabel("Title").fill(title);
    await page.getByRole("checkbox", { name: "Staff", exact: true }).uncheck();
    await page.getByLabel("File").setInputFiles({
      name: "pool.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("## Pool\nThe pool opens at 08:00 and closes at 20:00."),
    });
    await page.getByRole("button", { name: "Add document" }).click();
    const doc = page.getByRole("article", { name: title });
    await expect(doc.getByText("Indexed")).toBeVisible({ timeout: 20_000 });
    await expect(doc.getByText("1 passage")).toBeVisible();

    await doc.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete document" }).click();
    await expect(page.getByRole("article", { name: title })).toHaveCount(0);
  });

  test("a form without title, audience or file names each problem and adds nothing", async ({ page }) => {
    await page.goto("/manager/knowledge");
    const before = (await (await page.request.get("/api/v1/knowledge")).json()).items.length;
    for (const a of ["Guests", "Residents", "Staff"])
      await page.getByRole("checkbox", { name: a, exact: true }).uncheck();
    await page.getByRole("button", { name: "Add document" }).click();
    await expect(page.getByText("Give the document a title.")).toBeVisible();
    await expect(page.getByText("Choose at least one audience.")).toBeVisible();
    await expect(page.getByText("Choose a file with some text in it.")).toBeVisible();
    const after = (await (await page.request.get("/api/v1/knowledge")).json()).items.length;
    expect(after).toBe(before);
  });
});

test.describe("knowledge documents are for managers only", () => {
  test.use({ storageState: storageStateOf("harborResident") });

  test("a resident is refused by the page and the API", async ({ page }) => {
    expect((await page.request.get("/api/v1/knowledge")).status()).toBe(403);
    const res = await page.request.post("/api/v1/knowledge", {
      headers: SAME_ORIGIN,
      data: { title: "x", audience: ["guest"], format: "text", text: "x" },
    });
    expect(res.status()).toBe(403);
    await page.goto("/manager/knowledge");
    await expect(page.getByRole("article")).toHaveCount(0);
  });
});
