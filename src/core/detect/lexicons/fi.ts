import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Finnish glues case endings and possessive suffixes to its nouns ("tietokoneesi", "tietokoneellasi",
 * "tietokoneenne"), and consonant gradation changes the stem as it goes ("laite" → "laitteesi",
 * "selain" → "selaimesi", "tuki" → "tuen", "tieto" → "tiedot"). So words are stems followed by
 * \p{L}*, and every gradation grade the endings need is spelled out.
 */

/** Stems of what a fake alert says is in danger, in every grade: laite/laitte-, selain/selaime-, puhelin/puhelime-. */
const DEVICE_STEM = String.raw`(?:tietokone|kannettava|lait(?:e|te)|(?:verkko)?selai(?:n|me)|(?:käyttö)?järjestelm|kone|puheli(?:n|me)|pc|mac|macbook|imac|iphone|ipad|windows)`;
/**
 * "Your device" is a possessive suffix in Finnish, in any case: tietokoneesi, tietokoneellasi,
 * laitteenne, Mac-tietokoneesi, PC:si. "Tämä tietokone" and its cases say "this device".
 */
const DEVICE_YOUR = String.raw`(?:\p{L}+-)?${DEVICE_STEM}:?\p{L}*(?:si|nne)`;
const THIS_DEVICE = String.raw`(?:tämä|tämän|tällä|tässä|tältä|tästä|tätä|tähän)\s+(?:\p{L}+-)?${DEVICE_STEM}\p{L}*`;
/** What not to restart or switch off: a computer in any case; "kone" only with "your" (a washing machine is one too). */
const DEVICE_OBJECT = String.raw`(?:\p{L}+-)?(?:(?:tietokone|lait(?:e|te)|järjestelm|pc|mac|macbook)\p{L}*|kone\p{L}*(?:si|nne))`;
const DEVICE_REF = String.raw`(?:${DEVICE_YOUR}|${THIS_DEVICE})`;
/** Malware names that never mean a flu. "virusta" is the partitive of "virus"; "virustorjunta" is antivirus. */
const VIRUS = String.raw`(?:virus(?:ta|ten)?|viruks\p{L}*)`;
const MALWARE = String.raw`(?:troijalai\p{L}*|troijan\s+hevo\p{L}*|trojan\p{L}*|haittaohjelm\p{L}*|vakoiluohjelm\p{L}*|mainosohjelm\p{L}*|kiristysohjelm\p{L}*|kiristyshaittaohjelm\p{L}*|malware|spyware|adware|ransomware|rootkit\p{L}*|keylogger\p{L}*|zeus)`;
/**
 * Malware that is not a trojan: "troijalaiset löysivät" is sport or history. A bare malware word
 * takes the participle of a headline ("havaittu"), not the past tense of news ("havaittiin").
 */
const MALWARE_NOT_TROJAN = String.raw`(?:haittaohjelm\p{L}*|vakoiluohjelm\p{L}*|mainosohjelm\p{L}*|kiristysohjelm\p{L}*|kiristyshaittaohjelm\p{L}*|malware|spyware|adware|ransomware|rootkit\p{L}*|keylogger\p{L}*)`;
/**
 * "Jos tietokoneesi on lukittu, …" is a help page, not an alert. The look-behind also covers the
 * compound's first part ("jos Windows-tietokoneesi") and a spelled-out "sinun".
 */
