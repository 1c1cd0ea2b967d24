export { checkIin, iinCheckDigit, isValidIin, maskIin, type IinInfo, type IinProblem } from './iin';
export { maskPhone, normalizePhone } from './phone';
export { maskEmail, normalizeEmail } from './email';
