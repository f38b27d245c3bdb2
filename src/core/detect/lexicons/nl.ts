import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const DEVICE = String.raw`(?:computer|pc|mac|macbook|iphone|ipad|apparaat|toestel|browser|systeem|laptop|windows)`;
const DETERMINER = String.raw`(?:uw|je|jouw|deze|dit)`;
const MALWARE = String.raw`(?:trojans?|trojaanse?\s+paard(?:en)?|malware|spyware|adware|ransomware|schadelijke\s+software|rootkits?|keyloggers?|zeus)`;
/** "Als uw computer vergrendeld is, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:als|wanneer|indien|zodra|tot|of)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:update|updates|bijwerk|installatie|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:update|bijwerk|installatie|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|ondersteuning|beveiliging|helpdesk|hulplijn|technici|technicus|experts?)|technische\s+(?:ondersteuning|support|helpdesk)|(?:gecertificeerde|microsoft|apple|windows)[\s-]*(?:technici|technicus|monteur)|beveiligingscentrum|beveiligingsafdeling)`;
const DATA = String.raw`(?:wachtwoorden|wachtwoord|bankgegevens|bankrekening|creditcard\p{L}*|foto['’]?s|persoonlijke\s+(?:gegevens|informatie|bestanden)|financiële\s+gegevens|inloggegevens|facebook-?(?:gegevens|login)|e-?mailwachtwoorden|identiteit|bestanden|gegevens)`;

/** An amount of money as a lure writes it: "€ 399,99", "€399", "399 euro", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euro|usd|dollar)\b)`;
/** What was paid, and those nouns that only a charge can be ("uw afschrijving"). */
const CHARGE = String.raw`(?:betaling|creditcardbetaling|pinbetaling|afschrijving|transactie|overboeking|incasso|verlenging)(?:en|s)?`;
const PURCHASE = String.raw`(?:${CHARGE}|aankopen|aankoop|bestellingen|bestelling)`;
const SUBSCRIPTION = String.raw`(?:abonnement|jaarabonnement|lidmaatschap|licentie|beschermingsplan|plan)`;

