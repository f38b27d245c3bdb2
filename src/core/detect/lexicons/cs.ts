import { gap, phrase, widen } from './pattern';
import type { Lexicon } from './types';

/*
 * Czech declines nouns and adjectives in seven cases and three genders ("počítač", "počítače",
 * "počítači", "počítačem"; "zablokován", "zablokována", "zablokováno"), addresses the reader
 * formally ("váš", "vaše", "vašeho"; "nerestartujte"), and is often typed without its diacritics
 * ("pocitac byl zablokovan"): kits copy text through tools that drop them. So the sources below
 * are written with diacritics and `czech()` lets each accented letter also stand for its bare one.
 */

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_CS: readonly string[] = [
  'po[čc][íi]ta', 'vir[yůue]', 'infik', 'hesl', 'hesel', '[úu]daj', 'platb', 'zaplat', 'edplat', 'zavol', 'volej', 'podpor', 'bezp', 'chyb', 'nevyp', 'nezav', 'pirá',
  'legál', 'opr[áa]vn', 'kamer', 'tel[.:]',
];

/** Each accented Czech letter, with the bare letter a text typed without diacritics has instead. */
const BARE: Record<string, string> = {
  á: 'a', č: 'c', ď: 'd', é: 'e', ě: 'e', í: 'i', ň: 'n', ó: 'o', ř: 'r', š: 's', ť: 't', ú: 'u', ů: 'u', ý: 'y', ž: 'z',
};

/** Outside a character class each accented letter becomes a class with its bare letter. */
const AS_CLASS: Record<string, string> = Object.fromEntries(Object.entries(BARE).map(([letter, bare]) => [letter, `[${letter}${bare}]`]));

/**
 * `phrase()`, where an accented letter outside a character class also matches its bare letter:
 * "počítač" reads "pocitac" too. Applied to the compiled source, so that `phrase()` still sees the
 * letter after each \b.
 */
function czech(...sources: readonly string[]): RegExp {
  const compiled = phrase(...sources);
  return new RegExp(widen(compiled.source, AS_CLASS), compiled.flags);
}

/** A letter of a Czech word ending. Not \p{L}: with the "iu" flags every \p{L} costs compile time. */
const L = '[a-záčďéěíňóřšťúůýž]';

