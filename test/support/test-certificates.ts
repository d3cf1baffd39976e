import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Throwaway PKI for TLS tests, made with the `openssl` CLI in a temp dir (EC P-256, quick). */
export interface TestCertificates {
  /** The CA that signs the servers and the accepted client. */
  ca: string;
  /** Another CA nobody trusts. */
  otherCa: string;
  /** Server for 127.0.0.1 / localhost, signed by `ca`. */
  server: { cert: string; key: string };
  /** Server whose name is `other.example` only. */
  wrongHost: { cert: string; key: string };
  /** Server certificate that expired yesterday. */
  expired: { cert: string; key: string };
  /** Self-signed server certificate for 127.0.0.1. */
  selfSigned: { cert: string; key: string };
  /** Client signed by `ca`: plain key, the same key encrypted with `passphrase`, and a PKCS#12. */
  client: { cert: string; key: string; encryptedKey: string; pfx: Buffer; passphrase: string };
  /** Client signed by `otherCa`: a server that trusts `ca` refuses it. */
  strangerClient: { cert: string; key: string };
  /** A private key that belongs to no certificate here. */
  unrelatedKey: string;
}

/** Generates the whole set; takes a fraction of a second. */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'onceonly-tls-'));
  const file = (name: string) => join(dir, name);
  const read = (name: string) => readFileSync(file(name), 'utf8');
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  try {
    for (const ca of ['ca', 'other-ca']) {
      ssl(
        'req',
        '-x509',
        ...newKey,
        '-keyout',
        `${ca}.key`,
        '-out',
        `${ca}.pem`,
        '-subj',
        `/CN=${ca}`,
        '-days',
        '2',
      );
    }
    const issue = (name: string, ca: string, ext: string, days = '2') => {
      writeFileSync(file(`${name}.ext`), ext);
      ssl('req', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
      ssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        `${ca}.pem`,
        '-CAkey',
        `${ca}.key`,
        '-days',
        days,
        '-extfile',
        `${name}.ext`,
        '-out',
        `${name}.pem`,
      );
      return { cert: read(`${name}.pem`), key: read(`${name}.key`) };
    };
    const serverExt = 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n';
    const clientExt = 'extendedKeyUsage=clientAuth\n';
    const server = issue('server', 'ca', serverExt);
    const wrongHost = issue('wrong-host', 'ca', 'subjectAltName=DNS:other.example\n');
    const expired = issue('expired', 'ca', serverExt, '-1');
    ssl(
      'req',
      '-x509',
      ...newKey,
      '-keyout',
      'self.key',
      '-out',
      'self.pem',
      '-subj',
      '/CN=127.0.0.1',
      '-days',
      '2',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    );
    const client = issue('client', 'ca', clientExt);
    const strangerClient = issue('stranger', 'other-ca', clientExt);
    const passphrase = 'correct horse';
    ssl('pkey', '-in', 'client.key', '-aes256', '-passout', `pass:${passphrase}`, '-out', 'client-enc.key');
    ssl(
      'pkcs12',
      '-export',
      '-in',
      'client.pem',
      '-inkey',
      'client.key',
      '-passout',
      `pass:${passphrase}`,
      '-out',
      'client.p12',
    );
    ssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'unrelated.key');
    return {
      ca: read('ca.pem'),
      otherCa: read('other-ca.pem'),
      server,
      wrongHost,
      expired,
      selfSigned: { cert: read('self.pem'), key: read('self.key') },
      client: {
        ...client,
        encryptedKey: read('client-enc.key'),
        pfx: readFileSync(file('client.p12')),
        passphrase,
      },
      strangerClient,
      unrelatedKey: read('unrelated.key'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
