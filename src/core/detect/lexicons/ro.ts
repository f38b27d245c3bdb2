import { gap, phrase, widen } from './pattern';
import type { Lexicon } from './types';

/*
 * Romanian. Kits write it three ways: with the comma-below letters (ș ț), with the older cedilla
 * ones (ş ţ) and with no diacritics at all ("calculatorul dvs. este infectat, nu reporniti"), and
 * "â" and "î" stand for each other in older spelling ("sînt"). So the sources below are written
 * with the standard letters and `ro()` widens each diacritic letter to every spelling of it.
 * The article is a suffix ("calculatorul", "browserul", "PC-ul") and the possessive follows the
 * noun ("calculatorul dvs."). The abbreviation "dvs." ends in a full stop, which a gap() does not
 * cross: every "your" is written out right after its noun, never left inside a gap.
 */

/** Each Romanian diacritic letter and the letters that stand for it in text typed without them. */
const SPELLINGS: Record<string, string> = {
  ă: 'aăã',
  â: 'aâî',
  î: 'iîâ',
  ș: 'sșş',
  ş: 'sșş',
  ț: 'tțţ',
  ţ: 'tțţ',
};

/** Outside a character class each diacritic letter becomes a class of its spellings. */
const AS_CLASS: Record<string, string> = Object.fromEntries(Object.entries(SPELLINGS).map(([letter, spellings]) => [letter, `(?:[${spellings}])`]));

/**
 * A pattern source with every diacritic letter widened to its spellings: "blocată" also reads
 * "blocata" and "blocatã", "închideți" also "inchideti" and "închideţi".
 */
function ro(source: string): string {
  return widen(source, AS_CLASS, SPELLINGS);
}

/** phrase() over Romanian sources. */
function rophrase(...sources: readonly string[]): RegExp {
  return phrase(...sources.map(ro));
}

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_RO: readonly string[] = [
  // calculator, reporniți, închideți, sunați / sună, apelați / apel gratuit, eroare / erori
  'calculato', 'reporn', 'nchide', 'sun[aă]', '\\bapel', 'eroa', 'erori',
  // parole, tranzacție, reînnoit, plată / plătit
  'parol', 'tranzac', 'nnoi', 'pl[aă]t[aăi]',
  // programe malițioase; furate, fură, să fure
  'mali[tțţ]', 'fur[aăe]',
  // talk about scams: escroc, escrocherie; înșelătorie, inselatorie
  'escroc', '[iî]n[sșş]el[aă]',
];

