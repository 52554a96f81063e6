import type { MqttClient } from "mqtt";

/**
 * Turns Nagle's algorithm off on a client's socket, now and after every reconnect. MQTT's small request/reply
 * packets (a command, its PUBACK, the device's ack) otherwise wait for the peer's delayed ACK: about 40–90 ms per
 * hop on Linux loopback, most of a command's round trip. A WebSocket transport has no such socket and is left as is.
 */
export function setMqttNoDelay(client: MqttClient): MqttClient {
  const apply = () =>
    (client.stream as { setNoDelay?: (on: boolean) => unknown } | undefined)?.setNoDelay?.(true);
  apply();
  client.on("connect", apply);
  return client;
}
