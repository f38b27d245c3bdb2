import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Norwegian (Bokmål, with the commonest Nynorsk forms where they cost nothing). Norwegian puts the
 * possessive after a definite noun as often as before it: "din datamaskin" and "datamaskinen din"
 * say the same, so every "your device" and "your data" is written both ways.
 */
const DEVICE = String.raw`(?:datamaskin(?:en|a)?|maskin(?:en|a)?|pc(?:-?en|-?n)?|mac(?:-?en)?|macbook(?:-?en)?|iphone(?:-?en|-?n)?|ipad(?:-?en)?|enhet(?:en)?|eining(?:a)?|nettleser(?:en)?|system(?:et)?|laptop(?:en)?|bærbare?(?:\s+pc(?:-?en)?)?|windows)`;
/** The definite forms that take a possessive after them: "datamaskinen din". */
const DEVICE_DEF = String.raw`(?:datamaskinen|datamaskina|maskinen|maskina|pc-?en|pc-?n|mac-?en|macbooken|iphone-?en|iphonen|ipaden|enheten|eininga|nettleseren|systemet|laptopen)`;
const DETERMINER = String.raw`(?:din|ditt|denne|dette)`;
/** "din datamaskin", "denne PC-en", "datamaskinen din" (Nynorsk "datamaskina di"). */
const YOUR_DEVICE = String.raw`(?:${DETERMINER}\s+${DEVICE}|${DEVICE_DEF}\s+(?:din|ditt|di))`;
const MALWARE = String.raw`(?:trojaner(?:en)?|trojan(?:en)?|malware|skadelig\s+programvare|skadevare(?:n)?|skadeprogram(?:met|mer|mene)?|spionprogram(?:met|mer|mene)?|spionvare(?:n)?|spyware|adware|ransomware|løsepengevirus(?:et)?|rootkit|keylogger|zeus)`;
const INFECTED = String.raw`(?:infisert|infiserte|smittet|smitta)`;
const LOCKED = String.raw`(?:blokkert|blokkerte|låst|låste|sperret|sperra|deaktivert|frosset|frose|kapret|kapra)`;
/** "Hvis datamaskinen din er låst, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:hvis|om|når|dersom|viss|inntil|hvorvidt|tror|mistenker)\s+)`;
/**
 * Norwegian puts the verb second: "Av sikkerhetshensyn er datamaskinen din blokkert." Such a
 * statement has a word before the verb; a sentence that opens with the verb is a question ("Er
 * datamaskinen din infisert?"), and so is one that ends in a question mark. The look-behinds come
 * after the verb: an alternative that opens with one is tried at every position of every line.
 */
