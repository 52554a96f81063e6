/**
 * Once per server process (Next.js calls `register` at start-up): open the app's MQTT connection and start its
 * sweepers (command timeouts, stay door codes), and take over SIGTERM/SIGINT for a graceful stop
 * (server/runtime/shutdown.ts; needs NEXT_MANUAL_SIG_HANDLE=1). Node.js runtime only, and never while
 * `next build` runs (see mqttWanted).
 */
export async function register() {
  // Set by Next itself; read raw because nothing may be imported before it (the Edge runtime runs this file too).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Every variable of server/config.ts, validated once: a bad one stops the server with one line each.
  const { checkConfigAtStart, config } = await import("./server/config");
  checkConfigAtStart();
  const { addMqttRuntimeJob, startMqttRuntime } = await import("./server/mqtt/runtime");
  const { sweepStayDoorCodes } = await import("./server/services/door-codes/door-code-sweeper");
  const { installShutdownHandlers } = await import("./server/runtime/shutdown");
  addMqttRuntimeJob({ name: "stay-door-codes", everyMs: 60_000, run: () => sweepStayDoorCodes() });
  startMqttRuntime();
  if (config().NEXT_PHASE !== "phase-production-build") installShutdownHandlers();
}
