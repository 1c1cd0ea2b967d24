import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { loadConfig, type Config } from '../../../../platform/config';

/** A 1×1 PNG: real bytes for the type sniffer. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The start of a Windows executable, which no appeal needs. */
export const fakeExe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);

export function testMailConfig(overrides: { inboundPerSenderPerMinute?: number; smtpUrl?: string } = {}): Config {
  const base = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { dataDir: '/nonexistent', secret: 'test-secret-test-secret-test-secret-0000' });
  return {
    ...base,
    support: { ...base.support, inboundPerSenderPerMinute: overrides.inboundPerSenderPerMinute ?? base.support.inboundPerSenderPerMinute },
    mail: { listenPort: 0, listenHost: '127.0.0.1', smtpUrl: overrides.smtpUrl, from: 'Otandas <support@otandas.test>' },
  };
}

/** A mail relay on loopback that keeps what it is given, parsed, for a test to read. */
export async function startFakeRelay(): Promise<{ url: string; messages: Array<{ envelopeTo: string[]; mail: ParsedMail }>; close(): Promise<void> }> {
  const messages: Array<{ envelopeTo: string[]; mail: ParsedMail }> = [];
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
