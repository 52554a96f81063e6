import { vi } from "vitest";

/**
 * The `auth-stub` project's files (vitest.config.mts) share one worker, and each replaces Auth.js's `auth` with a
 * stand-in of its own. The app's modules are evaluated afresh for each file, so they import that file's stand-in,
 * not the one an earlier file made; node_modules stay loaded (they are most of the import time).
 */
vi.resetModules();