const VERB_FIRST = String.raw`\b(?:er|ble|har)\s+(?<=[\p{L}\d,:)]\s+(?:er|ble|har)\s+)(?<!\b(?:hvorfor|hva|hvordan|når|hvis|om|dersom|viss|hvorvidt)\s+(?:er|ble|har)\s+)(?![^.!?\n]{0,80}\?)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:oppdater|oppgrader|installer|install|bios|fastvare|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:oppdater|oppgrader|installer|install|bios|fastvare|firmware))`;
const BRAND = String.raw`(?:microsoft(?!\p{L}*[\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b)\p{L}*)`;
/** Who a fake alert tells you to call. Not an ISP's "teknisk support hos …". */
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|kundestøtte|brukerstøtte|sikkerhet|hjelp\p{L}*|tekniker\p{L}*|eksperter)|tekniske?\s+(?:støtte|support|brukerstøtte)(?!\s+hos\b)|(?:sertifisert\p{L}*|microsoft|apple|windows)[\s-]*tekniker\p{L}*|sikkerhetssenter\p{L}*|sikkerhetsavdeling\p{L}*)`;
const DATA = String.raw`(?:passord\p{L}*|bankopplysning\p{L}*|bankinformasjon\p{L}*|bankdetalj\p{L}*|bankkonto\p{L}*|kredittkort\p{L}*|kortopplysning\p{L}*|kortinformasjon\p{L}*|bilde(?:r|ne)?|foto(?:er|ene|graf\p{L}*)?|personopplysning\p{L}*|personlige\s+(?:opplysning\p{L}*|informasjon|data|filer)|påloggingsinformasjon\p{L}*|innloggingsinformasjon\p{L}*|innloggingsdetaljer\p{L}*|facebook-?pålogging\p{L}*|identitet(?:en)?|fil(?:er|ene)|opplysning(?:er|ene)|data(?:ene)?|dokument(?:er|ene)?)`;
const YOUR = String.raw`(?:dine|ditt|din)`;
/** "… er i fare", not "… er ikke i fare". */
const AT_RISK = String.raw`(?:(?<!\b(?:ikke|ikkje|aldri)\s+)(?:i\s+fare|(?:er|kan\s+være|blir)\s+(?:i\s+)?(?:risiko|fare|utsatt)|står\s+i\s+fare|risikerer|(?:er|blir|har\s+blitt|kan\s+bli)\s+stjålet|stjeles|kompromittert|eksponert|lekket|lekka|hacket|hacka|på\s+avveie))`;
const SUSPENDED = String.raw`(?:blokkert|sperret|sperra|suspendert|stengt|deaktivert|tilbakekalt|begrenset|låst)`;
const FOR_SECURITY = String.raw`(?:av\s+sikkerhets(?:hensyn|grunner|messige\s+årsaker)|på\s+grunn\s+av\s+(?:mistenkelig|ulovlig|uvanlig|uautorisert))`;

/** An amount of money as a lure writes it: "3 999 kr", "kr 2 499,-", "NOK 1499", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:nok|kr|eur|usd)\.?\s?\d|\d[\d\s.,]{0,10}\s?(?:kr|kroner|nok|€|\$|£|eur|usd)\b|\d[\d\s.]{0,10},-)`;
/** What was paid. */
const PAID = String.raw`(?:betaling|belastning|transaksjon|overføring|trekk|fornyelse|korttransaksjon|kortbetaling|debitering)`;
const BOUGHT = String.raw`(?:${PAID}|kjøp|bestilling|ordre)`;
/** "denne betalingen", "kjøpet": the charge a lure wants undone. Not "bestillingen": shops cancel orders every day. */
const THE_PURCHASE = String.raw`(?:(?:denne|dette)\s+${BOUGHT}\p{L}*|(?:betaling|belastning|transaksjon|overføring|korttransaksjon|kortbetaling|debitering)en|trekket|fornyelsen|kjøpet)`;
const UNAUTHORIZED = String.raw`(?:uautoriserte?|ikke\s+autoriserte?|ikke\s+godkjente?|uvanlige?|mistenkelige?|ukjente?)`;

