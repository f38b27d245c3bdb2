import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const DEVICE = String.raw`(?:dator(?:n)?|pc|mac|macbook|iphone|ipad|enhet(?:en)?|webbläsare(?:n)?|system(?:et)?|laptop|windows)`;
const DETERMINER = String.raw`(?:din|ditt|den\s+här|det\s+här|denna|detta)`;
const MALWARE = String.raw`(?:trojan(?:er|en)?|trojansk\s+häst|malware|skadlig\s+programvara|skadeprogram(?:met)?|spionprogram(?:met)?|spyware|adware|ransomware|rootkit|keylogger|zeus)`;
/** "Om din dator är låst, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:om|när|ifall|tills|huruvida)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:uppdater|install|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:uppdater|install|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?!\p{L}*[\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b)\p{L}*)`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|säkerhet|hjälp\p{L}*|tekniker|experter)|teknisk\s+support|tekniska\s+supporten|(?:certifierad\p{L}*|microsoft|apple|windows)[\s-]*tekniker|säkerhetscent(?:er|ret|rum)|säkerhetsavdelning\p{L}*)`;
const DATA = String.raw`(?:lösenord|bankuppgifter|bankinformation|bankkonto|kreditkort\p{L}*|kortuppgifter|foton|bilder|personuppgifter|personlig\p{L}*\s+(?:information|uppgifter|data|filer)|inloggningsuppgifter|facebook-?inloggning\p{L}*|identitet|filer|uppgifter|data)`;

/** An amount of money as a lure writes it: "3 999 kr", "399 SEK", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:sek|eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:kr|kronor|sek|€|\$|£|eur|usd)\b)`;
/** What was paid: the bare noun after "denna", the definite one on its own ("köpet"). */
const PAID = String.raw`(?:betalning|debitering|transaktion|överföring|dragning|förnyelse|korttransaktion|kortbetalning)`;
const BOUGHT = String.raw`(?:${PAID}|köp|beställning|order)`;
const THE_PURCHASE = String.raw`(?:(?:detta|denna|det\s+här|den\s+här)\s+${BOUGHT}|(?:betalning|debitering|transaktion|överföring|dragning|korttransaktion|kortbetalning|beställning)en|förnyelsen|ordern|köpet)`;

