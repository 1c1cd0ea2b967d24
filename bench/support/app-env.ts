/** The environment the real server runs with in the support benchmarks, and a note saying what it relaxes. */
import os from 'node:os';
import path from 'node:path';

export const benchSecret = 'bench-secret-0123456789-abcdefghijklmnop';

export function appServerEnv(databaseUrl: string, name: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OTANDAS_SECRET: benchSecret,
    OTANDAS_DATA_DIR: path.join(os.tmpdir(), `otandas-bench-${name}-data`),
    // No demo data: each bench makes exactly the rows it measures.
    OTANDAS_DEMO_DATA: '0',
    // Background jobs (auto-assignment, deadline warnings, mail) would compete for the two cores at random moments.
    JOBS_ENABLED: '0',
    // One load generator is one address: the per-address limit is raised so it measures the server, not the limiter.
    APPEALS_PER_MINUTE: '1000000',
    // Proof of work is the client's cost; 0 bits turns the check off (the server still validates everything else).
    APPEAL_POW_BITS: '0',
  };
}

export const appServerNote = 'server config: APPEAL_POW_BITS=0 (no proof of work), APPEALS_PER_MINUTE=1000000 (per-address limit raised), JOBS_ENABLED=0, LOG_LEVEL=silent';
