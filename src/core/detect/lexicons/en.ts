import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/** What a fake alert says is in danger. "System" is safe here: the determiner must come right before it. */
const DEVICE = String.raw`(?:computer|pc|mac|macbook|imac|iphone|ipad|device|system|laptop|browser|windows|machine)`;
/** Malware names that never mean a flu. "Virus" alone does, so it needs a device next to it. */
const MALWARE = String.raw`(?:trojans?|malware|spyware|adware|ransomware|rootkits?|keyloggers?|riskware|zeus)`;
/** Help pages and advice talk about the same states in conditional clauses: "if your PC is locked". */
const NOT_IF = String.raw`(?<!\b(?:if|when|whenever|once|unless|until|whether|think|suspect|believe|fear|know|in\s+case)\s+(?:your\s+|the\s+|this\s+|an?\s+)?)`;
/** Someone else's account, or the writer's own, is a story: a lure's is the reader's ("your …"). */
const NOT_STORY = String.raw`(?<!\b(?:his|her|their|my|our)\s+)`;
/**
 * Genuine update screens and guides forbid restarting too: "do not turn off your PC while updating".
 * The look-behind goes after the verb, so it runs only where the verb matched.
 */
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:updat|upgrad|install|bios|firmware|flash)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:updat|upgrad|install|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const BRAND_SUPPORT = String.raw`(?:microsoft|windows|apple|mac|macos|icloud|ms|msft)[\s-]*(?:support|security|helpline|hotline|help\s*desk|technicians?|tech|experts?|engineers?|defender|care|toll[\s-]?free|customer\s+(?:care|support|service))`;
const DATA = String.raw`(?:passwords?|banking\s+(?:details|information|data|passwords?|logins?|credentials)|bank\s+(?:details|information|data|accounts?|passwords?)|credit\s+cards?(?:\s+(?:details|information|data|numbers?))?|card\s+details|photos|pictures|personal\s+(?:data|information|details|files|photos)|financial\s+(?:data|information|details)|facebook\s+(?:logins?|credentials|passwords?|account)|e-?mail\s+(?:passwords?|credentials|logins?|accounts?)|login\s+(?:details|credentials)|credentials|online\s+identity|identity|files|data|information)`;

