/**
 * Correspondence: the registers of official letters with government bodies,
 * outgoing ("Исх. № 166") and incoming, the replies that answer them, and
 * the cases they concern.
 *
 * `seedDemoLetters` fills the registers with demo letters (not wired into
 * start-up; the caller decides and marks the data as demo). Demo letters
 * keep realistic numbers and are recognised by their signatory,
 * `demoLetterSignatory`, never by a "[DEMO]" in an official number.
 */
export { correspondenceRoutes } from './correspondence.routes';
export {
  almatyToday,
  createLetter,
  getLetter,
  iterateLetters,
  letterStatistics,
  listCaseLetters,
  listLetters,
  registerReply,
  setLetterCases,
  updateLetter,
  type LetterFilter,
} from './correspondence.service';
export { demoLetterSignatory, demoPeriod, seedDemoLetters } from './correspondence.seed';
export * from './correspondence.schema';
