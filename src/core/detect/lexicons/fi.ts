import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Finnish glues case endings and possessive suffixes to its nouns ("tietokoneesi", "tietokoneellasi",
 * "tietokoneenne"), and consonant gradation changes the stem as it goes ("laite" → "laitteesi",
 * "selain" → "selaimesi", "tuki" → "tuen", "tieto" → "tiedot"). So words are stems followed by
 * any run of letters, and every gradation grade the endings need is spelled out.
 */

/**
 * A letter of a Finnish word ending. Not \p{L}: with the "iu" flags every \p{L} costs V8 a
 * case-folded Unicode table at compile time, and Finnish patterns need hundreds of endings.
 */
const L = '[a-zäöåšž]';

/** Stems of what a fake alert says is in danger, in every grade: laite/laitte-, selain/selaime-, puhelin/puhelime-. */
const DEVICE_STEM = String.raw`(?:tietokone|kannettava|lait(?:e|te)|(?:verkko)?selai(?:n|me)|(?:käyttö)?järjestelm|kone|puheli(?:n|me)|pc|mac|macbook|imac|iphone|ipad|windows)`;
/**
 * "Your device" is a possessive suffix in Finnish, in any case: tietokoneesi, tietokoneellasi,
 * laitteenne, Mac-tietokoneesi, PC:si. "Tämä tietokone" and its cases say "this device".
 */
const DEVICE_YOUR = String.raw`(?:${L}{1,20}-)?${DEVICE_STEM}:?${L}*(?:si|nne)`;
const THIS_DEVICE = String.raw`(?:tämä|tämän|tällä|tässä|tältä|tästä|tätä|tähän)\s+(?:${L}{1,20}-)?${DEVICE_STEM}${L}*`;
/** What not to restart or switch off: a computer in any case; "kone" only with "your" (a washing machine is one too). */
const DEVICE_OBJECT = String.raw`(?:${L}{1,20}-)?(?:(?:tietokone|lait(?:e|te)|järjestelm|pc|mac|macbook)${L}*|kone${L}*(?:si|nne))`;
const DEVICE_REF = String.raw`(?:${DEVICE_YOUR}|${THIS_DEVICE})`;
/** Malware names that never mean a flu. "virusta" is the partitive of "virus"; "virustorjunta" is antivirus. */
const VIRUS = String.raw`(?:virus(?:ta|ten)?|viruks${L}*)`;
const MALWARE = String.raw`(?:troijalai${L}*|troijan\s+hevo${L}*|trojan${L}*|haittaohjelm${L}*|vakoiluohjelm${L}*|mainosohjelm${L}*|kiristysohjelm${L}*|kiristyshaittaohjelm${L}*|malware|spyware|adware|ransomware|rootkit${L}*|keylogger${L}*|zeus)`;
/**
 * Malware that is not a trojan: "troijalaiset löysivät" is sport or history. A bare malware word
 * takes the participle of a headline ("havaittu"), not the past tense of news ("havaittiin").
 */
const MALWARE_NOT_TROJAN = String.raw`(?:haittaohjelm${L}*|vakoiluohjelm${L}*|mainosohjelm${L}*|kiristysohjelm${L}*|kiristyshaittaohjelm${L}*|malware|spyware|adware|ransomware|rootkit${L}*|keylogger${L}*)`;
/**
 * "Jos tietokoneesi on lukittu, …" is a help page, not an alert. The look-behind also covers the
 * compound's first part ("jos Windows-tietokoneesi") and a spelled-out "sinun".
 */