export const LEXICON_NB: Lexicon = {
  lang: 'nb',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:oppdaget|oppdaga|funnet|funne|påvist|identifisert|infisert|infeksjon)`,
        String.raw`\b(?:trussel|trusler|infeksjon(?:er)?|virus)\s+(?:oppdaget|funnet|påvist)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${YOUR_DEVICE}\b${gap(40)}\b(?:er|har\s+blitt|er\s+blitt|ble|vart|kan\s+være|ser\s+ut\s+til\s+å\s+være)\s+(?:\p{L}+\s+og\s+)?(?:alvorlig\s+|kraftig\s+|sterkt\s+)?${INFECTED}\b`,
        String.raw`${VERB_FIRST}${YOUR_DEVICE}\s+(?:blitt\s+)?(?:alvorlig\s+|kraftig\s+)?${INFECTED}\b`,
        String.raw`\b${INFECTED}(?<!\b(?:hvis|om|når|dersom|viss)\b${gap(30)}${INFECTED})\s+(?:med|av)\s+(?:et\s+|en\s+|\(?\d+\)?\s+)?(?:farlig\p{L}*\s+)?${MALWARE}`,
        String.raw`\b(?:virus|trusler|trussel|${MALWARE})\b${gap(30)}\b(?:oppdaget|funnet|påvist|registrert)\s+(?:på|i)\s+${YOUR_DEVICE}\b`,
        String.raw`\b(?:oppdaget|funnet|fant|påviste|oppdaga)\b${gap(30)}\b(?:virus|trusler|${MALWARE})\s+(?:på|i)\s+${YOUR_DEVICE}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:${YOUR_DEVICE}|(?:din|denne)\s+ip-adresse|ip-adressen\s+din)\b${gap(40)}\b(?:har\s+blitt|er\s+blitt|har\s+vorte|er\s+vorte|er|ble|vart)\s+(?:nå\s+|midlertidig\s+|permanent\s+|fullstendig\s+|helt\s+)?${LOCKED}\b`,
        String.raw`${VERB_FIRST}${YOUR_DEVICE}\s+(?:nå\s+)?(?:blitt\s+)?(?:midlertidig\s+|permanent\s+|helt\s+)?${LOCKED}\b`,
        String.raw`${NOT_IF}\b(?:datamaskinen|datamaskina|datamaskin|pc-?en|pc|nettleseren|windows|mac-?en|iphonen|enheten)\s+(?:er\s+|er\s+blitt\s+|har\s+blitt\s+)?(?:blokkert|låst|sperret|sperra)\s*(?:!|$|[(:–—-])`,
        String.raw`\bvi\s+har\s+(?:blokkert|låst|sperret|sperra)\s+${YOUR_DEVICE}`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        // "Ikke start datamaskinen på nytt", "Du må ikke slå av PC-en din", "Ikke slå av!": not during an update.
        String.raw`\b(?:(?:du\s+)?(?:må|skal|bør)\s+(?:ikke|ikkje)|ikke|ikkje)\s+(?:prøve?\s+å\s+)?(?:(?:start|starte)\s+(?:(?:${DETERMINER}\s+)?${DEVICE}(?:\s+(?:din|ditt))?\s+)?(?:på\s+nytt|om)\b|(?:restart|restarte)\s+(?:${DETERMINER}\s+)?${DEVICE}\b|(?:slå|skru)\s+(?:av\s+(?:${DETERMINER}\s+)?${DEVICE}(?:\s+(?:din|ditt))?\b|(?:${DETERMINER}\s+)?${DEVICE}(?:\s+(?:din|ditt))?\s+av\b|av\s*(?:[!.]|$)))${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:ikke|ikkje)\s+(?:ignorer|overse)\s+(?:denne|dette)\s+(?:advarsel(?:en)?|melding(?:en)?|varsel(?:et)?|varsling(?:en)?|sikkerhetsvarsel(?:et)?|sikkerhetsadvarsel(?:en)?|feilmelding(?:en)?)`,
        String.raw`\b(?:ikke|ikkje)\s+(?:lukk|steng|forlat)\s+(?:denne|dette)\s+(?:siden|side|vinduet|vindu|nettleseren|fanen)\b${gap(40)}\b(?:start|slå\s+av|ring|risik\p{L}*|fare|miste|datamaskin|virus|tekniker|microsoft|apple)`,
        String.raw`\b(?:å\s+lukke|lukking\s+av|å\s+forlate|å\s+ignorere|stenging\s+av)\s+(?:denne|dette)\s+(?:siden|side|vinduet|vindu|advarselen|varselet)\b${gap(60)}\b(?:risiko|fare|utestengelse|blokker\p{L}*|sperr\p{L}*|tap\s+av)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:ring|ringe|kontakt|kontakte|ta\s+kontakt\s+med)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|kundestøtte|brukerstøtte|sikkerhet)\s*(?:\(\s*)?(?:gratis\p{L}*|avgiftsfri\p{L}*|kostnadsfri\p{L}*|grønt\s+nummer)`,
        String.raw`\b(?:snakk|chat|chatt)\s+med\s+(?:en|våre|vår)\s+(?:sertifisert\p{L}*\s+)?(?:microsoft|apple|windows)[\s-]*(?:tekniker\p{L}*|eksperter|ekspert)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${YOUR}\s+(?:\p{L}+\s+)?${DATA}\b${gap(50)}\b${AT_RISK}`,
        String.raw`${NOT_IF}\b${DATA}\s+${YOUR}\b${gap(50)}\b${AT_RISK}`,
        String.raw`\b(?:stjele|stjeler|stjal)\s+(?:${YOUR}\s+(?:\p{L}+\s+)?${DATA}|${DATA}\s+${YOUR}\b)`,
        String.raw`\bfølgende\s+(?:data|opplysninger|informasjon)\s+(?:har\s+blitt|er\s+blitt|er|ble)\s+(?:lekket|stjålet|kompromittert|eksponert)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Meld fra om en uautorisert transaksjon i appen" is the bank's own help text.
        String.raw`(?<!\b(?:hvis|om|når|ved|dersom|meld\s+fra\s+om|rapporter|anmeld|ser|finner|oppdager|sperr)\s+(?:(?:en|et|du|dere)\s+)?)\b${UNAUTHORIZED}\s+${BOUGHT}\p{L}*\b${gap(40)}\b(?:oppdaget|registrert|(?:har\s+blitt|er\s+blitt|er|ble)\s+(?:gjennomført|registrert|belastet|trukket|oppdaget)|(?:på|pålydende|over)\s+${AMOUNT})`,
        String.raw`\bvi\s+har\s+(?:oppdaget|registrert|notert)\s+(?:et|en)\s+${UNAUTHORIZED}\s+${BOUGHT}`,
        String.raw`\b(?:hvis|om|dersom)\s+(?:(?:du|dere)\s+ikke\s+(?:selv\s+)?(?:har\s+)?(?:foretatt|foretok|gjort|gjorde|godkjent|godkjente|gjennomført|gjennomførte|bestilt|bestilte|autorisert|kjenner\s+igjen)|det\s+ikke\s+var\s+(?:du|dere)\s+som\s+(?:foretok|gjorde|gjennomførte|godkjente|bestilte))\s+${THE_PURCHASE}\b`,
        String.raw`\b(?:ring|ringe|kontakt|kontakte)\b${gap(50)}\bfor\s+å\s+(?:kansellere|avbryte|stoppe|sperre|bestride|annullere|reversere|tilbakekalle|stanse)\s+(?:${THE_PURCHASE}|${YOUR}\s+${PAID}|${PAID}\p{L}*\s+${YOUR})\b`,
        String.raw`\b(?:abonnement|medlemskap|lisens|beskyttelsesplan|sikkerhetsplan|plan)\p{L}*\b${gap(30)}\b(?:har\s+(?:nå\s+)?blitt|er\s+(?:nå\s+)?blitt|er|ble)\s+(?:nå\s+)?(?:automatisk\s+)?(?:fornyet|forlenget|fornya|forlenga)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:hvis|om|dersom)\s+(?:du|dere)\s+ikke\s+(?:ringer|kontakter\s+oss|tar\s+kontakt)\b${gap(80)}\b(?:belast|trekk|trukket|beløp|forny|forleng|faktur)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:tilgang(?:en)?(?=\s+(?:din\b|har|er|ble|til\s+(?:din|ditt|denne|dette)\b))|lisens(?:en)?|konto(?:en)?|produktnøkkel(?:en)?|registrering(?:en)?|ip-adresse(?:n)?|apple-id(?:-?en)?)\b${gap(50)}\b${SUSPENDED}\s+${FOR_SECURITY}`,
        String.raw`\bav\s+sikkerhets(?:hensyn|grunner|messige\s+årsaker)\b${gap(30)}\b(?:lisens|konto|datamaskin|pc|tilgang)\p{L}*\b${gap(25)}\b${SUSPENDED}`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)[\s-]*(?:lisens(?:en)?|registrering(?:en)?|produktnøkkel(?:en)?|konto(?:en)?|id(?:-?en)?)\b${gap(30)}\b(?:${SUSPENDED}|suspendert)`,
        String.raw`\btilgang(?:en)?\s+til\s+(?:${YOUR_DEVICE}|${DEVICE_DEF})\b${gap(30)}\b(?:${SUSPENDED}|nektet)`,
        String.raw`\b(?:suspensjon|sperring|stenging|deaktivering)\s+av\s+(?:(?:din|ditt)\s+(?:lisens|windows|registrering|tilgang|produktnøkkel)|(?:lisensen|windows-lisensen|registreringen|tilgangen|produktnøkkelen)\s+(?:din|ditt))`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bpiratkopi(?:en|er)?\s+av\s+(?:windows|macos|microsoft)`,
        String.raw`\b(?:piratkopiert|ulovlig|ulisensiert|forfalsket|knekt|uoriginal)e?\s+(?:(?:kopi|versjon|lisens|installasjon|nøkkel|utgave)(?:en)?\s+av\s+)?(?:windows|macos)\b`,
        String.raw`\b(?:(?:din|ditt)\s+(?:kopi|versjon|lisens|nøkkel)|(?:kopien|versjonen|lisensen|nøkkelen)(?:\s+din)?)\s+av\s+(?:windows|macos)\b${gap(20)}\b(?:er|har\s+blitt|ble)\s+(?:identifisert\s+som\s+|registrert\s+som\s+)?(?:ulovlig|piratkopiert|forfalsket|en\s+piratkopi)`,
        String.raw`\b(?:piratkopiert|ulovlig|ulisensiert)e?\s+programvare\s+(?:oppdaget|funnet|påvist)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hackerforsøk|hackingforsøk|hackeforsøk|innbruddsforsøk|angrepsforsøk)\p{L}*\b${gap(40)}\b(?:oppdaget|registrert|blokkert|påvist|(?:på|mot|fra)\s+(?:${YOUR_DEVICE}|${YOUR}|(?:nettverket|ip-adressen|tilkoblingen)\s+(?:din|ditt)))`,
        String.raw`\b(?:hackerangrep|dataangrep|datainnbrudd|innbrudd)\p{L}*\b${gap(40)}\b(?:på|mot|fra|i)\s+(?:${YOUR_DEVICE}|(?:din|ditt)\s+(?:ip-adresse|nettverk|konto)|(?:nettverket|ip-adressen|tilkoblingen)\s+(?:din|ditt))\b`,
        String.raw`\b(?:uautorisert\p{L}*\s+(?:tilgang|pålogging|innlogging|tilkobling)|mistenkelig\p{L}*\s+(?:aktivitet|tilkobling|pålogging|innlogging|trafikk)|uvanlig\s+aktivitet)\b${gap(40)}\b(?:på|fra|til|i|mot)\s+(?:${YOUR_DEVICE}|(?:din|ditt|denne|dette)\s+(?:ip-adresse|ip|nettverk|tilkobling)|(?:ip-adressen|nettverket|tilkoblingen)\s+(?:din|ditt))\b`,
        String.raw`${NOT_IF}\b(?:${YOUR_DEVICE}|(?:din|ditt)\s+(?:ip-adresse|nettverk|webkamera|kamera)|(?:ip-adressen|nettverket|webkameraet|kameraet)\s+(?:din|ditt))\b${gap(30)}\b(?:(?:har\s+blitt|er\s+blitt|er|ble|blir)\s+(?:hacket|hacka|kompromittert|angrepet)|er\s+under\s+angrep|(?:er|blir)\s+(?:fjernstyrt|overvåket)|fjernstyres|angripes|overvåkes)`,
        String.raw`\bhackere\b${gap(30)}\b(?:prøver|forsøker)\b${gap(40)}\b(?:din|ditt|dine)\b`,
        String.raw`\b(?:trojaner\p{L}*|spionprogram\p{L}*|spionvare\p{L}*|spyware|malware|skadevare\p{L}*)\b${gap(30)}\b(?:sender|overfører|stjeler|lekker)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:feilkode|feil|kode|code|error|err)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:feilkode|error)\s*(?:#|nr\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:(?:sikkerhets|virus|brannmur|trussel)(?:ad)?vars(?:el|l)|sikkerhetsalarm|virusalarm|sikkerhetsbrudd)\p{L}*\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:sikkerhetssenter(?:et)?|security\s+center)\b`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:(?:ad)?vars(?:el|l)|alarm)\p{L}*\b`,
        String.raw`\bapple[\s-]*(?:sikkerhetssenter(?:et)?|sikkerhetsvars(?:el|l)\p{L}*|security\s+center)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:ring|ringe|ringer|telefon\p{L}*|tlf|gratis\p{L}*|grønt\s+nummer|avgiftsfri\p{L}*|kostnadsfri\p{L}*|kontakt\p{L}*|support|kundestøtte|brukerstøtte|tekniker\p{L}*|hjelpelinje\p{L}*|hjelpetelefon\p{L}*)\b`,
  ),
  discussion: phrase(
    // Not "svindelavdeling": a lure names its own "fraud department".
    String.raw`\b(?:svindel(?!avdeling|team|sentr|vern|beskytt)\p{L}*|svindl\p{L}*|bedrageri\p{L}*|bedrager\p{L}*|phishing|nettfiske|scam\p{L}*|lureri|falsk\p{L}*\s+(?:support|kundestøtte|tekniker|(?:ad)?vars(?:el|l)|side|nettside|samtale|anrop|oppringing|popup|pop-up|sikkerhetsvars(?:el|l))\p{L}*)\b`,
    String.raw`\b(?:se\s+opp\s+for|pass\s+deg\s+for|vær\s+på\s+vakt\s+mot|advarer\s+mot)\b`,
    String.raw`\ber\s+(?:dette|det)\s+(?:svindel|ekte|trygt|legitimt|seriøst|en\s+svindel|et\s+svindelforsøk)\b`,
    String.raw`\b(?:ring\s+aldri|aldri\s+ring|ikke\s+ring\s+(?:dette|det|nummeret))\b`,
    String.raw`\b(?:politiet\s+advarer|anmeld\p{L}*\s+(?:svindel|bedrageri|forholdet)|forbrukerrådet|nettvett|økokrim|norsis)\b`,
  ),
  // "Om" is "if" only before the one it is about ("om du", "om datamaskinen"): alerts use it for
  // "about" ("Varsel om virus").
  framing: phrase(String.raw`\b(?:hvis|dersom|om(?=\s+(?:du|din|ditt|dine|di|datamaskinen|maskinen)\b)|sier|påstår|hevder|angivelig)\b`),
  // Not "svindelavdelingen": lures name the bank's fraud team themselves.
  scamWords: phrase(String.raw`bedrageri(?!avdeling)|svindel(?!avdeling|team|sentr|vern|beskytt)`),
  // The genitive: "Microsofts kundestøtte".
  nameEndings: ['s'],
};