export const LEXICON_SV: Lexicon = {
  lang: 'sv',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:upptäckt\p{L}*|hittad\p{L}*|hittat\p{L}*|hittades|identifierad\p{L}*|infekterad\p{L}*|infektion)`,
        String.raw`\b(?:hot|infektion(?:er)?|virus)\s+(?:upptäckt\p{L}*|hittad\p{L}*|hittat)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+${DEVICE}\b${gap(40)}\b(?:är|har\s+blivit|blev|kan\s+vara|verkar\s+vara)\s+(?:allvarligt\s+)?(?:infekterad|infekterat|smittad|smittat)\b`,
        String.raw`\b(?:infekterad|infekterat|smittad|smittat)\s+(?:med|av)\s+(?:ett\s+|en\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:virus|hot|${MALWARE})\b${gap(30)}\b(?:upptäckt\p{L}*|hittad\p{L}*|hittat|hittades|upptäcktes)\s+(?:på|i)\s+${DETERMINER}\s+${DEVICE}\b`,
        String.raw`\b(?:upptäckt|hittat|hittade|upptäckte)\b${gap(30)}\b(?:virus|hot|${MALWARE})\s+(?:på|i)\s+${DETERMINER}\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|ip-adress)\b${gap(40)}\b(?:har\s+blivit|har|är|blev)\s+(?:nu\s+|tillfälligt\s+|permanent\s+|helt\s+)?(?:blockerad|blockerat|blockerats|låst|låsts|spärrad|spärrat|spärrats|inaktiverad|inaktiverats|frusen|kapad)\b`,
        String.raw`${NOT_IF}\b(?:datorn|dator|webbläsaren|windows|mac|iphone|enheten)\s+(?:är\s+|har\s+)?(?:blockerad|blockerats|låst|spärrad|spärrats)\s*(?:!|$|[(:–—-])`,
        String.raw`\bvi\s+har\s+(?:blockerat|låst|spärrat)\s+${DETERMINER}\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:starta\s+inte\s+om|stäng\s+inte\s+av|slå\s+inte\s+av)\b${NOT_UPDATE_BEFORE}(?:\s+(?:${DETERMINER}\s+)?(?:dator(?:n)?|pc|mac|enhet(?:en)?|system(?:et)?|laptop)\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\bignorera\s+inte\s+(?:denna|den\s+här|detta|det\s+här)\s+(?:varning(?:en)?|meddelande(?:t)?|varningsmeddelande(?:t)?|avisering(?:en)?|säkerhetsvarning(?:en)?)`,
        String.raw`\bstäng\s+inte\s+(?:denna|den\s+här|detta|det\s+här)\s+(?:sida|fönster|webbläsare|flik)\b${gap(40)}\b(?:starta|stäng\s+av|ring|risk|fara|dator|virus|tekniker|microsoft|apple)`,
        String.raw`\b(?:att\s+stänga|stängning\s+av|att\s+lämna|att\s+ignorera)\s+(?:denna|den\s+här|detta)\s+(?:sida|fönster|varning)\b${gap(60)}\b(?:risk|fara|avstängning|blocker\p{L}*|spärr\p{L}*|förlust)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:ring|ringa|kontakta|kontakt\s+med)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|säkerhet)\s*(?:\(\s*)?(?:avgiftsfri\p{L}*|kostnadsfri\p{L}*|gratis)`,
        String.raw`\b(?:prata|chatta)\s+med\s+(?:en|våra)\s+(?:certifierad\p{L}*\s+)?(?:microsoft|apple|windows)[\s-]*(?:tekniker|experter|expert)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:dina|ditt|din)\s+(?:\p{L}+\s+)?${DATA}\b${gap(50)}\b(?:i\s+fara|(?:är|kan\s+vara)\s+(?:i\s+)?(?:risk|fara)|riskerar|stulna|stulits|stulen|stulet|komprometterade|komprometterats|exponerade|läckt\p{L}*|hackade)`,
        String.raw`\b(?:stjäla|stjäl|stjälas)\s+(?:dina|ditt|din)\s+${DATA}`,
        String.raw`\bföljande\s+(?:data|uppgifter)\s+har\s+(?:läckt|stulits|komprometterats|exponerats)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Anmäl en obehörig transaktion i appen" is the bank's own help text.
        String.raw`(?<!\b(?:om|när|vid|anmäl|rapportera|ser|hittar|upptäcker)\s+(?:(?:ett|en|du|ni)\s+)?)\b(?:obehörig[at]?|otillåtna|otillåtet|otillåten|misstänkta|misstänkt|ovanlig[at]?|okänd[at]?|(?:ej|icke)\s+godkänd[at]?|oauktoriserad[et]?)\s+${BOUGHT}(?:n|en|et|ar|arna|er|erna)?\b${gap(40)}\b(?:upptäckt\p{L}*|har\s+(?:gjorts|genomförts|registrerats|debiterats|dragits|upptäckts)|(?:på|om)\s+${AMOUNT})`,
        String.raw`\bvi\s+har\s+(?:upptäckt|registrerat|noterat)\s+(?:ett|en)\s+(?:obehörig[at]?|otillåtet|otillåten|misstänkt|ovanlig[at]?)\s+${BOUGHT}\b`,
        String.raw`\bom\s+(?:(?:du|ni)\s+inte\s+(?:själv\s+)?(?:har\s+)?(?:gjort|gjorde|godkänt|godkände|genomfört|genomförde|beställt|beställde|begärt|auktoriserat|känner\s+igen)|det\s+inte\s+var\s+(?:du|ni)\s+som\s+(?:gjorde|genomförde|godkände|beställde|lade))\s+${THE_PURCHASE}\b`,
        String.raw`\b(?:ring|ringa|kontakta)\b${gap(50)}\bför\s+att\s+(?:avbryta|stoppa|spärra|bestrida|annullera|makulera|häva|återkalla|reklamera)\s+(?:${THE_PURCHASE}|prenumerationen|(?:din|ditt)\s+${PAID})\b`,
        String.raw`\b(?:prenumeration|abonnemang|medlemskap|licens|skyddsplan|plan)\p{L}*\b${gap(30)}\b(?:har\s+(?:nu\s+)?(?:automatiskt\s+)?(?:förnyats|förlängts)|(?:förnyades|förlängdes))\b${gap(60)}${AMOUNT}`,
        String.raw`\bom\s+(?:du|ni)\s+inte\s+(?:ringer|kontaktar\s+oss|hör\s+av\s+dig)\b${gap(80)}\b(?:debiter|dras|belopp|förny|förläng|faktur)\p{L}*`,
        // Asked without "om": "Har du inte godkänt köpet?"; "Var det inte du? Ring …".
        String.raw`\bhar\s+(?:du|ni)\s+inte\s+(?:själv\s+)?(?:gjort|godkänt|genomfört|beställt|begärt|auktoriserat|känner\s+igen)\s+${THE_PURCHASE}\b`,
        String.raw`\b(?:om\s+det\s+inte\s+var\s+(?:du|ni)|var\s+det\s+inte\s+(?:du|ni)\s*\?)${gap(15)}\bring\b`,
        // A renewal told with its charge, not its amount: "… har förnyats automatiskt och beloppet dras …".
        String.raw`\b(?:prenumeration|abonnemang|medlemskap|licens|skyddsplan)\p{L}*\b${gap(30)}\b(?:har\s+(?:nu\s+)?(?:automatiskt\s+)?(?:förnyats|förlängts)|förnyades|förlängdes)\b${gap(80)}\b(?:beloppet|debiteras|debiterats|dras|faktureras)\b`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:(?:åtkomst(?:en)?|tillgång(?:en)?)(?=\s+(?:har|är|blev|till\s+(?:din|ditt|denna|den\s+här|detta)\b))|licens(?:en)?|konto(?:t)?|produktnyckel(?:n)?|registrering(?:en)?|ip-adress(?:en)?|apple-id)\b${gap(50)}\b(?:blockerad|blockerats|spärrad|spärrats|avstängd|avstängts|inaktiverad|inaktiverats|återkallad|återkallats|begränsad|begränsats|låst|låsts)\s+(?:av\s+säkerhetsskäl|på\s+grund\s+av\s+(?:misstänkt|olaglig|ovanlig|obehörig))`,
        String.raw`\bav\s+säkerhetsskäl\b${gap(30)}\b(?:licens|konto|dator)\p{L}*\b${gap(25)}\b(?:blockerad|blockerats|spärrad|spärrats|avstängd|avstängts|låst|låsts)`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)[\s-]*(?:licens(?:en)?|registrering(?:en)?|produktnyckel(?:n)?|konto(?:t)?|id)\b${gap(30)}\b(?:blockerad|blockerats|spärrad|spärrats|avstängd|avstängts|återkallad|återkallats|inaktiverad|inaktiverats)`,
        String.raw`\båtkomst(?:en)?\s+till\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:blockerad|blockerats|spärrad|spärrats|avstängd|begränsad|låst|nekad)`,
        String.raw`\bavstängning\s+av\s+(?:din|ditt)\s+(?:licens|windows|registrering|konto|åtkomst|produktnyckel)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\bvi\s+har\s+(?:tillfälligt\s+)?(?:spärrat|blockerat|låst|stängt\s+av|begränsat|fryst)\s+(?:ditt|din|era|ert)\s+(?:\p{L}+\s+){0,2}?(?:konto|kort|åtkomst)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:piratkopi\p{L}*|olaglig\p{L}*|olicensierad\p{L}*|förfalskad\p{L}*|knäckt\p{L}*)\s+(?:(?:kopia|version|licens|installation|nyckel)\s+av\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:kopia|version|nyckel|licens)\s+av\s+(?:windows|macos)\b${gap(20)}\b(?:är|har\s+identifierats\s+som)\s+(?:olaglig|piratkopierad|förfalskad)`,
        String.raw`\b(?:piratkopierad|olaglig)\s+(?:programvara|mjukvara)\s+(?:upptäckt|hittad)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hackningsförsök|hackerförsök|intrångsförsök|hackerattack(?:en|er)?|dataintrång)\b${gap(40)}\b(?:upptäckt\p{L}*|blockerat|blockerad\p{L}*|på\s+din|på\s+ditt|från\s+din|mot\s+din)`,
        String.raw`\b(?:obehörig\p{L}*\s+(?:åtkomst|inloggning|anslutning)|misstänkt\p{L}*\s+(?:aktivitet|anslutning|inloggning|trafik)|ovanlig\s+aktivitet)\b${gap(40)}\b(?:på|från|till|i|mot)\s+${DETERMINER}\s+(?:${DEVICE}|ip-adress|ip|nätverk|anslutning)\b`,
        String.raw`${NOT_IF}\b(?:din|ditt)\s+(?:${DEVICE}|ip-adress|nätverk|webbkamera|kamera)\b${gap(30)}\b(?:har\s+(?:blivit\s+)?hackats|har\s+blivit\s+hackad|är\s+hackad|hackas|har\s+komprometterats|är\s+under\s+attack|fjärrstyrs|attackeras)`,
        String.raw`\bhackare\b${gap(30)}\bförsöker\b${gap(40)}\b(?:din|ditt|dina)\b`,
        String.raw`\b(?:trojan\p{L}*|spionprogram\p{L}*|spyware|malware)\b${gap(30)}\b(?:skickar|överför|stjäl)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:felkod|fel|kod|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:felkod|error)\s*(?:#|nr\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:säkerhetsvarning|säkerhetslarm|virusvarning|brandväggsvarning|säkerhetsintrång|hotvarning)\p{L}*\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:säkerhetscent(?:er|ret|rum)|security\s+center)\b`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:varning|larm)\b`,
        String.raw`\bapple[\s-]*(?:säkerhetscent(?:er|ret|rum)|säkerhetsvarning|security\s+center)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:ring|ringa|ringer|telefon\p{L}*|avgiftsfri\p{L}*|gratis|kontakta|kontakt|support|supportlinje\p{L}*|tekniker)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:bedrägeri\p{L}*|bedragare\p{L}*|bedrägl\p{L}*|bluff\p{L}*|nätfiske|phishing|scam\p{L}*|falsk\p{L}*\s+(?:support|tekniker|varning|sida|samtal|säkerhetsvarning)\p{L}*)\b`,
    String.raw`\b(?:se\s+upp\s+för|varning\s+för|akta\s+dig\s+för)\b`,
    String.raw`\bär\s+(?:detta|det\s+här)\s+(?:en\s+bluff|bedrägeri|äkta|legitimt|säkert)\b`,
    String.raw`\b(?:ring\s+aldrig|ring\s+inte\s+(?:det|detta|numret))\b`,
    String.raw`\b(?:polisen\s+varnar|anmäl\p{L}*\s+bedrägeri|konsumentverket)\b`,
  ),
  // "Om" is "if" only before the one it is about ("om du", "om datorn"): alerts use it for
  // "about" ("Varning om virus").
  framing: phrase(String.raw`\b(?:om(?=\s+(?:du|ni|din|ditt|dina|datorn)\b)|ifall|påstår|påstås|säger|sägs)\b`),
  // Not "bedrägeriavdelningen": lures name the bank's fraud team themselves.
  scamWords: phrase(String.raw`bedrägeri(?!avdelning|enhet)|bluff|svindel(?!avdelning)`),
  // The genitive: "Microsofts support", "IBM:s".
  nameEndings: ['s'],
};
