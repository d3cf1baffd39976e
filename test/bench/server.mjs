/**
 * The benchmark's provider: a small node:http server that answers the wire contract for one lookup
 * (POST /r1/VN/GOV/000.00.00.G10/CSDLDC/person.get) and the JWKS. It runs in its own process (forked
 * by run.mjs) so that it does not share an event loop with the clients being measured, and reports
 * its port over IPC.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { buildAnswer } from './answer.mjs';
import { CLIENT, JWKS_PATH, PATH } from './fixtures.mjs';

const answer = await buildAnswer();
const jwksHeaders = {
  'content-type': 'application/json',
  'content-length': String(answer.jwksBody.length),
};
let served = 0;

function fail(res, status, type) {
  const body = JSON.stringify({ type, message: type, detail: 'bench' });
  res.writeHead(status, { 'content-type': 'application/json', 'x-road-error': type }).end(body);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === JWKS_PATH) {
    res.writeHead(200, jwksHeaders).end(answer.jwksBody);
    return;
  }
  // Drain the request body (it is small: {"personalId":"..."}) before answering, as a real server does.
  let length = 0;
  req.on('data', (chunk) => {
    length += chunk.length;
  });
  req.on('end', () => {
    if (req.method !== 'POST' || req.url !== PATH) return fail(res, 400, 'Server.ClientProxy.UnknownService');
    if (req.headers['x-road-client'] !== CLIENT || length === 0) return fail(res, 400, 'Client.BadRequest');
    served++;
    res
      .writeHead(200, {
        ...answer.headers,
        'x-road-id': req.headers['x-road-id'] ?? randomUUID(),
        'x-road-client': CLIENT,
        'x-road-request-id': randomUUID(),
      })
      .end(answer.body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.send({ port: server.address().port, bodyBytes: answer.body.length });
});
process.on('message', (message) => {
  if (message === 'stats') server.getConnections((_error, open) => process.send({ served, open }));
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
