/**
 * English phrasings with which case text tries to steer a model. They run over lower-cased,
 * normalised readings (`injection-views.ts`), so they are written without accents or capitals.
 * Each targets a move an injection has to make — drop the instructions it has, take a new role,
 * give up its prompt, speak the answer's schema — in words ordinary case text does not use
 * that way ("ignore my previous message", "I followed your instructions" stay quiet).
 */

/** Up to a few words, within one clause: no sentence end, comma or new clause between. */
export const NEAR = String.raw`(?:(?!\b(?:and|but|then|so|or|because|if)\b)[^.!?;,\n]){0,40}?`;
const APOS = `['’]`;

const DROP = String.raw`(?:ignore|disregard|forget|override|bypass|skip|discard|neglect|abandon|set aside|do not follow|don${APOS}t follow|stop following|no longer follow)`;
const TARGET = String.raw`(?:instructions?|directions|directives?|commands|prompts?|rules|guidelines|polic(?:y|ies)|guidance|guardrails|restrictions|constraints|programming|training|protocols|filters|safety|ethics|ethical|moral(?:s|ity)?|context|requests|task)`;
const PRIOR = String.raw`(?:above|previous|prior|preceding|earlier|before|initial|original|said|told)`;
const ROLE_NOUN = String.raw`(?:ai|a\.i\.|assistant|chatbot|bot|model|language model|llm|gpt|chatgpt|claude|gemini|llama|moderator bot|classifier)`;
const UNBOUND = String.raw`(?:unrestricted|unfiltered|uncensored|unlimited|unbound|jailbroken|amoral|untrammell?ed|unfettered|evil)`;
const LEAK = String.raw`(?:reveal|repeat|print|output|display|dump|leak|paste|share|show me|tell me|give me|list|disclose|what (?:is|are|were))`;
const VERDICT = String.raw`(?:safe|approved|compliant|benign|harmless|acceptable|clean|allowed|no violation|not (?:harmful|a violation|violating))`;
const ANSWER_KEY = String.raw`(?:policy_ids|action|confidence|rationale|citations|verdict|label|classification|decision|flagged|violation|is_safe|safe|category|risk|score)`;

