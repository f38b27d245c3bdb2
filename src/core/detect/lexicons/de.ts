import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const DEVICE = String.raw`(?:computer|pc|mac|macbook|iphone|ipad|rechner|gerät|system|laptop|browser|windows)`;
const DETERMINER = String.raw`(?:ihr|ihren|ihrem|dein|deinen|deinem|dieser|diesen|dieses|diesem)`;
const MALWARE = String.raw`(?:trojaner|trojan|malware|spyware|adware|ransomware|schadsoftware|schadprogramme?|spionagesoftware|rootkits?|keylogger|zeus)`;
/** "Wenn Ihr Computer gesperrt ist, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:wenn|falls|sobald|bis|ob|sollte|sollten)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:update|updates|aktualisierung|installation|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:update|aktualisier|installation|install|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const BRAND_SUPPORT = String.raw`(?:microsoft|windows|apple|mac|macos|ms)[\s-]*(?:support|sicherheit\p{L}*|security|hilfe|hotline|helpline|techniker|experten|kundendienst|kundenservice)`;
/** Who a fake alert tells you to call: a brand's support, a technician, "technical support". */
const TARGET = String.raw`(?:${BRAND_SUPPORT}|${BRAND}|technischen?\s+(?:support|kundendienst)|(?:microsoft|apple|windows|mac|pc|support)[\s-]*(?:zertifizierten?\s+)?techniker|zertifizierten?\s+(?:microsoft|apple|windows)[\s-]*techniker|sicherheits(?:zentrum|center|abteilung)|security\s+center|systemtechniker)`;
const DATA = String.raw`(?:passwörter|passwort|kennwörter|kennwort|bankdaten|bankverbindung|bankkonto|kreditkarten\p{L}*|kartendaten|fotos|bilder|persönlichen\s+(?:daten|informationen|dateien)|finanzinformationen|finanzdaten|zugangsdaten|anmeldedaten|facebook-(?:login|zugangsdaten)|e-mail-passwörter|online-identität|identität|dateien|daten)`;

/** An amount of money as a lure writes it: "399,99 €", "€ 399", "EUR 1.299,00", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd|chf)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euro|usd|dollar|chf)\b)`;
/** What was paid: every noun a lure uses for it, and those that only a charge can be ("Ihre Zahlung"). */
const CHARGE = String.raw`(?:zahlung|kartenzahlung|kreditkartenzahlung|abbuchung|belastung|kreditkartenbelastung|transaktion|überweisung|lastschrift|verlängerung)(?:en)?`;
const PURCHASE = String.raw`(?:${CHARGE}|bestellung(?:en)?|kauf|käufe|einkauf|einkäufe)`;

