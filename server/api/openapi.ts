import { z } from 'zod';
import { addQaComponents } from '../qa/openapi-components';
import { caseItemSchema, caseSchema, mediaSchema, partySchema } from '../../utils/case/schema';
import {
  apiErrorSchema,
  caseListSchema,
  casePolicySchema,
  caseSummarySchema,
  healthSchema,
  meSchema,
  roleSchema,
} from '../../utils/case-api/schema';
import {
  alreadyDecidedSchema,
  caseRecordSchema,
  consoleCaseSchema,
  decisionBatchAnswerSchema,
  decisionBatchResultSchema,
  decisionBatchSchema,
  decisionHistorySchema,
  decisionModeSchema,
  decisionSchema,
  recordedDecisionSchema,
  suggestionSnapshotSchema,
} from '../../utils/decisions/schema';
import {
  guidancePanelListSchema,
  guidanceVersionListSchema,
  guidanceVersionSummarySchema,
  packRejectedSchema,
} from '../../utils/guidance/api-schema';
import { guidancePackSchema } from '../../utils/guidance/schema';
import {
  auditEntrySchema,
  auditListSchema,
  issuedTokenSchema,
  teamInputSchema,
  teamListSchema,
  teamSchema,
  tokenInfoSchema,
  tokenInputSchema,
  tokenListSchema,
  userChangeSchema,
  userInputSchema,
  userListSchema,
  userSchema,
} from '../../utils/case-api/admin-schema';
import { SERVICE_VERSION } from '../version';
import { feedbackPaths, feedbackSchemas } from '../feedback/openapi';
import { incidentInputSchemas, incidentPaths, incidentSchemas } from '../incidents/openapi';
import { escalationInputSchemas, escalationPaths, escalationSchemas } from '../escalations/openapi';
import { exposureInputSchemas, exposurePaths, exposureSchemas } from '../wellness/openapi';
import {
  investigationInputSchemas,
  investigationPaths,
  investigationSchemas,
} from '../investigations/openapi';
import { healthPaths } from '../instances/openapi';
import { openApiPaths } from './openapi-paths';
import { opsPaths, opsSchemas } from '../ops/openapi';
import { preReviewInputSchemas, preReviewPaths, preReviewSchemas } from '../prereview/openapi';
import {
  assignInputSchema,
  attemptListSchema,
  calibrationSchema,
  goldSetInputSchema,
  goldSetListSchema,
  goldSetSchema,
  revealSchema,
  traineeSetsSchema,
} from '../../utils/training/schema';
import {
  groupMappingInputSchema,
  groupMappingListSchema,
  groupMappingSchema,
  ssoConfigSchema,
  ssoSessionRequestSchema,
  ssoSessionSchema,
} from '../../utils/case-api/sso-schema';

/**
 * The OpenAPI 3.1 description of the case API. Component schemas are generated from the
 * shared zod schemas with zod's own `z.toJSONSchema`, so the document cannot disagree with
 * what the server validates and the extension expects. OpenAPI 3.1 uses JSON Schema 2020-12,
 * zod's default target.
 */
