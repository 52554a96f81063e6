import ipaddr from "ipaddr.js";

/** Only unicast public addresses: no loopback, private, link-local (cloud metadata), multicast or reserved. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "unicast";
}

/** True when the host is an IP address literal (with or without IPv6 brackets). */
export const isAddressLiteral = (host: string) => ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
