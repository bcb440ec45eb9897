// Row types of the database, as Kysely sees them (one file per area under tables/). Domain types live in
// shared/; repositories convert between the two.
import type {
  UsersTable,
  SessionsTable,
  ZonesTable,
  UserZonesTable,
  AuditLogTable,
  PasswordLinksTable,
} from './tables/people.ts';
import type {
  SitesTable,
  SectorsTable,
  BuildingsTable,
  FibreZonesTable,
  FibreNodesTable,
  FibrePointsTable,
  AddressesTable,
  TerrainModelsTable,
} from './tables/network.ts';
import type { InterventionsTable, InstallationsTable, AttachmentsTable } from './tables/field.ts';
import type { InterestRegistrationsTable, SubscriptionRequestsTable } from './tables/prospects.ts';
import type {
  SyncClientsTable,
  SyncPullScopesTable,
  ChangeLogTable,
  SyncRejectionsTable,
  ConflictsTable,
} from './tables/sync.ts';
import type {
  IncidentsTable,
  IncidentAlertsTable,
  IncidentUpdatesTable,
  HookTokensTable,
  AlertChannelsTable,
  NotificationOutboxTable,
} from './tables/operations.ts';
import type { RateLimitsTable, LoginFailuresTable } from './tables/security.ts';
import type { AttachmentChunksTable } from './tables/field.ts';
import type { InstallationJobsTable, InterventionVersionsTable } from './tables/coordination.ts';
import type { SurveysTable } from './tables/surveys.ts';

export type { UsersTable } from './tables/people.ts';
export type {
  SitesTable,
  SectorsTable,
  BuildingsTable,
  FibreZonesTable,
  AddressesTable,
} from './tables/network.ts';
export type { InterventionsTable, InstallationsTable } from './tables/field.ts';
export type { InterestRegistrationsTable, SubscriptionRequestsTable } from './tables/prospects.ts';
export type { ConflictsTable } from './tables/sync.ts';

export type { InstallationJobsTable } from './tables/coordination.ts';

export interface DB {
  installation_jobs: InstallationJobsTable;
  intervention_versions: InterventionVersionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  zones: ZonesTable;
  user_zones: UserZonesTable;
  sites: SitesTable;
  sectors: SectorsTable;
  buildings: BuildingsTable;
  fibre_zones: FibreZonesTable;
  fibre_nodes: FibreNodesTable;
  fibre_points: FibrePointsTable;
  interventions: InterventionsTable;
  installations: InstallationsTable;
  interest_registrations: InterestRegistrationsTable;
  subscription_requests: SubscriptionRequestsTable;
  attachments: AttachmentsTable;
  sync_clients: SyncClientsTable;
  sync_pull_scopes: SyncPullScopesTable;
  change_log: ChangeLogTable;
  sync_rejections: SyncRejectionsTable;
  conflicts: ConflictsTable;
  audit_log: AuditLogTable;
  password_links: PasswordLinksTable;
  addresses: AddressesTable;
  terrain_models: TerrainModelsTable;
  incidents: IncidentsTable;
  incident_alerts: IncidentAlertsTable;
  incident_updates: IncidentUpdatesTable;
  hook_tokens: HookTokensTable;
  alert_channels: AlertChannelsTable;
  notification_outbox: NotificationOutboxTable;
  rate_limits: RateLimitsTable;
  login_failures: LoginFailuresTable;
  attachment_chunks: AttachmentChunksTable;
  surveys: SurveysTable;
}
