import type { CaseStatus } from './support.schema';

/**
 * Which status may follow which; staff move cases along these edges only.
 * Kept free of server imports: the console reads it to offer only the moves
 * the server will accept.
 */
export const statusTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['assigned', 'in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'],
  assigned: ['new', 'in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'],
  in_progress: ['assigned', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'],
  waiting_applicant: ['in_progress', 'waiting_authority', 'answered', 'closed'],
  waiting_authority: ['in_progress', 'waiting_applicant', 'answered', 'closed'],
  answered: ['in_progress', 'closed'],
  closed: ['in_progress'],
};
