/** The e-mail channel: an SMTP receiver for appeals and replies, and the sender of public replies by mail. */
export { startSmtpReceiver, mailMaxBytes, type SmtpReceiver } from './email.receiver';
export { emailSender } from './email.sender';