/** "Your": "dvs." (with or without its full stop), "dumneavoastră", the familiar "tău". Not "meu": a forum post's own computer. */
const YOUR = String.raw`(?:dvs\.?|d-voastră|dumneavoastră|d-vs\.?|tău|vostru)`;
/** Devices a lure names on their own: "Calculatorul a fost blocat". */
const DEVICE_NAMED = String.raw`(?:calculatorul|computerul|pc-ul|pcul|laptopul|browserul|mac-ul|macul|macbook-ul)`;
/** Devices that need a "your": "Sistemul a fost blocat" is also news about a ministry, "dispozitivul" a phone manual. */
const DEVICE_YOURS = String.raw`(?:sistemul|dispozitivul|iphone-ul|ipad-ul|windows-ul)`;
const DEVICE_BARE = String.raw`(?:calculator|computer|pc|laptop|sistem|dispozitiv|browser|mac|macbook|iphone|ipad)`;
const BRAND_WORD = String.raw`(?:\s+(?:windows|mac|apple|microsoft))?`;
/** "calculatorul dvs.", "computerul dvs. Windows", "acest PC", "sistemul dumneavoastră". */
const SUBJECT = String.raw`(?:${DEVICE_NAMED}${BRAND_WORD}(?:\s+${YOUR})?${BRAND_WORD}|${DEVICE_YOURS}${BRAND_WORD}\s+${YOUR}${BRAND_WORD}|(?:acest|acesta)\s+${DEVICE_BARE})`;
/** A device after "pe", "în", "la": "pe calculatorul dvs.", "pe acest PC". */
const DEVICE_REF = String.raw`(?:(?:${DEVICE_NAMED}|${DEVICE_YOURS})(?:\s+${YOUR})?|(?:acest|acesta)\s+${DEVICE_BARE})`;
/** What one must not restart or shut down. Not the browser: "nu închideți browserul" is a payment page. */
const DEVICE_POWER = String.raw`(?:calculator|computer|pc|laptop|sistem|dispozitiv|mac|macbook)(?:ul|-ul)?`;
/** "a fost", "este", "ar putea fi". */
const BE = String.raw`(?:a\s+fost|au\s+fost|este|e|era|ar\s+putea\s+fi|poate\s+fi|pare\s+să\s+fie|pare\s+a\s+fi)`;
const ADVERB = String.raw`(?:(?:acum|temporar|permanent|complet|definitiv|automat|deja|grav|serios|foarte)\s+)?`;
/** The endings of a participle: "blocat", "blocată", "blocate", "blocați". */
const PARTICIPLE = String.raw`(?:t|tă|te|ți)`;
const LOCKED = String.raw`(?:bloca|dezactiva|suspenda|restricționa|îngheța|sechestra|încuia|deturna)${PARTICIPLE}`;
const SUSPENDED = String.raw`(?:(?:bloca|suspenda|dezactiva|revoca|restricționa|anula|limita)${PARTICIPLE}|închis(?:ă|e)?|închiși)`;
const INFECTED = String.raw`(?:infecta|infesta|contamina|virusa)${PARTICIPLE}`;
const DETECTED = String.raw`(?:detecta|găsi|identifica|descoperi|depista)${PARTICIPLE}`;
const FOR_SECURITY = String.raw`(?:din\s+motive\s+de\s+securitate|din\s+motive\s+de\s+siguranță|din\s+cauza\s+(?:unei|unor)\s+(?:activități|activitate|încălcări|breșe)|pentru\s+activitate\s+suspectă|din\s+cauza\s+activității\s+suspecte)`;
/**
 * "Dacă calculatorul dvs. este blocat, …" is a help page, not an alert; so is a page that says a
 * message claims it ("spune că calculatorul …").
 */
const NOT_IF = String.raw`(?<!\b(?:dacă|când|până\s+când|în\s+cazul\s+în\s+care|chiar\s+dacă|de\s+îndată\s+ce|credeți\s+că|crezi\s+că|bănuiți\s+că|suspectați\s+că|(?:spune|spun|pretinde|pretind|susține|afirmă|scrie|anunță)\s+că)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:actualiz|instal|updat|upgrad|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:actualiz|instal|update|updat|upgrad|bios|firmware))`;
/** Not "Microsoft Teams", not the Apple Watch or the Apple Store. */
const BRAND = String.raw`(?:microsoft(?!\p{L}*[\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b)\p{L}*)`;
const BRAND_OR_OS = String.raw`(?:${BRAND}|windows|mac|macos)`;
/**
 * Who a fake alert tells you to call: "asistența Microsoft", "suportul tehnic Windows", "un
 * tehnician certificat Microsoft". Plain "asistența tehnică" only where the sentence ends or a
 * number follows: "asistența tehnică a furnizorului" is every ISP's help page.
 */