const NOT_IF = String.raw`(?<!\b(?:jos|kun|mikäli|kunnes|ellei|jollei|vaikka|epäilet,?\s+että|epäilette,?\s+että|luulet,?\s+että|luulette,?\s+että)\s+(?:sinun\s+|teidän\s+)?(?:${L}{1,20}-)?)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:päivit|asenn|bios|firmware|laiteohjelmisto)${L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:päivit|asenn|bios|firmware|laiteohjelmisto))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)${L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id))${L}*)`;
/** "Tuki" (support) grades to "tuen", "tukeen", "tuelle"; "teknikko" to "teknikolle". */
const SUPPORT = String.raw`(?:(?:teknis${L}*\s+)?tu(?:ki|e|k)${L}*|teknik${L}*|asiantunti${L}*|tukipalvelu${L}*|tukinumero${L}*)`;
const BRAND_SUPPORT = String.raw`(?:(?:microsoft|windows|apple|mac|macos|ms)${L}*[\s-]*(?:sertifioi${L}*\s+)?${SUPPORT})`;
/** Who a fake alert tells you to call. Not "tukeemme" (our support): that is everyday customer service. */
const TARGET = String.raw`(?:${BRAND_SUPPORT}|${BRAND}|teknis${L}*\s+tu(?:ki|e|k)${L}*(?<!mme)(?!${L})|sertifioi${L}*\s+(?:microsoft${L}*[\s-]*|apple${L}*[\s-]*|windows${L}*[\s-]*)?teknik${L}*|(?:tietoturva|turvallisuus)(?:keskus|osasto)${L}*)`;
/** Your data: a stem in any grade (tieto/tiedo-, tunnus/tunnukse-) and a possessive suffix. */
const DATA_STEM = String.raw`(?:salasan|pankki|verkkopankki|luottokortti|kortti|korttitie|korttitied|valokuv|kuv|henkilötie|henkilötied|kirjautumistie|kirjautumistied|tunnu|sähköposti|identiteet|tiedosto|tiedo|tieto|asiakirj)`;
const DATA_YOUR = String.raw`(?:${L}{1,20}-)?${DATA_STEM}${L}*(?:si|nne)`;
const DATA_ADJ = String.raw`(?:(?:kaikki|henkilökohtai${L}*|arkaluontei${L}*|yksityi${L}*|tallennet${L}*)\s+)?`;

/** An amount of money as a lure writes it: "499,99 €", "399 euroa", "€ 399", "EUR 1 299,00", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:€|\$|£|eur|euroa|euron|euro|usd|dollaria)\b)`;
/** What was paid, in either grade: maksu, veloitus/veloitukse-, tapahtuma, tilisiirto/tilisiirro-. */
const PAID = String.raw`(?:maksu|korttimaksu|veloitu|veloituks|tiliveloitu|tapahtum|korttitapahtum|tilisiir|siir|uusin)`;
/** "Tilaus" is both an order and a subscription; "ostos" a purchase. */
const BOUGHT = String.raw`(?:${PAID}|ostos|ostoks|osto|tilau|tilauks)`;
const SUSPENDED = String.raw`(?:jäädytetty|keskeytetty|estetty|lukittu|suljettu|peruutettu|peruttu|mitätöity|rajoitettu|poistettu\s+käytöstä)`;
const FOR_SECURITY = String.raw`(?:turvallisuussyistä|tietoturvasyistä|(?:epäilyttävän|epätavallisen|laittoman|luvattoman|haitallisen|vaarallisen)\s+(?:toiminnan|käytön|aktiivisuuden|kirjautumisen|liikenteen)\s+(?:vuoksi|takia|johdosta)|tietoturvaloukkauksen\s+(?:vuoksi|takia|johdosta))`;