/** What a fake alert says is in danger, in every case: počítač, počítače, počítači, počítačem… */
const DEVICE = String.raw`(?:počítač${L}{0,3}|pc|mac(?:u|em)?|macbook(?:u|em)?|notebook(?:u|em)?|laptop(?:u|em)?|prohlížeč${L}{0,3}|zařízení(?:m)?|systém(?:u|em)?|windows|iphon(?:e|u|em)|ipad(?:u|em)?)`;
/** "Your" (formal, informal, reflexive) and "this", in every case and gender. */
const DET = String.raw`(?:vaš(?:e|eho|emu|em|ím|i|í|ich|im|imi)?|váš|tv(?:ůj|oje|á|é|ého|ému|ém|ým|ou|oji|ojí|ých)|sv(?:ůj|oje|é|ého|ém|ým|ou|oji)|t(?:ento|ato|oto|ohoto|omuto|omto|ímto|éto|uto|outo|yto|ěchto))`;
/** "Pokud je váš počítač zablokován, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:pokud|jestli|jestliže|když|kdyby|zda|zdali|aby|až|dokud|jakmile)\s+(?:(?:je|jsou|byl|byla|bylo|byly|bude|budou|není|máte)\s+)?)`;
/** An update screen says it a sentence earlier ("Pracuje se na aktualizacích. Nevypínejte počítač."). */
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:aktualiz|instal|bios|firmware|upgrad|zálohov|konfigur)${L}*\b${gap(120, '')})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:aktualiz|instal|bios|firmware|upgrad|zálohov|konfigur))`;

const VIRUS = String.raw`vir(?:us${L}{0,3}|y|ů|u|em|ech|ům)`;
const MALWARE = String.raw`(?:trojan${L}*|malware${L}*|spyware${L}*|adware${L}*|ransomware${L}*|rootkit${L}*|keylogger${L}*|zeus|škodliv${L}*\s+(?:softwar|program|kód|aplikac)${L}*|špehovací${L}*\s+(?:softwar|program)${L}*)`;
const TROJAN_HORSE = String.raw`trojsk${L}*\s+k(?:ůň|on${L}{0,3})`;
const THREAT = String.raw`(?:${VIRUS}|${MALWARE}|${TROJAN_HORSE}|hrozb${L}*|infekc${L}*|\d+\s+(?:vir|hrozb|infekc)${L}*)`;
/** Found, as a participle (zjištěn, zjištěna, zjištěny…) or as a verb (našel, zjistili…). */
const DETECTED = String.raw`(?:zjištěn|detekován|nalezen|objeven|identifikován|odhalen)${L}*`;
const FOUND = String.raw`(?:našel|našla|našli|nalezl${L}*|zjistil${L}*|detekoval${L}*|objevil${L}*|odhalil${L}*)`;
const LOCKED = String.raw`(?:zablokován|blokován|uzamčen|zamčen|deaktivován|zmrazen|zmražen)${L}*`;
const SUSPENDED = String.raw`(?:zablokován|pozastaven|deaktivován|zrušen|omezen|uzamčen|zamčen|odebrán|zmrazen|suspendován)${L}*`;
const FOR_SECURITY = String.raw`(?:z\s+bezpečnostních\s+důvodů|kvůli\s+(?:podezřel|neobvykl|nelegáln|neoprávněn|nezákonn|ilegáln)${L}*\s+${L}+|z\s+důvodu\s+(?:podezřel|neobvykl|nelegáln|neoprávněn|nezákonn)${L}*\s+${L}+)`;

const BRAND = String.raw`(?:microsoft(?!${L}*[\s-]+teams)${L}*|appl(?:e|u|em)(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|podpor${L}*|technik${L}*|helpdesk|link${L}*)|(?:podpor|link|technik|specialist|odborník|oddělení|centr|helpdesk)${L}*\s+(?:technick${L}*\s+)?(?:podpory\s+)?(?:společnosti\s+|systému\s+)?(?:microsoft|apple|windows)|technick${L}*\s+podpor${L}*|(?:certifikovan|autorizovan)${L}*\s+(?:technik|specialist|odborník)${L}*|bezpečnostní${L}*\s+(?:centr|oddělení|link)${L}*)`;
const DATA = String.raw`(?:hes(?:l|el)${L}*|(?:(?:bankovní|osobní|přihlašovací|platební|citlivé|citlivých|osobních|bankovních|přihlašovacích|platebních)\s+)?(?:údaj${L}*|dat${L}{0,2})|fotografi${L}*|fotk${L}*|soubor${L}*|(?:kreditní${L}*|platební${L}*)\s+kart${L}*|bankovní${L}*\s+účt${L}*|bankovní\s+účet|identit${L}*|e-?mail${L}*)`;
const YOUR_PL = String.raw`(?:vaše|vašich|vaši|vaší|váš|vašim|tvoje|tvé|tvých|tvá|tvůj)`;

/** An amount of money as a lure writes it: "3 999 Kč", "4 999,- Kč", "199 EUR", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:czk|kč|eur|usd)\s?\d|\d[\d\s.,]{0,10}-?\s?(?:kč|korun|czk|€|\$|£|eur|usd)\b)`;
const SUSPICIOUS = String.raw`(?:neautorizovan|neoprávněn|podezřel|neobvykl|neznám|neschválen|nepovolen)${L}*`;
/** A payment, a charge, a transfer: what a charge can only be. */
const CHARGE = String.raw`(?:platb|transakc|stržen|převod|poplat|inkas|obnoven|předplatn)${L}*`;
const PURCHASE = String.raw`(?:platb|transakc|stržen|převod|poplat|inkas|obnoven|předplatn|nákup|objednávk|operac)${L}*`;
const THIS = String.raw`(?:tento|tuto|toto|tyto|této|tohoto|tenhle|tuhle|tohle)`;

