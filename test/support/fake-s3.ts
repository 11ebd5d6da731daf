import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake S3-compatible store on 127.0.0.1 (path-style): PUT, GET and DELETE of objects, kept in memory. */
export interface FakeS3 {
  url: string;
  objects: Map<string, Buffer>;
  /** Requests as "METHOD /bucket/key". */
  requests: string[];
  /** Answer every request with this status (a store that is down), until set back to null. */
  failWith: number | null;
  close(): Promise<void>;
}

/** Starts the fake store. It checks that requests are signed, not the signature itself. */
export async function startFakeS3(): Promise<FakeS3> {
  const fake: FakeS3 = {
    url: '',
    objects: new Map(),
    requests: [],
    failWith: null,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      fake.requests.push(`${req.method} ${path}`);
      const xmlError = (status: number, code: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
        );
      };
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
        return xmlError(403, 'AccessDenied');
      if (fake.failWith) return xmlError(fake.failWith, 'InternalError');
      if (req.method === 'PUT') {
        fake.objects.set(path, Buffer.concat(chunks));
        res.writeHead(200, { etag: '"x"' });
        return res.end();
      }
      if (req.method === 'GET') {
        const body = fake.objects.get(path);
        if (!body) return xmlError(404, 'NoSuchKey');
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
        return res.end(body);
      }
      if (req.method === 'DELETE') {
        fake.objects.delete(path);
        res.writeHead(204);
        return res.end();
      }
      xmlError(405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