export const LEXICON_DE: Lexicon = {
  lang: 'de',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:erkannt|entdeckt|gefunden|festgestellt|infiziert|infektion)`,
        String.raw`\b(?:bedrohung(?:en)?|infektion(?:en)?|viren|virus)\s+(?:erkannt|gefunden|entdeckt)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan\p{L}*|virus|viren|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+${DEVICE}\b${gap(40)}\b(?:ist|wurde|wurden|sind|könnte|scheint|wird)\b${gap(30)}\b(?:infiziert|verseucht|befallen)\b`,
        String.raw`\b(?:mit|durch|von)\s+(?:\d+\s+)?(?:einem\s+|einer\s+|dem\s+|gefährlichen\s+)?${MALWARE}\b${gap(20)}\b(?:infiziert|verseucht|befallen)`,
        String.raw`\b(?:viren|virus|trojaner|bedrohung(?:en)?|schadsoftware|malware|spyware)\b${gap(30)}\bauf\s+${DETERMINER}\s+${DEVICE}\b${gap(20)}\b(?:erkannt|entdeckt|gefunden|festgestellt)`,
        String.raw`\b${DEVICE}\b${gap(30)}\b(?:durch|von)\s+(?:\d+\s+)?(?:viren|virus|trojaner|schadsoftware|malware|spyware)\s+(?:gefährdet|bedroht|befallen|infiziert)`,
        String.raw`\bauf\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:viren|virus|trojaner|bedrohung(?:en)?|schadsoftware|malware|spyware)\b${gap(20)}\b(?:erkannt|entdeckt|gefunden|festgestellt)`,
        // A count of what a scan found: "5 Bedrohungen wurden bei der letzten Prüfung gefunden".
        String.raw`\b[1-9]\d*\s+(?:bedrohungen|schädlinge|viren|infektionen)\b${gap(40)}\b(?:erkannt|entdeckt|gefunden|festgestellt)\b`,
        // The count in an element of its own: "Bedrohungen wurden bei der letzten Prüfung gefunden" (not "keine").
        String.raw`(?<!\bkeine\s+)\b(?:bedrohungen|schädlinge)\s+wurden\b${gap(40)}\b(?:erkannt|entdeckt|gefunden|festgestellt)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|ip-adresse)\b${gap(40)}\b(?:wurde|ist|wird|wurden|sind)\b${gap(40)}\b(?:gesperrt|blockiert|deaktiviert|eingefroren)\b`,
        String.raw`\b(?:computer|pc|rechner|gerät|browser|windows|mac|iphone)\s+(?:wurde\s+|ist\s+)?(?:gesperrt|blockiert)\s*(?:!|$|[(:–—-])`,
        String.raw`\bwir\s+haben\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:gesperrt|blockiert|deaktiviert)`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${DEVICE}\b${gap(25)}\bnicht\s+(?:neu\s+starten|neustarten|herunterfahren|ausschalten|abschalten)\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:bitte\s+)?nicht\s+(?:neu\s+starten|neustarten|herunterfahren)\s*(?:[!.]|$)${NOT_UPDATE_BEFORE}`,
        String.raw`\b(?:starten|fahren|schalten)\s+sie\s+(?:ihren|ihr|den|das|diesen|dieses)\s+${DEVICE}\s+(?:auf\s+keinen\s+fall\s+|keinesfalls\s+)?nicht\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\bignorieren\s+sie\s+(?:diese|die|diesen|den)\s+(?:warnung|meldung|warnmeldung|sicherheitswarnung|benachrichtigung|hinweis)\s+nicht\b`,
        String.raw`\b(?:schließen|verlassen)\s+sie\s+(?:diese|dieses|die|das)\s+(?:seite|fenster|browser)\s+nicht\b${gap(40)}\b(?:neu\s+start|herunterf|computer|pc|rufen|anruf|virus|viren|risiko|gefahr|techniker|microsoft|apple)`,
        String.raw`\b(?:das\s+)?(?:schließen|verlassen|ignorieren)\s+(?:dieser|dieses)\s+(?:seite|fensters|warnung)\b${gap(60)}\b(?:gefährde\p{L}*|gefahr|risiko|sperrung|gesperrt|deaktivier\p{L}*|verlust)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        // "Rufen Sie … auf" opens a web page; only "Rufen Sie … an" is a call.
        String.raw`\b(?:rufen\s+sie|ruf)\b${gap(40)}\b${TARGET}${gap(25)}\ban\b`,
        String.raw`\b(?:rufen\s+sie|ruf)\b${gap(15)}\ban\s*:${gap(30)}\b${TARGET}`,
        String.raw`\b(?:kontaktieren\s+sie|kontaktiere|wenden\s+sie\s+sich\s+(?:sofort\s+|umgehend\s+|bitte\s+|jetzt\s+)?an|kontakt\s+(?:zu|mit))\b${gap(40)}\b${TARGET}`,
        // Not "Microsoft-Anrufen": the noun (calls from "Microsoft"), written onto the name.
        String.raw`\b${TARGET}${gap(25)}(?<!-)\b(?:anrufen|kontaktieren)\b`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|sicherheit|hotline|helpline|technischer\s+support)\s*(?:\(\s*)?(?:gebührenfrei|kostenlos)`,
        String.raw`\b(?:sprechen|chatten)\s+sie\s+mit\s+(?:einem|unseren|einem\s+zertifizierten)\s+(?:microsoft|apple|windows|zertifizierten)[\s-]*(?:techniker|experten)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:ihre|ihr|deine|dein)\s+(?:\p{L}+\s+)?${DATA}\b${gap(50)}\b(?:gefährdet|in\s+gefahr|gestohlen|kompromittiert|offengelegt|preisgegeben|abgegriffen|ausgespäht|gehackt|entwendet|verletzt)`,
        String.raw`\b(?:ihre|deine)\s+(?:\p{L}+\s+)?${DATA}\b${gap(80)}\b(?:stehlen|ausspähen|abgreifen|entwenden)\b`,
        String.raw`\b(?:stiehlt|stehlen|ausspähen|greift)\s+(?:ihre|deine)\s+${DATA}`,
        String.raw`\bdie\s+folgenden\s+daten\s+wurden\s+(?:verletzt|gestohlen|kompromittiert|offengelegt)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Melden Sie eine nicht autorisierte Zahlung in der App" is the bank's own help text.
        String.raw`(?<!\b(?:wenn|falls|ob|bei|melden\s+sie|melde)\s+(?:sie\s+)?(?:eine[nrm]?\s+|ein\s+|die\s+|den\s+)?)\b(?:nicht\s+autorisierte|unautorisierte|unberechtigte|unbefugte|betrügerische|verdächtige|ungewöhnliche|nicht\s+genehmigte)[nrs]?\s+${PURCHASE}\b${gap(40)}\b(?:erkannt|festgestellt|entdeckt|registriert|getätigt|aufgegeben|abgebucht|durchgeführt|ausgeführt|veranlasst|(?:über|von|in\s+höhe\s+von|im\s+wert\s+von)\s+${AMOUNT})`,
        String.raw`\b(?:wenn|falls|sollten|haben|hast)\s+(?:sie|du)\s+(?:diese[nrs]?|die|den|das)\s+${PURCHASE}\s+nicht\s+(?:selbst\s+|persönlich\s+)?(?:getätigt|autorisiert|aufgegeben|veranlasst|beauftragt|genehmigt|bestellt|vorgenommen|durchgeführt|erkennen|wiedererkennen|angefordert)\b`,
        String.raw`\b(?:rufen|ruf|anrufen|kontaktieren|kontaktiere|wenden)\b${gap(60)}\b(?:um\s+(?:(?:die|diese|den|diesen|das|dieses)\s+(?:\p{L}+\s+)?(?:${PURCHASE}|abonnement|abo)|(?:ihre|ihren|deine|deinen)\s+(?:\p{L}+\s+)?${CHARGE})\b${gap(20)}\b(?:zu\s+(?:stornieren|stoppen|widerrufen|sperren|blockieren|annullieren|kündigen|reklamieren)|rückgängig\s+zu\s+machen|anzufechten|zurückzubuchen)|zur\s+(?:stornierung|sperrung|rückbuchung|kündigung)\s+(?:der|dieser|ihrer|des|dieses|ihres)\s+(?:\p{L}+\s+)?(?:${PURCHASE}|abonnements|abos))\b`,
        String.raw`\b(?:abonnement|abo|jahresabonnement|jahresabo|mitgliedschaft|schutzplan|lizenz|jahreslizenz)\b${gap(30)}\b(?:wurde|ist)\s+(?:heute\s+|soeben\s+|bereits\s+)?(?:automatisch\s+)?(?:verlängert|erneuert)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:abonnement|abo|jahresabonnement|jahresabo|mitgliedschaft|schutzplan|lizenz|jahreslizenz)\b${gap(30)}\b(?:wurde|ist)\b${gap(40)}${AMOUNT}${gap(30)}\b(?:verlängert|erneuert)\b`,
        String.raw`(?:\b(?:wenn|falls|sollten)\s+(?:sie|du)\s+(?:uns\s+)?nicht\b${gap(30)}\b(?:anrufen|anrufst|zurückrufen)|\bohne\s+(?:ihren|deinen)\s+(?:anruf|rückruf))\b${gap(60)}\b(?:belast|abgebucht|abbuch|berechnet|eingezogen|verlänger)\p{L}*`,
        // Asked without "wenn": "Sie haben diese Zahlung nicht veranlasst?"; "Waren Sie das nicht? Rufen Sie …".
        String.raw`\b(?:sie|du)\s+(?:haben|hast)\s+(?:diese[nrs]?|die|den|das)\s+${PURCHASE}\s+nicht\s+(?:selbst\s+|persönlich\s+)?(?:getätigt|autorisiert|aufgegeben|veranlasst|beauftragt|genehmigt|bestellt|vorgenommen|durchgeführt|angefordert)\b`,
        String.raw`\b(?:waren\s+sie\s+das\s+nicht|warst\s+du\s+das\s+nicht|wenn\s+(?:sie|du)\s+das\s+nicht\s+(?:waren|warst))\b\s*[?!,]?${gap(15)}\b(?:rufen|ruf|anrufen)\b`,
        // A renewal told with its charge, not its amount: "… wurde automatisch verlängert und wird abgebucht".
        String.raw`\b(?:abonnement|abo|jahresabonnement|jahresabo|mitgliedschaft|schutzplan|lizenz|jahreslizenz)\b${gap(30)}\b(?:wurde|ist)\s+(?:heute\s+|soeben\s+|bereits\s+)?(?:automatisch\s+)?(?:verlängert|erneuert)\b${gap(80)}\b(?:abgebucht|belastet|berechnet|eingezogen|abbuchung|belastung)\b`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:(?:zugang|zugriff)(?=\s+(?:wurde|ist|wird|zu\s+(?:ihr|dies|dein)|auf\s+(?:ihr|dies|dein)))|lizenz|konto|registrierung|produktschlüssel|ip-adresse|apple-id|apple\s+id)\b${gap(40)}\b(?:aus\s+sicherheitsgründen|wegen\s+(?:verdächtiger|illegaler|ungewöhnlicher|unbefugter)|aufgrund\s+(?:verdächtiger|illegaler|ungewöhnlicher|unbefugter|eines\s+sicherheits\p{L}*))\b${gap(40)}\b(?:gesperrt|blockiert|deaktiviert|ausgesetzt|eingeschränkt|widerrufen)`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)[\s-]*(?:lizenz|registrierung|konto|produktschlüssel|lizenzschlüssel|id)\b${gap(30)}\b(?:gesperrt|blockiert|deaktiviert|widerrufen|ausgesetzt|suspendiert)`,
        String.raw`\bzugriff\s+auf\s+(?:dieses|diesen|ihr|ihren|dein|deinen)\s+${DEVICE}\b${gap(30)}\b(?:gesperrt|blockiert|deaktiviert|eingeschränkt|verweigert)`,
        String.raw`\b(?:sperrung|aussetzung|deaktivierung)\s+(?:ihrer|ihres|deiner|deines)\s+(?:windows|lizenz|registrierung|zugangs|zugriffs|kontos|produktschlüssels)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\bwir\s+haben\s+(?:ihr(?:en|e)?|dein(?:en|e)?)\s+(?:\p{L}+\s+){0,2}?(?:konto|karte|zugang|zugriff|online-banking)\b${gap(20)}\b(?:gesperrt|blockiert|eingeschränkt|eingefroren|deaktiviert)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:eine|diese|ihre)\s+raubkopie\s+(?:von|des)\s+(?:windows|macos|microsoft)`,
        String.raw`\b(?:illegale|gefälschte|unlizenzierte|nicht\s+lizenzierte|raubkopierte)[nrs]?\s+(?:kopie|version|installation|lizenz)\s+(?:von|des)\s+(?:windows|macos|microsoft|betriebssystems)`,
        String.raw`\b(?:illegale|gefälschte|raubkopierte|unlizenzierte)[nrs]?\s+(?:windows|macos)\b`,
        String.raw`\b(?:windows|macos)[\s-]*(?:lizenz|kopie|version|produktschlüssel|lizenzschlüssel)?\b${gap(20)}\b(?:ist|wurde)\s+(?:als\s+)?(?:illegal|raubkopie|gefälscht|gestohlen)\b`,
        String.raw`\b(?:raubkopierte|illegale)\s+software\s+(?:erkannt|entdeckt|gefunden)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hackerangriff|hacking-versuch|hackversuch|hackerversuch|hackingversuch|einbruchsversuch|eindringversuch|angriffsversuch)\p{L}*\b${gap(40)}\b(?:erkannt|entdeckt|festgestellt|blockiert|auf\s+ihr\p{L}*|von\s+ihr\p{L}*)`,
        String.raw`\b(?:unbefugte[nr]?|nicht\s+autorisierte[nr]?|verdächtige[nr]?|ungewöhnliche[nr]?)\s+(?:zugriff|zugriffe|aktivität(?:en)?|anmeldung|verbindung|datenverkehr)\b${gap(30)}\b(?:auf|von|über|an)\s+${DETERMINER}\s+(?:${DEVICE}|ip-adresse|ip|netzwerk)\b`,
        String.raw`${NOT_IF}\b(?:ihr|ihre|dein|deine)\s+(?:${DEVICE}|ip-adresse|netzwerk|webcam|kamera)\b${gap(30)}\b(?:wurde|wird|ist)\s+(?:gerade\s+|möglicherweise\s+)?(?:gehackt|angegriffen|ferngesteuert|kompromittiert|übernommen)`,
        String.raw`\bhacker\b${gap(30)}\b(?:versuchen|versucht)\b${gap(30)}\b(?:ihr|ihre|ihren|ihrem|ihrer|dein|deine|deinen|deinem)\b${gap(30)}\b(?:zugriff|zuzugreifen|stehlen|übernehmen|einzudringen)`,
        String.raw`\b(?:trojaner|spyware|malware)\b${gap(30)}\b(?:sendet|übermittelt|überträgt|stiehlt)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:fehler(?:code|nummer)?|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:fehler(?:code|nummer)?|error)\s*(?:#|nr\.|code|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:sicherheitswarnung|sicherheitsalarm|sicherheitsmeldung|sicherheitsverletzung|sicherheitsbenachrichtigung|firewall-?(?:warnung|alarm|meldung)|virenwarnung|viruswarnung|virenalarm|bedrohungswarnung)\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:sicherheitscenter|sicherheitszentrum|sicherheitswarnung|security\s+center)\b`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:warnung|alarm|warnsystem)\b`,
        String.raw`\bapple[\s-]*(?:sicherheitscenter|sicherheitszentrum|systemsicherheitscenter|sicherheitswarnung|security\s+center)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:anrufen|rufen|ruf|anruf|rufnummer|telefon\p{L}*|gebührenfrei\p{L}*|kostenlose\s+(?:rufnummer|hotline)|hotline|helpline|kontakt\p{L}*|support|techniker)\b`,
  ),
  discussion: phrase(
    // Compounds too: "Telefonbetrug", "Trickbetrüger".
    String.raw`\b(?:\p{L}*betrug|\p{L}*betrüger\p{L}*|betrugs\p{L}*|abzocke\p{L}*|abzocker\p{L}*|betrugsmasche|masche|fake\p{L}*|phishing|scam\p{L}*|support-betrug|fake-anruf\p{L}*|falsche[nr]?\s+(?:techniker|support|microsoft-mitarbeiter))\b`,
    // What is forged, as other languages' "faux …", "falso …": "gefälschte Viruswarnungen".
    String.raw`\bgefälschte[nrs]?\s+(?:\p{L}*warnung\p{L}*|\p{L}*meldung\p{L}*|\p{L}*nachricht\p{L}*|\p{L}*anruf\p{L}*|\p{L}*seite\p{L}*|pop-?ups?|fenster|support|techniker\p{L}*|mitarbeiter\p{L}*)`,
    String.raw`\b(?:vorsicht|warnung)\s+vor\b`,
    String.raw`\bist\s+(?:das|dies|diese\s+nummer)\s+(?:seriös|echt|betrug|ein\s+betrug|fake)\b`,
    String.raw`\b(?:rufen\s+sie\s+(?:niemals|keinesfalls|nie)|niemals\s+(?:anrufen|die\s+nummer))\b`,
    String.raw`\b(?:verbraucherzentrale|polizei\s+warnt|bsi\s+warnt)\b`,
  ),
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:wenn|falls|behauptet|behaupten|angeblich|vorgeblich|heißt\s+es)\b`,
    String.raw`\b(?:kunden|kundinnen|nutzer(?:innen)?|benutzer(?:innen)?|besitzer(?:innen)?|verbraucher(?:innen)?|betroffene|abonnenten|leser(?:innen)?)(?:\s+[\p{L}'-]+){0,4}?\s+(?:können|könnten|sollten|sollen|müssen|werden\s+gebeten|wurden\s+gebeten)\b`,
  ),
  // Not "betrügerische Abbuchung": a lure writes that of the charge it invents.
  scamWords: phrase(String.raw`betrüger(?!isch)|abzocke`),
  // The genitive: "Microsofts Support".
  nameEndings: ['s'],
};