const TARGET = String.raw`(?:${BRAND}|(?:asistența|asistență|suportul|suport|serviciul|departamentul|echipa|centrul|linia)\s+(?:de\s+)?(?:asistență\s+|suport\s+)?(?:tehnică\s+|tehnic\s+)?${BRAND_OR_OS}|(?:windows|mac|macos|ms)[\s-]*(?:support|suport|helpdesk|help\s+desk)|(?:un|unui|unul\s+dintre)\s+(?:tehnician|specialist|expert|agent)\p{L}*\s+(?:certificat\p{L}*\s+)?${BRAND_OR_OS}|tehnician\p{L}*\s+certificat\p{L}*|(?:suport\p{L}*|asistenț\p{L}*)\s+tehnic\p{L}*(?=\s*(?:[:!(]|$|acum\b|imediat\b|\+?\d))|centrul\s+de\s+securitate\s+${BRAND_OR_OS}|departamentul\s+de\s+securitate\s+${BRAND_OR_OS})`;
const CALL = String.raw`(?:sunați|sună|suna|apelați|apelează|apela|telefonați|contactați|contactează|contacta|luați\s+legătura\s+cu|luați\s+legătura|vorbiți\s+cu|vorbește\s+cu)`;
const MALWARE_NOT_TROJAN = String.raw`(?:malware(?:-ul|ul)?|spyware(?:-ul|ul)?|adware(?:-ul|ul)?|ransomware(?:-ul|ul)?|rootkit\p{L}*|keylogger\p{L}*|program\p{L}*\s+(?:malițios|malițioase|spion|rău\s+intenționat\p{L}*|rău-intenționat\p{L}*)|software\s+(?:malițios|spion|rău\s+intenționat))`;
const TROJAN = String.raw`(?:(?<!\bcal(?:ul|ului)?\s+)troian(?:ul|i|ii|ului|ilor)?|trojan\p{L}*|zeus)`;
const MALWARE = String.raw`(?:${MALWARE_NOT_TROJAN}|${TROJAN})`;
/** Computer viruses: "virusuri" is the computer's plural, "viruși" is written for both. */
const VIRUS = String.raw`(?:virus(?:ul|uri|urile|urilor|ului)?|viruși|virușii)`;
const THREATS = String.raw`(?:${VIRUS}|${MALWARE}|amenințări|amenințare|amenințările|infecții|infecție)`;
/** What a lure says is at risk, with its article. */
const DATA = String.raw`(?:parolele|parola|datele|informațiile|fotografiile|pozele|imaginile|fișierele|documentele|conturile|contul\s+bancar|cardul|identitatea|e-mailurile|emailurile)`;
const DATA_PREDICATE = String.raw`(?:în\s+pericol|în\s+risc|la\s+risc|expus\p{L}*|furat\p{L}*|compromis\p{L}*|sustras\p{L}*|divulgat\p{L}*|în\s+curs\s+de\s+a\s+fi\s+furat\p{L}*)`;

/** An amount of money as a lure writes it: "1.499 lei", "499,99 RON", "€ 299", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:ron|lei|eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:lei|ron|€|\$|£|eur|euro|usd|dolari)\b)`;
/** What was paid, with and without the article ("plată", "plata"). Not "comanda": shops cancel orders every day. */
const PAID = String.raw`(?:plată|plata|plăți|tranzacție|tranzacția|tranzacții|achiziție|achiziția|achiziții|debitare|debitarea|retragere|retragerea|transfer|transferul|reînnoire|reînnoirea|cumpărătură|cumpărătura)`;
const UNAUTHORIZED = String.raw`(?:neautorizat|suspect|frauduloas|frauduloș|neobișnuit|neaprobat|necunoscut)\p{L}*`;
/**
 * A bank's help text: "Raportați tranzacția neautorizată", "dacă observați o plată suspectă".
 * A lure states its charge ("Plată neautorizată de 1.499 lei"); "o plată …" is one that may
 * happen, and the clipped context of a number often starts right there. A lure's "A fost
 * detectată o plată …" has its own pattern.
 */
const NOT_BANK_HELP = String.raw`(?<!\b(?:o|orice|vreo|unei|unor|raportați|raportează|raporta|semnalați|semnalează|semnala|contestați|contestă|observați|observi|vedeți|vezi|găsiți|descoperiți|identificați)\s+)`;

