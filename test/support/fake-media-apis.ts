import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of the platforms' file APIs on 127.0.0.1, serving real sample files: Telegram's Bot API (`getFile`,
 * then `/file/bot<token>/<path>`) and the WhatsApp Cloud Graph API (media id → URL → download with the
 * access token). It can answer errors, expire a URL once, and hang a download half-way (a worker killed
 * mid-download).
 */
export async function startFakeMediaApis(options: { token: string; accessToken: string }) {
  const files = new Map<string, Buffer>();
  /** Completed downloads per file id. */
  const downloads = new Map<string, number>();
  const scripted = new Map<string, { status: number; body: unknown }[]>();
  const expireOnce = new Set<string>();
  const hanging = new Set<string>();
  const held: ServerResponse[] = [];
  const calls: string[] = [];
  let url = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const serveFile = (res: ServerResponse, id: string) => {
    const bytes = files.get(id);
    if (!bytes) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (hanging.delete(id)) {
      // Half the file, then nothing: the downloader waits until it is stopped.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.write(bytes.subarray(0, bytes.length >> 1));
      held.push(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    res.end(bytes);
    downloads.set(id, (downloads.get(id) ?? 0) + 1);
  };

  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const path = u.pathname;
      calls.push(path.replace(options.token, '<token>'));
      const next = (key: string) => scripted.get(key)?.shift();
      // Telegram
      if (path === `/bot${options.token}/getFile`) {
        const id = u.searchParams.get('file_id') ?? '';
        const answer = next(`getFile:${id}`);
        if (answer) return json(res, answer.status, answer.body);
        if (!files.has(id))
          return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return json(res, 200, {
          ok: true,
          result: { file_id: id, file_size: files.get(id)!.length, file_path: `files/${id}` },
        });
      }
      if (path.startsWith(`/file/bot${options.token}/files/`)) return serveFile(res, path.split('/').at(-1)!);
      // Graph API
      const authorised = req.headers.authorization === `Bearer ${options.accessToken}`;
      const media = /^\/v\d+\.\d+\/([\w.-]+)$/.exec(path);
      if (media) {
        if (!authorised)
          return json(res, 401, { error: { message: 'Invalid OAuth access token', code: 190 } });
        const id = media[1]!;
        const answer = next(`media:${id}`);
        if (answer) return json(res, answer.status, answer.body);
        const bytes = files.get(id);
        if (!bytes) return json(res, 404, { error: { message: 'Unsupported get request', code: 100 } });
        return json(res, 200, {
          messaging_product: 'whatsapp',
          url: `${url}/whatsapp-media/${id}?ext=${Date.now()}`,
          file_size: bytes.length,
          id,
        });
      }
      if (path.startsWith('/whatsapp-media/')) {
        if (!authorised) return json(res, 401, { error: { message: 'no token', code: 190 } });
        const id = path.split('/').at(-1)!;
        if (expireOnce.delete(id)) return json(res, 404, { error: { message: 'URL expired' } });
        return serveFile(res, id);
      }
      json(res, 404, { ok: false, description: 'no such route' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    /** Serves `bytes` as file or media id `id`. */
    serve(id: string, bytes: Buffer) {
      files.set(id, bytes);
    },
    /** Completed downloads of one file. */
    downloadsOf(id: string) {
      return downloads.get(id) ?? 0;
    },
    /** The next answer of `getFile` (Telegram) or of the media lookup (Graph) for one id. */
    answerNext(kind: 'getFile' | 'media', id: string, status: number, body: unknown) {
      scripted.set(`${kind}:${id}`, [...(scripted.get(`${kind}:${id}`) ?? []), { status, body }]);
    },
    /** The next download URL of this media id answers 404, as an expired one does. */
    expireUrlOnce(id: string) {
      expireOnce.add(id);
    },
    /** The next download of this file hangs half-way until `release()`; later ones are served whole. */
    hangNext(id: string) {
      hanging.add(id);
    },
    /** Cuts off the downloads left hanging. */
    release() {
      for (const res of held.splice(0)) res.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The fake's handle. */
export type FakeMediaApis = Awaited<ReturnType<typeof startFakeMediaApis>>;
