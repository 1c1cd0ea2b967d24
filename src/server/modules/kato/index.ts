export { katoRoutes } from './kato.routes';
export { katoSearchFields, refreshKatoSearch, searchKato, stripTypeAbbreviations } from './kato.search';
export { importKatoClassifier, katoCsvPath, parentCodeOf, parseCsvLine, readKatoCsv } from './kato.import';
export {
  countKatoUnits,
  getKatoUnit,
  isRegionCode,
  listPriorityRegions,
  listRegions,
  priorityRegions2025,
  seedReferenceData,
  setPriorityRegions,
} from './kato.service';
export * from './kato.schema';
