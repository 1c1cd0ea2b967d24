/**
 * A small Bot API client: method calls and file downloads. Errors never
 * carry the URL, since it holds the bot token.
 */
export type BotApi = { token: string; apiBase: string; timeoutMs?: number };

export class BotApiError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
    readonly description: string,
  ) {
    super(`Telegram ${method} failed: ${status} ${description.slice(0, 200)}`);
    this.name = 'BotApiError';
  }
}

type BotAnswer<T> = { ok: boolean; result?: T; error_code?: number; description?: string };

export async function callBotApi<T>(bot: BotApi, method: string, params: Record<string, unknown> | FormData): Promise<T> {
  const isForm = params instanceof FormData;
  let response: Response;
  try {
    response = await fetch(`${bot.apiBase}/bot${bot.token}/${method}`, {
      method: 'POST',
      headers: isForm ? {} : { 'content-type': 'application/json' },
      body: isForm ? params : JSON.stringify(params),
      signal: AbortSignal.timeout(bot.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new BotApiError(method, 0, (error as Error).name ?? 'network error');
  }
  const answer = (await response.json().catch(() => ({ ok: false }))) as BotAnswer<T>;
  if (!response.ok || !answer.ok || answer.result === undefined) {
    throw new BotApiError(method, answer.error_code ?? response.status, answer.description ?? 'no result');
  }
  return answer.result;
}

/** Reads a body up to `maxBytes`; a bigger one is refused without reading it all. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new BotApiError('download', 413, 'file too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new BotApiError('download', 413, 'file too large');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** getFile, then the download from the file endpoint. */
export async function downloadBotFile(bot: BotApi, fileId: string, maxBytes: number): Promise<Buffer> {
  const file = await callBotApi<{ file_path?: string; file_size?: number }>(bot, 'getFile', { file_id: fileId });
  if (!file.file_path) throw new BotApiError('getFile', 0, 'no file_path');
  if (file.file_size && file.file_size > maxBytes) throw new BotApiError('download', 413, 'file too large');
  let response: Response;
  try {
    response = await fetch(`${bot.apiBase}/file/bot${bot.token}/${file.file_path}`, { signal: AbortSignal.timeout(bot.timeoutMs ?? 30_000) });
  } catch (error) {
    throw new BotApiError('download', 0, (error as Error).name ?? 'network error');
  }
  if (!response.ok) throw new BotApiError('download', response.status, 'download refused');
  return readCapped(response, maxBytes);
}
