export { peopleRoutes } from './people.routes';
export { canonicalPersonIds, choosePerson, identifiersOf, nameKeysQuery, personClusterIds, personSearchText, resolvePerson, type ResolvedPerson } from './people.registry';
export { contactLookupFrom, personWriteCtes, registerUnknownContact, type ContactPeopleRow } from './people.statements';
export { matchPendingPeople } from './people.matching';
export {
  anonymizePersonRecords,
  getPerson,
  mergePeople,
  personRecordForExport,
  type PeopleServedInRegion,
  searchPeople,
  searchPeopleIds,
  toPersonSummary,
  unmergePerson,
} from './people.service';
export * from './people.schema';
