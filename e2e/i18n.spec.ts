import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { CATALOGS } from "../messages/catalogs.generated";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** Every page in each language: the right `lang`, the page's own words, and no untranslated key (⟦…⟧). */
const LANGUAGES = [
  { browser: "en-US", lang: "en", signIn: "Sign in to your building", notAllowed: "Not allowed" },
  { browser: "es-ES", lang: "es", signIn: "Inicia sesión en tu edificio", notAllowed: "Acceso no permitido" },
  { browser: "pt-BR", lang: "pt-BR", signIn: "Entre no seu prédio", notAllowed: "Acesso não permitido" },
] as const;

/** Pages by who opens them; each group is walked in one browser context per language (a context costs seconds). */
const GROUPS: { account?: AccountName; paths: string[] }[] = [
  { paths: ["/login", "/logout", "/stay", `/checkin/${"A".repeat(43)}`, `/invite/${"A".repeat(43)}`] },
  {
    account: "harborResident",
    paths: ["/resident", "/manager", "/resident/stays", "/resident/stays/new", "/chat", "/resident/missions"],
  },
  { account: "harborStaff", paths: ["/staff", "/staff/reservations", "/staff/missions"] },
  {
    account: "harborManager",
    paths: [
      "/manager",
      "/staff",
      "/manager/outbox",
      "/staff/reservations/new",
      "/manager/settings",
      "/manager/persona",
      "/manager/units",
      "/manager/units/new",
      "/manager/units/import",
      "/manager/devices",
      "/manager/devices/new",
      "/manager/people",
      "/manager/tokens",
      "/manager/audit",
      "/manager/knowledge",
    ],
  },
];

type Catalog = (typeof CATALOGS)["en"];
/** Detail pages opened by id (es and pt-BR): a heading each must show in the page's language. */
const DETAILS: {
  account: AccountName;
  path: string | ((missionId: string) => string);
  heading: (c: Catalog) => string;
}[] = [
  {
    account: "harborManager",
    path: "/manager/units/unit_harbor_101",
    heading: (c) => c.units.unitTitle.replace("{number}", "101"),
  },
  {
    account: "harborManager",
    path: "/manager/devices/dev_harbor_101_lock",
    heading: (c) => c.registry.topic.title,
  },
  {
    account: "harborManager",
    path: "/manager/people/usr_harbor_resident",
    heading: (c) => c.people.detail.facts,
  },
  { account: "harborStaff", path: (id) => `/staff/missions/${id}`, heading: (c) => c.missions.steps },
];

async function expectTranslated(page: Page, lang: string, path: string) {
  await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  const text = await page.locator("body").textContent();
  expect(text, path).not.toContain("⟦");
}

/** A mission to open by id: the resident reports a leak through the concierge API (the offline model). */
let missionId: Promise<string> | undefined;
const aMission = (browser: Browser) =>
  (missionId ??= (async () => {
    const context = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const res = await context.request.post("/api/v1/concierge", {
      headers: SAME_ORIGIN,
      data: { message: `My kitchen sink leaks (i18n ${Date.now()})` },
    });
    expect(res.status()).toBe(200);
    const id = (await res.json()).missionId as string;
    await context.close();
    return id;
  })());

for (const language of LANGUAGES) {
  test.describe(`in ${language.lang}`, () => {
    test.use({ locale: language.browser });

    for (const { account, paths } of GROUPS) {
      test(`${account ?? "signed-out"} pages are fully translated`, async ({ browser }) => {
        test.setTimeout(30_000 + paths.length * 8_000);
        const context = await browser.newContext({
          locale: language.browser,
          storageState: account ? storageStateOf(account) : undefined,
        });
        const page = await context.newPage();
        for (const path of paths) {
          await page.goto(path);
          await expectTranslated(page, language.lang, path);
          if (path === "/login")
            await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.signIn);
          if (account === "harborResident" && path === "/manager") {
            await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.notAllowed);
          }
        }
        await context.close();
      });
    }

    if (language.lang !== "en") {
      test("detail pages opened by id (unit, device, person, mission) are fully translated", async ({
        browser,
      }) => {
        test.setTimeout(60_000);
        const catalog = CATALOGS[language.lang];
        const mission = await aMission(browser);
        const contexts = new Map<AccountName, BrowserContext>();
        for (const { account, path, heading } of DETAILS) {
          let context = contexts.get(account);
          if (!context) {
            context = await browser.newContext({
              locale: language.browser,
              storageState: storageStateOf(account),
            });
            contexts.set(account, context);
          }
          const page = context.pages()[0] ?? (await context.newPage());
          const url = typeof path === "string" ? path : path(mission);
          await page.goto(url);
          await expectTranslated(page, language.lang, url);
          await expect(page.getByRole("heading", { name: heading(catalog), exact: true }), url).toBeVisible();
        }
        for (const context of contexts.values()) await context.close();
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
