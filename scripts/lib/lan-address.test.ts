import type { NetworkInterfaceInfo } from 'node:os';
import { expect, test } from 'vitest';
import { pickLanAddress } from './lan-address.ts';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6: NetworkInterfaceInfo = {
  address: 'fe80::1',
  netmask: 'ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: 'fe80::1/64',
  scopeid: 2,
};

test.each([
  ['the LAN address, not the loopback', { lo: [v4('127.0.0.1', true)], wlan0: [v6, v4('192.168.1.23')] }, '192.168.1.23'],
  ['a private address before a public one', { eth0: [v4('203.0.113.5')], wlan0: [v4('10.0.4.7')] }, '10.0.4.7'],
  ['172.16–31 is private, 172.32 is not', { a: [v4('172.32.0.1')], b: [v4('172.20.1.2')] }, '172.20.1.2'],
  ['a public address when there is nothing else', { eth0: [v4('203.0.113.5')] }, '203.0.113.5'],
  ['none on no network', { lo: [v4('127.0.0.1', true)], wlan0: [v6] }, undefined],
])('%s', (_name, interfaces, expected) => {
  expect(pickLanAddress(interfaces)).toBe(expected);
});
