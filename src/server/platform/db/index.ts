export { openDatabase, pingDatabase, queryFixed, StatementParams, type Db, type Tx, type Executor, type DatabaseHandle, type DatabaseKind } from './connection';
export { migrateDatabase, migrationsFolder } from './migrate';
export { backupDatabase, dropEverything, restoreDatabase, RestoreError, snapshotRows } from './backup';
export { numberedStatement, uniqueViolation } from './statement';
export { sequenceCache } from './sequence-cache';
