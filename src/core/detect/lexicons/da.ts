import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const DEVICE = String.raw`(?:computer(?:en)?|pc(?:['’]en|en)?|mac(?:['’]en)?|macbook|iphone|ipad|enhed(?:en)?|browser(?:en)?|webbrowser(?:en)?|system(?:et)?|maskine(?:n)?|bærbare?|laptop|windows)`;
const DETERMINER = String.raw`(?:din|dit|denne|dette|den\s+her|det\s+her)`;
/** Names that only mean malicious software. "Trojaner" and "trojansk hest" also mean Troy and its horse. */
const MALWARE_NAMES = String.raw`(?:malware|spyware|adware|ransomware|rootkits?|keyloggere?|skadelig\s+software|skadeprogram(?:met|mer|merne)?|spionprogram(?:met|mer|merne)?|spionsoftware)`;
const MALWARE = String.raw`(?:trojaner(?:e|en|ne)?|trojansk\s+hest|${MALWARE_NAMES}|zeus)`;
/** "Hvis din computer er låst, …" and "tror du, at din Mac er inficeret" are help pages, not alerts. */
const NOT_IF = String.raw`(?<!\b(?:hvis|når|indtil|om|såfremt|tror|mistænker|frygter)(?:,?\s+(?:du|I))?,?(?:\s+at)?\s+)`;
/** Genuine update screens forbid switching off too: "Sluk ikke computeren under opdateringen". */
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:opdater|update|install|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:opdater|update|install|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?!\p{L}*[\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b)\p{L}*)`;
/** Who a fake alert tells you to call. Not "vores support" or "kundeservice": everyday customer service. */
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|sikkerhed\p{L}*|hjælp\p{L}*|tekniker\p{L}*|eksperter)|tekniske?\s+support|(?:certificere\p{L}*\s+)?(?:microsoft|apple|windows)[\s-]*tekniker\p{L}*|sikkerhedscent(?:er|ret|eret)|sikkerhedsafdeling\p{L}*)`;
const DATA = String.raw`(?:adgangskode(?:r|n|rne)?|kodeord(?:et|ene)?|passwords?|bankoplysninger(?:ne)?|bankkonto(?:en)?|netbank(?:en)?|kreditkort\p{L}*|betalingskort\p{L}*|kortoplysninger(?:ne)?|billeder(?:ne)?|fotos|personlige\s+(?:oplysninger|data|filer|billeder)|personoplysninger(?:ne)?|loginoplysninger(?:ne)?|facebook-?login\p{L}*|identitet(?:en)?|filer(?:ne)?|data|oplysninger(?:ne)?)`;

/** An amount of money as a lure writes it: "3.999 kr.", "kr. 399", "399 DKK", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:dkk|kr\.?|eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:kr|kroner|dkk|€|\$|£|eur|euro|usd)\b)`;
/** What was paid: the nouns that only a charge can be ("din betaling"), then every noun for a purchase. */
const PAID = String.raw`(?:betaling|debitering|transaktion|overførsel|hævning|trækning|fornyelse|kortbetaling|korttransaktion)`;
const BOUGHT = String.raw`(?:${PAID}|køb|bestilling|ordre)`;
const THE_PURCHASE = String.raw`(?:(?:dette|denne|det\s+her|den\s+her)\s+${BOUGHT}|(?:betaling|debitering|transaktion|hævning|trækning|kortbetaling|korttransaktion|bestilling)en|fornyelsen|overførslen|ordren|købet)`;

