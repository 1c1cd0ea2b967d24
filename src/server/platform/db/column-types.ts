import { customType } from 'drizzle-orm/pg-core';

/** Column types drizzle has no builder for; every module's tables share these. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
