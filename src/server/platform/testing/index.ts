export { createTestApp, testPassword, TestClient, type TestApp, type TestResponse } from './test-app';
export { createTestDatabase } from './test-database';
