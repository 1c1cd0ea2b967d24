/**
 * The relocation advisor: the catalogue of settlements of the priority
 * regions with their indicators, region overviews, ranking for a family's
 * needs, shortlists, and the import of indicator files.
 */
export { settlementsRoutes } from './settlements.routes';
export { settlementsAdminRoutes } from './settlements.admin.routes';
export { carriesIndicatorFile, commitImport, discardImport, getImport, indicatorFileBodyBytes, listImports, previewImport } from './settlements.import';
export { listRegionProgrammes, saveRegionProgramme } from './settlements.programmes';
export * from './settlements.admin.schema';
export { buildSettlementCatalogue, catalogueKind, countSettlements } from './settlements.catalogue';
export { demoIndicatorValues } from './settlements.demo';
export { bumpCatalogueVersion, rankCatalogue, rankingCatalogue, rankSettlements, type RankingCatalogue } from './settlements.ranking';
export { listRegionSummaries, regionOverview } from './settlements.regions';
export { getShortlist, listSettlements, saveShortlist, settlementCard, settlementPoints } from './settlements.service';
export * from './settlements.schema';
