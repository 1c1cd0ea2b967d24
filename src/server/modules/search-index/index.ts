export { markSearchTablesCurrent, rebuildSearchColumn, rebuildStaleSearchColumns, staleSearchTables, type SearchColumn } from './search-index';
export { searchIndexState } from './search-index.tables';
