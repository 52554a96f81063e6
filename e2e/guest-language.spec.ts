import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * Issue 8: a stay booked with the guest's language shows the guest's pages in it, from the emailed link on,
 * whatever the browser says; the language switcher still wins.
 */
test("the guest's pages follow the language the stay was booked with", async ({ browser }) => {
  test.setTimeout(60_000);
  const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
  const { checkInUrl } = await bookGuestStay(resident.request, {
    guest: { name: "Marina Hóspede", email: `marina.${Date.now()}@guest.example` },
    guestLocale: "pt-BR",
    dates: () => futureStay({ from: 600, spread: 1_500 }),
  });
  await resident.close();

  // an English browser
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto(new URL(checkInUrl).pathname);
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boas-vindas, Marina");
  await page.getByRole("button", { name: "Começar o check-in" }).click();
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Marina");
  await expect(page.getByRole("heading", { name: "Informações de chegada" })).toBeVisible();
  await expectAccessible(page);

  // the guest's own choice outranks the reservation's
  await page.getByRole("combobox", { name: "Idioma" }).selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Marina");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});
