/**
 * Once per server process (Next.js calls `register` at start-up): open the app's MQTT connection and start its
 * sweepers (command timeouts, stay door codes). Node.js runtime only, and never while `next build` runs
 * (see mqttWanted).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { addMqttRuntimeJob, startMqttRuntime } = await import("./server/mqtt/runtime");
  const { sweepStayDoorCodes } = await import("./server/services/door-code-sweeper");
  addMqttRuntimeJob({ name: "stay-door-codes", everyMs: 60_000, run: () => sweepStayDoorCodes() });
  startMqttRuntime();
}