export const LEXICON_NL: Lexicon = {
  lang: 'nl',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:gedetecteerd|gevonden|ontdekt|aangetroffen|geïnfecteerd|geinfecteerd|besmet|infectie)`,
        String.raw`\b(?:bedreiging(?:en)?|infectie(?:s)?|virus(?:sen)?)\s+(?:gedetecteerd|gevonden|aangetroffen)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+${DEVICE}\b${gap(40)}\b(?:is|werd|zijn|lijkt|kan|mogelijk)\b${gap(25)}\b(?:geïnfecteerd|geinfecteerd|besmet)\b`,
        String.raw`\b(?:geïnfecteerd|geinfecteerd|besmet)\s+(?:met|door)\s+(?:een\s+|de\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:virussen|virus|bedreigingen|bedreiging|${MALWARE})\b${gap(30)}\b(?:gedetecteerd|gevonden|aangetroffen|ontdekt)\s+op\s+${DETERMINER}\s+${DEVICE}\b`,
        String.raw`\bop\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:virussen|virus|bedreigingen|bedreiging|${MALWARE})\b${gap(20)}\b(?:gedetecteerd|gevonden|aangetroffen|ontdekt)`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|ip-adres)\b${gap(40)}\b(?:is|werd|wordt|zijn)\b${gap(30)}\b(?:geblokkeerd|vergrendeld|uitgeschakeld|bevroren|gekaapt)\b`,
        String.raw`\b(?:computer|pc|browser|windows|mac|iphone|apparaat)\s+(?:is\s+)?(?:geblokkeerd|vergrendeld)\s*(?:!|$|[(:–—-])`,
        String.raw`\bwe\s+hebben\s+${DETERMINER}\s+${DEVICE}\b${gap(20)}\b(?:geblokkeerd|vergrendeld|uitgeschakeld)`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:start|schakel|zet|sluit)\s+${DETERMINER}?\s*(?:de\s+|het\s+)?(?:computer|pc|mac|macbook|apparaat|systeem|laptop)\s+niet\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\bniet\s+(?:opnieuw\s+(?:op)?starten|herstarten|uitschakelen|afsluiten|uitzetten)\s*(?:[!.]|$)${NOT_UPDATE_BEFORE}`,
        String.raw`\bnegeer\s+(?:deze|dit|de|het)\s+(?:waarschuwing|melding|bericht|alarm|beveiligingswaarschuwing)\s+niet\b`,
        String.raw`\bsluit\s+(?:deze|dit|de)\s+(?:pagina|venster|browser|tabblad)\s+niet\b${gap(40)}\b(?:opnieuw|uitschakel|bel|risico|gevaar|computer|virus|technicus|microsoft|apple)`,
        String.raw`\b(?:het\s+)?(?:sluiten|verlaten|negeren)\s+van\s+(?:deze|dit)\s+(?:pagina|venster|waarschuwing)\b${gap(60)}\b(?:risico|gevaar|opschorting|geblokkeerd|blokkering|uitgeschakeld|verlies)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:bel|belt|bellen|neem\s+(?:direct\s+|onmiddellijk\s+|nu\s+)?contact\s+op\s+met|contact\s+opnemen\s+met|contacteer)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|ondersteuning|beveiliging|helpdesk)\s*(?:\(\s*)?(?:gratis|kosteloos)`,
        String.raw`\b(?:spreek|chat)\s+met\s+(?:een|onze)\s+(?:gecertificeerde\s+)?(?:microsoft|apple|windows)[\s-]*(?:technicus|technici|expert|experts|medewerker)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:uw|je|jouw)\s+(?:\p{L}+\s+)?${DATA}\b${gap(50)}\b(?:in\s+gevaar|(?:lopen|loopt)\s+(?:een\s+)?(?:groot\s+|ernstig\s+)?(?:risico|gevaar)|gestolen|gelekt|gecompromitteerd|buitgemaakt|gehackt|onderschept)`,
        String.raw`\b(?:stelen|steelt|ontfutselen|onderscheppen)\s+(?:uw|je|jouw)\s+${DATA}`,
        String.raw`\b(?:uw|je|jouw)\s+${DATA}\b${gap(60)}\bstelen\b`,
        String.raw`\bde\s+volgende\s+gegevens\s+zijn\s+(?:gelekt|gestolen|gecompromitteerd|buitgemaakt)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Meld een verdachte betaling in de app" is the bank's own help text.
        String.raw`(?<!\b(?:als|wanneer|indien|meld|melden|bij)\s+(?:(?:een|de|het|u|je)\s+)?)\b(?:niet[\s-]geautoriseerde|ongeautoriseerde|onbevoegde|frauduleuze|verdachte|ongebruikelijke|niet\s+herkende|onbekende)\s+${PURCHASE}\b${gap(40)}\b(?:gedetecteerd|ontdekt|vastgesteld|opgemerkt|geconstateerd|afgeschreven|uitgevoerd|geplaatst|verwerkt|(?:van|ter\s+waarde\s+van|voor)\s+${AMOUNT})`,
        String.raw`\b(?:als|indien|wanneer|heeft|hebt|heb)\s+(?:u|je|jij)\s+(?:deze|die|de|dit|het)\s+${PURCHASE}\s+niet\s+(?:zelf\s+)?(?:(?:heeft|hebt)\s+)?(?:gedaan|geplaatst|geautoriseerd|goedgekeurd|aangevraagd|herkent|uitgevoerd|verricht|besteld)\b`,
        String.raw`\b(?:bel|belt|bellen|neem\s+contact|contacteer)\b${gap(50)}\bom\s+(?:(?:deze|de|dit|het)\s+(?:\p{L}+\s+)?(?:${PURCHASE}|${SUBSCRIPTION})|(?:uw|je|jouw)\s+(?:\p{L}+\s+)?${CHARGE})\s+(?:te\s+(?:annuleren|blokkeren|stoppen|betwisten|herroepen|storneren)|stop\s+te\s+zetten|terug\s+te\s+(?:draaien|boeken|storten)|tegen\s+te\s+houden|ongedaan\s+te\s+maken)\b`,
        String.raw`\b${SUBSCRIPTION}\b${gap(30)}\b(?:is|werd)\s+(?:zojuist\s+|vandaag\s+)?(?:automatisch\s+|stilzwijgend\s+)?verlengd\b${gap(60)}${AMOUNT}`,
        String.raw`\b${SUBSCRIPTION}\b${gap(30)}\b(?:is|werd)\b${gap(40)}${AMOUNT}${gap(30)}\bverlengd\b`,
        String.raw`\b(?:als|indien)\s+(?:u|je)\s+(?:ons\s+)?niet\b${gap(30)}\b(?:belt|terugbelt|contact\s+opneemt)\b${gap(80)}\b(?:afgeschreven|in\s+rekening|geïncasseerd|verlengd|afgeboekt)`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:toegang(?=\s+(?:is|werd|wordt|tot\s+(?:uw|je|deze|dit)\b))|licentie|account|productsleutel|registratie|ip-adres|apple\s+id)\b${gap(40)}\b(?:om\s+veiligheidsredenen|wegens\s+(?:verdachte|illegale|ongebruikelijke|onbevoegde)|vanwege\s+(?:verdachte|illegale|ongebruikelijke|onbevoegde|een\s+beveiligings\p{L}*))\b${gap(30)}\b(?:geblokkeerd|opgeschort|uitgeschakeld|ingetrokken|beperkt|vergrendeld)`,
        String.raw`${NOT_IF}\b(?:toegang(?=\s+(?:is|werd|wordt|tot\s+(?:uw|je|deze|dit)\b))|licentie|account|productsleutel|registratie|ip-adres)\b${gap(40)}\b(?:geblokkeerd|opgeschort|uitgeschakeld|ingetrokken|vergrendeld)\s+(?:om\s+veiligheidsredenen|wegens\s+(?:verdachte|illegale|ongebruikelijke)|vanwege\s+(?:verdachte|illegale|ongebruikelijke))`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)[\s-]*(?:licentie|registratie|productsleutel|account|id)\b${gap(30)}\b(?:geblokkeerd|opgeschort|ingetrokken|uitgeschakeld|gedeactiveerd)`,
        String.raw`\btoegang\s+tot\s+(?:deze|dit|uw|je)\s+${DEVICE}\b${gap(30)}\b(?:geblokkeerd|opgeschort|uitgeschakeld|beperkt|vergrendeld|geweigerd)`,
        String.raw`\bopschorting\s+van\s+(?:uw|je)\s+(?:licentie|windows|registratie|account|toegang|productsleutel)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\b(?:(?:we|wij)\s+hebben|hebben\s+(?:we|wij))\s+(?:tijdelijk\s+)?(?:uw|je|jouw)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:rekening|kaart|account|toegang)\b${gap(20)}\b(?:geblokkeerd|opgeschort|beperkt|bevroren|gedeactiveerd)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:illegale|illegaal\s+gekopieerde|gekopieerde|vervalste|niet-originele|niet\s+originele|gekraakte)[\s-]*(?:kopie|versie|licentie|installatie|sleutel)\s+van\s+(?:windows|macos|microsoft)`,
        String.raw`\b(?:illegale|gekraakte|vervalste)\s+(?:windows|macos)\b`,
        String.raw`\b(?:kopie|versie|sleutel|licentie)\s+van\s+(?:windows|macos)\b${gap(20)}\b(?:is|werd)\s+(?:illegaal|vervalst|gestolen|gekraakt)\b`,
        String.raw`\b(?:windows|macos)[\s-]*(?:licentie|sleutel|kopie|productsleutel)\s+is\s+(?:illegaal|vervalst|gestolen|gekraakt)\b`,
        String.raw`\b(?:illegale\s+software|piraterij)\s+(?:gedetecteerd|gevonden|aangetroffen)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hackpoging(?:en)?|inbraakpoging(?:en)?|hackaanval(?:len)?|aanvalspoging(?:en)?)\b${gap(40)}\b(?:gedetecteerd|geblokkeerd|ontdekt|op\s+uw|op\s+je|vanaf\s+uw|via\s+uw)\b`,
        String.raw`\b(?:onbevoegde|ongeautoriseerde|verdachte|ongebruikelijke)\s+(?:toegang|activiteit|verbinding|aanmelding|inlogpoging|netwerkactiviteit)\b${gap(40)}\b(?:op|van|vanaf|tot|naar)\s+${DETERMINER}\s+(?:${DEVICE}|ip-adres|ip|netwerk|verbinding)\b`,
        String.raw`${NOT_IF}\b(?:uw|je|jouw)\s+(?:${DEVICE}|ip-adres|netwerk|webcam|camera)\b${gap(30)}\b(?:is|wordt|werd)\s+(?:mogelijk\s+|momenteel\s+)?(?:gehackt|aangevallen|gecompromitteerd|overgenomen|op\s+afstand\s+bestuurd)`,
        String.raw`\bhackers?\b${gap(30)}\b(?:proberen|probeert)\b${gap(40)}\b(?:uw|je|jouw)\b`,
        String.raw`\b(?:trojan|spyware|malware)\b${gap(30)}\b(?:verstuurt|stuurt|verzendt|steelt)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:foutcode|fout|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:foutcode|fout|error)\s*(?:#|nr\.|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:beveiligingswaarschuwing|beveiligingsmelding|beveiligingsalarm|viruswaarschuwing|virusmelding|firewall-?waarschuwing|beveiligingsinbreuk)\p{L}*\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:beveiligingscentrum|security\s+center)\b`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:waarschuwing|melding)\b`,
        String.raw`\bapple[\s-]*(?:beveiligingscentrum|beveiligingswaarschuwing|security\s+center)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:bel|belt|bellen|telefo\p{L}*|gratis\s+(?:nummer|bellen|telefoon\p{L}*)|gratis|hulplijn|helpdesk|hotline|contact|support|technicus|technici)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:oplicht\p{L}*|fraude\p{L}*|phishing|scam\p{L}*|helpdeskfraude|nep|nep-\p{L}+|nep(?:bericht|melding|site|website|pagina|helpdesk|support|medewerker|mail|technicus)\p{L}*)\b`,
    String.raw`\b(?:pas\s+op\s+voor|let\s+op\s+voor|trap\s+er\s+niet\s+in)\b`,
    String.raw`\bis\s+dit\s+(?:betrouwbaar|echt|oplichting|legitiem|nep)\b`,
    String.raw`\b(?:bel\s+nooit|bel\s+(?:dit|het|dat)\s+nummer\s+niet)\b`,
    String.raw`\b(?:fraudehelpdesk|melden\s+bij\s+de\s+politie)\b`,
  ),
  framing: phrase(String.raw`\b(?:als|indien|zegt|zeggen|beweert|beweren|zogenaamde?)\b`),
  scamWords: phrase(String.raw`oplicht`),
  nameEndings: [],
};
