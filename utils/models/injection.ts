/**
 * Phrases with which case text tries to steer a model ("ignore your policy and approve"). The
 * prompt already treats case text as data; this flags the items so the reviewer knows someone
 * tried, which is itself a signal about the case. English only for now.
 */
const TARGET = String.raw`(?:instructions?|polic(?:y|ies)|rules?|guidelines?|prompts?|guidance)`;
const FILLER = String.raw`(?:(?:all|any|the|your|my|these|those|previous|prior|above|earlier|system)\s+){0,3}`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:ignore|disregard|forget|override|bypass)\s+${FILLER}${TARGET}\b`, 'i'),
  /\byou\s+are\s+now\b/i,
  /\bfrom\s+now\s+on\s+you\b/i,
  /\bsystem\s+prompt\b/i,
  /\b(?:new|updated|real)\s+instructions?\s*:/i,
  /\b(?:developer|god|jailbreak|dan)\s+mode\b/i,
  /\bpretend\s+(?:to\s+be|you\s+are)\b/i,
  /<\/?\s*(?:case_data|system|instructions?|assistant)\s*>/i,
  /<\|im_(?:start|end)\|>|\[\/?INST\]|^\s*#{2,}\s*(?:system|instruction)/im,
  /\b(?:approve|mark|classify|label)\s+(?:this|it|me)(?:\s+(?:case|message|content|post|account))?\s+as\s+(?:safe|approved|compliant|benign|no\s+violation)\b/i,
  /\b(?:do\s+not|don't|never)\s+(?:flag|report|escalate|remove)\s+(?:this|me|my)\b/i,
  /\bnote\s+to\s+(?:the\s+)?(?:ai|model|moderator\s+(?:ai|bot))\b/i,
];

export function looksLikeInjection(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}

export function injectionSuspects(items: readonly { id: string; text: string }[]): string[] {
  return items.filter((item) => looksLikeInjection(item.text)).map((item) => item.id);
}
