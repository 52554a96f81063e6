import { expect, test } from "@playwright/test";
import { E2E_HEALTH_TOKEN } from "../scripts/e2e-health-token";
import { ACCOUNTS, PASSWORD } from "./fixtures/accounts";
import { LoginPage } from "./fixtures/login-page";
import { SAME_ORIGIN } from "./fixtures/same-origin";

test("pages carry the security headers", async ({ request }) => {
  const res = await request.get("/login");
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // a fresh nonce per request, no inline scripts otherwise, no http://localhost:* and no blanket https: (prod)
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("http://localhost:*");
  expect(csp).not.toMatch(/(^|\s)https:(\s|;|$)/);
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  expect(h["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
});

test("the session cookie is http-only and same-site", async ({ page, context }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(ACCOUNTS.harborStaff.email, PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test.describe("bad input to the API", () => {
  test.use({ storageState: "e2e/.auth/harborManager.json" });

  test("a bad page size or a forged cursor is refused with the field named", async ({ request }) => {
    const limit = await request.get("/api/v1/units?limit=0");
    expect(limit.status()).toBe(422);
    expect((await limit.json()).error.fields).toHaveProperty("limit");
    const cursor = await request.get("/api/v1/units?cursor=eyJwayI6IkJMRCNibGRfc3VtbWl0In0.forged");
    expect(cursor.status()).toBe(400);
    expect((await cursor.json()).error.fields).toHaveProperty("cursor");
  });

  test("a write signed in by cookie needs this site's Origin and a JSON body", async ({ request }) => {
    const before = (await (await request.get("/api/v1/building")).json()).building.config.minNights;
    const data = { config: { minNights: before === 2 ? 3 : 2 } };
    const noOrigin = await request.patch("/api/v1/building", { data });
    expect(noOrigin.status()).toBe(403);
    const sibling = await request.patch("/api/v1/building", {
      data,
      headers: { origin: "http://evil.localhost" },
    });
    expect(sibling.status()).toBe(403);
    const text = await request.patch("/api/v1/building", {
      data: JSON.stringify(data),
      headers: { ...SAME_ORIGIN, "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
    const big = await request.patch("/api/v1/building", {
      data: { ...data, pad: "x".repeat(300 * 1024) },
      headers: SAME_ORIGIN,
    });
    expect(big.status()).toBe(413);
    expect((await (await request.get("/api/v1/building")).json()).building.config.minNights).toBe(before);
  });

  test("paging through units returns each unit once", async ({ request }) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/units?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const body = await (await request.get(url)).json();
      seen.push(...body.items.map((u: { id: string }) => u.id));
      cursor = body.cursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(12);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

test("health says only ok to the public, and each dependency with the health token", async ({ request }) => {
  const open = await request.get("/api/health");
  expect(open.status()).toBe(200);
  expect(await open.json()).toEqual({ status: "ok" });
  const res = await request.get("/api/health", { headers: { authorization: `Bearer ${E2E_HEALTH_TOKEN}` } });
  expect(res.status()).toBe(200);
  const body = await res.json();
  for (const dep of ["dynamodb", "s3", "mqtt"]) expect(body.dependencies[dep].status).toBe("up");
});

test("pages run under the CSP with no policy violation: sign-in, portal pages, the chat stream, the static page", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(ACCOUNTS.harborResident.email, PASSWORD);
  await expect(page).toHaveURL(/\/resident$/);
  await page.goto("/resident/tickets");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/chat");
  const streamed = page.waitForResponse(
    (r) => r.url().endsWith("/api/chat") && r.request().method() === "POST",
  );
  await page.getByLabel("Your message").fill("When are the quiet hours?");
  await page.getByRole("button", { name: "Send" }).click();
  expect((await streamed).status()).toBe(200);
  await expect(page.getByText(/22:00/).first()).toBeVisible({ timeout: 20_000 });
  await page.goto("/about");
  await page.getByRole("link", { name: "Sign in" }).click();
  expect(violations).toEqual([]);
});
