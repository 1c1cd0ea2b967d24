import { sql, type SQL } from 'drizzle-orm';

/**
 * A statement built as text with numbered placeholders ($1, $2 …, as the
 * text toolkit's rankedSearchSql makes them) as a drizzle SQL object whose
 * parameters stay bound.
 */
export function numberedStatement({ text, params }: { text: string; params: unknown[] }): SQL {
  const chunks: SQL[] = [];
  let from = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(from, match.index)), sql`${params[Number(match[1]) - 1]}`);
    from = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(from)));
  return sql.join(chunks);
}

/**
 * The constraint a statement broke when it failed on a unique index, else
 * null. Drizzle wraps the driver's error, so the cause is looked at too.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth += 1) {
    if (e.code === '23505') return String(e.constraint ?? '');
  }
  return null;
}