const components = z.registry<{ id: string }>();
components.add(ssoConfigSchema, { id: 'SsoConfig' });
components.add(ssoSessionRequestSchema, { id: 'SsoSessionRequest' });
components.add(ssoSessionSchema, { id: 'SsoSession' });
components.add(groupMappingInputSchema, { id: 'GroupMappingInput' });
components.add(groupMappingSchema, { id: 'GroupMapping' });
components.add(groupMappingListSchema, { id: 'GroupMappingList' });
components.add(caseSchema, { id: 'Case' });
components.add(caseItemSchema, { id: 'CaseItem' });
components.add(partySchema, { id: 'Party' });
components.add(mediaSchema, { id: 'Media' });
components.add(caseSummarySchema, { id: 'CaseSummary' });
components.add(caseListSchema, { id: 'CaseList' });
components.add(healthSchema, { id: 'Health' });
components.add(meSchema, { id: 'Me' });
components.add(roleSchema, { id: 'Role' });
components.add(apiErrorSchema, { id: 'ApiError' });
components.add(casePolicySchema, { id: 'CasePolicy' });
components.add(caseRecordSchema, { id: 'CaseRecord' });
components.add(consoleCaseSchema, { id: 'ConsoleCase' });
components.add(decisionSchema, { id: 'Decision' });
components.add(decisionModeSchema, { id: 'DecisionMode' });
components.add(suggestionSnapshotSchema, { id: 'SuggestionSnapshot' });
components.add(recordedDecisionSchema, { id: 'RecordedDecision' });
components.add(decisionHistorySchema, { id: 'DecisionHistory' });
components.add(alreadyDecidedSchema, { id: 'AlreadyDecided' });
components.add(decisionBatchResultSchema, { id: 'DecisionBatchResult' });
components.add(decisionBatchAnswerSchema, { id: 'DecisionBatchAnswer' });
components.add(guidancePackSchema, { id: 'GuidancePack' });
components.add(guidanceVersionSummarySchema, { id: 'GuidanceVersionSummary' });
components.add(guidanceVersionListSchema, { id: 'GuidanceVersionList' });
components.add(guidancePanelListSchema, { id: 'GuidancePanelList' });
components.add(packRejectedSchema, { id: 'PackRejected' });
components.add(goldSetSchema, { id: 'GoldSet' });
components.add(goldSetListSchema, { id: 'GoldSetList' });
components.add(attemptListSchema, { id: 'AttemptList' });
components.add(traineeSetsSchema, { id: 'TraineeSets' });
components.add(revealSchema, { id: 'Reveal' });
components.add(calibrationSchema, { id: 'Calibration' });
components.add(userSchema, { id: 'User' });
components.add(userListSchema, { id: 'UserList' });
components.add(teamSchema, { id: 'Team' });
components.add(teamListSchema, { id: 'TeamList' });
components.add(tokenInfoSchema, { id: 'TokenInfo' });
components.add(tokenListSchema, { id: 'TokenList' });
components.add(issuedTokenSchema, { id: 'IssuedToken' });
components.add(auditEntrySchema, { id: 'AuditEntry' });
components.add(auditListSchema, { id: 'AuditList' });
for (const [schema, id] of [
  ...feedbackSchemas,
  ...incidentSchemas,
  ...opsSchemas,
  ...exposureSchemas,
  ...preReviewSchemas,
  ...investigationSchemas,
  ...escalationSchemas,
])
  components.add(schema, { id });

/**
 * Request bodies are described as zod reads them (`io: 'input'`): fields with defaults are
 * optional there, while the output shapes above list them as always present.
 */
const requestComponents = z.registry<{ id: string }>();
requestComponents.add(decisionSchema, { id: 'DecisionInput' });
requestComponents.add(caseRecordSchema, { id: 'CaseRecordInput' });
requestComponents.add(decisionModeSchema, { id: 'DecisionMode' });
requestComponents.add(decisionBatchSchema, { id: 'DecisionBatchInput' });
requestComponents.add(guidancePackSchema, { id: 'GuidancePackInput' });
requestComponents.add(goldSetInputSchema, { id: 'GoldSetInput' });
requestComponents.add(assignInputSchema, { id: 'AssignInput' });
requestComponents.add(userInputSchema, { id: 'UserInput' });
requestComponents.add(userChangeSchema, { id: 'UserChange' });
requestComponents.add(teamInputSchema, { id: 'TeamInput' });
requestComponents.add(tokenInputSchema, { id: 'TokenInput' });
for (const [schema, id] of [
  ...incidentInputSchemas,
  ...exposureInputSchemas,
  ...preReviewInputSchemas,
  ...investigationInputSchemas,
  ...escalationInputSchemas,
])
  requestComponents.add(schema, { id });
addQaComponents(components, requestComponents);

function generate(registry: typeof components, io: 'input' | 'output'): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    uri: (id) => `#/components/schemas/${id}`,
  });
  // `$schema`/`$id` make sense in standalone files, not inside an OpenAPI document.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $schema: _s, $id: _id, ...schema }]) => [name, schema]),
  );
}

const componentSchemas = () => ({
  ...generate(requestComponents, 'input'),
  ...generate(components, 'output'),
});

let cachedSchemas: Record<string, unknown> | undefined;

export function buildOpenApiDocument(origin: string): Record<string, unknown> {
  cachedSchemas ??= componentSchemas();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Caselight case API',
      version: SERVICE_VERSION,
      description:
        'Reference implementation of the case API Caselight talks to. Bearer tokens carry ' +
        'the role (reviewer, policy-lead, trainer, qa-reviewer, vendor-manager, admin); `/api/admin/*` ' +
        'manages users, teams and tokens (admins only, every change audited).',
    },
    servers: [{ url: origin }],
    security: [{ bearerAuth: [] }],
    paths: {
      ...openApiPaths,
      ...feedbackPaths,
      ...incidentPaths,
      ...opsPaths,
      ...exposurePaths,
      ...preReviewPaths,
      ...investigationPaths,
      ...escalationPaths,
      ...healthPaths,
    },
    components: {
      schemas: cachedSchemas,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token.' },
      },
    },
  };
}
