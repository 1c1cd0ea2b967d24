export { adminRoutes } from './admin.routes';
export { csvCell, toCsv } from './csv';
export * from './admin.schema';