export const LEXICON_CS: Lexicon = {
  lang: 'cs',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: czech(
        String.raw`\b${MALWARE}\s*(?:${L}+\s+)?(?:byl[aoy]?\s+)?${DETECTED}\s*(?:[!:(]|$|(?:na|v|ve)\s+${DET}\b)`,
        String.raw`\b(?:${DETECTED}|${FOUND})\b${gap(40)}\b${THREAT}\b${gap(30)}\b(?:na|v|ve)\s+${DET}\s+${DEVICE}\b`,
        String.raw`(?<!\b(?:pokud|jestli|zda|zdali|když)\s+)\b(?:na|v|ve)\s+${DET}\s+${DEVICE}\b${gap(40)}\b(?:${DETECTED}|${FOUND}|je|jsou|se\s+nachází|se\s+nacházejí)\b${gap(30)}\b${THREAT}\b`,
        String.raw`\b(?:hrozb|infekc|vir)${L}*\s+(?:zjištěn|detekován|nalezen)${L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|vir|malware|spyware|adware|ransomware|zeus|trojsk)`,
        String.raw`\b(?:zjištěn|detekován|nalezen)${L}*\s+(?:hrozb|infekc|vir)${L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|vir|malware|spyware|adware|ransomware|zeus|trojsk)`,
        String.raw`${NOT_IF}\b${DET}\s+${DEVICE}\b${gap(40)}\b(?:je|jsou|byl[aoy]?|bylo|může\s+být|mohl[aoy]?\s+být)\s+(?:nyní\s+|vážně\s+|silně\s+|pravděpodobně\s+)?(?:infikován|zavirován|nakažen|napaden${L}*\s+(?:vir|trojsk|malware|spyware))${L}*`,
        String.raw`(?:^|[!.:]\s*)(?:počítač|systém|pc|zařízení|prohlížeč)\s+(?:je\s+)?(?:infikován|zavirován)${L}*\s*(?:!|$|[(:–—-])`,
        String.raw`\b(?:infikován|zavirován|nakažen|napaden)${L}*\s+(?:\(?\d+\)?\s+)?(?:trojan${L}*|trojsk${L}*\s+kon${L}*|spyware${L}*|malware${L}*|adware${L}*|ransomware${L}*|škodliv${L}*\s+(?:softwar|program|kód)${L}*)`,
        String.raw`${NOT_IF}\b${DET}\s+${DEVICE}\b${gap(40)}\b(?:poškozen|narušen)${L}*\b${gap(40)}\b(?:${VIRUS}|${MALWARE}|${TROJAN_HORSE}|\d+\s+vir${L}*)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: czech(
        String.raw`${NOT_IF}\b${DET}\s+(?:${DEVICE}|ip\s+adres${L}*)\b${gap(60)}\b${LOCKED}\b(?!\s+po\s+(?:\d|nečinnosti))`,
        String.raw`${NOT_IF}\b(?:počítač|prohlížeč|zařízení|windows|mac|iphone|systém|pc)\s+(?:je\s+|byl\s+|bylo\s+)?(?:zablokován|uzamčen|blokován)${L}*\s*(?:!|$|[(:–—-])`,
        String.raw`\b(?:zablokovali|uzamkli|zamkli|zablokoval)\s+jsme\s+(?:${DET}\s+)?${DEVICE}\b`,
        String.raw`\b${DET}\s+${DEVICE}\s+jsme\s+(?:museli\s+)?(?:zablokovali|uzamkli|zamkli|zablokovat|uzamknout)\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: czech(
        String.raw`\b(?:nerestartujte|nerestartuj|nevypínejte|nevypínej|nevypínat|nerestartovat|nespouštějte\s+znovu|nezkoušejte\s+(?:restartovat|vypnout)|nepokoušejte\s+se\s+(?:restartovat|vypnout))\b${NOT_UPDATE_BEFORE}(?:\s+(?:ani\s+(?:nevypínejte|nerestartujte|nevypínej|nerestartuj)\s+)?(?:${DET}\s+)?${DEVICE}\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:${DET}\s+)?${DEVICE}\s+(?:nerestartujte|nevypínejte|nerestartuj|nevypínej)\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\bneignoruj(?:te)?\s+(?:toto|tato|tuto|tohle|tyto|tento)\s+(?:${L}+\s+)?(?:varování|upozornění|výstrah${L}*|zpráv${L}*|oznámení|hlášení)\b`,
        String.raw`\bnezavírej(?:te)?\s+(?:tuto|toto|tento|tohle|tenhle)\s+(?:stránk${L}*|okn${L}*|prohlížeč|kart${L}*|panel)\b${gap(40)}\b(?:restart|vypn|vypín|zavolej|volej|rizik|nebezpeč|počítač|${VIRUS}\b|technik|microsoft|apple|zablok|ztrát|poškoz)`,
        String.raw`\b(?:zavřením|opuštěním|ignorováním)\s+(?:této|tohoto)\s+(?:stránky|okna|výstrahy|varování|upozornění)\b${gap(60)}\b(?:rizik|ohroz|nebezpeč|zablok|ztrát|poškoz|vystav|deaktiv)${L}*`,
        String.raw`\b(?:pokud|jestli|jestliže|když)\s+(?:${THIS}\s+)?(?:stránk${L}*|okn${L}*|varování|upozornění)\s+(?:zavřete|opustíte|ignorujete|zavřeš)\b${gap(60)}\b(?:zablok|uzamk|uzamč|ztrát|poškoz|rizik|ohroz|deaktiv|smaz)${L}*`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: czech(
        String.raw`\b(?:zavolejte|zavolej|volejte|volej|zavolat|kontaktujte|kontaktuj|kontaktovat|telefonujte|obraťte\s+se\s+(?:ihned\s+|okamžitě\s+|prosím\s+)?na|spojte\s+se\s+(?:ihned\s+|okamžitě\s+|prosím\s+)?s)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)${L}*[\s-]*(?:support|podpor${L}*|technick${L}*\s+podpor${L}*|helpdesk)\s*(?:\(\s*)?(?:bezplatn${L}*|zdarma|zelen${L}*\s+link${L}*)`,
        String.raw`\b(?:podpor${L}*|technick${L}*\s+podpor${L}*)\s+(?:společnosti\s+)?(?:microsoft|windows|apple)${L}*\s*(?:\(\s*)?(?:bezplatn${L}*|zdarma|zelen${L}*\s+link${L}*)`,
        String.raw`\b(?:promluvte|mluvte|hovořte|chatujte|spojte)\s+(?:si\s+|se\s+)?s\s+(?:naším\s+)?(?:certifikovan${L}*\s+)?(?:technikem|odborníkem|expertem|specialistou)\s+(?:společnosti\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: czech(
        String.raw`${NOT_IF}\b${YOUR_PL}\s+(?:${L}+\s+)?${DATA}\b${gap(50)}\b(?:(?:jsou|je|mohou\s+být|může\s+být|byl[aoy]?)\s+(?:nyní\s+|vážně\s+)?(?:v\s+ohrožení|v\s+nebezpečí|ohrožen${L}*|ukraden${L}*|odcizen${L}*|kompromitován${L}*|zneužit${L}*|odhalen${L}*|hacknut${L}*)|(?:hrozí|je\s+ohrožen${L}*)|unikl${L}*|unikají)\b(?!${gap(40)}\b(?:pokud|jestli|jestliže|když|kdybyste)\b)`,
        String.raw`\b(?:ukrást|ukradnout|krást|krade|kradou|odcizit|odcizí|odcizují|zcizit|shromažďuje|sbírá)\s+${YOUR_PL}\s+(?:${L}+\s+)?${DATA}`,
        String.raw`\bnásledující\s+(?:údaje|data|informace)\s+(?:byly|byla|mohly\s+být)\s+(?:ukraden|odcizen|kompromitován|zveřejněn|prozrazen|vyzrazen)${L}*`,
        String.raw`\bhrozí\s+(?:krádež|odcizení|únik)\s+(?:vašich|vaší|vašeho|tvých)\s+(?:${L}+\s+)?${DATA}`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: czech(
        // "Nahlaste neautorizovanou transakci v aplikaci" is the bank's own help text.
        String.raw`(?<!\b(?:pokud|jestli|jestliže|když|nahlaste|nahlásit|nahlásíte|ohlaste|zjistíte|uvidíte|najdete|vidíte|případě|zaznamenáte|všimnete)\s+(?:${L}+\s+)?)\b${SUSPICIOUS}\s+(?:platb|transakc|nákup|převod|stržen|objednávk|operac|inkas)${L}*\b${gap(40)}\b(?:(?:zjištěn|detekován|zaznamenán|proveden|stržen|zaúčtován|zaregistrován|odečten)${L}*|ve\s+výši|v\s+hodnotě|v\s+částce|${AMOUNT})`,
        String.raw`\b(?:zjistili\s+jsme|zaznamenali\s+jsme|jsme\s+zjistili|jsme\s+zaznamenali|zaregistrovali\s+jsme|detekovali\s+jsme)\s+(?:${L}+\s+)?${SUSPICIOUS}\s+(?:platb|transakc|nákup|převod|stržen|objednávk|operac)${L}*`,
        String.raw`\b(?:pokud|jestliže|jestli|když)\s+(?:jste|jsi)\s+(?:${THIS}\s+${PURCHASE}\s+(?:vy\s+|sami\s+)?(?:neprovedl|neuskutečnil|neautorizoval|neobjednal|neschválil|nepovolil|nezadal|neprovád)${L}*|(?:neprovedl|neuskutečnil|neautorizoval|neobjednal|neschválil|nepovolil|nezadal)${L}*\s+(?:vy\s+|sami\s+)?${THIS}\s+${PURCHASE})`,
        String.raw`\b(?:pokud|jestliže|jestli)\s+(?:${THIS}\s+${PURCHASE}\s+nepoznáváte|nepoznáváte\s+${THIS}\s+${PURCHASE})`,
        String.raw`\b(?:zavolejte|volejte|zavolat|volat|kontaktujte|kontaktovat)\b${gap(50)}\b(?:abyste\s+(?:zrušil|zastavil|zablokoval|stornoval|reklamoval|zamítl)${L}*\s+(?:${THIS}\s+${PURCHASE}|(?:vaš${L}*\s+)?${CHARGE})|(?:pro|k|ke|kvůli)\s+(?:zrušení|zastavení|stornování|storno|zablokování|reklamaci|vrácení|zamítnutí)\s+(?:${THIS}\s+${PURCHASE}|(?:vaš${L}*\s+)?${CHARGE}))`,
        String.raw`\b(?:předplatn|členstv|licenc|služb|balíč|plán|ochran)${L}*\b${gap(30)}\b(?:(?:bylo|byla|byl|byly)\s+(?:nyní\s+)?(?:automaticky\s+)?(?:obnoven|prodloužen)${L}*|(?:se\s+)?(?:automaticky\s+)?(?:obnovil|prodloužil)${L}*)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:pokud|jestliže|jestli)\s+(?:nám\s+)?(?:nezavoláte|nezavoláš|nás\s+nekontaktujete|se\s+neozvete)\b${gap(80)}\b(?:stržen|strhnem|naúčt|účtov|obnov|prodlou|fakturov|odečt|částk)${L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: czech(
        String.raw`${NOT_IF}\b(?:licenc${L}*|účet|účt${L}*|produktov${L}*\s+klíč${L}*|registrac${L}*|ip\s+adres${L}*|apple\s+id)\b${gap(50)}\b(?:${SUSPENDED}\s+${FOR_SECURITY}|${FOR_SECURITY}\s+${SUSPENDED})`,
        String.raw`\b${FOR_SECURITY}\b${gap(30)}\b(?:licenc|účet|účt|počítač|zařízení|ip\s+adres)${L}*\b${gap(25)}\b${SUSPENDED}`,
        String.raw`\b(?:licenc|registrac|produktov${L}*\s+klíč|klíč|účet|účt)${L}*\s+(?:systému\s+|programu\s+)?(?:windows|microsoft|macos|apple|icloud)${L}*\b${gap(30)}\b${SUSPENDED}`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud)${L}*[\s-]+(?:licenc|registrac|účet|účt|id)${L}*\b${gap(30)}\b${SUSPENDED}`,
        String.raw`\bpřístup\s+(?:k|ke|do)\s+(?:${DET}\s+)?${DEVICE}\b${gap(30)}\b(?:${SUSPENDED}|odepřen${L}*)`,
        String.raw`\b(?:pozastavení|zablokování|deaktivace|zrušení)\s+(?:vaší|vašeho|vašich|tvé|tvého)\s+(?:licence|účtu|registrace|přístupu|produktového|windows)`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: czech(
        // Not the news: "Policie zabavila nelegální kopie Windows".
        String.raw`(?<!\b(?:zabavil|prodával|prodal|šířil|distribuoval|nabízel|prodej|šíření|distribuc|výrob|zabaven)${L}*\b${gap(40)})\b(?:pirátsk|nelegáln|nelicencovan|ilegáln|kradenou|kraden)${L}*\s+(?:(?:kopi|verz|licenc|instalac|klíč|systém)${L}*\s+)?(?:(?:systému|softwaru|programu|operačního\s+systému)\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:kopie|verze|licence|klíč)\s+(?:systému\s+)?(?:windows|macos)\b${gap(20)}\b(?:je|byla\s+(?:označena|identifikována)\s+jako|byl\s+(?:označen|identifikován)\s+jako)\s+(?:nelegáln|pirátsk|padělan|kraden)${L}*`,
        String.raw`\b(?:pirátsk|nelegáln)${L}*\s+(?:software|softwar${L}*|program${L}*|aplikac${L}*)\s+(?:byl\s+|byla\s+)?(?:zjištěn|detekován|nalezen)${L}*`,
        String.raw`\b(?:zjištěn|detekován|nalezen)${L}*\s+(?:pirátsk|nelegáln)${L}*\s+(?:software|softwar${L}*|program${L}*|kopi${L}*)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: czech(
        String.raw`\b(?:pok(?:us|usy|usu)\s+o\s+(?:hacknutí|hackování|průnik|napadení|neoprávněný\s+přístup|vniknutí|proniknutí)|hackersk${L}*\s+útok${L}*|průnik${L}*)\b${gap(40)}\b(?:na|do|z|ze|proti|k|ke)\s+${DET}\s+(?:${DEVICE}|ip\s+adres${L}*|ip|síť|síti|sítě|připojení|wifi|wi-fi)\b`,
        String.raw`\bpok(?:us|usy)\s+o\s+(?:hacknutí|hackování|průnik|napadení|vniknutí|proniknutí)\s+(?:byl\s+|byly\s+)?(?:zjištěn|detekován|zablokován|zaznamenán)${L}*\s*(?:[!:(]|$|z\s+ip|z\s+adresy)`,
        String.raw`\b(?:zjištěn|detekován|zaznamenán)${L}*\s+pok(?:us|usy)\s+o\s+(?:hacknutí|hackování|průnik|napadení|vniknutí|proniknutí)\s*(?:[!:(]|$|z\s+ip|z\s+adresy)`,
        String.raw`(?<!\b(?:pokud|jestli|jestliže|když|zaznamenáte|zjistíte|všimnete\s+si|uvidíte)\s+(?:${L}+\s+)?)\b(?:neoprávněn${L}*\s+(?:přístup|přihlášení|připojení|pokus)${L}*|podezřel${L}*\s+(?:aktivit|připojení|přihlášení|provoz)${L}*|neobvykl${L}*\s+aktivit${L}*)\b${gap(40)}\b(?:na|z|ze|do|k|ke|v|ve)\s+${DET}\s+(?:${DEVICE}|ip\s+adres${L}*|ip|síť|síti|sítě|připojení|wifi|wi-fi)\b`,
        String.raw`${NOT_IF}\b${DET}\s+(?:${DEVICE}|ip\s+adres${L}*|síť|webkamer${L}*|kamer${L}*)\b${gap(30)}\b(?:byl[aoy]?\s+|je\s+|jsou\s+|bylo\s+)?(?:hacknut${L}*|napaden${L}*|prolomen${L}*|vzdáleně\s+ovládán${L}*|pod\s+útokem|sledován${L}*|kompromitován${L}*|ovládán${L}*\s+hackery)`,
        String.raw`\bhacke(?:ř|r)${L}*\b${gap(30)}\b(?:se\s+)?(?:pokouš|snaž)${L}*\b${gap(40)}\b(?:vaš${L}*|váš|tvoj${L}*|tvůj|tvé|tvých)\b`,
        String.raw`\b(?:trojan${L}*|trojsk${L}*\s+kůň|spyware|malware|špehovací\s+software)\b${gap(30)}\b(?:odesílá|posílá|přenáší|krade|odcizuje|sbírá|předává)\b${gap(30)}\b(?:vaš${L}*|váš|tvoj${L}*|tvůj|tvé|tvých)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: czech(
        String.raw`\b(?:kód\s+chyby|chybový\s+kód|chyba|chyby|kód|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:kód\s+chyby|chybový\s+kód|chyba|error)\s*(?:#|č\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: czech(
        String.raw`\bbezpečnostní\s+(?:upozornění|výstrah${L}*|varování|poplach|hlášení|hrozb${L}*)\b`,
        String.raw`\b(?:varování|výstrah${L}*|upozornění)\s+(?:brány\s+firewall|firewallu|zabezpečení|před\s+${VIRUS}|systému\s+windows)\b`,
        String.raw`\bvirov${L}*\s+(?:výstrah|varování|upozornění|poplach)${L}*`,
        String.raw`\b(?:windows|microsoft)[\s-]*defender\s+(?:upozornění|výstrah${L}*|varování|alert)\b`,
        String.raw`\bcentrum\s+zabezpečení\s+(?:systému\s+|programu\s+)?(?:windows|microsoft)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|alert)\b`,
      ),
    },
  ],
  callToAction: czech(
    String.raw`\b(?:zavolejte|zavolej|volejte|volej|zavolat|volat|telefon${L}*|tel|bezplatn${L}*|zdarma|zelen${L}*\s+link${L}*|link${L}*|infolink${L}*|kontakt${L}*|podpor${L}*|technik${L}*|hotline|helpdesk)\b`,
  ),
  discussion: czech(
    // Not "oddělení pro boj proti podvodům": lures name the bank's fraud team themselves; not
    // "podvodná transakce", the charge a lure reports; not "podvodní", underwater.
    String.raw`(?<!\b(?:oddělení|odbor|tým|týmu|linka|linku|lince|proti)\s+(?:pro\s+)?(?:boj\s+proti\s+|prevenci\s+|prevence\s+|odhalování\s+)?)\b(?:podvodník${L}*|podvod(?:y|u|ů|em|ech|ům)?\b|podvodn(?:ý|á|é|ého|ou|ých|ým|ými|ém|ému)\b(?!\s+(?:platb|transakc|aktivit|převod|nákup|operac|stržen|přihlášen|pokus))|podfuk${L}*|šmejd${L}*|phishing${L}*|scam${L}*|falešn${L}*\s+(?:podpor|technik|upozorněn|varován|výstrah|stránk|hovor|telefonát|zpráv|hlášen|okn|pracovník|operátor|microsoft)${L}*)`,
    String.raw`\b(?:pozor\s+na|dejte\s+si\s+pozor|varujeme\s+před|varuje\s+před|upozorňuje\s+na\s+podvod)\b`,
    String.raw`\b(?:je|není)\s+(?:to|tohle|toto|tento|tato)\s+(?:${L}+\s+)?(?:podvod|bezpečné|pravé|legitimní|skutečně\s+od)\b`,
    String.raw`\b(?:nikdy\s+(?:nevolejte|nevolat|nezvedejte|neplaťte)|nevolejte\s+na\s+(?:toto|to|tohle|uvedené|žádné)\s+čísl${L}*)\b`,
    String.raw`\b(?:policie\s+(?:čr\s+)?(?:varuje|upozorňuje)|nahlásit\s+podvod|nahlaste\s+podvod|núkib|česká\s+obchodní\s+inspekce|čoi|dtest)\b`,
  ),
  framing: czech(String.raw`\b(?:pokud|jestliže|jestli|kdyby|zda|zdali|tvrdí|tvrdil${L}*|tvrdíc${L}*|údajně|prý|říká|říkají|uvádí|uvádějí|píše|píšou|např|například)\b`),
  // "Podvodník" (a scammer), "podvod" (a scam), in compounds too ("telefonní podvodníci"); not the
  // fraud team a lure names, not "podvodná transakce", not "podvodní" (underwater).
  scamWords: czech(
    String.raw`(?<!(?:oddělení|odbor|tým|týmu|proti)\s+(?:pro\s+)?(?:boj\s+proti\s+|prevenci\s+|prevence\s+)?|proti)podvod(?!ní(?:ho|m|mi|mu)?(?!${L})|n(?:ý|á|é|ou|ého)\s+(?:platb|transakc|aktivit|převod|nákup|operac|stržen|přihlášen))`,
    'podfuk',
    'šmejd',
  ),
  // The cases a brand name takes: "podpora Microsoftu", "s Microsoftem", "od Amazonu".
  nameEndings: ['u', 'em'],
};
