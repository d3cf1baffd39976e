import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import type { buildConnector } from 'undici';
import { InputError } from '../errors/onceonly-error.js';
import type { TlsOptions } from './types.js';

type Material = string | Buffer;
const isMaterial = (value: unknown): value is Material => typeof value === 'string' || Buffer.isBuffer(value);
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Loads and checks the gateway's client TLS material at start-up, so that a bad certificate, a bad
 * key, a key that does not match its certificate or a wrong passphrase fails at `createGateway`, not
 * as a "network error" on the first call. Throws `InputError` (`INVALID_OPTION`) whose `fields` names
 * the option at fault (`tls.cert`, `tls.key`, `tls.passphrase`, `tls.pfx`, `tls.ca`); messages never
 * quote the material.
 *
 * @example
 * checkTlsOptions({ cert, key, ca });             // PEM certificate chain + key
 * checkTlsOptions({ pfx, passphrase: 'secret' }); // or PKCS#12
 */
export function checkTlsOptions(value: unknown, now = Date.now()): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('tls', 'tls must be an object { cert, key, ca, passphrase } or { pfx, passphrase, ca }');
  }
  const tls = value as Record<string, unknown>;
  for (const name of ['cert', 'key', 'pfx']) {
    if (tls[name] !== undefined && !isMaterial(tls[name]))
      fail(`tls.${name}`, `tls.${name} must be a string (PEM) or a Buffer`);
  }
  const cas = tls.ca === undefined ? [] : Array.isArray(tls.ca) ? tls.ca : [tls.ca];
  if (!cas.every(isMaterial))
    fail('tls.ca', 'tls.ca must be PEM certificates: a string, a Buffer or an array of them');
  if (tls.passphrase !== undefined && typeof tls.passphrase !== 'string')
    fail('tls.passphrase', 'tls.passphrase must be a string');
  if (tls.servername !== undefined && typeof tls.servername !== 'string')
    fail('tls.servername', 'tls.servername must be a host name');
  if (tls.rejectUnauthorized !== undefined && typeof tls.rejectUnauthorized !== 'boolean') {
    fail('tls.rejectUnauthorized', 'tls.rejectUnauthorized must be true or false (false only in tests)');
  }
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    fail(
      tls.cert === undefined ? 'tls.cert' : 'tls.key',
      'tls.cert and tls.key go together for mutual TLS: give both, or neither',
    );
  }
  if (tls.pfx !== undefined && tls.cert !== undefined) {
    fail(
      'tls.pfx',
      'give the client certificate either as tls.pfx (PKCS#12) or as tls.cert + tls.key, not both',
    );
  }
  cas.forEach((ca, i) => {
    checkCa(ca as Material, cas.length > 1 ? `tls.ca[${i}]` : 'tls.ca');
  });
  const passphrase = tls.passphrase as string | undefined;
  if (tls.cert !== undefined) {
    const leaf = certificate(tls.cert as Material, now);
    const key = privateKey(tls.key as Material, passphrase);
    if (!leaf.checkPrivateKey(key)) {
      fail(
        'tls.key',
        'tls.key does not belong to tls.cert (the key and the certificate do not match): give the key the certificate was issued for',
      );
    }
  }
  if (tls.pfx !== undefined) checkPfx(tls.pfx as Material, passphrase);
}

/**
 * The `connect` options of an undici `Agent` for the gateway's client TLS: mutual TLS certificate and
 * key (or PKCS#12), trusted CAs, SNI name. Certificates are checked unless `rejectUnauthorized: false`
 * (tests only). Call {@link checkTlsOptions} first.
 *
 * @example
 * new Agent({ connect: tlsConnectOptions({ cert, key, ca }) })
 */
export function tlsConnectOptions(tls: TlsOptions): buildConnector.BuildOptions {
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    fail(
      tls.cert === undefined ? 'tls.cert' : 'tls.key',
      'tls.cert and tls.key go together for mutual TLS: give both, or neither',
    );
  }
  const connect: buildConnector.BuildOptions = { rejectUnauthorized: tls.rejectUnauthorized ?? true };
  if (tls.cert !== undefined) connect.cert = tls.cert;
  if (tls.key !== undefined) connect.key = tls.key;
  if (tls.pfx !== undefined) connect.pfx = tls.pfx;
  if (tls.passphrase !== undefined) connect.passphrase = tls.passphrase;
  if (tls.ca !== undefined) connect.ca = tls.ca;
  if (tls.servername !== undefined) connect.servername = tls.servername;
  return connect;
}

function checkCa(ca: Material, field: string): void {
  const blocks = ca.toString().match(PEM_CERT) ?? [];
  if (blocks.length === 0)
    fail(
      field,
      `${field} holds no PEM certificate ("BEGIN CERTIFICATE"): give the CA that signed the security server's certificate`,
    );
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch {
      fail(field, `${field} holds a certificate that cannot be read: check the PEM file`);
    }
  }
}

/** The leaf (first) certificate of the chain, readable and valid now. */
function certificate(cert: Material, now: number): X509Certificate {
  const first =
    Buffer.isBuffer(cert) && !cert.toString('latin1').includes('-----BEGIN')
      ? cert
      : cert.toString().match(PEM_CERT)?.[0];
  let leaf: X509Certificate;
  try {
    if (first === undefined) throw new Error('no PEM block');
    leaf = new X509Certificate(first);
  } catch {
    fail(
      'tls.cert',
      'tls.cert is not a readable certificate: give the client certificate chain as PEM ("BEGIN CERTIFICATE")',
    );
  }
  if (Date.parse(leaf.validTo) < now) {
    fail(
      'tls.cert',
      `tls.cert expired on ${new Date(leaf.validTo).toISOString()}: renew the client certificate`,
    );
  }
  if (Date.parse(leaf.validFrom) > now) {
    fail(
      'tls.cert',
      `tls.cert is not valid before ${new Date(leaf.validFrom).toISOString()}: check the certificate or the clock`,
    );
  }
  return leaf;
}

function privateKey(key: Material, passphrase: string | undefined): KeyObject {
  try {
    return createPrivateKey(passphrase === undefined ? { key } : { key, passphrase });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_OSSL_BAD_DECRYPT') {
      fail('tls.passphrase', 'tls.passphrase is wrong: it does not decrypt tls.key');
    }
    if (code === 'ERR_MISSING_PASSPHRASE' || code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED') {
      fail('tls.passphrase', 'tls.key is encrypted: give its passphrase as tls.passphrase');
    }
    fail(
      'tls.key',
      'tls.key is not a readable private key: give it as PEM ("BEGIN PRIVATE KEY" or "BEGIN EC/RSA PRIVATE KEY")',
    );
  }
}

function checkPfx(pfx: Material, passphrase: string | undefined): void {
  try {
    createSecureContext(passphrase === undefined ? { pfx } : { pfx, passphrase });
  } catch (error) {
    if (/mac verify failure|bad decrypt/i.test(String((error as Error).message))) {
      fail('tls.passphrase', 'tls.passphrase does not open tls.pfx (wrong or missing passphrase)');
    }
    fail(
      'tls.pfx',
      'tls.pfx is not a readable PKCS#12 file (.p12/.pfx): export it again with its certificate and key',
    );
  }
}

function fail(option: string, message: string): never {
  throw new InputError({ code: 'INVALID_OPTION', message: `${message}.`, fields: [option] });
}