export const LEXICON_RO: Lexicon = {
  lang: 'ro',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: rophrase(
        String.raw`\b${MALWARE_NOT_TROJAN}\b${gap(40)}\b${DETECTED}\b`,
        // Not "a găsit" or "descoperit": "troian" is also the horse of history lessons.
        String.raw`\b${TROJAN}\b${gap(30)}\b(?:detecta|identifica)${PARTICIPLE}\b`,
        String.raw`\b(?:amenințări|amenințare|viruși|virusuri|virus|infecții|infecție)\s+${DETECTED}\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|troian|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${SUBJECT}\s+${BE}\s+${ADVERB}${INFECTED}\b(?!\s*\?)`,
        String.raw`${NOT_IF}\b${SUBJECT}\s+(?:are|conține)\s+\(?\d+\)?\s+(?:${VIRUS}|${MALWARE}|amenințări|infecții)`,
        String.raw`\b${INFECTED}\s+cu\s+(?:un\s+|o\s+|mai\s+multe\s+)?(?:periculos\s+)?(?:${MALWARE}|\(?\d+\)?\s+(?:viruși|virusuri))`,
        String.raw`\b(?:${DETECTED}|a\s+(?:detectat|găsit|identificat|descoperit)|am\s+(?:detectat|găsit|identificat|descoperit))\b${gap(30)}\b${THREATS}\b${gap(30)}\b(?:pe|în|din)\s+${DEVICE_REF}\b`,
        String.raw`\b${THREATS}\b${gap(30)}\b${DETECTED}\s+(?:pe|în)\s+${DEVICE_REF}\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: rophrase(
        String.raw`${NOT_IF}\b(?:${SUBJECT}|adresa\s+(?:dvs\.?\s+)?ip(?:\s+${YOUR})?)\s+${BE}\s+${ADVERB}${LOCKED}\b(?!\s*\?)`,
        String.raw`${NOT_IF}\b(?:calculator(?:ul)?|computer(?:ul)?|pc(?:-ul)?|browser(?:ul)?|sistem(?:ul)?|dispozitiv(?:ul)?|windows)\s+(?:este\s+|a\s+fost\s+)?(?:blocat|blocată|dezactivat)\s*(?:!|$|[(:–—-])`,
        String.raw`\bam\s+(?:blocat|dezactivat|suspendat)\s+(?:${DEVICE_NAMED}|${DEVICE_YOURS})\s+${YOUR}`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: rophrase(
        String.raw`\bnu\s+(?:reporniți|reporni|resetați|reseta|opriți|opri|închideți|închide|stingeți|stinge|deconectați|deconecta)\b${NOT_UPDATE_BEFORE}(?:\s+${DEVICE_POWER}(?:\s+${YOUR})?\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\bnu\s+(?:ignorați|ignora|neglijați)\s+(?:această|acest|aceste|acesta)\s+(?:avertizare|avertizări|avertisment|alertă|alerte|mesaj|notificare)\p{L}*`,
        String.raw`\bnu\s+(?:închideți|închide|părăsiți|părăsi|reîncărcați|reîncărca)\s+(?:această|acest)\s+(?:pagină|fereastră|browser|filă|tab)\p{L}*\b${gap(40)}\b(?:reporn|sunați|suna|risc|pericol|calculator|computer|virus|tehnician|microsoft|apple|blocat|blocare)\p{L}*`,
        String.raw`\b(?:închiderea|părăsirea|ignorarea)\s+(?:acestei|acestui)\s+(?:pagini|ferestre|avertizări|alerte|avertisment|mesaj)\p{L}*\b${gap(60)}\b(?:risc|pericol|blocar|suspendar|dezactivar|compromit)\p{L}*`,
        String.raw`\bdacă\s+(?:închideți|părăsiți|ignorați)\s+(?:această|acest)\s+(?:pagină|fereastră|avertizare|avertisment|alertă|mesaj)\b${gap(60)}\b(?:risc|pericol|bloca|suspenda|dezactiva|compromi)\p{L}*`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: rophrase(
        // "Nu sunați la Microsoft" is advice, never a lure.
        String.raw`(?<!\bnu\s+)\b${CALL}\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|suport|asistență)\s*(?:\(\s*)?(?:gratuit|apel\s+gratuit|linie\s+gratuită|număr\s+gratuit|toll[\s-]*free|non-stop)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: rophrase(
        String.raw`${NOT_IF}\b${DATA}\s+(?:\p{L}+\s+)?${YOUR}\b${gap(60)}\b(?:sunt|este|pot\s+fi|poate\s+fi|ar\s+putea\s+fi|vor\s+fi|va\s+fi|au\s+fost|a\s+fost|se\s+află)\s+(?:acum\s+|deja\s+|grav\s+)?${DATA_PREDICATE}`,
        // No "your", but no one else's either ("ale clienților", "a 1 milion de utilizatori").
        String.raw`${NOT_IF}\b(?:parolele|datele\s+bancare|datele\s+cardului|informațiile\s+bancare|fotografiile)\b(?!${gap(40)}\b(?:ale|al|a|clienților|utilizatorilor|românilor)\b)${gap(40)}\b(?:sunt|pot\s+fi)\s+(?:acum\s+)?(?:în\s+pericol|expuse|furate|compromise)`,
        String.raw`\b(?:fura|fură|fure|sustrage|sustragă|colecta|colecteze|accesa|acceseze)\s+(?:toate\s+)?${DATA}\s+(?:\p{L}+\s+)?${YOUR}`,
        String.raw`\bvă\s+(?:poate|pot|vor|va|poată|încearcă\s+să)\s+(?:fura|fure|sustrage|sustragă|colecta|accesa|cripta)\s+(?:toate\s+)?${DATA}`,
        String.raw`\bsă\s+vă\s+(?:fure|sustragă|colecteze|acceseze)\s+(?:toate\s+)?${DATA}`,
        String.raw`\burmătoarele\s+(?:date|informații)\s+(?:au\s+fost|sunt|pot\s+fi)\s+(?:expuse|furate|compromise|sustrase|divulgate|în\s+pericol)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: rophrase(
        String.raw`${NOT_BANK_HELP}\b${PAID}\s+${UNAUTHORIZED}\b${gap(40)}\b(?:${DETECTED}|înregistrat\p{L}*|efectuat\p{L}*|procesat\p{L}*|(?:de|în\s+valoare\s+de|în\s+sumă\s+de)\s+${AMOUNT})`,
        String.raw`\b(?:am\s+(?:detectat|înregistrat|observat|identificat)|(?:a|au)\s+fost\s+(?:detecta|înregistra|identifica|efectua|procesa)${PARTICIPLE})\s+(?:o|mai\s+multe|următoarea|următoarele)\s+${PAID}\s+${UNAUTHORIZED}`,
        String.raw`\bdacă\s+nu\s+(?:(?:ați|ai)\s+(?:efectuat|făcut|autorizat|aprobat|inițiat|solicitat|comandat)|recunoașteți|recunoști)\s+(?:această|aceasta|acest|aceste|plata|tranzacția|achiziția|comanda|abonamentul|reînnoirea|debitarea)\b${gap(60)}\b(?:sunați|sună|suna|apelați|telefonați|contactați|contactează)\b(?!\s+(?:la\s+)?(?:banca|bancă|băncii|emitentul))`,
        String.raw`\b(?:sunați|sună|apelați|telefonați|contactați)\b${gap(50)}\bpentru\s+a\s+(?:anula|opri|bloca|contesta|stopa|rambursa)\s+(?:această\s+${PAID}|aceste\s+plăți|plata|tranzacția|debitarea|reînnoirea|achiziția)\b`,
        String.raw`\b(?:abonament|licență|licența|membership|planul|protecți|serviciul|serviciu)\p{L}*(?:\s+${YOUR})?\b${gap(30)}\b(?:a\s+fost|au\s+fost)\s+(?:reînnoit|prelungit)\p{L}*\b${gap(60)}${AMOUNT}`,
        String.raw`\bdacă\s+nu\s+(?:sunați|ne\s+contactați|ne\s+sunați|apelați|suni)\b${gap(80)}\b(?:debit|suma|încasa|reînno|prelung|factur|percep)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: rophrase(
        String.raw`${NOT_IF}\b(?:licența|contul|cheia\s+de\s+produs|înregistrarea|adresa\s+ip|id-ul\s+apple|apple\s+id(?:-ul)?)(?:\s+${YOUR})?\b${gap(50)}\b(?:a\s+fost|au\s+fost|este|e|sunt)\s+${ADVERB}${SUSPENDED}\s+${FOR_SECURITY}`,
        String.raw`\b${FOR_SECURITY}\b${gap(30)}\b(?:licența|contul|calculatorul|computerul|accesul|pc-ul|dispozitivul)(?:\s+${YOUR})?\b${gap(25)}\b(?:a\s+fost|au\s+fost|este)\s+${ADVERB}${SUSPENDED}\b`,
        String.raw`${NOT_IF}\b(?:licența|contul|cheia\s+de\s+produs|înregistrarea|id-ul)\s+(?:${YOUR}\s+)?(?:windows|microsoft|macos|apple|icloud)(?:\s+${YOUR})?\b${gap(30)}\b(?:a\s+fost|este|au\s+fost)\s+${ADVERB}${SUSPENDED}\b(?!\s*\?)`,
        String.raw`${NOT_IF}\baccesul\s+(?:la|pe)\s+${DEVICE_REF}\b${gap(30)}\b(?:a\s+fost|este)\s+${ADVERB}${SUSPENDED}\b(?!\s*\?)`,
        String.raw`\bsuspendarea\s+(?:licenței|contului|accesului)\s+(?:${YOUR}\s+)?(?:windows|microsoft|apple)`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: rophrase(
        String.raw`\b(?:folosiți|utilizați|rulați|folosești|utilizezi|rulezi)\s+(?:o\s+|un\s+)?(?:copie|versiune|licență)\s+(?:piratat|ilegal|contrafăcut|nelicențiat|falsificat|crăcuit|neoriginal)\p{L}*\s+(?:a|de)\b${gap(30)}\b(?:windows|macos|microsoft)`,
        String.raw`\b(?:copie|copia|versiune|versiunea)\s+(?:${YOUR}\s+)?(?:de|a)\s+(?:windows|macos)\b${gap(30)}\b(?:este|a\s+fost\s+identificată\s+ca|pare\s+să\s+fie)\s+(?:ilegală|piratată|contrafăcută|nelicențiată|neoriginală|falsă)`,
        String.raw`\b(?:copie|versiune|software|program|sistem)\p{L}*\s+(?:piratat|ilegal|contrafăcut|nelicențiat)\p{L}*(?:\s+(?:de|a)\s+(?:windows|macos))?\s+(?:a\s+fost\s+)?${DETECTED}\b`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: rophrase(
        String.raw`\b(?:tentativă|tentative|încercare|încercări)\s+de\s+(?:hacking|hackuire|spargere|intruziune|piratare|atac)\p{L}*\b${gap(40)}\b(?:${DETECTED}\s*(?:!|$|:)|(?:pe|asupra|din|către)\s+${DEVICE_REF}|(?:pe|asupra|din|către|în)\s+rețeaua\s+${YOUR}|de\s+la\s+(?:adresa\s+)?ip\b)`,
        String.raw`\b(?:acces\s+neautorizat|conectare\s+neautorizată|autentificare\s+neautorizată|activitate\s+suspectă|activitate\s+neobișnuită|trafic\s+suspect|conexiune\s+suspectă)\b${gap(40)}\b(?:pe|de\s+la|din|la|către|în|asupra)\s+(?:${DEVICE_REF}|rețeaua\s+${YOUR}|adresa\s+(?:${YOUR}\s+)?ip|ip-ul\s+${YOUR})`,
        String.raw`${NOT_IF}\b(?:${DEVICE_NAMED}|${DEVICE_YOURS}|rețeaua|camera\s+web|camera|webcam-ul)\s+${YOUR}\b${gap(30)}\b(?:(?:a\s+fost|au\s+fost)\s+(?:spart|hackuit|piratat|compromis)\p{L}*|este\s+(?:spart|hackuit|compromis|atacat|monitorizat|controlat)\p{L}*|este\s+sub\s+atac)`,
        String.raw`\bhacker\p{L}*\b${gap(30)}\bîncearc\p{L}*\s+(?:să\s+vă\s|${gap(40)}\b(?:dvs|dumneavoastră|tale|tău)\b)`,
        String.raw`\b(?:${TROJAN}|spyware\p{L}*|malware\p{L}*|programul\s+spion|keylogger\p{L}*)\b${gap(30)}\b(?:trimite|transmite|fură|colectează|înregistrează)\b${gap(40)}\b(?:dvs|dumneavoastră|tale|tău)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: rophrase(
        String.raw`\b(?:cod(?:ul)?\s+(?:de\s+)?eroare|eroare|eroarea|cod|code|error|err)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:eroare|error|cod(?:ul)?\s+de\s+eroare)\s*(?:#|nr\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: rophrase(
        String.raw`\b(?:alertă|alerte|avertisment|avertizare|avertizarea)\s+(?:de\s+)?(?:securitate|virus|viruși|firewall|windows|microsoft)\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:centrul\s+de\s+securitate|security\s+center)\b`,
        String.raw`\bcentrul\s+de\s+securitate\s+(?:windows|microsoft|apple)\b`,
        String.raw`\b(?:windows[\s-]*defender[\s-]*(?:alertă|avertisment|avertizare)|(?:alertă|avertisment|avertizare)\s+windows[\s-]*defender)\b`,
      ),
    },
  ],
  callToAction: rophrase(
    String.raw`\b(?:sunați|suna|sună|sunați-ne|apelați|apel|apelul|telefon\p{L}*|tel|gratuit\p{L}*|contact\p{L}*|suport|asistență|asistența|tehnician\p{L}*|helpdesk|infolinie|call\s+center)\b`,
  ),
  discussion: rophrase(
    // Not "fraudă" or "frauduloasă": lures name a "departament de fraude" and a "tranzacție frauduloasă" themselves.
    String.raw`\b(?:înșelătorie\p{L}*|înșelăciune\p{L}*|înșelători\p{L}*|escroc\p{L}*|țeapă|țepe|țepar\p{L}*|fraudator\p{L}*|phishing\p{L}*|scam\p{L}*)\b`,
    String.raw`\b(?:fals|falsă|false|falși|falsul|falsa|falsele|falșii)\s+(?:suport|asistenț|tehnicien|alert|avertizăr|avertisment|mesaj|pagin|apel|angajaț|agenț)\p{L}*`,
    String.raw`\b(?:suport|asistenț|alert|avertizăr|avertisment|mesaj|pagin|apel|tehnicien)\p{L}*\s+(?:(?:tehnic|de\s+securitate|de\s+la\s+microsoft)\p{L}*\s+)?(?:fals|falsă|false|falși)\b`,
    String.raw`\b(?:atenție\s+la|feriți-vă\s+de|fiți\s+atenți\s+la|ferește-te\s+de|nu\s+vă\s+lăsați\s+păcăliți)\b`,
    String.raw`\b(?:este|e)\s+(?:aceasta|asta|acesta|acest\s+(?:mesaj|număr|site))\s+(?:o\s+)?(?:înșelătorie|țeapă|real|reală|legitim\p{L}*|adevărat\p{L}*|sigur)\b`,
    String.raw`\b(?:nu\s+sunați\s+niciodată|niciodată\s+nu\s+sunați|nu\s+sunați\s+(?:la\s+)?(?:acest|acel|numărul|numerele)|nu\s+apelați\s+(?:acest|numărul))\b`,
    String.raw`\b(?:poliția\s+(?:română\s+)?avertizează|dnsc|directoratul\s+național\s+de\s+securitate\s+cibernetică|cert-ro|anpc\s+avertizează)\b`,
  ),
  framing: rophrase(
    String.raw`\b(?:dacă|când|pretinde|pretind|pretinzând|susține|susțin|afirmă|spune|spun|chipurile|pretins\p{L}*|așa-zis\p{L}*|precum|cum\s+ar\s+fi)\b`,
  ),
  // Not "fraud": lures name a bank's "departament de fraude" themselves. "Țepe" whole: "Țepeș" is a prince.
  scamWords: rophrase(String.raw`înșel|escroc|țeap[ăa]|țepe\b|țepar|fraudator`),
  // Brand names stay as they are ("asistența Microsoft"); an article goes after a hyphen
  // ("Microsoft-ului"), which the name test already reads as the end of the name.
  nameEndings: [],
};
