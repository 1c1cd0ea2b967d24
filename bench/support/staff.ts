/** Staff accounts for the inbox benchmark, made with the app's own service, and a signed-in session. */
import { openDatabase } from '../../src/server/platform/db';
import { createStaffUser } from '../../src/server/modules/staff';

const password = 'bench-operator-password-2026';
const operators = Array.from({ length: 6 }, (_, i) => ({ email: `operator${i + 1}@bench.otandas.kz`, displayName: `Оператор ${i + 1}` }));

export async function createOperators(databaseUrl: string): Promise<void> {
  const database = await openDatabase({ databaseUrl, dataDir: 'unused', poolSize: 1 });
  try {
    const meta = { actor: null, ip: null, requestId: 'bench' };
    for (const operator of operators) await createStaffUser(database.db, meta, { ...operator, role: 'operator', password });
  } finally {
    await database.close();
  }
}

/** Signs in the first operator the way the console does; returns the cookie header. */
export async function signInOperator(url: string): Promise<string> {
  const session = await fetch(`${url}/api/v1/auth/session`);
  const anonymous = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: anonymous, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email: operators[0]!.email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