export const LEXICON_EN: Lexicon = {
  lang: 'en',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        // "Found" alone would read sports and history ("the Trojans found their rhythm", "a Trojan horse found").
        String.raw`\b(?:malware|spyware|adware|ransomware|rootkits?|keyloggers?|riskware)\b${gap(30)}\b(?:detected|found|identified|discovered)\b`,
        // "because of a malware infection", "A spyware infection is using this PC"; not the repair
        // shop's "malware and virus infections are epidemic" or "prevent malware infections".
        String.raw`\b(?:a|an|the|this)\s+(?:malware|spyware|adware|ransomware|rootkit|keylogger|riskware)\s+infection\b`,
        String.raw`\b(?:trojans?|zeus)\b${gap(30)}\b(?:detected|infections?)\b`,
        String.raw`\b(?:threats?|infections?|virus(?:es)?)\s+(?:detected|found)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojans?|virus(?:es)?|malware|spyware|adware|ransomware|worms?|zeus|pup)\b`,
        String.raw`${NOT_IF}\b(?:your|this)\s+${DEVICE}\b${gap(25)}\b(?:is|are|has\s+been|have\s+been|was|were|got|may\s+be|might\s+be|could\s+be|appears\s+to\s+be|seems\s+to\s+be)\s+(?:severely\s+|seriously\s+|heavily\s+|badly\s+)?infected\b`,
        String.raw`\binfected\s+(?:with|by)\s+(?:an?\s+|the\s+|\(?\d+\)?\s+)?(?:dangerous\s+|harmful\s+|malicious\s+|pornographic\s+)?${MALWARE}\b`,
        String.raw`${NOT_IF}\b(?:virus(?:es)?|trojans?|threats?|malware|spyware)\b${gap(30)}\b(?:detected|found)\s+(?:on|in)\s+(?:your|this)\s+${DEVICE}\b`,
        String.raw`\b(?:detected|found)\b${gap(30)}\b(?:virus(?:es)?|trojans?|threats?|malware|spyware|infections?)\s+(?:on|in)\s+(?:your|this)\s+${DEVICE}\b`,
        // "A severe threat has been detected", as a scan card says it; not "if a threat is found".
        String.raw`${NOT_IF}\ban?\s+(?:(?:severe|serious|critical|dangerous|high[\s-]risk|malicious|new)\s+)?(?:threat|virus|trojan|infection)\s+(?:has\s+been|was)\s+(?:detected|found|identified)\b`,
        // The Android kits' "Your system is heavily damaged by four viruses!"
        String.raw`${NOT_IF}\b(?:your|this)\s+${DEVICE}\b${gap(25)}\b(?:is|are|has\s+been|was|will\s+be)\s+(?:heavily\s+|severely\s+|badly\s+|seriously\s+)?(?:damaged|corrupted)\s+by\s+(?:\d+|an?|one|two|three|four|five|six|seven|several|many)?\s*(?:dangerous\s+|harmful\s+)?(?:virus(?:es)?|${MALWARE})\b`,
        // A count of what a scan found: "5 threats were found".
        String.raw`\b[1-9]\d*\s+(?:threats|viruses|infections|infected\s+(?:files|items))\s+(?:were\s+|have\s+been\s+)?(?:found|detected)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:your|this)\s+(?:${DEVICE}|ip\s+address)\b${gap(25)}\b(?:is|are|has\s+been|have\s+been|was|were|got|will\s+be)\s+(?:now\s+|temporarily\s+|permanently\s+|completely\s+)?(?:blocked|locked|disabled|frozen|hijacked)\b`,
        String.raw`\b(?:computer|pc|browser|device|windows|mac|iphone|system)\s+(?:has\s+been\s+|is\s+)?(?:blocked|locked)\s*(?:!|$|[(:–—.-])`,
        // Bank and shop lures: "Your bank account has been locked" (help pages say "if your account is locked").
        String.raw`${NOT_IF}\byour\s+(?:bank\s+|online\s+banking\s+|amazon\s+|paypal\s+|apple\s+)?account\s+(?:has\s+been|is\s+now|was)\s+(?:temporarily\s+|permanently\s+)?(?:locked|suspended|frozen|blocked|disabled)\b`,
        String.raw`\bwe\s+(?:have\s+)?(?:blocked|locked|disabled)\s+(?:your|this)\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:do\s+not|don['’]t|never)\s+(?:try\s+to\s+|attempt\s+to\s+)?(?:restart|reboot|shut\s*down|turn\s+off|switch\s+off|power\s+off|reset)\b${NOT_UPDATE_BEFORE}(?:\s+or\s+(?:restart|reboot|shut\s*down|turn\s+off|reset|close))?(?:\s+(?:your|the|this)\s+${DEVICE}\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:do\s+not|don['’]t|never)\s+ignore\s+(?:this|the)\s+(?:critical\s+|important\s+|security\s+|urgent\s+)?(?:warning|alert|message|notification)\b(?!\s*signs?\b)`,
        String.raw`\b(?:do\s+not|don['’]t)\s+(?:try\s+to\s+)?(?:close|leave|exit|refresh)\s+(?:this|the)\s+(?:window|page|browser|tab|site)\b${gap(40)}\b(?:restart|shut\s*down|computer|pc|mac|device|call|virus|risk|technician|microsoft|apple|windows)`,
        String.raw`\b(?:closing|leaving|ignoring|exiting)\s+this\s+(?:page|window|warning|alert|site)\b${gap(60)}\b(?:at\s+risk|suspension|suspended|damage|disabled|blocked|locked|lose\s+(?:all|your)|data\s+loss)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:call|dial|telephone|contact)\b${gap(30)}\b(?:${BRAND_SUPPORT}|${BRAND}|tech(?:nical)?\s+support|(?:microsoft|apple|windows|mac|pc|support)[\s-]+(?:certified\s+)?(?:technicians?|engineers?|experts?|agents?)|security\s+(?:center|centre|department)|system\s+engineers?)`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|security|helpline|technical\s+support|tech\s+support)\s*(?:\(\s*)?(?:toll[\s-]?free|helpline|hotline)`,
        String.raw`\b(?:call|dial)\s+(?:the\s+|a\s+)?(?:microsoft|windows|apple|mac)\s+(?:\p{L}+\s+)?(?:hotline|helpline|help\s*desk|support\s+line)\b`,
        String.raw`\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a|an|our)\s+(?:microsoft|apple|windows|certified|support)\s+(?:certified\s+)?(?:technicians?|engineers?|experts?|agents?)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\byour\s+(?:\p{L}+\s+)?${DATA}\b${gap(40)}\b(?:(?:are|is|may\s+be|might\s+be|could\s+be|have\s+been|has\s+been|being|will\s+be|now)\s+(?:at\s+risk|stolen|compromised|exposed|leaked|breached|hacked|in\s+danger)|at\s+risk|(?:are|is)\s+being\s+(?:stolen|accessed|transmitted|sent|copied))`,
        String.raw`\b(?:steal|stealing|steals|harvesting)\s+your\s+${DATA}`,
        String.raw`\bthe\s+following\s+(?:data|information)\s+(?:has|have)\s+been\s+(?:breached|compromised|stolen|exposed|leaked)`,
        String.raw`${NOT_IF}\b(?:all\s+(?:your\s+|of\s+your\s+)?|your\s+)(?:files|data|photos|documents)\s+will\s+be\s+(?:permanently\s+)?(?:lost|deleted|erased|encrypted|destroyed)\b`,
      ),
    },
    {
      // Refund and renewal lures (fake Amazon, PayPal, Geek Squad, Norton invoices): a charge the
      // person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:unauthori[sz]ed|fraudulent|suspicious|unusual)\s+(?:purchase|payment|charge|transaction|transfer|order|debit)s?\b${gap(40)}\b(?:detected|of\s+[$€£]|for\s+[$€£]|was\s+(?:made|placed|charged)|has\s+been\s+(?:made|placed|charged))`,
        String.raw`\bif\s+you\s+did\s+(?:not|n['’]t)\s+(?:make|authori[sz]e|place|request|recogni[sz]e|initiate)\s+(?:this|the)\s+(?:purchase|payment|charge|transaction|transfer|order|renewal)\b`,
        // "The transaction has been placed on hold for review": the invoice lure's reason to call.
        String.raw`${NOT_IF}\b(?:the|this|your)\s+(?:purchase|payment|charge|transaction|transfer|order)\s+(?:has\s+been|was|is)\s+(?:placed\s+|put\s+)?on\s+hold\b`,
        String.raw`\b(?:call|contact|phone)\b${gap(50)}\b(?:to|and)\s+(?:cancel|stop|dispute|reverse|block)\s+(?:(?:the|this)\s+(?:charge|payment|order|transaction|transfer|renewal|subscription|purchase)|your\s+(?:charge|payment|transaction|transfer|renewal))\b`,
        String.raw`\b(?:subscription|membership|protection\s+plan|plan)\b${gap(30)}\b(?:has\s+been|was)\s+(?:auto-?|automatically\s+)?renewed\b${gap(60)}[$€£]\s?\d`,
        String.raw`\bfailure\s+to\s+call\b`,
        // Asked as a question: "Didn't authorize this charge?", "Not you? Call …".
        String.raw`\b(?:didn['’]t|did\s+not)\s+(?:you\s+)?(?:make|authori[sz]e|place|request|recogni[sz]e|initiate|approve)\s+(?:this|the)\s+(?:purchase|payment|charge|transaction|transfer|order|renewal)\b`,
        String.raw`\b(?:if\s+(?:this|it|that)\s+was(?:\s+not|n['’]t)\s+you|not\s+you\s*\?)${gap(15)}\b(?:call|phone|ring|dial)\b`,
        // A renewal told with its charge, not its amount: "Your plan renewed itself today and was charged to your card".
        String.raw`\b(?:subscription|membership|protection\s+plan|plan|license|licence)\b${gap(30)}\b(?:has\s+been\s+|was\s+)?(?:auto-?|automatically\s+)?renewed(?:\s+itself|\s+automatically)?\b${gap(80)}\b(?:charged|debited|deducted|billed)\b`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}${NOT_STORY}\b(?:access(?=\s+(?:has|have|is|was|will|to\s+(?:this|your)\b))|license|licence|registration|product\s+key|account|ip\s+address|apple\s+id)\b${gap(40)}\b(?:suspended|blocked|locked|revoked|disabled|restricted|terminated|deactivated)\s+(?:for\s+(?:security|safety)\s+reasons|due\s+to\s+(?:an?\s+)?(?:security|suspicious|illegal|unusual|harmful|malicious|unauthori[sz]ed)|because\s+of\s+(?:an?\s+)?(?:security|suspicious|illegal|malicious|unusual))`,
        String.raw`\b(?:suspension|revocation|deactivation)\s+of\s+your\s+(?:windows|microsoft|apple|mac|license|licence|registration|account|access|product\s+key)`,
        String.raw`${NOT_IF}${NOT_STORY}\b(?:windows|microsoft|macos|mac\s+os|apple|icloud)\s+(?:license|licence|registration(?:\s+key)?|product\s+key|activation|id|account)\b${gap(20)}\b(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:temporarily\s+|permanently\s+|now\s+)?(?:suspended|blocked|revoked|disabled|deactivated|terminated|locked)`,
        String.raw`\baccess\s+to\s+(?:this|your)\s+(?:${DEVICE}|network|internet|files)\b${gap(20)}\b(?:has\s+been|is|was|will\s+be)\s+(?:temporarily\s+)?(?:suspended|blocked|revoked|disabled|restricted|denied|locked)`,
        // The account-lock callback: "We have temporarily blocked your CapitalOne account access
        // due to suspicious sign-in attempts. Contact our team @ <number> to unlock it." (A bank
        // that "may block your card" if it sees fraud says what it would do, not what it did.)
        String.raw`${NOT_IF}\bwe(?:['’]ve|\s+have)\s+(?:temporarily\s+|permanently\s+|now\s+)?(?:blocked|locked|suspended|restricted|limited|disabled|frozen|deactivated|put\s+a\s+hold\s+on)\s+(?:your|this)\s+(?:[\w&.-]+\s+){0,3}?(?:account|access|card|apple\s+id|online\s+banking)\b`,
        // A mailbox suspended: "Your mailbox has been suspended".
        String.raw`\byour\s+(?:mailbox|e-?mail\s+account|inbox|outlook\s+account|microsoft\s+365\s+account)\s+(?:has\s+been|was|is)\s+(?:temporarily\s+)?(?:suspended|blocked|disabled|deactivated|locked)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:pirated|illegal|unlicensed|counterfeit|cracked|unauthori[sz]ed|fake|non-genuine)\s+(?:copy|copies|version|installation|license|licence|key|software)\s+of\s+(?:windows|mac\s*os|microsoft|os\s*x)\b`,
        String.raw`\b(?:pirated|illegal|cracked|counterfeit|unlicensed)\s+(?:windows|macos|mac\s+os|microsoft\s+(?:windows|office))\b`,
        String.raw`\b(?:your|this|the)\s+(?:copy\s+of\s+)?(?:windows|macos)(?:\s+(?:license|licence|product|registration|activation))?(?:\s+(?:key|copy|version))?\s+(?:is|has\s+been|was)\s+(?:detected\s+as\s+|identified\s+as\s+|flagged\s+as\s+)?(?:pirated|illegal|counterfeit|blacklisted|stolen|cracked)\b`,
        String.raw`\b(?:pirated|illegal|counterfeit)\s+software\s+(?:detected|found|installed)\b`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hacking|intrusion|break-in|hacker)\s+(?:attempts?|attacks?|activity)\b${gap(30)}\b(?:detected|blocked|on\s+your|from\s+your|against\s+your|targeting\s+your)\b`,
        String.raw`\b(?:detected|blocked)\s+(?:an?\s+|\d+\s+)?(?:hacking|intrusion|hacker)\s+(?:attempts?|attacks?)`,
        String.raw`\b(?:unauthori[sz]ed\s+(?:access|login|log-in|sign-in|connection|user)|suspicious\s+(?:activity|connection|login|traffic)|unusual\s+activity|hacking\s+activity)\b${gap(30)}\b(?:on|from|to|with|at)\s+(?:your|this)\s+(?:${DEVICE}|ip(?:\s+address)?|network|connection)\b`,
        String.raw`${NOT_IF}\b(?:your|this)\s+(?:${DEVICE}|ip(?:\s+address)?|network|webcam|camera)\b${gap(20)}\b(?:is|are|has\s+been|was)\s+(?:being\s+|currently\s+)?(?:hacked|compromised|under\s+attack|accessed\s+remotely|controlled\s+remotely)`,
        String.raw`\b(?:hackers?|cyber\s*criminals?|someone|an\s+attacker)\s+(?:is|are|may\s+be|might\s+be|could\s+be)\s+(?:trying|attempting)\s+to\s+(?:access|steal|hack|take\s+(?:over|control)|break\s+into|get\s+into)\s+(?:your|this)\b`,
        String.raw`\b(?:trojan|spyware|malware|virus)\b${gap(30)}\b(?:sending|transmitting|uploading|stealing|sends)\b${gap(30)}\b(?:your|data|information|passwords?|credentials)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:error|err|er|code|security\s+code)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\berror\s*(?:#|no\.|number|code)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:security|firewall|defender|virus|malware|spyware|threat|trojan)\s+(?:alert|warning|breach|notification)s?\b`,
        String.raw`\b(?:windows|microsoft)\s+(?:defender\s+)?security\s+(?:center|centre|alert|warning|essentials)\b`,
        String.raw`\bwindows\s+defender\s+(?:alert|warning|firewall)\b`,
        String.raw`\bapple\s+security\s+(?:center|centre|alert|warning)\b`,
        // The antivirus-expiry lure: "Your Norton subscription has expired. Your PC is unprotected."
        // Genuine notices say the same, but in the vendor's own app or site.
        String.raw`${NOT_IF}\byour\s+(?:[\w-]+\s+){0,2}?(?:subscription|protection|antivirus|anti-virus|security\s+software)\s+(?:has\s+|have\s+)?(?:expired|lapsed)\b`,
        String.raw`${NOT_IF}\b(?:your|this)\s+${DEVICE}\s+(?:is|are)\s+(?:now\s+)?(?:no\s+longer\s+protected|unprotected)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:call|calling|dial|phone|telephone|toll[\s-]?free|free\s*phone|helpline|help\s*line|hotline|contact|support|technicians?)\b`,
  ),
  discussion: phrase(
    // Not bare "fraud": lures say "fraud department" and "fraud line" themselves.
    String.raw`\b(?:scam(?:s|mer|mers|med|ming)?|fraudsters?|fake|phishing|hoax|scareware|con\s+artists?|impostors?|imposters?)\b`,
    String.raw`\bbeware\s+of\b`,
    String.raw`\bis\s+(?:this|it|that)\s+(?:legit|legitimate|real|genuine|safe|a\s+scam)\b`,
    String.raw`\b(?:never|do\s+not|don['’]t)\s+call\s+(?:the|any|this|that|a)\s+(?:\p{L}+\s+)?number\b`,
    String.raw`\breport\s+(?:a|the|this|it\s+as\s+(?:a\s+)?)?(?:scam|fraud)\b`,
    String.raw`\b(?:ftc|action\s+fraud)\b`,
  ),
  framing: phrase(
    String.raw`\b(?:if|when|whenever|says?|saying|said|claims?|claiming|tells?\s+you|told\s+(?:me|him|her|them|us)|such\s+as|like|pretends?|pretending|allegedly|supposedly|think|might)\b`,
    // News and notices report what others may or should do: "Customers can call Microsoft at …",
    // "Owners who bought one are asked to contact Apple". A lure tells the reader.
    String.raw`\b(?:customers|users|owners|consumers|people|readers|subscribers|members|shoppers|buyers|clients|residents|businesses|those\s+affected)(?:\s+[\w'’-]+){0,4}?\s+(?:can|could|should|may|must|need\s+to|(?:are|were)\s+(?:being\s+)?(?:asked|advised|urged|encouraged|told|invited)\s+to)\b`,
  ),
  // A stem: scams, scammer, scammed.
  scamWords: phrase(String.raw`scam`),
  nameEndings: [],
};
