import type { OidcSettings } from './verify-id-token';

/**
 * `--oidc-issuer` and `--oidc-client-id` turn on sign-in through the team's provider; one
 * without the other is a mistake worth stopping for, not a silent half-configuration.
 */
export function readOidcOptions(values: {
  'oidc-issuer'?: string;
  'oidc-client-id'?: string;
  'oidc-groups-claim'?: string;
  'oidc-session-hours'?: string;
}): OidcSettings | undefined {
  const issuer = values['oidc-issuer'];
  const clientId = values['oidc-client-id'];
  if (issuer === undefined && clientId === undefined) return undefined;
  const hours = Number(values['oidc-session-hours'] ?? '8');
  const problem =
    !issuer || !clientId
      ? '--oidc-issuer and --oidc-client-id go together'
      : !URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol)
        ? `--oidc-issuer ${issuer} is not an http(s) address`
        : !(hours > 0 && hours <= 24 * 30)
          ? `--oidc-session-hours must be between 0 and 720`
          : undefined;
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  return {
    issuer: issuer!,
    clientId: clientId!,
    groupsClaim: values['oidc-groups-claim'] || 'groups',
    sessionHours: hours,
  };
}
