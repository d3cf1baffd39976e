// HTTP helpers of the portal's routes.
import { PAGE_HEADERS } from './html.mjs';

const MAX_BODY = 64 * 1024;

/** A user message's Vietnamese and English texts. */
export const bilingual = (message) => ({ vi: message.vi.text, en: message.en.text });

/** An HTML page with the portal's security headers. */
export function send(res, status, html) {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

/** 303 (after a form or a callback) unless told otherwise. */
export function redirect(res, location, status = 303) {
  res.writeHead(status, { location, 'cache-control': 'no-store' });
  res.end();
}

/** A form body, bounded: a portal form is small. */
export async function readBody(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('request body too large'), { code: 'INVALID_INPUT' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
