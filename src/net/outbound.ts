/**
 * Guards for requests the server makes itself (fetching a document to ingest, calling a webhook):
 * private, loopback and link-local addresses are refused unless the operator allows them. The
 * check runs in the connection's own DNS lookup, so a name that resolves to a private address at
 * connect time (DNS rebinding) is refused too.
 */
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns';
import { Agent } from 'undici';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return false;
}

/** A URL's host that is private on its face: a private literal address or a localhost name. */
export function isPrivateHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost');
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | Array<{ address: string; family: number }>, family?: number) => void;

/** An HTTP agent whose connections refuse names resolving to private addresses, failing with `refuse(reason)`. */
export function guardedAgent(refuse: (reason: string) => Error): Agent {
  const lookup = (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as Array<{ address: string; family: number }>;
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(refuse(`${hostname} resolves to a private address (${bad.address})`) as NodeJS.ErrnoException, '');
      if ((options as { all?: boolean }).all) return callback(null, list);
      const [first] = list;
      if (!first) return callback(refuse(`${hostname} resolves to no address`) as NodeJS.ErrnoException, '');
      return callback(null, first.address, first.family);
    });
  };
  return new Agent({ connect: { lookup: lookup as never } });
}
