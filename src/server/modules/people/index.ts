export { peopleRoutes } from './people.routes';
export { canonicalPersonIds, identifiersOf, nameKeysQuery, personClusterIds, personSearchText, resolvePerson, type ResolvedPerson } from './people.registry';
export { matchPendingPeople } from './people.matching';
export {
  anonymizePersonRecords,
  getPerson,
  mergePeople,
  personRecordForExport,
  searchPeople,
  searchPeopleIds,
  toPersonSummary,
  unmergePerson,
} from './people.service';
export * from './people.schema';
