/**
 * Once per server process (Next.js calls `register` at start-up): open the app's MQTT connection and start its
 * sweepers. Node.js runtime only, and never while `next build` runs (see mqttWanted).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMqttRuntime } = await import("./server/mqtt/runtime");
  startMqttRuntime();
}
