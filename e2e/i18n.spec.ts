import { expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";

/** Every page in each language: the right `lang`, the page's own words, and no untranslated key (⟦…⟧). */
const LANGUAGES = [
  { browser: "en-US", lang: "en", signIn: "Sign in to your building", notAllowed: "Not allowed" },
  { browser: "es-ES", lang: "es", signIn: "Inicia sesión en tu edificio", notAllowed: "Acceso no permitido" },
  { browser: "pt-BR", lang: "pt-BR", signIn: "Entre no seu prédio", notAllowed: "Acesso não permitido" },
] as const;

const PAGES: { account?: AccountName; path: string }[] = [
  { path: "/login" },
  { path: "/logout" },
  { account: "harborResident", path: "/resident" },
  { account: "harborResident", path: "/manager" },
  { account: "harborStaff", path: "/staff" },
  { account: "harborManager", path: "/manager" },
  { account: "harborManager", path: "/staff" },
  { path: "/stay" },
  { path: `/checkin/${"A".repeat(43)}` },
  { account: "harborResident", path: "/resident/stays" },
  { account: "harborResident", path: "/resident/stays/new" },
  { account: "harborStaff", path: "/staff/reservations" },
  { account: "harborManager", path: "/manager/outbox" },
  { account: "harborManager", path: "/staff/reservations/new" },
  { account: "harborResident", path: "/chat" },
  { account: "harborResident", path: "/resident/missions" },
  { account: "harborStaff", path: "/staff/missions" },
  { account: "harborManager", path: "/manager/settings" },
  { account: "harborManager", path: "/manager/persona" },
  { account: "harborManager", path: "/manager/units" },
  { account: "harborManager", path: "/manager/units/new" },
  { account: "harborManager", path: "/manager/units/import" },
  { account: "harborManager", path: "/manager/devices" },
  { account: "harborManager", path: "/manager/devices/new" },
  { account: "harborManager", path: "/manager/people" },
  { account: "harborManager", path: "/manager/tokens" },
  { account: "harborManager", path: "/manager/audit" },
  { account: "harborManager", path: "/manager/knowledge" },
  { path: `/invite/${"A".repeat(43)}` },
];

async function expectTranslated(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const text = await page.locator("body").textContent();
  expect(text).not.toContain("⟦");
}

for (const language of LANGUAGES) {
  test.describe(`in ${language.lang}`, () => {
    test.use({ locale: language.browser });

    for (const { account, path } of PAGES) {
      test(`${path}${account ? ` as ${account}` : ""} is fully translated`, async ({ browser }) => {
        const context = await browser.newContext({
          locale: language.browser,
          storageState: account ? storageStateOf(account) : undefined,
        });
        const page = await context.newPage();
        await page.goto(path);
        await expectTranslated(page, language.lang);
        if (path === "/login")
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.signIn);
        if (account === "harborResident" && path === "/manager") {
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.notAllowed);
        }
        await context.close();
      });
    }
  });
}

test.describe("the language switcher", () => {
  test("changes the language of a signed-out visitor and keeps it", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Language").selectOption("es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inicia sesión en tu edificio");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test.describe("signed in", () => {
    test.use({ storageState: storageStateOf("summitResident") });

    test("saves the choice on the account, over the browser's language", async ({ page, browser }) => {
      await page.goto("/resident");
      await page.getByLabel("Language").first().selectOption("pt-BR");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Olá");
      // A new browser with another language and no cookie still gets the account's choice.
      const other = await browser.newContext({
        locale: "es-ES",
        storageState: storageStateOf("summitResident"),
      });
      const p2 = await other.newPage();
      await p2.goto("/resident");
      await expect(p2.locator("html")).toHaveAttribute("lang", "pt-BR");
      await other.close();
      // Back to English so the account is as the other tests expect it.
      await page.getByLabel("Idioma").first().selectOption("en");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    });
  });
});

test("an unknown address gets a translated 404 page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pt-BR" });
  const page = await context.newPage();
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página não encontrada");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await context.close();
});
