export {
  applyMigrationAction,
  describeAction,
  migrateData,
  migrationActions,
  type MigrationAction,
} from './legacy-mapping';
export { migratePost, migrationConflicts, type Migration } from './migrate-post';
export { unifiedDiff } from './unified-diff';
