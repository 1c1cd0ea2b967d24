export {
  anonymousCsrfToken,
  clearSessionCookie,
  csrfHeader,
  csrfProtection,
  currentCsrfToken,
  loadSession,
  requireAccess,
  setSessionCookie,
  type Access,
} from './auth.middleware';
export { decoyPasswordHash, generatePassword, hashPassword, passwordMaxLength, passwordMinLength, verifyPassword } from './password';
export { changeOwnPassword, endSession, purgeExpiredSessions, resolveSession, revokeSessions, signIn, signOut, toActor, type SignedIn, type StaffUserRow } from './session.service';
export { staffSessions, staffUsers } from './auth.tables';
