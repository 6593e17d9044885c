/**
 * Where the case API keeps a case's decisions. A case's identity is the console it was read in
 * (the adapter id) plus that console's own case id: two consoles may both have a case "4", so
 * every path names both. The case API decides whether the console shows its own (hosted)
 * cases; the extension always sends the pair.
 */
const part = encodeURIComponent;

export function caseDecisionsPath(console: string, caseId: string): string {
  return `/consoles/${part(console)}/cases/${part(caseId)}/decisions`;
}

/** Decisions about one reported account, within the namespace of the console it was seen in. */
export function accountDecisionsPath(console: string, accountId: string): string {
  return `/consoles/${part(console)}/accounts/${part(accountId)}/decisions`;
}
