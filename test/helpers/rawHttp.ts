import { connect } from 'node:net';

/** What a server sent back on a raw connection. */
export interface RawReply {
  /** The status code of the first response line, or null when nothing (or no HTTP) came back. */
  readonly status: number | null;
  readonly head: string;
  readonly body: string;
  /** True when the server closed the connection before the timeout. */
  readonly closed: boolean;
}

/**
 * Sends `chunks` as they are (nothing is fixed up: malformed request lines, missing Host, slow
 * headers) to 127.0.0.1:`port`, waiting `pauseMs` between chunks, and collects what comes back
 * until the server closes the connection or `timeoutMs` passes.
 */
export function rawRequest(port: number, chunks: readonly string[], { timeoutMs = 5_000, pauseMs = 0 } = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const split = received.indexOf('\r\n\r\n');
      const head = split < 0 ? received : received.slice(0, split);
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({ status: match === null ? null : Number(match[1]), head, body: split < 0 ? '' : received.slice(split + 4), closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    // Cannot reject: it only waits and writes, and a socket's failures arrive as 'error' events.
    const send = async (): Promise<void> => {
      for (const [index, chunk] of chunks.entries()) {
        if (index > 0 && pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        if (socket.destroyed) return;
        socket.write(chunk);
      }
    };
    socket.on('connect', () => void send());
  });
}
