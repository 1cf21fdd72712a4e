import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Answer } from './answers.js';
import { SECURITY_HEADERS } from './httpGuards.js';

/** True when the request announces a body (the dashboard reads none). */
export function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Writes `reply` with the security headers; closes the connection when a body was left unread. */
export function send(request: IncomingMessage, response: ServerResponse, reply: Answer): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  response.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    'content-type': reply.contentType,
    'content-length': String(body.length),
    ...reply.headers,
    // A body we did not read must not be parsed as the next request.
    ...(hasBody(request) ? { connection: 'close' } : {}),
  });
  response.end(body);
}

/** Answers a client whose request could not be parsed (no request object exists) or a CONNECT: JSON, then close. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'the request line and headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request was not sent in time']
        : error.code === 'CONNECT'
          ? [405, 'only GET and HEAD are allowed']
          : [400, 'malformed HTTP request'];
  const body = JSON.stringify({ error: message });
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'x-content-type-options: nosniff',
    'connection: close',
  ];
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}
