import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canonicalJson, idContributingObject, idType, idVersion, isStixId, isUuid, newId, scoId,
} from '../../../src/model/stix/ids.ts';

// Objects and ids printed in the STIX 2.1 specification's SCO examples (sections 6.4-6.12).
const SPEC_VECTORS: [Record<string, unknown>, string][] = [
  [{ type: 'ipv4-addr', value: '198.51.100.3' }, 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4'],
  [{ type: 'ipv4-addr', value: '198.51.100.0/24' }, 'ipv4-addr--1ea47840-aa39-5aa8-b4a2-cd203eb6662a'],
  [{ type: 'ipv4-addr', value: '198.51.100.9' }, 'ipv4-addr--4b8ed646-46df-5a9c-b5a6-b3ae128f35a6'],
  [{ type: 'ipv6-addr', value: '2001:0db8:85a3:0000:0000:8a2e:0370:7334' }, 'ipv6-addr--85a85a8c-ee99-5722-946d-3c3a3270fc6f'],
  [{ type: 'ipv6-addr', value: '2001:0db8::/96' }, 'ipv6-addr--084d3b4c-7785-568a-a569-0c61c95754ab'],
  [{ type: 'mac-addr', value: 'd2:fb:49:24:37:18' }, 'mac-addr--757b1725-9903-54f5-a855-1240691d7659'],
  [{ type: 'directory', path: 'C:\\Windows\\System32' }, 'directory--0a58d0c1-59e6-5afd-8252-dcd3f13e5622'],
  [{ type: 'email-addr', value: 'bob@example.com', display_name: 'Bob Smith' }, 'email-addr--3734e66b-c4e8-5d0b-bca9-befdd5699746'],
  [{ type: 'email-addr', value: 'mary@example.com', display_name: 'Mary Smith' }, 'email-addr--2aeeb98c-9db4-525e-874d-221fdfe9f76e'],
  // size is not an ID contributing property
  [
    { type: 'file', hashes: { 'SHA-256': 'fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db' }, size: 25536, name: 'foo.dll' },
    'file--949eb97a-da1e-5292-8959-03c4249dc9f3',
  ],
  // non-ASCII names hash as UTF-8
  [
    { type: 'file', hashes: { 'SHA-256': '841a8921140aba50671ebb0770fecc4ee308c4952cfeff8de154ab14eeef4649' }, name: 'quêry.dll', name_enc: 'windows-1252' },
    'file--7d1e3a18-89e7-5bc5-be36-9879f5b7f5c8',
  ],
  // parent_directory_ref contributes; the spec computed this id when the directory's id was still
  // directory--93c0a9b0-... (the value its earlier drafts, and the python examples, print).
  [
    {
      type: 'file',
      hashes: { 'SHA-256': 'ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a' },
      parent_directory_ref: 'directory--93c0a9b0-520d-545d-9094-1a08ddf46b05',
      name: 'qwerty.dll',
    },
    'file--39643577-13b7-5f21-9584-df7e7c33f357',
  ],
  [
    { type: 'file', name: 'tabby_pics.zip', magic_number_hex: '504B0304', hashes: { 'SHA-256': 'fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db' } },
    'file--cfebcece-2336-51b0-baf1-d94daae5e1d1',
  ],
  [
    {
      type: 'artifact',
      mime_type: 'image/jpeg',
      payload_bin: 'VBORw0KGgoAAAANSUhEUgAAADI== ...',
      hashes: { 'SHA-256': 'effb46bba03f6c8aea5c653f9cf984f170dcdd3bbbe2ff6843c3e5da0e698766' },
    },
    'artifact--0682152c-646a-513b-bc07-e516494ed178',
  ],
  // extensions contribute to network-traffic ids; as above, the refs are the ones in force when
  // the spec computed these ids (its earlier drafts' address ids).
  [
    {
      type: 'network-traffic',
      src_ref: 'ipv4-addr--d7177770-fc12-586b-9244-426596a7008e',
      dst_ref: 'ipv4-addr--03b708d9-7761-5523-ab75-5ea096294a68',
      protocols: ['icmp'],
      extensions: { 'icmp-ext': { icmp_type_hex: '08', icmp_code_hex: '00' } },
    },
    'network-traffic--4f156a67-4efc-58fb-b0a7-f2612927a37d',
  ],
  [
    {
      type: 'network-traffic',
      src_ref: 'ipv4-addr--4d22aae0-2bf9-5427-8819-e4f6abf20a53',
      src_port: 223,
      protocols: ['ip', 'tcp'],
      extensions: { 'socket-ext': { is_listening: true, address_family: 'AF_INET', socket_type: 'SOCK_STREAM' } },
    },
    'network-traffic--59d8852c-0c68-5e0c-8ae2-f3c46bd7b1df',
  ],
  [
    {
      type: 'network-traffic',
      dst_ref: 'ipv4-addr--6da8dad3-4de3-5f8e-ab23-45d0b8f12f16',
      protocols: ['tcp', 'http'],
      extensions: {
        'http-request-ext': {
          request_method: 'get',
          request_value: '/download.html',
          request_version: 'http/1.1',
          request_header: {
            'Accept-Encoding': ['gzip,deflate'],
            'User-Agent': ['Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.6) Gecko/20040113'],
            Host: ['www.example.com'],
          },
        },
      },
    },
    'network-traffic--fdd6dbda-a206-52fe-b19b-64d908748850',
  ],
];

test('scoId reproduces the deterministic ids printed in the STIX 2.1 specification', () => {
  for (const [object, id] of SPEC_VECTORS) assert.equal(scoId(object as { type: string }), id, JSON.stringify(object));
});

test('scoId ignores property order and non-contributing properties', () => {
  const a = scoId({ type: 'user-account', user_id: '1001', account_login: 'jdoe', account_type: 'unix', display_name: 'J' });
  const b = scoId({ type: 'user-account', account_type: 'unix', account_login: 'jdoe', user_id: '1001' });
  assert.equal(a, b);
  assert.notEqual(a, scoId({ type: 'user-account', account_type: 'unix', account_login: 'jdoe', user_id: '1002' }));
});

test('only the preferred hash contributes (MD5, then SHA-1, SHA-256, SHA-512)', () => {
  const md5 = 'a92e5b2bae0b4b3a3d81c85610b95cd4';
  const both = { type: 'file', name: 'x.exe', hashes: { 'SHA-256': 'ab'.repeat(32), MD5: md5 } };
  assert.deepEqual(idContributingObject(both), { hashes: { MD5: md5 }, name: 'x.exe' });
  assert.equal(scoId(both), scoId({ type: 'file', name: 'x.exe', hashes: { MD5: md5 } }));
  assert.deepEqual(idContributingObject({ type: 'file', hashes: { SSDEEP: '3:a:b' } }), { hashes: { SSDEEP: '3:a:b' } });
});

test('SCOs without contributing properties, and process, get random UUIDv4 ids', () => {
  const p1 = scoId({ type: 'process', pid: 4 });
  const p2 = scoId({ type: 'process', pid: 4 });
  assert.notEqual(p1, p2);
  assert.equal(idVersion(p1), 4);
  assert.equal(idVersion(scoId({ type: 'file', size: 3 })), 4);
  assert.equal(idVersion(scoId({ type: 'x-custom-sco', anything: 1 })), 4);
});

test('newId makes type--UUIDv4 identifiers', () => {
  const id = newId('indicator');
  assert.ok(isStixId(id, 'indicator'));
  assert.equal(idVersion(id), 4);
  assert.notEqual(id, newId('indicator'));
});

test('identifiers need an RFC 4122 UUID (version 1-5, variant 10xx) and a type-name prefix', () => {
  assert.equal(idType('indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'), 'indicator');
  assert.equal(idType('x-mitre-tactic--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F'), 'x-mitre-tactic');
  for (const bad of [
    'indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f', // version 0
    'indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f', // variant 110x
    'indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f',
    'Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    'indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    'bad--type--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    42,
  ]) {
    assert.equal(idType(bad), undefined, String(bad));
  }
  assert.ok(isUuid('00abedb4-aa42-466c-9c01-fed23315a9b7'));
  assert.ok(!isStixId('indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', 'malware'));
});

test('canonicalJson sorts keys at every level and adds no whitespace', () => {
  assert.equal(canonicalJson({ b: [2, { z: 1, a: 'é' }], a: true, c: undefined }), '{"a":true,"b":[2,{"a":"é","z":1}]}');
  assert.equal(canonicalJson({ n: 1.0, m: 1e21, s: 'tab\t"q"' }), '{"m":1e+21,"n":1,"s":"tab\\t\\"q\\""}');
  assert.throws(() => canonicalJson({ x: Number.NaN }));
});