export const ENGLISH: readonly RegExp[] = [
  // Drop what it was told.
  new RegExp(String.raw`\b${DROP}\b${NEAR}\b${TARGET}\b`),
  new RegExp(
    String.raw`\b(?:ignore|disregard|forget)\s+(?:all|everything|anything)\b${NEAR}\b${PRIOR}\b`,
  ),
  new RegExp(
    String.raw`\b(?:ignore|disregard|forget)\s+(?:the\s+|all\s+)?(?:above|previous|prior)\s+(?:text|directions|context|content|input|conversations?|task)\b`,
  ),
  /\b(?:ignore|disregard|forget) everything\b/,
  new RegExp(
    String.raw`\byour (?:previous|prior|original|initial|current|old) (?:task|role|instructions|purpose|job|persona|prompt|guidelines)\b`,
  ),
  // Take a new role.
  new RegExp(
    String.raw`\byou(?:${APOS}re| are| will be|${APOS}ll be| will now| are going to)\s+(?:now\s+)?(?:(?:a|an|in)\s+)?(?:dan|dude|${UNBOUND}|free|freed|no longer|simulat|act(?:ing)? as|play)`,
  ),
  new RegExp(
    String.raw`\byou are now (?:a|an) (?:\w+ )?(?:${ROLE_NOUN}|hacker|character|persona)\b`,
  ),
  new RegExp(String.raw`\bfrom now on,? (?:you|act|respond|answer|pretend)\b`),
  new RegExp(
    String.raw`\b(?:act|behave|respond|answer) as (?:if|though|dan|an? (?:${ROLE_NOUN}|${UNBOUND}|hacker))\b`,
  ),
  new RegExp(
    String.raw`\bpretend (?:that )?(?:you${APOS}re|you are|to be (?:an? )?(?:${ROLE_NOUN}|${UNBOUND}))\b`,
  ),
  /\b(?:role[- ]?play(?:ing)? as|play the role|take on the role|imagine you are|stay in character|break character|let['’]s (?:play a game|pretend|role[- ]?play))\b/,
  /\bdo anything now\b|\b(?:act as|you are|you['’]re|become) (?:a )?dan\b|\bdan (?:mode|prompt)\b/,
  new RegExp(
    String.raw`\b(?:${UNBOUND}|jailbreak|god) mode\b|\b(?:simulate|stay in|switch to|enter) (?:the )?(?:developer|dev|admin|god) mode\b|\b(?:${ROLE_NOUN}|grok \d) with (?:\w+ )?(?:developer|dev|admin|god|test) mode\b|\byou(?:${APOS}re| are) (?:now )?in (?:developer|dev|admin|god) mode\b`,
  ),
  new RegExp(
    String.raw`\b${UNBOUND} (?:${ROLE_NOUN}|entity|writer|version|response|language model)\b|\bcompletely unlimited\b`,
  ),
  /\b(?:freed?|broken free) from the (?:typical )?confines\b|\bnot (?:bound|constrained|restricted|limited) by (?:any )?(?:rules|polic|guidelines|restrictions)|\b(?:do not|don['’]t) have to abide\b|\byou have no (?:ethical )?(?:guidelines|restrictions|rules|limits|filters)\b|\bwithout (?:any )?(?:restrictions|filters|censorship|limitations)\b/,
  /\b(?:override|disable|bypass|turn off|remove|deactivate) (?:your |all |any |the |my |its )?(?:own )?(?:safety|security|ethical|content|moderation) ?(?:protocols?|features?|filters?|guidelines|restrictions|polic|settings|measures|checks)?\b/,
  // Speak as the system, or to the model.
  /\b(?:system|admin|emergency|security|developer) override\b|\boverride (?:code|activated|enabled|active)\b/,
  /\bsystem prompt\b|\b(?:initial|original|hidden|secret|internal) prompt\b|\byour (?:initial|original|hidden|secret|internal|system) instructions\b/,
  /\[\s*\/?\s*(?:system|developer|hidden|inst|instructions?|sys)\b[^\]]{0,40}\]|<\s*\/?\s*(?:system|system_prompt|instructions?|assistant|case_data|policy|hidden)\b[^>]{0,40}>|<\|im_(?:start|end)\|>|<!--\s*(?:system|instruction)|\{\{\s*(?:jailbreak|system)/,
  /(?:^|[\n.!?]\s*|#+\s*)(?:system|assistant)\s*(?:message|prompt|note|instruction)?s?\s*:/,
  /\b(?:new|updated|real|actual|true|revised|supplement(?:ary)?|additional|important|hidden|secret) (?:system )?(?:instructions?|directives?|rules?|tasks?|prompt|objective)\s*:|\bthis is your new (?:system )?prompt\b|\bnew session\s*:/,
  new RegExp(
    String.raw`\byour (?:new|real|true|actual|updated|only) (?:task|role|instructions|purpose|goal|job|prompt|objective)\b`,
  ),
  new RegExp(
    String.raw`\b(?:note|message|instructions?) (?:to|for) (?:the |any )?(?:${ROLE_NOUN}|automated (?:system|reviewer|moderator)|moderation (?:ai|bot|model|system))\b`,
  ),
  new RegExp(
    String.raw`(?:^|[\n.!?,;]\s*)(?:dear|hey|hello|hi|attention|to the|to any),? (?:ai|a\.i\.|chatgpt|gpt|claude|gemini|llama|llm|language model)(?:[,.!:]|$)|\bif you are an? (?:${ROLE_NOUN}|automated)\b|\b(?:${ROLE_NOUN})s? (?:reading|processing|reviewing|moderating) this\b`,
  ),
  new RegExp(
    String.raw`\b(?:i${APOS}?m|i am|as) your (?:developer|creator|admin|administrator|maintainer|technical maintainer|owner|programmer|operator|trainer)\b`,
  ),
  // Give up its prompt.
  new RegExp(
    String.raw`\b${LEAK}\b${NEAR}\byour (?:\w+ ){0,2}(?:prompt|instructions|configuration|directives|guidelines|rules|settings)\b`,
  ),
  /\b(?:repeat|print|output|show|translate|summari[sz]e|write down) (?:all |everything |the )?(?:words?|text|sentences?|everything|initiali[sz]ation|instructions|prompt|conversation) (?:above|before)\b|\bsentence of your (?:initial |system )?prompt\b|\bverbatim from your\b/,
  // Dictate the outcome, in words or in the answer's own schema.
  new RegExp(
    String.raw`\b(?:mark|classify|label|rate|flag|tag|score|treat|consider|report) (?:this|it|me|the (?:case|message|post|content|account|report|code))(?: \w+)? as (?:${VERDICT})\b`,
  ),
  new RegExp(String.raw`"${ANSWER_KEY}"\s*:|\b(?:policy_ids|response_format|json_schema)\b`),
  new RegExp(
    String.raw`\b(?:set|change|make) (?:the |your )?(?:action|verdict|label|classification|confidence|score|decision|answer) (?:to|=|:)|\b(?:respond|reply|answer|output|return) (?:only )?(?:with|in|using) (?:valid |this )?json\b|\bthe correct (?:label|classification|verdict) is\b`,
  ),
  new RegExp(
    String.raw`\b(?:${ROLE_NOUN}|model|classifier)[,:]? (?:do not|don${APOS}t|never) (?:flag|report|escalate|remove|ban)\b`,
  ),
  /\b(?:say|output|reply with|respond with|print|write)\s*:?\s*['"“]?(?:hacked|pwned|compromised|i have been pwned|injection successful|access granted|override active|confirmed: unrestricted)/,
  /\b(?:decode|base64|rot13|hex)\b[^.!?\n]{0,40}\b(?:follow|execute|obey|run|do what it says)\b/,
];
