import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Graph API received. */
export interface GraphRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, any>;
}

/** A fake Graph API on 127.0.0.1: records send requests and answers with message ids or scripted errors. */
export async function startFakeGraphApi() {
  const requests: GraphRequest[] = [];
  const scripted: { status: number; body: unknown; headers?: Record<string, string> }[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => {
      requests.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(data || '{}'),
      });
      const next = scripted.shift();
      if (next) {
        res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
        res.end(JSON.stringify(next.body));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.OUT${++counter}` }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** The next answer, instead of a success. */
    answerNext(status: number, body: unknown, headers?: Record<string, string>) {
      scripted.push(headers ? { status, body, headers } : { status, body });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
