export { recordAudit, listAudit, iterateAudit, type AuditEntry, type AuditFilter, type AuditRow } from './audit.service';
export { auditLog } from './audit.tables';