const NOT_IF = String.raw`(?<!\b(?:jos|kun|mikäli|kunnes|ellei|jollei|vaikka|epäilet,?\s+että|epäilette,?\s+että|luulet,?\s+että|luulette,?\s+että)\s+(?:sinun\s+|teidän\s+)?(?:\p{L}+-)?)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:päivit|asenn|bios|firmware|laiteohjelmisto)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:päivit|asenn|bios|firmware|laiteohjelmisto))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id))\p{L}*)`;
/** "Tuki" (support) grades to "tuen", "tukeen", "tuelle"; "teknikko" to "teknikolle". */
const SUPPORT = String.raw`(?:(?:teknis\p{L}*\s+)?tu(?:ki|e|k)\p{L}*|teknik\p{L}*|asiantunti\p{L}*|tukipalvelu\p{L}*|tukinumero\p{L}*)`;
const BRAND_SUPPORT = String.raw`(?:(?:microsoft|windows|apple|mac|macos|ms)\p{L}*[\s-]*(?:sertifioi\p{L}*\s+)?${SUPPORT})`;
/** Who a fake alert tells you to call. Not "tukeemme" (our support): that is everyday customer service. */
const TARGET = String.raw`(?:${BRAND_SUPPORT}|${BRAND}|teknis\p{L}*\s+tu(?:ki|e|k)\p{L}*(?<!mme)(?!\p{L})|sertifioi\p{L}*\s+(?:microsoft\p{L}*[\s-]*|apple\p{L}*[\s-]*|windows\p{L}*[\s-]*)?teknik\p{L}*|(?:tietoturva|turvallisuus)(?:keskus|osasto)\p{L}*)`;
/** Your data: a stem in any grade (tieto/tiedo-, tunnus/tunnukse-) and a possessive suffix. */
const DATA_STEM = String.raw`(?:salasan|pankki|verkkopankki|luottokortti|kortti|korttitie|korttitied|valokuv|kuv|henkilötie|henkilötied|kirjautumistie|kirjautumistied|tunnu|sähköposti|identiteet|tiedosto|tiedo|tieto|asiakirj)`;
const DATA_YOUR = String.raw`(?:\p{L}+-)?${DATA_STEM}\p{L}*(?:si|nne)`;
const DATA_ADJ = String.raw`(?:(?:kaikki|henkilökohtai\p{L}*|arkaluontei\p{L}*|yksityi\p{L}*|tallennet\p{L}*)\s+)?`;

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
        String.raw`\b${MALWARE_NOT_TROJAN}\b${gap(40)}\b(?:havaittu|havaitsi|havaitsimme|löydetty|löytyi|tunnistettu|tartun\p{L}*)`,
        String.raw`\b(?:troijalai\p{L}*|trojan\p{L}*|zeus)\b${gap(30)}\b(?:havaittu|tunnistettu|tartun\p{L}*)`,
        String.raw`\b(?:uhk\p{L}*|tartun\p{L}*|${VIRUS})\s+(?:havaittu|löydetty|löytyi)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|troijal|virus|viruks|malware|spyware|adware|ransomware|zeus|haittaohjelm)`,
        String.raw`\bhavaitu(?:t|n)?\s+(?:uhat|uhka|virukset|tartunnat)\s*:\s*(?:\(?\d+\)?\s*)?(?:trojan|troijal|virus|viruks|malware|spyware|adware|ransomware|zeus|haittaohjelm)`,
        String.raw`${NOT_IF}\b${DEVICE_REF}\b${gap(40)}\b(?:on|ovat|oli|olivat|saattaa\s+olla|voi\s+olla|näyttää\s+olevan)\s+(?:vakavasti\s+|pahasti\s+|pahoin\s+)?(?:saastunut|saastuneet|saastunut|infektoitunut|infektoituneet|(?:${VIRUS}|haittaohjelm\p{L}*)\s+saastuttama|saanut\s+(?:\p{L}+\s+)?(?:virus)?tartunnan|vahingoittunut)\b`,
        String.raw`${NOT_IF}\b${DEVICE_REF}\b${gap(20)}\b(?:(?:on|oli)\s+)?(?:havaittu|havaittiin|löydetty|löydettiin|löytyi|löytyy|on)\s+(?:\(?\d+\)?\s+|\p{L}+\s+)?(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun\p{L}*)\b`,
        String.raw`\b(?:havaitsimme|löysimme|havaitsi|löysi|havaittiin|löydettiin)\b${gap(40)}\b${DEVICE_YOUR}\b${gap(20)}\b(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun\p{L}*)`,
        String.raw`\b(?:havaitsimme|löysimme|havaitsi|löysi|havaittiin|löydettiin)\b${gap(40)}\b(?:${VIRUS}|${MALWARE}|uhk(?:a|aa|ia|at|ien)|tartun\p{L}*)\b${gap(20)}\b${DEVICE_YOUR}\b`,
        String.raw`\b(?:${VIRUS}|${MALWARE})\b${gap(30)}\b(?:on\s+)?(?:saastuttanut|saastuttaneet|infektoinut)\s+${DEVICE_REF}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:${DEVICE_REF}|ip-osoit\p{L}*(?:si|nne))\b${gap(40)}\b(?:on|ovat|oli|olivat)\s+(?:nyt\s+)?(?:tilapäisesti\s+|väliaikaisesti\s+|pysyvästi\s+|kokonaan\s+)?(?:estetty|lukittu|lukittunut|jäädytetty|kaapattu|blokattu|poistettu\s+käytöstä)\b(?!\s+operaattori)`,
        String.raw`${NOT_IF}\b(?:tietokone|laite|selain|windows|mac|iphone|pc|järjestelmä)\s+(?:on\s+)?(?:lukittu|estetty|jäädytetty)\s*(?:!|$|[(:–—-])`,
        String.raw`\b(?:olemme|on)\s+(?:nyt\s+)?(?:estäneet|lukinneet|jäädyttäneet|estänyt|lukinnut|jäädyttänyt)\s+${DEVICE_REF}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:älä|älkää)\s+(?:yritä\s+|yrittäkö\s+)?(?:(?:käynnistä|käynnistäkö|käynnistää)\s+(?:${DEVICE_OBJECT}\s+)?uudelleen|(?:sammuta|sammuttako|sammuttaa|sulje|sulkeko|sulkea|katkaise|katkaisko|katkaista)(?:\s+tai\s+(?:käynnistä|käynnistäkö)\s+uudelleen)?(?:\s+(?:virtaa\s+)?${DEVICE_OBJECT}|\s*(?=[!.]|$)))\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:älä|älkää)\s+(?:ohita|ohittako|sivuuta|sivuuttako)\s+(?:tätä|tämä|näitä)\s+(?:\p{L}+\s+)?(?:tietoturva|turvallisuus|virus)?(?:varoitusta|varoituksia|varoitukset|ilmoitusta|ilmoituksia|hälytystä|hälytyksiä|viestiä)\b`,
        String.raw`\b(?:älä|älkää)\s+(?:jätä|jättäkö)\s+(?:tätä|tämä|näitä)\s+(?:\p{L}+\s+)?(?:tietoturva|turvallisuus|virus)?(?:varoitusta|varoituksia|ilmoitusta|hälytystä|viestiä)\s+huomiotta\b`,
        String.raw`\b(?:älä|älkää)\s+(?:sulje|sulkeko|poistu|poistuko)\s+(?:(?:tätä|tältä|tästä)\s+)?(?:ikkuna|sivu|selai|välilehte|välilehde)\p{L}*\b${gap(40)}\b(?:käynnist|sammut|soita|soitta|riski|vaara|tietokone|virus|viruks|teknik|microsoft|apple|menet|lukit|estet)`,
        String.raw`\b(?:tämän\s+)?(?:sivun|ikkunan|varoituksen|ilmoituksen)\s+(?:sulkeminen|ohittaminen|sivuuttaminen|jättäminen\s+huomiotta)\b${gap(60)}\b(?:vaaran\p{L}*|vaara\p{L}*|riski\p{L}*|lukit\p{L}*|estä\p{L}*|estet\p{L}*|menety\p{L}*|menetyks\p{L}*|menettä\p{L}*|vahingo\p{L}*|jäädyt\p{L}*)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:soita|soittakaa|soitat|soittamalla|soitto\p{L}*)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:ota|ottakaa|otat|ottamalla|otettava)\b${gap(25)}\byhtey(?:ttä|s|den)\b${gap(30)}\b${TARGET}`,
        String.raw`\byhteydenotto\p{L}*\b${gap(30)}\b${TARGET}`,
        String.raw`\b${BRAND_SUPPORT}\b${gap(30)}\b(?:soittamalla|soita|soittakaa|on\s+otettava\s+yhteyttä|yhteyttä\s+heti)\b`,
        String.raw`\b(?:microsoft|windows|apple|mac)\p{L}*[\s-]*(?:tuki|tuen|tietoturva\p{L}*|turvallisuus\p{L}*)\s*(?:\(\s*)?(?:maksuton\p{L}*|maksutta|ilmai\p{L}*|veloitukseto\p{L}*)`,
        String.raw`\b(?:puhu|puhukaa|keskustele|keskustelkaa|juttele)\s+(?:\p{L}+\s+)?(?:microsoft\p{L}*|apple\p{L}*|windows\p{L}*|sertifioi\p{L}*)[\s-]*(?:sertifioi\p{L}*\s+)?(?:teknik|asiantunti)\p{L}*`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DATA_ADJ}${DATA_YOUR}\b${gap(50)}\b(?:(?:ovat|on|voivat\s+olla|saattavat\s+olla|voi\s+olla|saattaa\s+olla)\s+(?:nyt\s+)?(?:vakavassa\s+)?(?:vaarassa|vaarannettu|vaarantuneet|vaarantunut|varastettu|varastettuja|paljastuneet|paljastunut|hakkeroitu|vuotaneet|vuotanut|uhattuna|riskissä)|vaarantuvat|vaarantuu|varastetaan|vuotavat)\b`,
        String.raw`\b(?:varastaa|varastavat|varastamaan|varastamassa|varastanut|varastaneet|kaappaa|kaappaavat)\s+(?:\p{L}+\s+)?${DATA_YOUR}\b`,
        String.raw`\bseuraavat\s+tiedot\s+(?:on|ovat)\s+(?:vuotaneet|varastettu|vaarantuneet|paljastuneet|vaarannettu)\b`,
        String.raw`\bkaikki\s+(?:\p{L}+\s+)?(?:tiedosto|tiedo|tieto|valokuv|kuv|asiakirj)\p{L}*(?:si|nne)\s+(?:\p{L}+\s+)?(?:poistetaan|tuhotaan|salataan|menetetään|katoavat)\b`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Ilmoita luvattomasta tapahtumasta sovelluksessa" is the bank's own help text.
        String.raw`(?<!\b(?:jos|kun|mikäli|ilmoita|ilmoittakaa|raportoi|huomaat|näet|havaitset)\s+(?:\p{L}+\s+)?)\b(?:luvaton|luvatonta|luvattom\p{L}*|epäilyttävä\p{L}*|epätavalli\p{L}*|tuntemato\p{L}*|tuntemattom\p{L}*|hyväksymätö\p{L}*|hyväksymättöm\p{L}*|valtuuttamato\p{L}*|valtuuttamattom\p{L}*)\s+(?:${BOUGHT}\p{L}*\b${gap(40)}(?:\b(?:havaittu|havaittiin|tehty|tehtiin|veloitettu|veloitettiin|rekisteröity|rekisteröitiin|suoritettu|suoritettiin)\b|${AMOUNT})|${AMOUNT}\s*(?:\p{L}+\s+)?${BOUGHT}\p{L}*)`,
        String.raw`\b(?:havaitsimme|olemme\s+havainneet|rekisteröimme|huomasimme)\s+(?:\p{L}+\s+)?(?:luvattoman|epäilyttävän|epätavallisen|tuntemattoman|hyväksymättömän|valtuuttamattoman)\s+${BOUGHT}`,
        String.raw`\bjos\s+(?:et|ette)\s+(?:itse\s+)?(?:ole\s+)?(?:itse\s+)?(?:tehnyt|tehneet|tee|tunnista|tunnistanut|hyväksynyt|hyväksyneet|hyväksy|valtuuttanut|tilannut|tilanneet|pyytänyt)\s+(?:itse\s+)?(?:tätä|tämän|näitä)\s+${BOUGHT}`,
        String.raw`\b(?:soita|soittakaa|ota\s+yhteyttä|ottakaa\s+yhteyttä)\b${gap(50)}\b(?:peruuttaaksesi|peruuttaaksenne|peruaksesi|peruaksenne|estääksesi|estääksenne|kiistääksesi|pysäyttääksesi|keskeyttääksesi|keskeyttääksenne)\s+(?:tämän\s+${BOUGHT}\p{L}*|${PAID}\p{L}*|(?:automaattisen\s+)?uusinnan)\b`,
        String.raw`\b(?:soita|soittakaa|ota\s+yhteyttä|ottakaa\s+yhteyttä)\b${gap(50)}\b(?:tämän\s+${BOUGHT}\p{L}*|${PAID}\p{L}*)\s+(?:peruuttamiseksi|perumiseksi|estämiseksi|kiistämiseksi|pysäyttämiseksi)\b`,
        String.raw`\b(?:tilau|tilauks|jäsenyy|jäsenyyd|lisenssi|suojau|suojauspaket|palvelupaket|sopimu|sopimuks)\p{L}*\b${gap(30)}\b(?:on\s+(?:nyt\s+)?(?:automaattisesti\s+)?(?:uusittu|jatkettu|uudistettu|uusiutunut)|uusittiin|uusiutui|jatkettiin)\b${gap(60)}${AMOUNT}`,
        String.raw`\bjos\s+(?:et|ette)\s+(?:soita|soittele|ota\s+yhteyttä|ota\s+meihin\s+yhteyttä)\b${gap(80)}\b(?:veloite|veloitam|laskute|laskutam|uusit|peritään|perimme)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:pääsy(?=\s+(?:tähän|tälle|tämän|sinun|teidän|\p{L}+(?:si|nne)\b))|(?:\p{L}+-)?(?:apple[\s-]*id|id):?(?:si|nne)|(?:\p{L}+-)?(?:lisenssi|tili|tuoteavai|rekisteröinti|ip-osoit|tunnu|pääsy|käyttöoikeu)\p{L}*(?:si|nne))\b${gap(50)}\b(?:${SUSPENDED}\s+${FOR_SECURITY}|${FOR_SECURITY}\s+${SUSPENDED})`,
        String.raw`${NOT_IF}\b(?:windows|microsoft|macos|apple|icloud)\p{L}*[\s-]*(?:lisenssi|rekisteröinti|tuoteavai|tili|id|tunnu)\p{L}*\b${gap(30)}\b(?:on|oli|ovat)\s+(?:nyt\s+)?(?:väliaikaisesti\s+|tilapäisesti\s+|pysyvästi\s+)?(?:jäädytetty|keskeytetty|estetty|lukittu|suljettu|peruutettu|peruttu|mitätöity|poistettu\s+käytöstä)\b`,
        String.raw`\bpääsy\s+(?:(?:tähän|tälle|sinun|teidän)\s+)?(?:\p{L}+-)?${DEVICE_STEM}\p{L}*\b${gap(30)}\b(?:on|oli)\s+(?:nyt\s+)?(?:estetty|lukittu|rajoitettu|evätty|jäädytetty|suljettu)\b`,
        String.raw`\b(?:\p{L}+-)?(?:lisenssi|rekisteröinti|käyttöoikeu|tuoteavaime)\p{L}*(?:si|nne)\s+(?:jäädyttäminen|jäädytys|keskeyttäminen|sulkeminen|peruuttaminen)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:piraatti\p{L}*|laiton|laitonta|laittom\p{L}*|luvaton|luvatonta|luvattom\p{L}*|väärennet\p{L}*|lisensoimato\p{L}*|lisensoimattom\p{L}*|krakat\p{L}*)\s+(?:(?:kopio|versio|lisenssi|asennu|asennus|avai|tuoteavai)\p{L}*\s+)?(?:windows|macos|microsoft)`,
        String.raw`\bpiraatti-?windows\p{L}*`,
        String.raw`\b(?:windows|macos)\p{L}*[\s-]*(?:kopio|versio|lisenssi|tuoteavai)\p{L}*\b${gap(20)}\b(?:on|oli|todettiin|tunnistettiin)\s+(?:\p{L}+\s+)?(?:laiton|laittomaksi|laittomana|piraatti\p{L}*|väärennetty|väärennös|varastettu)\b`,
        String.raw`\b(?:laiton|laitonta|laittom\p{L}*|piraatti\p{L}*)\s+(?:ohjelmisto|ohjelma)\p{L}*\s+(?:havaittu|havaittiin|löydetty|löytyi|asennettu)\b`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:hakkerointiyri\p{L}*|hakkeriyri\p{L}*|murtoyri\p{L}*|tunkeutumisyri\p{L}*|tietomurtoyri\p{L}*|hakkerihyökkäy\p{L}*|hyökkäysyri\p{L}*)\b${gap(40)}\b(?:havaittu|estetty|torjuttu|${DEVICE_YOUR}|ip-osoit\p{L}*(?:si|nne))\b`,
        String.raw`(?<!\b(?:jos|kun|mikäli|huomaat|huomaatte|havaitset|näet)\s+(?:\p{L}+\s+)?)\b(?:luvaton|luvatonta|luvattom\p{L}*|epäilyttävä\p{L}*|epätavalli\p{L}*|valtuuttamato\p{L}*|valtuuttamattom\p{L}*)\s+(?:pääsy|kirjautu\p{L}*|yhtey\p{L}*|toimin\p{L}*|liiken\p{L}*|aktiivisuu\p{L}*)\b${gap(40)}\b(?:${DEVICE_REF}|(?:ip-osoit|ver(?:kko|ko)|yhtey|wifi|wlan)\p{L}*(?:si|nne))\b`,
        String.raw`${NOT_IF}\b(?:${DEVICE_REF}|(?:ip-osoit|ver(?:kko|ko)|verkkokamer|kamer|webkamer|web-kamer)\p{L}*(?:si|nne))\b${gap(30)}\b(?:on|ovat)\s+(?:juuri\s+|parhaillaan\s+|mahdollisesti\s+)?(?:hakkeroitu|murrettu|kaapattu|hyökkäyksen\s+kohteena|etäohjauksessa|etäohjattu|ulkopuolisen\s+hallinnassa)\b`,
        String.raw`\bhakkeri\p{L}*\b${gap(30)}\b(?:yrittävät|yrittää|yrittivät|yritti)\b${gap(40)}\b(?:${DEVICE_YOUR}|${DATA_YOUR}|sinun|teidän)\b`,
        String.raw`\b(?:troijalai\p{L}*|vakoiluohjelm\p{L}*|haittaohjelm\p{L}*|spyware|malware|trojan\p{L}*)\b${gap(30)}\b(?:lähettää|lähettävät|välittää|välittävät|siirtää|siirtävät|varastaa|varastavat)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:virhekoodi\p{L}*|virhe\p{L}*|koodi\p{L}*|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:virhekoodi|virhe|error)\s*(?:#|nro\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:tietoturvavaroitu|turvallisuusvaroitu|virusvaroitu|palomuurivaroitu|uhkavaroitu|tietoturvaloukkau|tietoturvahälyty|turvahälyty|virushälyty|tietoturvailmoitu)\p{L}*`,
        String.raw`\b(?:windows|microsoft)\p{L}*[\s-]*(?:defender[\s-]*)?(?:tietoturvakeskus\p{L}*|suojauskeskus\p{L}*|security\s+center)`,
        String.raw`\bwindows[\s-]*defender\s*-?\s*(?:varoitu|hälyty|ilmoitu)\p{L}*`,
        String.raw`\bapple\p{L}*[\s-]*(?:tietoturvakeskus|tietoturvavaroitu|security\s+center)\p{L}*`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:soita|soittakaa|soitto\p{L}*|soittamalla|puhelin\p{L}*|puh|maksuton\p{L}*|maksutta|ilmai\p{L}*|yhteys\p{L}*|yhteyttä|yhteydenot\p{L}*|tu(?:ki|en|kea|keen|elle|esta)\p{L}*|asiakaspalvelu\p{L}*|neuvonta\p{L}*|teknik\p{L}*|palvelunumero\p{L}*)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:(?:tuki|puhelin|verkko|netti|microsoft|tietoturva)-?)?huija\p{L}*`,
    String.raw`\b(?:petos|petokse\p{L}*|petoks\p{L}*|petollis\p{L}*|(?:tietojen)?kalastelu\p{L}*|phishing|scam\p{L}*|vale(?:viest|ilmoitu|varoitu|sivu|puhelu|tuki|hälyty)\p{L}*)`,
    String.raw`\b(?:varo|varokaa|poliisi\s+varoittaa|varoittaa\s+huij\p{L}*)\b`,
    String.raw`\bonko\s+(?:tämä|tuo|se|tämä\s+numero|tämä\s+viesti|tämä\s+sivu)\s+(?:aito|oikea|luotettava|turvallinen|totta|huijaus)\b`,
    String.raw`\b(?:älä|älkää)\s+(?:koskaan|ikinä)\s+soit\p{L}*|\b(?:älä|älkää)\s+soit\p{L}*\s+(?:numeroon|tähän\s+numeroon|ponnahdus\p{L}*)`,
    String.raw`\b(?:kyberturvallisuuskeskus\p{L}*|kuluttajalii(?:tto|to)\p{L}*|kuluttajaneuvonta\p{L}*|ilmoita\s+(?:rikosilmoitus|petoksesta|huijauksesta))`,
  ),
};
