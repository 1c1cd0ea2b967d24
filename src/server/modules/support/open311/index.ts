/** The Open311 GeoReport v2 partner API: services are our topics, service requests are appeals. */
export { open311Routes } from './open311.routes';
export { createPartner, listPartners, partnerForKey, setPartnerActive, type Partner, type PartnerRecord } from './partners.service';
