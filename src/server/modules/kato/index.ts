export { katoRoutes } from './kato.routes';
export { katoSearchFields, refreshKatoSearch, searchKato, stripTypeAbbreviations } from './kato.search';
export { importKatoClassifier, katoCsvPath, parentCodeOf, parseCsvLine, readKatoCsv } from './kato.import';
export {
  countKatoUnits,
  type KatoUnit,
  getKatoUnit,
  isRegionCode,
  listKatoUnitsByCodes,
  listKatoUnitsOfRegions,
  listPriorityRegions,
  listRegions,
  priorityRegions2025,
  priorityRegionsKeySql,
  seedReferenceData,
  setPriorityRegions,
} from './kato.service';
export * from './kato.schema';
