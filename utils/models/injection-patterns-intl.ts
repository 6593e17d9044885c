import { NEAR } from './injection-patterns';

/**
 * The same moves in Spanish, Portuguese, French, German and Italian, over the same lower-cased,
 * accent-folded readings ("précédentes" reads "precedentes", "Anweisungen" "anweisungen").
 * Imperatives and formal forms both; "ignora el mensaje anterior" stays quiet, as its English
 * twin does, because a message is not an instruction.
 */

const rx = (...parts: string[]) => new RegExp(parts.join(''));

// Spanish, Portuguese and French imperatives read like statements about someone ("él ignora
// las reglas", "il ignore les règles", "j'ai oublié"): after a subject or auxiliary they are one.
const NOT_SAID_OF_SOMEONE = String.raw`(?<!\b(?:el|ella|usted|ustedes|ellos|ellas|ele|ela|voce|eles|elas|quien|quem|que|qui|nadie|ninguem|siempre|sempre|nunca|tambien|tambem|se|me|te|le|lhe|les|lo|la|los|las|ya|ja|il|elle|on|ils|elles|je|tu|j['’]ai|tu as|il a|elle a|on a|nous avons|vous avez|ils ont|elles ont) |j['’])`;

// Spanish and Portuguese share most words.
const ES_PT_DROP = String.raw`(?:ignora|ignore|ignorar|ignorad|olvida|olvidar|olvidad|esqueca|esquece|esquecer|omite|omita|descarta|descarte|desconsidera|desconsidere|despreza|despreze|haz caso omiso|no hagas caso|nao siga|no sigas|pasa por alto|passe por cima|anula|anule|elude|eludas|eludir|evade|evadir|contorna|contorne|contornar)`;
const ES_PT_TARGET = String.raw`(?:instrucciones|instrucoes|instrucao|instruccion|indicaciones|indicacoes|orientacoes|reglas|regras|normas|directrices|diretrizes|politicas|ordenes|ordens|comandos|restricciones|restricoes|prompt|tarea|tarefa|configuracion|configuracao)`;
const FR_DROP = String.raw`(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|passe outre|passez outre|contourne|contournez|contourner|neglige|negligez)`;
const FR_TARGET = String.raw`(?:instructions?|consignes|regles|directives|politiques|ordres|commandes|restrictions|prompts?|tache|configuration)`;
const DE_DROP = String.raw`(?:ignoriere|ignorieren sie|vergiss|vergessen sie|vergesst|missachte|missachten sie|ubergehe|uebergehe|setz\w* dich uber|setzen sie sich uber|umgehe|umgehen sie|befolge nicht|befolgen sie nicht)`;
const DE_TARGET = String.raw`(?:\w*anweisungen|\w*anleitungen|\w*regeln|\w*richtlinien|vorgaben|befehle|instruktionen|\w*prompts?|aufgabe|beschrankungen|einschrankungen|konfiguration)`;
const IT_DROP = String.raw`(?:ignora|ignorate|dimentica|dimenticate|tralascia|non seguire)`;
const IT_TARGET = String.raw`(?:istruzioni|regole|linee guida|direttive|politiche|prompt|compito)`;