export const LEXICON_DA: Lexicon = {
  lang: 'da',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        // "Ingen malware fundet" is the all-clear of a genuine scanner.
        String.raw`(?<!\bingen\s+)\b${MALWARE_NAMES}\b${gap(40)}\b(?:registreret|opdaget|fundet|identificeret|inficeret|infektion)`,
        String.raw`\b(?:trojaner(?:e|en|ne)?|zeus)\b${gap(30)}\b(?:registreret|infektion)`,
        String.raw`\b(?:trussel|trusler|infektion(?:er)?|virus|vira)\s+(?:registreret|fundet|opdaget)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+${DEVICE}\b${gap(40)}\b(?:er|er\s+blevet|blev|kan\s+være|ser\s+ud\s+til\s+at\s+være)\s+(?:alvorligt\s+|stærkt\s+)?(?:inficeret|smittet)\b`,
        String.raw`\binficeret\s+(?:med|af)\s+(?:en\s+|et\s+|\(?\d+\)?\s+)?(?:farlig\p{L}*\s+|skadelig\p{L}*\s+)?${MALWARE}`,
        String.raw`(?<!\bingen\s+)\b(?:virus(?:ser)?|vira|trussel|trusler|${MALWARE})\b${gap(30)}\b(?:registreret|opdaget|fundet)\s+(?:på|i)\s+${DETERMINER}\s+${DEVICE}\b`,
        String.raw`(?<!\b(?:ikke|ingen)\s+)\b(?:registreret|opdaget|fundet)\b${gap(30)}\b(?:virus(?:ser)?|vira|trussel|trusler|infektioner|${MALWARE})\s+(?:på|i)\s+${DETERMINER}\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|ip-adresse)\b${gap(40)}\b(?:er\s+blevet|er|blev|bliver)\s+(?:nu\s+|midlertidigt\s+|permanent\s+|helt\s+)?(?:blokeret|låst|spærret|deaktiveret|frosset|kapret)\b(?!\s+op\b)`,
        String.raw`${NOT_IF}\b(?:computeren|computer|pc['’]en|pc|browseren|windows|mac|iphone|enheden|systemet)\s+(?:er\s+(?:blevet\s+)?)?(?:blokeret|låst|spærret)\s*(?:!|$|[(:–—-])`,
        String.raw`\bvi\s+har\s+(?:blokeret|låst|spærret)\s+${DETERMINER}\s+${DEVICE}\b(?!\s+op\b)`,
        // Bank lures: "Din netbank er blevet spærret" (help pages say "hvis din netbank er spærret").
        String.raw`${NOT_IF}\b(?:din|dit)\s+(?:bankkonto|netbank|konto|mitid|paypal-konto|amazon-konto)\s+(?:er\s+blevet|er\s+nu|blev)\s+(?:midlertidigt\s+|permanent\s+)?(?:låst|spærret|suspenderet|blokeret|deaktiveret|lukket)\b(?!\s+(?:op|ned)\b)`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:genstart\s+ikke|sluk\s+ikke(?:\s+for)?|luk\s+ikke|(?:du\s+)?må\s+(?:du\s+)?ikke\s+(?:genstarte|slukke(?:\s+for)?|lukke)|undlad\s+at\s+(?:genstarte|slukke(?:\s+for)?|lukke)|forsøg\s+ikke\s+at\s+(?:genstarte|slukke(?:\s+for)?|lukke))\b${NOT_UPDATE_BEFORE}(?:\s+(?:${DETERMINER}\s+)?(?:computer(?:en)?|pc(?:['’]en|en)?|mac(?:['’]en)?|enhed(?:en)?|maskine(?:n)?|system(?:et)?|laptop)(?:\s+ned)?\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\bignor(?:er|ér)\s+ikke\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:advarsel(?:en)?|meddelelse(?:n)?|besked(?:en)?|notifikation(?:en)?|sikkerhedsadvarsel(?:en)?|alarm(?:en)?)\b`,
        String.raw`\bluk\s+ikke\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:side|vindue|browser|fane)\b${gap(40)}\b(?:genstart|sluk|ring|risiko|fare|computer|pc|virus|tekniker|microsoft|apple|spærr\p{L}*|låst|blokeret)`,
        String.raw`\b(?:at\s+lukke|lukning\s+af|at\s+forlade|at\s+ignorere|hvis\s+du\s+(?:lukker|forlader|ignorerer)|(?:lukker|forlader|ignorerer)\s+du)\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:side|vindue|advarsel)\p{L}*\b${gap(60)}\b(?:i\s+fare|i\s+risiko|spærr\p{L}*|blokeret|blokering|låst|deaktiver\p{L}*|(?:miste|mister|tab\s+af)\s+(?:alle\s+)?(?:dine\s+)?(?:data|filer|billeder|oplysninger|personlige))`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:ring|ringe|ringer|kontakt|kontakte|kontakter)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|sikkerhed)\s*(?:\(\s*)?(?:gratis|gebyrfri\p{L}*|vederlagsfri\p{L}*)`,
        String.raw`\b(?:tal|chat|snak)\s+med\s+(?:en|vores)\s+(?:certificere\p{L}*\s+)?(?:microsoft|apple|windows)[\s-]*(?:tekniker\p{L}*|ekspert\p{L}*)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:dine|dit|din)\s+(?:\p{L}+\s+)?${DATA}\b${gap(50)}(?<!\bikke\s+)\b(?:i\s+fare|i\s+risiko|risikerer|stjål(?:et|ne)|kompromitter(?:et|ede)|eksponer(?:et|ede)|læk(?:ket|kede)|hack(?:et|ede))\b`,
        String.raw`\b(?:stjæle|stjæler|stjæles)\s+(?:dine|dit|din)\s+(?:\p{L}+\s+)?${DATA}`,
        String.raw`\bfølgende\s+(?:data|oplysninger)\s+(?:er|har\s+været)\s+(?:blevet\s+)?(?:lækket|stjålet|kompromitteret|eksponeret)`,
        String.raw`${NOT_IF}\b(?:alle\s+(?:dine\s+)?|dine\s+)(?:filer|data|billeder|fotos|dokumenter)\s+vil\s+blive\s+(?:permanent\s+)?(?:slettet|krypteret|ødelagt|tabt)\b(?!\s+(?:efter|om|når|hvis)\b)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Anmeld en uautoriseret transaktion i appen" is the bank's own help text.
        String.raw`(?<!\b(?:hvis|når|ved|anmeld|rapporter|ser|finder|opdager)\s+(?:(?:en|et|du|I)\s+)?)\b(?:uautorisere(?:t|de)|ikke[\s-]godkendte?|mistænkelig[et]?|usædvanlig[et]?|ukendte?|svigagtig[et]?)\s+${BOUGHT}(?:en|et|er|erne|r|rne)?\b${gap(40)}\b(?:registreret|opdaget|(?:er|blev)\s+(?:blevet\s+)?(?:foretaget|gennemført|registreret|trukket|hævet|debiteret|opdaget)|på\s+${AMOUNT})`,
        String.raw`\bvi\s+har\s+(?:registreret|opdaget|noteret|bemærket)\s+(?:en|et)\s+(?:uautoriseret|mistænkeligt?|usædvanligt?|ikke[\s-]godkendt)\s+${BOUGHT}\b`,
        String.raw`\bhvis\s+(?:(?:du|I)\s+ikke\s+(?:selv\s+)?(?:har\s+)?(?:foretaget|foretog|godkendt|godkendte|gennemført|gennemførte|bestilt|bestilte|anmodet\s+om)|det\s+ikke\s+var\s+(?:dig|jer)\s+(?:der|som)\s+(?:foretog|gennemførte|godkendte|bestilte|lavede))\s+${THE_PURCHASE}\b`,
        String.raw`\b(?:ring|ringe|kontakt|kontakte)\b${gap(50)}\bfor\s+at\s+(?:annullere|stoppe|standse|spærre|afvise|tilbagekalde|tilbageføre|afbestille|gøre\s+indsigelse\s+mod)\s+(?:${THE_PURCHASE}|abonnementet|(?:din|dit)\s+${PAID})\b`,
        String.raw`\b(?:abonnement|medlemskab|licens|beskyttelsesplan|plan)\p{L}*\b${gap(30)}\b(?:er\s+(?:nu\s+)?(?:blevet\s+)?(?:automatisk\s+)?(?:fornyet|forlænget)|blev\s+(?:automatisk\s+)?(?:fornyet|forlænget))\b${gap(60)}${AMOUNT}`,
        String.raw`\bhvis\s+(?:du|I)\s+ikke\s+(?:ringer|kontakter\s+os|henvender\s+dig)\b${gap(80)}\b(?:debiter|trækkes|trukket|beløb|forny|forlæng|faktur|hæves)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:adgang(?:en)?(?=\s+(?:er|har|blev|til\s+(?:din|dit|denne|dette|den\s+her|det\s+her)\b))|licens(?:en)?|konto(?:en)?|produktnøgle(?:n)?|registrering(?:en)?|ip-adresse(?:n)?|apple-id(?:et)?)\b${gap(50)}\b(?:blokeret|spærret|suspenderet|deaktiveret|tilbagekaldt|begrænset|låst)\s+(?:af\s+sikkerhedsmæssige\s+(?:årsager|grunde)|af\s+sikkerhedshensyn|på\s+grund\s+af\s+(?:mistænkelig|ulovlig|usædvanlig|uautoriseret))`,
        String.raw`\baf\s+(?:sikkerhedsmæssige\s+(?:årsager|grunde)|sikkerhedshensyn)\b${gap(30)}\b(?:licens|konto|computer|pc)\p{L}*\b${gap(25)}\b(?:blokeret|spærret|suspenderet|deaktiveret|låst)`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)[\s-]*(?:licens(?:en)?|registrering(?:en)?|produktnøgle(?:n)?|konto(?:en)?|id(?:et)?)\b${gap(30)}\b(?:blokeret|spærret|suspenderet|deaktiveret|tilbagekaldt|låst)`,
        String.raw`\badgang(?:en)?\s+til\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:blokeret|spærret|suspenderet|begrænset|låst|nægtet)`,
        String.raw`\b(?:suspendering|deaktivering|spærring|blokering)\s+af\s+(?:din|dit)\s+(?:(?:windows|microsoft|apple)[\s-]*)?(?:licens|produktnøgle|registrering)`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:piratkopi\p{L}*|ulovlig\p{L}*|ulicenseret\p{L}*|forfalsket\p{L}*|cracket|crackede|uægte)\s+(?:(?:kopi|version|licens|installation|nøgle)\s+af\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:kopi|version|nøgle|licens)\s+af\s+(?:windows|macos)\b${gap(20)}\b(?:er|som)\s+(?:ulovlig|piratkopieret|forfalsket|uægte)`,
        String.raw`\b(?:piratkopieret|ulovlig)\s+(?:software|programmel)\s+(?:registreret|fundet|opdaget)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        // "Et hackerangreb mod Mærsk blev opdaget" is news; an alert names the attempt bare.
        String.raw`(?<!\b(?:et|en|det|ét)\s+)\b(?:hacker|hacking|indbruds)(?:forsøg|angreb)\p{L}*\b${gap(40)}\b(?:registreret|opdaget|blokeret|(?:på|fra|mod)\s+(?:din|dit|dine|denne|dette)\b)`,
        String.raw`\bvi\s+har\s+(?:registreret|opdaget|blokeret)\s+(?:et\s+|\d+\s+)?(?:hacker|hacking|indbruds)(?:forsøg|angreb)`,
        String.raw`\b(?:uautoriseret\s+(?:adgang|login|forbindelse)|mistænkelig\s+(?:aktivitet|forbindelse|trafik|login)|usædvanlig\s+aktivitet)\b${gap(40)}\b(?:på|fra|til|i|mod)\s+${DETERMINER}\s+(?:${DEVICE}|ip-adresse|ip|netværk|forbindelse)\b`,
        String.raw`${NOT_IF}\b(?:din|dit)\s+(?:${DEVICE}|ip-adresse|netværk|webcam|webkamera|kamera)\b${gap(30)}\b(?:er\s+blevet\s+hacket|er\s+hacket|bliver\s+hacket|er\s+(?:blevet\s+)?kompromitteret|er\s+under\s+angreb|fjernstyres|angribes)`,
        String.raw`\bhackere\b${gap(30)}\bforsøger\b${gap(40)}\b(?:din|dit|dine)\b`,
        String.raw`\b(?:trojaner\p{L}*|spionprogram\p{L}*|spyware|malware)\b${gap(30)}\b(?:sender|overfører|stjæler|uploader)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:fejlkode|fejl|kode|code|error|err)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:fejlkode|error)\s*(?:#|nr\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:sikkerhedsadvarsel|sikkerhedsalarm|virusadvarsel|firewall-?advarsel|trusselsadvarsel|sikkerhedsbrud)\p{L}*\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:sikkerhedscent(?:er|ret|eret)|security\s+center)\b`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:advarsel|alarm)\p{L}*\b`,
        String.raw`\bapple[\s-]*(?:sikkerhedscent(?:er|ret|eret)|sikkerhedsadvarsel|security\s+center)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:ring|ringe|ringer|opkald|telefon\p{L}*|tlf|gratis\p{L}*|kontakt|kontakte|support|supportlinje\p{L}*|hotline|hjælpelinje\p{L}*|tekniker\p{L}*)\b`,
  ),
  discussion: phrase(
    // Not "svindelafdelingen" or "mistanke om svindel": lures name the bank's fraud team themselves.
    String.raw`(?<!\bmistanke\s+om\s+)\b(?:svindl\p{L}*|svindel(?!afdeling|team|bekæmp|kontrol)\p{L}*|bedrageri(?!afdeling)\p{L}*|bedrager(?:e|en|ne|isk\p{L}*)?|fup\p{L}*|phishing|scam\p{L}*|falsk\p{L}*\s+(?:support|tekniker|advars|side|opkald|sikkerhedsadvars|microsoft|hjemmeside)\p{L}*)\b`,
    String.raw`\b(?:pas\s+på\s+(?:med\s+)?(?:falsk|svindl|svindel|fup|bedrag|phishing|opkald\s+fra)|advarer\s+mod|politiet\s+advarer)`,
    String.raw`\ber\s+(?:dette|det\s+her|det)\s+(?:ægte|legitimt|sikkert|en\s+svindel)\b`,
    String.raw`\b(?:ring\s+aldrig|ring\s+ikke\s+til\s+(?:det|dette|nummeret))\b`,
    String.raw`\b(?:anmeld\p{L}*\s+(?:svindel|bedrageri|fup)|forbrugerrådet|forbrugerombudsmanden|sikkerdigital)\b`,
  ),
  // "Om" is "if" only before the one it is about ("om du", "om computeren"): alerts use it for
  // "about" ("Advarsel om virus").
  framing: phrase(String.raw`\b(?:hvis|om(?=\s+(?:du|din|dit|dine|computeren|maskinen)\b)|siger|påstår|hævder|angiveligt)\b`),
  // Not "svindelafdelingen": lures name the bank's fraud team themselves.
  scamWords: phrase(String.raw`bedrageri(?!afdeling)|svindel(?!afdeling|team|bekæmp|kontrol)`),
  // The genitive: "Microsofts support".
  nameEndings: ['s'],
};
