/** One HTTP answer of the dashboard server, built before anything is written. */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The content type of JSON answers. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer. */
export function jsonAnswer(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Answer {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(body), headers: { 'cache-control': 'no-store', ...headers } };
}

/** A short JSON error `{"error": message}`: never a stack, never a path of this machine. */
export function errorAnswer(status: number, message: string, headers: Readonly<Record<string, string>> = {}): Answer {
  return jsonAnswer(status, { error: message }, headers);
}
