/**
 * The support center: topics, appeals from every channel, the case
 * workflow, the inbox and its statistics.
 */
export { supportPublicRoutes } from './support.public.routes';
export { supportStaffRoutes } from './support.staff.routes';
export { supportStatsRoutes } from './stats.routes';
export { appealStatistics, statsFilterOf, type StatsFilter } from './stats';
export * from './stats.schema';
export { notificationRoutes } from './notifications.routes';
export * from './notifications.schema';
export { telegramRoutes } from './channels/telegram';
export { open311Routes } from './open311';
export { caseSearchText, createCase, createCaseOnce, consentVersion, type CreatedCase, type NewCase } from './intake';
export { peopleServedInRegion } from './inbox';
export { addApplicantMessage, autoAssignNewCases, caseForActor, openStatuses } from './workflow';
export { attachmentsBodyBytes, carriesAttachments, checkAttachmentFiles, decodeAttachments, type StoredAttachment } from './attachments';
export { deliverReply, type ChannelSender, type ChannelSenders, type ReplyToDeliver } from './delivery';
export { listTopics, seedSupportReference, topicsByCode } from './topics.service';
export * from './support.schema';
export { anonymizeExpiredCases, anonymizePerson, clearSealedAccessCodes, exportPersonData } from './retention';
export { warnApproachingDeadlines } from './deadlines';
export { emailSender, startSmtpReceiver, type SmtpReceiver } from './channels/email';
export { setTelegramWebhook, telegramSender } from './channels/telegram';
export { createPartner, listPartners, setPartnerActive, type PartnerRecord } from './open311';
export { demoAuthorityCaseIds, demoChannelCounts, demoFrontOffices, seedDemoCases, type DemoPeriod } from './support.demo';