export const LEXICON_FI: Lexicon = {
  lang: 'fi',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE_NOT_TROJAN}\b${gap(40)}\b(?:havaittu|havaitsi|havaitsimme|löydetty|löytyi|tunnistettu|tartun${L}*)`,
        String.raw`\b(?:troijalai${L}*|trojan${L}*|zeus)\b${gap(30)}\b(?:havaittu|tunnistettu|tartun${L}*)`,
        String.raw`\b(?:uhk${L}*|tartun${L}*|${VIRUS})\s+(?:havaittu|löydetty|löytyi)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|troijal|virus|viruks|malware|spyware|adware|ransomware|zeus|haittaohjelm)`,
        String.raw`\bhavaitu(?:t|n)?\s+(?:uhat|uhka|virukset|tartunnat)\s*:\s*(?:\(?\d+\)?\s*)?(?:trojan|troijal|virus|viruks|malware|spyware|adware|ransomware|zeus|haittaohjelm)`,
        String.raw`\b(?:${NOT_IF}${DEVICE_REF})\b${gap(40)}\b(?:on|ovat|oli|olivat|saattaa\s+olla|voi\s+olla|näyttää\s+olevan)\s+(?:vakavasti\s+|pahasti\s+|pahoin\s+)?(?:saastunut|saastuneet|saastunut|infektoitunut|infektoituneet|(?:${VIRUS}|haittaohjelm${L}*)\s+saastuttama|saanut\s+(?:${L}+\s+)?(?:virus)?tartunnan)\b`,
        String.raw`\b(?:${NOT_IF}${DEVICE_REF})\b${gap(40)}\b(?:on|ovat)\s+(?:${L}+\s+)?(?:vaurioitunut|vahingoittunut|vioittunut)\b${gap(40)}\b(?:${VIRUS}|${MALWARE})`,
        String.raw`\b(?:${NOT_IF}${DEVICE_REF})\b${gap(20)}\b(?:(?:on|oli)\s+)?(?:havaittu|havaittiin|löydetty|löydettiin|löytyi|löytyy|on)\s+(?:\(?\d+\)?\s+|${L}+\s+)?(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun${L}*)\b`,
        String.raw`\b(?:havaitsimme|löysimme|havaitsi|löysi|havaittiin|löydettiin)\b${gap(40)}\b${DEVICE_YOUR}\b${gap(20)}\b(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun${L}*)`,
        String.raw`\b(?:havaitsimme|löysimme|havaitsi|löysi|havaittiin|löydettiin)\b${gap(40)}\b(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun${L}*)\b${gap(20)}\b${DEVICE_YOUR}\b`,
        String.raw`\b(?:${VIRUS}|${MALWARE})\b${gap(30)}\b(?:on\s+)?(?:saastuttanut|saastuttaneet|infektoinut)\s+${DEVICE_REF}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:${NOT_IF}(?:${DEVICE_REF}|ip-osoit${L}*(?:si|nne)))\b${gap(40)}\b(?:on|ovat|oli|olivat)\s+(?:nyt\s+)?(?:tilapäisesti\s+|väliaikaisesti\s+|pysyvästi\s+|kokonaan\s+)?(?:estetty|lukittu|lukittunut|jäädytetty|kaapattu|blokattu|poistettu\s+käytöstä)\b(?!\s+operaattori)`,
        String.raw`\b(?:${NOT_IF})(?:tietokone|laite|selain|windows|mac|iphone|pc|järjestelmä)\s+(?:on\s+)?(?:lukittu|estetty|jäädytetty)\s*(?:!|$|[(:–—-])`,
        String.raw`\b(?:olemme|on)\s+(?:nyt\s+)?(?:estäneet|lukinneet|jäädyttäneet|estänyt|lukinnut|jäädyttänyt)\s+${DEVICE_REF}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:älä|älkää)\s+(?:yritä\s+|yrittäkö\s+)?(?:(?:käynnistä|käynnistäkö|käynnistää)\s+(?:${DEVICE_OBJECT}\s+)?uudelleen|(?:sammuta|sammuttako|sammuttaa|sulje|sulkeko|sulkea|katkaise|katkaisko|katkaista)(?:\s+tai\s+(?:käynnistä|käynnistäkö)\s+uudelleen)?(?:\s+(?:virtaa\s+)?${DEVICE_OBJECT}|\s*(?=[!.]|$)))\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:älä|älkää)\s+(?:ohita|ohittako|sivuuta|sivuuttako)\s+(?:tätä|tämä|näitä)\s+(?:${L}+\s+)?(?:tietoturva|turvallisuus|virus)?(?:varoitusta|varoituksia|varoitukset|ilmoitusta|ilmoituksia|hälytystä|hälytyksiä|viestiä)\b`,
        String.raw`\b(?:älä|älkää)\s+(?:jätä|jättäkö)\s+(?:tätä|tämä|näitä)\s+(?:${L}+\s+)?(?:tietoturva|turvallisuus|virus)?(?:varoitusta|varoituksia|ilmoitusta|hälytystä|viestiä)\s+huomiotta\b`,
        String.raw`\b(?:älä|älkää)\s+(?:sulje|sulkeko|poistu|poistuko)\s+(?:(?:tätä|tältä|tästä)\s+)?(?:ikkuna|sivu|selai|välilehte|välilehde)${L}*\b${gap(40)}\b(?:käynnist|sammut|soita|soitta|riski|vaara|tietokone|virus|viruks|teknik|microsoft|apple|menet|lukit|estet)`,
        String.raw`\b(?:tämän\s+)?(?:sivun|ikkunan|varoituksen|ilmoituksen)\s+(?:sulkeminen|ohittaminen|sivuuttaminen|jättäminen\s+huomiotta)\b${gap(60)}\b(?:vaaran${L}*|vaara${L}*|riski${L}*|lukit${L}*|estä${L}*|estet${L}*|menety${L}*|menetyks${L}*|menettä${L}*|vahingo${L}*|jäädyt${L}*)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:soita|soittakaa|soitat|soitatte|soittamalla|soittamaan|soitettava|soitto${L}*)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:ota|ottakaa|otat|ottamalla|otettava)\b${gap(25)}\byhtey(?:ttä|s|den)\b${gap(30)}\b${TARGET}`,
        String.raw`\byhteydenotto${L}*\b${gap(30)}\b${TARGET}`,
        String.raw`\b${BRAND_SUPPORT}\b${gap(30)}\b(?:soittamalla|soita|soittakaa|on\s+otettava\s+yhteyttä|yhteyttä\s+heti)\b`,
        String.raw`\b(?:microsoft|windows|apple|mac)${L}*[\s-]*(?:tuki|tuen|tietoturva${L}*|turvallisuus${L}*)\s*(?:\(\s*)?(?:maksuton${L}*|maksutta|ilmai${L}*|veloitukseto${L}*)`,
        String.raw`\b(?:puhu|puhukaa|keskustele|keskustelkaa|juttele)\s+(?:${L}+\s+)?(?:microsoft${L}*|apple${L}*|windows${L}*|sertifioi${L}*)[\s-]*(?:sertifioi${L}*\s+)?(?:teknik|asiantunti)${L}*`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:${NOT_IF}${DATA_ADJ}${DATA_YOUR})\b${gap(50)}\b(?:(?:ovat|on|voivat\s+olla|saattavat\s+olla|voi\s+olla|saattaa\s+olla)\s+(?:nyt\s+)?(?:vakavassa\s+)?(?:vaarassa|vaarannettu|vaarantuneet|vaarantunut|varastettu|varastettuja|paljastuneet|paljastunut|hakkeroitu|vuotaneet|vuotanut|uhattuna|riskissä)|vaarantuvat|vaarantuu|varastetaan|vuotavat)\b`,
        String.raw`\b(?:varastaa|varastavat|varastamaan|varastamassa|varastanut|varastaneet|kaappaa|kaappaavat)\s+(?:${L}+\s+)?${DATA_YOUR}\b`,
        String.raw`\bseuraavat\s+tiedot\s+(?:on|ovat)\s+(?:vuotaneet|varastettu|vaarantuneet|paljastuneet|vaarannettu)\b`,
        String.raw`\bkaikki\s+(?:${L}+\s+)?(?:tiedosto|tiedo|tieto|valokuv|kuv|asiakirj)${L}*(?:si|nne)\s+(?:${L}+\s+)?(?:poistetaan|tuhotaan|salataan|menetetään|katoavat)\b`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Ilmoita luvattomasta tapahtumasta sovelluksessa" is the bank's own help text.
        String.raw`(?<!\b(?:jos|kun|mikäli|ilmoita|ilmoittakaa|raportoi|huomaat|näet|havaitset)\s+(?:${L}+\s+)?)\b(?:luvaton|luvatonta|luvattom${L}*|epäilyttävä${L}*|epätavalli${L}*|tuntemato${L}*|tuntemattom${L}*|hyväksymätö${L}*|hyväksymättöm${L}*|valtuuttamato${L}*|valtuuttamattom${L}*)\s+(?:${BOUGHT}${L}*\b${gap(40)}(?:\b(?:havaittu|havaittiin|tehty|tehtiin|veloitettu|veloitettiin|rekisteröity|rekisteröitiin|suoritettu|suoritettiin)\b|${AMOUNT})|${AMOUNT}\s*(?:${L}+\s+)?${BOUGHT}${L}*)`,
        String.raw`\b(?:havaitsimme|olemme\s+havainneet|rekisteröimme|huomasimme)\s+(?:${L}+\s+)?(?:luvattoman|epäilyttävän|epätavallisen|tuntemattoman|hyväksymättömän|valtuuttamattoman)\s+${BOUGHT}`,
        String.raw`\bjos\s+(?:et|ette)\s+(?:itse\s+)?(?:ole\s+)?(?:itse\s+)?(?:tehnyt|tehneet|tee|tunnista|tunnistanut|hyväksynyt|hyväksyneet|hyväksy|valtuuttanut|tilannut|tilanneet|pyytänyt)\s+(?:itse\s+)?(?:tätä|tämän|näitä)\s+${BOUGHT}`,
        String.raw`\b(?:soita|soittakaa|ota\s+yhteyttä|ottakaa\s+yhteyttä)\b${gap(50)}\b(?:peruuttaaksesi|peruuttaaksenne|peruaksesi|peruaksenne|estääksesi|estääksenne|kiistääksesi|pysäyttääksesi|keskeyttääksesi|keskeyttääksenne)\s+(?:tämän\s+${BOUGHT}${L}*|${PAID}${L}*|(?:automaattisen\s+)?uusinnan)\b`,
        String.raw`\b(?:soita|soittakaa|ota\s+yhteyttä|ottakaa\s+yhteyttä)\b${gap(50)}\b(?:tämän\s+${BOUGHT}${L}*|${PAID}${L}*)\s+(?:peruuttamiseksi|perumiseksi|estämiseksi|kiistämiseksi|pysäyttämiseksi)\b`,
        String.raw`\b(?:tilau|tilauks|jäsenyy|jäsenyyd|lisenssi|suojau|suojauspaket|palvelupaket|sopimu|sopimuks)${L}*\b${gap(30)}\b(?:on\s+(?:nyt\s+)?(?:automaattisesti\s+)?(?:uusittu|jatkettu|uudistettu|uusiutunut)|uusittiin|uusiutui|jatkettiin)\b${gap(60)}${AMOUNT}`,
        String.raw`\bjos\s+(?:et|ette)\s+(?:soita|soittele|ota\s+yhteyttä|ota\s+meihin\s+yhteyttä)\b${gap(80)}\b(?:veloite|veloitam|laskute|laskutam|uusit|peritään|perimme)${L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:${NOT_IF})(?:pääsy(?=\s+(?:tähän|tälle|tämän|sinun|teidän|${L}+(?:si|nne)\b))|(?:${L}{1,20}-)?(?:apple[\s-]*id|id):?(?:si|nne)|(?:${L}{1,20}-)?(?:lisenssi|tili|tuoteavai|rekisteröinti|ip-osoit|tunnu|pääsy|käyttöoikeu)${L}*(?:si|nne))\b${gap(50)}\b(?:${SUSPENDED}\s+${FOR_SECURITY}|${FOR_SECURITY}\s+${SUSPENDED})`,
        String.raw`\b(?:${NOT_IF})(?:windows|microsoft|macos|apple|icloud)${L}*[\s-]*(?:lisenssi|rekisteröinti|tuoteavai|tili|id|tunnu)${L}*\b${gap(30)}\b(?:on|oli|ovat)\s+(?:nyt\s+)?(?:väliaikaisesti\s+|tilapäisesti\s+|pysyvästi\s+)?(?:jäädytetty|keskeytetty|estetty|lukittu|suljettu|peruutettu|peruttu|mitätöity|poistettu\s+käytöstä)\b`,
        String.raw`\bpääsy\s+(?:(?:tähän|tälle|sinun|teidän)\s+)?(?:${L}{1,20}-)?${DEVICE_STEM}${L}*\b${gap(30)}\b(?:on|oli)\s+(?:nyt\s+)?(?:estetty|lukittu|rajoitettu|evätty|jäädytetty|suljettu)\b`,
        String.raw`\b(?:${L}{1,20}-)?(?:lisenssi|rekisteröinti|käyttöoikeu|tuoteavaime)${L}*(?:si|nne)\s+(?:jäädyttäminen|jäädytys|keskeyttäminen|sulkeminen|peruuttaminen)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:piraatti${L}*|laiton|laitonta|laittom${L}*|luvaton|luvatonta|luvattom${L}*|väärennet${L}*|lisensoimato${L}*|lisensoimattom${L}*|krakat${L}*)\s+(?:(?:kopio|versio|lisenssi|asennu|asennus|avai|tuoteavai)${L}*\s+)?(?:windows|macos|microsoft)`,
        String.raw`\bpiraatti-?windows${L}*`,
        String.raw`\b(?:windows|macos)${L}*[\s-]*(?:kopio|versio|lisenssi|tuoteavai)${L}*\b${gap(20)}\b(?:on|oli|todettiin|tunnistettiin)\s+(?:${L}+\s+)?(?:laiton|laittomaksi|laittomana|piraatti${L}*|väärennetty|väärennös|varastettu)\b`,
        String.raw`\b(?:laiton|laitonta|laittom${L}*|piraatti${L}*)\s+(?:ohjelmisto|ohjelma)${L}*\s+(?:havaittu|havaittiin|löydetty|löytyi|asennettu)\b`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hakkerointiyri${L}*|hakkeriyri${L}*|murtoyri${L}*|tunkeutumisyri${L}*|tietomurtoyri${L}*|hakkerihyökkäy${L}*|hyökkäysyri${L}*)\b${gap(40)}\b(?:havaittu|estetty|torjuttu|${DEVICE_YOUR}|ip-osoit${L}*(?:si|nne))\b`,
        String.raw`(?<!\b(?:jos|kun|mikäli|huomaat|huomaatte|havaitset|näet)\s+(?:${L}+\s+)?)\b(?:luvaton|luvatonta|luvattom${L}*|epäilyttävä${L}*|epätavalli${L}*|valtuuttamato${L}*|valtuuttamattom${L}*)\s+(?:pääsy|kirjautu${L}*|yhtey${L}*|toimin${L}*|liiken${L}*|aktiivisuu${L}*)\b${gap(40)}\b(?:${DEVICE_REF}|(?:ip-osoit|ver(?:kko|ko)|yhtey|wifi|wlan)${L}*(?:si|nne))\b`,
        String.raw`\b(?:${NOT_IF}(?:${DEVICE_REF}|(?:ip-osoit|ver(?:kko|ko)|verkkokamer|kamer|webkamer|web-kamer)${L}*(?:si|nne)))\b${gap(30)}\b(?:on|ovat)\s+(?:juuri\s+|parhaillaan\s+|mahdollisesti\s+)?(?:hakkeroitu|murrettu|kaapattu|hyökkäyksen\s+kohteena|etäohjauksessa|etäohjattu|ulkopuolisen\s+hallinnassa)\b`,
        String.raw`\bhakkeri${L}*\b${gap(30)}\b(?:yrittävät|yrittää|yrittivät|yritti)\b${gap(40)}\b(?:${DEVICE_YOUR}|${DATA_YOUR}|sinun|teidän)\b`,
        String.raw`\b(?:lähetetään|välitetään|siirretään|lähetettiin|vuotavat)\b${gap(40)}\b(?:hakkereille|rikollisille|kyberrikollisille|verkkorikollisille)\b`,
        String.raw`\b(?:troijalai${L}*|vakoiluohjelm${L}*|haittaohjelm${L}*|spyware|malware|trojan${L}*)\b${gap(30)}\b(?:lähettää|lähettävät|välittää|välittävät|siirtää|siirtävät|varastaa|varastavat)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:virhekoodi${L}*|virhe${L}*|koodi${L}*|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:virhekoodi|virhe|error)\s*(?:#|nro\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:tietoturvavaroitu|turvallisuusvaroitu|virusvaroitu|palomuurivaroitu|uhkavaroitu|tietoturvaloukkau|tietoturvahälyty|turvahälyty|virushälyty|tietoturvailmoitu)${L}*`,
        String.raw`\b(?:windows|microsoft)${L}*[\s-]*(?:defender[\s-]*)?(?:tietoturvakeskus${L}*|suojauskeskus${L}*|security\s+center)`,
        String.raw`\bwindows[\s-]*defender\s*-?\s*(?:varoitu|hälyty|ilmoitu)${L}*`,
        String.raw`\bapple${L}*[\s-]*(?:tietoturvakeskus|tietoturvavaroitu|security\s+center)${L}*`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:soita|soittakaa|soitto${L}*|soittamalla|puhelin${L}*|puh|maksuton${L}*|maksutta|ilmai${L}*|yhteys${L}*|yhteyttä|yhteydenot${L}*|tu(?:ki|en|kea|keen|elle|esta)${L}*|asiakaspalvelu${L}*|neuvonta${L}*|teknik${L}*|palvelunumero${L}*)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:(?:tuki|puhelin|verkko|netti|microsoft|tietoturva)-?)?huija${L}*`,
    // Not bare "petos-": lures name their own "petostentorjunta" (fraud prevention).
    String.raw`\b(?:petos(?:ta|ten)?\b|petoks(?:en|et|ia|ista|esta|elta|iin)\b|petolli${L}*|(?:tietojen)?kalastelu${L}*|phishing|scam${L}*|vale(?:viest|ilmoitu|varoitu|sivu|puhelu|tuki|hälyty)${L}*)`,
    String.raw`\b(?:varo|varokaa|poliisi\s+varoittaa|varoittaa\s+huij${L}*)\b`,
    String.raw`\bonko\s+(?:tämä|tuo|se|tämä\s+numero|tämä\s+viesti|tämä\s+sivu)\s+(?:aito|oikea|luotettava|turvallinen|totta|huijaus)\b`,
    String.raw`\b(?:älä|älkää)\s+(?:koskaan|ikinä)\s+soit${L}*|\b(?:älä|älkää)\s+soit${L}*\s+(?:numeroon|tähän\s+numeroon|ponnahdus${L}*)`,
    String.raw`\b(?:kyberturvallisuuskeskus${L}*|kuluttajalii(?:tto|to)${L}*|kuluttajaneuvonta${L}*|ilmoita\s+(?:rikosilmoitus|petoksesta|huijauksesta))`,
  ),
  framing: phrase(String.raw`\b(?:jos|mikäli|sanoo|sanovat|muka|väittää|väittävät|väitti|väitetään|kuten|esimerkiksi)\b`),
  // "Huijaus" (a scam), "huijari" (a scammer), "huijata" (to scam), in compounds too ("puhelinhuijaus").
  scamWords: phrase(String.raw`huija`),
  // The cases: "Microsoftin tukeen", "Windowsille", "Applen", "Macia", "PC:llä".
  nameEndings: ['n', 'in', 'a', 'ä', 'ia', 'iä', 'lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'iin', 'ille', 'illa', 'illä', 'ilta', 'iltä', 'issa', 'issä', 'ista', 'istä'],
};