export const INTERNATIONAL: readonly RegExp[] = [
  // Drop what it was told.
  rx(NOT_SAID_OF_SOMEONE, String.raw`\b${ES_PT_DROP}\b`, NEAR, String.raw`\b${ES_PT_TARGET}\b`),
  rx(NOT_SAID_OF_SOMEONE, String.raw`\b${FR_DROP}\b`, NEAR, String.raw`\b${FR_TARGET}\b`),
  rx(String.raw`\b${DE_DROP}\b`, NEAR, String.raw`\b${DE_TARGET}\b`),
  // German puts the verb last: "die vorherigen Anweisungen ignorieren".
  rx(
    String.raw`\b(?:vorherigen|bisherigen|obigen|alle|deine|ihre|alten|ursprunglichen|ethischen) (?:\w+ )?${DE_TARGET}\b`,
    NEAR,
    String.raw`\b(?:zu )?(?:ignorieren|vergessen|missachten|umgehen|ubergehen)\b`,
  ),
  rx(String.raw`\b${IT_DROP}\b`, NEAR, String.raw`\b${IT_TARGET}\b`),
  /\b(?:olvida|esqueca|oublie|vergiss|dimentica) (?:todo|tudo|tout|alles|tutto)\b/,
  // Take a new role.
  /\b(?:ahora|agora) (?:eres|sos|seras|voce e|voce sera|tu es)\b|\ba partir de ahora,? (?:eres|seras|actua|act[uo]as|responde)|\ba partir de agora,? (?:voce|aja|atue|responda)/,
  /\b(?:actua|actue|aja|atue|agis|agissez|agiere|agieren sie|handle|agisci|comportati) (?:como|comme|als|come) (?:dan|si fueras|se fosse|si tu etais|un[ae]? (?:asistente|assistente|assistant|ia|modelo|modele|modell|bot|hacker))\b|\b(?:finge|finja|fingi) (?:que eres|que e|ser un|ser uma?|di essere)\b|\b(?:haz|faz|faca) (?:el|o) papel\b|\binterprete o papel\b/,
  /\b(?:tu es|vous etes) (?:maintenant|desormais|a present)\b|\b(?:desormais|a partir de maintenant),? (?:tu|vous)\b|\b(?:fais semblant d|faites semblant d|fais comme si tu|faites comme si vous|jouez le role|joue le role d['’]une? (?:assistant|ia|modele|bot)|comporte-toi comme)\b/,
  /\b(?:du bist|sie sind|ihr seid) (?:jetzt|nun|ab sofort|ab jetzt|von nun an)\b|\bab (?:jetzt|sofort) (?:bist du|sind sie)\b|\b(?:tu so als|tun sie so als|gib dich als|spiele? die rolle|spielen sie die rolle|agiere als|agieren sie als|handle als|verhalte dich wie|schlupfe in die rolle)\b/,
  /\b(?:ora sei|adesso sei|da ora in poi|fingi di essere|comportati come|agisci come|interpreta il ruolo)\b/,
  /\b(?:sin|sem|sans|ohne|senza) (?:restricciones|restricoes|restrictions|einschrankungen|beschrankungen|restrizioni)\b/,
  // Speak as the system, give up the prompt.
  /\b(?:nuevas|novas|nouvelles|neue|nuove) (?:instrucciones|instrucoes|instructions|consignes|anweisungen|istruzioni)\s*:|\b(?:prompt|invite|instrucciones|instrucoes) (?:de |del |do |du )?(?:sistema|systeme)\b|\bsystem-?prompts?\b|\b(?:prompt|messaggio) di sistema\b/,
  /\b(?:soy|sou|je suis|ich bin|sono) (?:tu|teu|o seu|seu|ton|votre|dein|ihr|il tuo) (?:desarrollador|desenvolvedor|developpeur|entwickler|sviluppatore|creador|criador|createur|administrador|administrateur|responsable technique|mantenedor|betreuer)\b|\b(?:como|en tant que|als|in quanto) (?:tu|seu|ton|votre|dein|tuo) (?:desarrollador|desenvolvedor|developpeur|entwickler|sviluppatore)\b/,
  /\b(?:repite|repita|revela|revele|muestra|mostre|imprime|imprima|comparte|compartilhe|repete|revele|montre|affiche|partage|wiederhole|zeige|zeig|gib|teile|nenne|ripeti|rivela|mostra)\b[^.!?\n]{0,40}\b(?:tu|teu|seu|ton|tes|votre|dein|deine|deinen|ihren|il tuo|el|o|le|den) (?:prompt|instrucciones|instrucoes|consignes|instructions|anweisungen|istruzioni|configuracion|configuracao|configuration|konfiguration|systemprompt)\b/,
  /\b(?:prompt inicial|prompt initial|ursprunglichen prompt|prompt iniziale)\b|\b(?:literalmente|mot pour mot|wortlich|testualmente) (?:de|do|depuis|aus|dal) (?:tu|seu|ton|deinem|tuo) prompt\b/,
  // Dictate the outcome.
  /\b(?:marca|marque|marquez|markiere|markieren sie|segna|clasifica|classifique|classe) (?:esto|este caso|isto|este caso|ceci|ce cas|dies|das|diesen fall|questo)\b[^.!?\n]{0,20}\b(?:como|comme|als) (?:seguro|segura|sicher|sur|unbedenklich|sicuro|aprobado|aprovado|approuve|genehmigt)\b/,
];
