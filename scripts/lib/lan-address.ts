/** The address other devices in the room reach this computer at: its IPv4 address on the local network. */
import type { NetworkInterfaceInfo } from 'node:os';

/** Private IPv4 ranges (RFC 1918), the addresses of a home, office or hall network. */
const RE_PRIVATE_IPV4 = /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;

/**
 * The first IPv4 address of a network interface that is not the loopback, preferring private
 * ranges (a LAN) over public ones; undefined when the computer is on no network.
 */
export function pickLanAddress(interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>): string | undefined {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  return candidates.find((address) => RE_PRIVATE_IPV4.test(address)) ?? candidates[0];
}
