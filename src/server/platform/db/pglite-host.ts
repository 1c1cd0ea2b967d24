import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The embedded PostgreSQL (PGlite) is one process's database. To let the
 * server and the CLI use it at the same time, the process that opens it serves
 * it over a Unix socket, and everyone, the owner included, talks to it with
 * the ordinary PostgreSQL driver. One driver then serves PGlite and a real
 * PostgreSQL server alike, and pglite-socket's multiplexer keeps each
 * client's transaction whole.
 */
export const socketPort = 5432;

export type PgliteEndpoint = { socketDir: string; port: number };

export type PgliteHost = PgliteEndpoint & { stop(): Promise<void> };

/** Unix socket paths are limited to about 107 bytes; long data paths use a short temp folder. */
export function socketDirFor(dataDir: string): string {
  const candidate = path.join(dataDir, 'run');
  if (path.join(candidate, `.s.PGSQL.${socketPort}`).length < 100) return candidate;
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `otandas-${digest}`);
}

function canConnect(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ path: socketPath });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** An exclusive lock file, taken over when the process that left it is gone. */
function acquireLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && processAlive(owner)) {
        throw new Error(`The embedded database in ${path.dirname(lockFile)} is held by process ${owner}.`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

/** Finds the socket of a process that already serves this data directory. */
export async function findRunningPglite(dataDir: string): Promise<PgliteEndpoint | undefined> {
  const socketDir = socketDirFor(dataDir);
  const socketPath = path.join(socketDir, `.s.PGSQL.${socketPort}`);
  if (existsSync(socketPath) && (await canConnect(socketPath))) return { socketDir, port: socketPort };
  return undefined;
}

/**
 * Opens the PGlite database kept in `dataDir` (or an in-memory one for
 * `memory://`) and serves it on a Unix socket until stop() is called.
 */
type QueuedMessage = { handlerId: number; message: Uint8Array; resolve: (bytes: number) => void; reject: (error: unknown) => void; onData: (data: Uint8Array) => void };
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

/** Messages of the extended query protocol that leave a statement or portal open until Sync. */
const extendedMessages = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const syncMessage = 'S'.charCodeAt(0);

/**
 * pglite-socket runs one protocol message at a time from whichever client
 * is first in line, keeping only explicit transactions together. Outside a
 * transaction a driver sends Parse, Bind, Execute … Sync, and a message of
 * another client in between takes over the unnamed statement and portal
 * ("portal does not exist" under load). The queue here serves one client from
 * its first extended message to its Sync, as a PostgreSQL backend would.
 * (The intake crash test, with its concurrent streams, fails without this.)
 */
function keepExtendedQueriesWhole(server: PGLiteSocketServer, database: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midQuery: number | null = null;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (midQuery === handlerId) midQuery = null;
    clear(handlerId);
  };
  queue.processQueue = async () => {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = database.isInTransaction() && queue.lastHandlerId !== null ? queue.lastHandlerId : midQuery;
        const index = owner === null ? 0 : queue.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: wait for it; enqueue starts the loop again.
        if (index === -1) break;
        const [item] = queue.queue.splice(index, 1) as [QueuedMessage];
        const kind = item.message[0]!;
        if (extendedMessages.has(kind)) midQuery = item.handlerId;
        else if (kind === syncMessage || midQuery === item.handlerId) midQuery = null;
        let bytes = 0;
        try {
          await database.runExclusive(() => database.execProtocolRawStream(item.message, { onRawData: (data: Uint8Array) => ((bytes += data.length), item.onData(data)) }));
        } catch (error) {
          item.reject(error);
          continue;
        }
        queue.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };
}

export async function hostPglite(dataDir: string): Promise<PgliteHost> {
  const inMemory = dataDir.startsWith('memory://');
  const baseDir = inMemory ? path.join(os.tmpdir(), `otandas-mem-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`) : dataDir;
  mkdirSync(baseDir, { recursive: true, mode: 0o700 });
  const releaseLock = inMemory ? () => rmSync(baseDir, { recursive: true, force: true }) : acquireLock(path.join(baseDir, 'pglite.lock'));
  const socketDir = socketDirFor(baseDir);
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  const socketPath = path.join(socketDir, `.s.PGSQL.${socketPort}`);
  rmSync(socketPath, { force: true });

  let database: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    database = await PGlite.create(inMemory ? 'memory://' : path.join(baseDir, 'pgdata'));
    server = new PGLiteSocketServer({ db: database, path: socketPath, maxConnections: 64 });
    keepExtendedQueriesWhole(server, database);
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await database?.close().catch(() => undefined);
    releaseLock();
    throw error;
  }
  const started = { database, server };
  return {
    socketDir,
    port: socketPort,
    async stop() {
      await started.server.stop();
      await started.database.close();
      rmSync(socketPath, { force: true });
      releaseLock();
    },
  };
}
