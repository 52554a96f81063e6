import { vi } from "vitest";
import { auth } from "@/server/auth/auth";
import { API_OPERATIONS } from "@/server/http/openapi/operations";
import { browserRequest } from "./api-fixtures";

/**
 * Route tests call the real handlers directly: this builds the request as the app's pages send it, passes the
 * dynamic segments, and reads the answer. A test file that signs people in stubs Auth.js itself, on its first lines
 * (vi.mock is hoisted only within the test file):
 *   vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
 */
export type RouteHandler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type RouteInit = RequestInit & { params?: Record<string, string> };

/** The handler's Response, for tests that read it themselves (a CSV, a calendar feed, headers). */
export function routeResponse(handler: RouteHandler, path: string, init: RouteInit = {}): Promise<Response> {
  const { params = {}, ...rest } = init;
  const url = path.startsWith("http") ? path : `http://localhost${path}`;
  return handler(browserRequest(url, rest), { params: Promise.resolve(params) });
}

export type RouteAnswer = {
  res: Response;
  status: number;
  text: string;
  /** The parsed JSON, or null when the answer is not JSON; a test reads whichever fields it checks. */
  // biome-ignore lint/suspicious/noExplicitAny: as Response.json() gives it
  body: any;
};

/** Calls the handler and reads the answer once (`res` is the Response, its body already read into `text`). */
export async function callRoute(
  handler: RouteHandler,
  path: string,
  init: RouteInit = {},
): Promise<RouteAnswer> {
  const res = await routeResponse(handler, path, init);
  const text = await res.text();
  const json = text !== "" && (res.headers.get("content-type") ?? "").includes("json");
  return { res, status: res.status, text, body: json ? JSON.parse(text) : null };
}

/** A JSON request body: `send("PATCH", { status }, bearer(secret))`; a string body is sent as is. */
export const send = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  body: typeof body === "string" ? body : JSON.stringify(body),
  headers,
});
export const post = (body: unknown, headers: Record<string, string> = {}) => send("POST", body, headers);

/** What the stubbed Auth.js returns next: a session for `user`, or none. */
export const setSession = (session: unknown) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(session);
export const signInAs = (user: { id: string; buildingId: string } | null) =>
  setSession(user ? { user, expires: "" } : null);

/** The schema the OpenAPI document gives for this answer (every answer must match it). */
export const documented = (method: string, path: string, status = 200) =>
  API_OPERATIONS.find((o) => o.method === method && o.path === path)?.responses[status]?.schema;
