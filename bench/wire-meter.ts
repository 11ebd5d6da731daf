// Counts what the process says to PostgreSQL: statements (each one round trip: pg never pipelines), write
// calls on the sockets (what reaches the kernel), and bytes both ways. Installed by patching pg's Client and
// net.Socket in this process only; for benchmarks, never for Suar itself.
import net from 'node:net';
import pg from 'pg';

/** What the meter saw since it was last reset. */
export interface WireCounts {
  statements: number;
  /** Statements by their kind (the first words of the SQL, or BEGIN/COMMIT). */
  byKind: Map<string, number>;
  writeCalls: number;
  bytesOut: number;
  bytesIn: number;
}

type Classify = (socket: net.Socket) => boolean;

/** A statement's kind: the first keyword, and the first table it names. */
export function kindOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^(begin|commit|rollback|start transaction)/.test(flat)) return flat.split(' ')[0]!;
  if (flat.startsWith('with')) {
    const tables = [...flat.matchAll(/(?:insert into|update|delete from) "?(\w+)"?/g)].map((m) => m[1]);
    return `with → ${[...new Set(tables)].join(', ') || 'select'}`;
  }
  const match = /^(select|insert into|update|delete from)\s+(?:.*?\bfrom\s+)?"?(\w+)"?/.exec(flat);
  if (match) return `${match[1]} ${match[2]}`;
  return flat.slice(0, 40);
}

/** Installs the meter; `isDatabase` tells a socket to PostgreSQL from others (HTTP). */
export function installWireMeter(isDatabase: Classify) {
  const counts: WireCounts = { statements: 0, byKind: new Map(), writeCalls: 0, bytesOut: 0, bytesIn: 0 };
  const sockets = new Set<net.Socket>();
  const baseline = new Map<net.Socket, { out: number; in: number }>();
  const http = { writeCalls: 0 };

  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function meteredQuery(this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    if (text) {
      counts.statements++;
      const kind = kindOf(text);
      counts.byKind.set(kind, (counts.byKind.get(kind) ?? 0) + 1);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;

  // _writeGeneric is where a net.Socket hands data to the kernel (one write or writev per call).
  const proto = net.Socket.prototype as unknown as { _writeGeneric: (...args: unknown[]) => unknown };
  const writeGeneric = proto._writeGeneric;
  proto._writeGeneric = function meteredWrite(this: net.Socket, ...args: unknown[]) {
    if (isDatabase(this)) {
      counts.writeCalls++;
      if (!sockets.has(this)) {
        sockets.add(this);
        baseline.set(this, { out: 0, in: 0 });
      }
    } else {
      http.writeCalls++;
    }
    return writeGeneric.apply(this, args);
  };

  const bytes = () => {
    let out = 0;
    let inbound = 0;
    for (const socket of sockets) {
      const base = baseline.get(socket)!;
      out += socket.bytesWritten - base.out;
      inbound += socket.bytesRead - base.in;
    }
    return { out, in: inbound };
  };

  return {
    /** Forgets what was counted so far. */
    reset() {
      counts.statements = 0;
      counts.byKind.clear();
      counts.writeCalls = 0;
      http.writeCalls = 0;
      for (const socket of sockets) baseline.set(socket, { out: socket.bytesWritten, in: socket.bytesRead });
    },
    /** What was counted since the last reset. */
    read(): WireCounts & { httpWriteCalls: number } {
      const { out, in: inbound } = bytes();
      return {
        ...counts,
        byKind: new Map(counts.byKind),
        bytesOut: out,
        bytesIn: inbound,
        httpWriteCalls: http.writeCalls,
      };
    },
  };
}

/** True for a socket to the PostgreSQL at `url` (TCP port, or a Unix-domain socket). */
export function socketTo(url: string): Classify {
  const parsed = new URL(url);
  const port = Number(parsed.port || 5432);
  const viaUnix = parsed.searchParams.has('host') || parsed.hostname === '';
  return (socket) =>
    viaUnix ? socket.remotePort === undefined && !socket.localPort : socket.remotePort === port;
}
