import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webpush from "web-push";

/**
 * Loads `.env.local` then `.env` into process.env. Variables already set win (process.loadEnvFile never
 * overrides), and `.env.local` wins over `.env` because it is read first.
 */
export function loadEnvFiles(root: string): string[] {
  const loaded: string[] = [];
  for (const name of [".env.local", ".env"]) {
    const file = join(root, name);
    if (existsSync(file)) {
      process.loadEnvFile(file);
      loaded.push(name);
    }
  }
  return loaded;
}

/** A session secret that survives restarts (so sign-ins do too), generated on first use and kept in `dir`. */
export function persistedAuthSecret(dir: string): string {
  const file = join(dir, "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The development VAPID key pair (web push), generated on first use and kept in `dir`, so the browsers' push
 * subscriptions keep working across restarts. Production sets VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY itself.
 */
export function persistedVapidKeys(dir: string): { publicKey: string; privateKey: string } {
  const file = join(dir, "vapid.json");
  if (existsSync(file)) {
    try {
      const kept = JSON.parse(readFileSync(file, "utf8")) as { publicKey?: unknown; privateKey?: unknown };
      if (typeof kept.publicKey === "string" && typeof kept.privateKey === "string")
        return { publicKey: kept.publicKey, privateKey: kept.privateKey };
    } catch {
      // unreadable: make a new pair below
    }
  }
  mkdirSync(dir, { recursive: true });
  const pair = webpush.generateVAPIDKeys();
  writeFileSync(file, `${JSON.stringify(pair)}\n`, { mode: 0o600 });
  return pair;
}

export const DEMO_ACCOUNTS = [
  { email: "manager@harbor.example", role: "manager", building: "Harbor View" },
  { email: "staff@harbor.example", role: "staff", building: "Harbor View" },
  { email: "resident@harbor.example", role: "resident (unit 101)", building: "Harbor View" },
  { email: "resident2@harbor.example", role: "resident (unit 102)", building: "Harbor View" },
  { email: "manager@summit.example", role: "manager", building: "Summit Tower" },
  { email: "resident@summit.example", role: "resident (unit 101)", building: "Summit Tower" },
];
export const DEMO_PASSWORD = "buildingos-demo";

export function demoAccountsTable(): string {
  const rows = [{ email: "email", role: "role", building: "building" }, ...DEMO_ACCOUNTS];
  const w1 = Math.max(...rows.map((r) => r.email.length));
  const w2 = Math.max(...rows.map((r) => r.role.length));
  return rows.map((r) => `  ${r.email.padEnd(w1)}  ${r.role.padEnd(w2)}  ${r.building}`).join("\n");
}
