export { createTestApp, testPassword, TestClient, type TestApp, type TestResponse } from './test-app';
export { createScratchPostgresDatabase, createTestDatabase } from './test-database';
