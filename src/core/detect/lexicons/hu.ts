import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Hungarian glues case endings and possessive suffixes to its nouns, in two vowel-harmony series
 * ("számítógépe", "számítógépét", "számítógépén", "számítógépedet"; "laptopja", "laptopját";
 * "böngészője"), and the formal "your" is the third person's: "számítógépét" is both "your
 * computer" and "his computer". So the patterns read a possessed noun only where nothing but an
 * article, "Ön" or a verb stands before it ("a számítógépét", "az Ön számítógépe"), never after
 * another noun that owns it ("a minisztérium hálózatát"). Word order is free ("A számítógépét
 * zároltuk", "Zároltuk a számítógépét"), so the patterns read both orders.
 *
 * Kits often drop the accents ("szamitogep", "zarolva"), so every accented vowel in the sources
 * below also matches its bare letter (see `hu()`), and "ő"/"ű" their look-alikes "õ"/"û" of
 * pages in Latin-1.
 */

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_HU: readonly string[] = [
  'sz[aá]m[ií]t', 'tr[oó]jai', 'k[aá]rtev', 'k[eé]mprog', 'fert[oöő]z',
  'z[aá]r[ojvá]', 'tilt', 'felf[uü]gg', 'ind[ií]t', 'kapcsol', '[aá]ll[ií]ts', 'figyelm',
  'h[ií]v[jd]', '[uü]gyf[eé]l', 't[aá]mogat', 'ingyen', 'd[ií]jmentes',
  'jelsz', 'adat', 'f[eé]nyk[eé]p', 'ellop', 'vesz[eé]ly', 'biztons[aá]g', 't[uű]zfal', 'hiba',
  'jogosulat', 'tranzak', 'el[oő]fizet', 'hekk', 'felt[oö]r', 'hozz[aá]f[eé]r', 'csal[oó]', '[aá]tver', 'kal[oó]z',
];

/** Every accented vowel of a source also matches its bare letter (and ő/ű their Latin-1 look-alikes). */
const BARE: Record<string, string> = {
  á: '[aá]',
  é: '[eé]',
  í: '[ií]',
  ó: '[oó]',
  ö: '[oö]',
  ő: '[oöőõô]',
  ú: '[uú]',
  ü: '[uü]',
  ű: '[uüűû]',
};
/** `phrase()` over sources written with accents. Sources never put an accented letter inside a [class]. */
function hu(...sources: readonly string[]): RegExp {
  return phrase(...sources.map((s) => s.replace(/[áéíóöőúüű]/g, (c) => BARE[c] ?? c)));
}

/** A letter of a Hungarian word, as escapes so that `hu()` leaves it alone (\p{L} is dear to compile). */
const L = String.raw`[a-z\u00e1\u00e9\u00ed\u00f3\u00f6\u0151\u00fa\u00fc\u0171\u00f5\u00fb\u00f4\u00e4]`;
/** Not a letter, digit, space or hyphen: the punctuation before a sentence or a list item. */
const PUNCT = String.raw`[^a-z0-9\u00c0-\u024f\s-]`;

/**
 * Who may stand right before a possessed noun that means "your …": the start, punctuation, an
 * article, "Ön"/"te", a conjunction, a brand, an infinitive ("ellopni a jelszavait"). A noun there
 * owns it ("a cég számítógépét", "a minisztérium hálózatát"): news, not an alert.
 */
const OWNER = String.raw`(?<=(?:^|${PUNCT}\s*|\b(?:a|az|ön|te|is|és|vagy|meg|most|már|máris|ezért|windows|mac|apple|microsoft|asztali|hordozható|${L}{2,20}ni)\s+))`;
/** "Ha a számítógépe zárolva van, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:ha|hogyha|amennyiben|amikor|mikor|amíg|míg|miközben|mielőtt|(?:gondolja|gondolod|gyanítja|gyanítod|hiszi|érzi|véli|tart)\s*,?\s+hogy)\s+(?:(?:az\s+)?ön\s+|a\s+te\s+|az?\s+)?(?:${L}{1,20}\s+)?)`;

/** Possessive endings ("your", formal or not) of a consonant-final front stem: gépe, gépét, gépén, géped, gépei. */
const POSS_E = String.raw`(?:e|\u00e9${L}+|e(?:t|n|rol|hez|ben|bol|re|vel|nek|tol|ig)|ed${L}*|öd${L}*|ei${L}*)(?!${L})`;
/** Of a back stem taking -ja: laptopja, laptopját, laptopod. */
const POSS_JA = String.raw`(?:ja|j\u00e1${L}+|j(?:at|an|arol|ahoz|aban|abol|ara|aval|anak|atol)|od${L}*|jai${L}*)(?!${L})`;
/** Of a front stem taking -je or a vowel-final one: böngészője, böngésződ, PC-je, PC-d. */
const POSS_JE = String.raw`(?:je|j\u00e9${L}+|j(?:et|en|erol|ehez|eben|ebol|ere|evel|enek|etol)|d${L}*|jei${L}*)(?!${L})`;
/** Of a back stem taking -a: hálózata, hálózatát, hálózatod. */
const POSS_A = String.raw`(?:a|\u00e1${L}+|a(?:t|n|rol|hoz|ban|bol|ra|val|nak|tol)|od${L}*|ai${L}*)(?!${L})`;

const DEVICE_POSSESSED = String.raw`(?:(?:számítógép|gép|eszköz|készülék|rendszer)${POSS_E}|(?:laptop|notebook|telefon|macbook)${POSS_JA}|(?:böngésző|pc-?|mac-?)${POSS_JE}|iphone-?${POSS_JA})`;
const NET_POSSESSED = String.raw`(?:ip-cím${POSS_E}|(?:hálózat|router)${POSS_A}|(?:webkamerá|kamerá|wifi-?|wi-fi-?)(?:j|d)${L}*|(?:internetkapcsolat|kapcsolat)${POSS_A})`;
const YOU = String.raw`(?:(?:az\s+)?ön\s+|a\s+te\s+)?`;
/** "Your computer", in any case, with the owner check and the "if" check. */
const DEVICE_YOUR = String.raw`(?:${YOU}${NOT_IF}${OWNER}(?:${L}{1,20}-)?${DEVICE_POSSESSED})`;
const NET_YOUR = String.raw`(?:${YOU}${NOT_IF}${OWNER}(?:${L}{1,20}-)?${NET_POSSESSED})`;
/** "Ez a számítógép", "ezen a számítógépen", "ezt a gépet". */
const THIS_DEVICE = String.raw`(?:ez|ezt|ezen|ennek|erről|ehhez|ebben|ebből|erre|ezzel|ettől)\s+az?\s+(?:${L}{1,20}-)?(?:számítógép|gép|eszköz|készülék|laptop|böngésző|rendszer|pc|mac)${L}*`;
const DEVICE_REF = String.raw`(?:${DEVICE_YOUR}|${THIS_DEVICE})`;
/** What not to switch off: a computer in any case; "gép" only when it is yours (a washing machine is one too). */
const DEVICE_OBJECT = String.raw`(?:${L}{1,20}-)?(?:(?:számítógép|laptop|notebook|pc|mac|macbook|eszköz|készülék|rendszer|böngésző)${L}*|gép(?:e|\u00e9${L}+|ed${L}*)(?!${L}))`;

const VIRUS = String.raw`(?:vírus${L}*)`;
const MALWARE = String.raw`(?:trójai(?:\s+(?:faló|program|kártevő)${L}*)?|trojan${L}*|kártevő${L}*|kémprogram${L}*|kémszoftver${L}*|rosszindulatú\s+(?:szoftver|program|kód|alkalmazás)${L}*|zsarolóvírus${L}*|zsarolóprogram${L}*|reklámprogram${L}*|malware|spyware|adware|ransomware|rootkit${L}*|keylogger${L}*|zeus)`;
/** The participle of a headline and the "we" of an alert, not the "they" of news ("észleltek"). */
const DETECTED = String.raw`(?:észlelve|észleltünk|észlelt|észlelhető|találtunk|talált|azonosítottunk|azonosítva|felismertünk|fertőzést\s+okoz${L}*)`;

/** Updates: "Frissítések telepítése… Ne kapcsolja ki a számítógépet." The look-back crosses full stops. */
const UPDATE = String.raw`(?:frissít|frissül|telepít|települ|bios|firmware|updat)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!${UPDATE}${L}*\b${gap(90, '!?')})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}${UPDATE})`;

const LOCKED = String.raw`(?:zárolva|zárolt(?:ák|uk|a)?|zárolásra\s+került|letiltva|letiltott(?:ák|uk|a)?|letiltásra\s+került|le\s+(?:lett|van|lesz)\s+(?:tiltva|zárva)|blokkolva|blokkolt(?:ák|uk|a)?|blokkolásra\s+került|lezárva|lezárt(?:ák|uk)|befagyasztva|befagyasztott(?:ák|uk))(?!${L})(?!\s+állapot)`;

const BRAND = String.raw`(?:microsoft(?![\s-]+teams)${L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b)${L}*)`;
const SUPPORT = String.raw`(?:támogatás|ügyfélszolgálat|ügyfélszolgálat|technikus|szakember|szakértő|segélyvonal|helpdesk|help\s+desk|biztonsági\s+(?:központ|csapat|osztály)|support)${L}*`;
/** Who a fake alert tells you to call. Not "támogatásunkat" (our support): that is everyday customer service. */
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*${SUPPORT}|(?:műszaki|technikai)\s+(?:támogatás|ügyfélszolgálat|segítség)(?!${L}*(?:unk|ünk))${L}*|tanúsított${L}*\s+(?:(?:microsoft|apple|windows)${L}*[\s-]*)?(?:technikus|szakember|szakértő)${L}*|biztonsági\s+(?:központ|osztály)${L}*)`;
const CALL = String.raw`(?:hívja|hívjon|hívd|hívjad|hívjanak|hívjátok|hívják|felhívni|hívni|tárcsázza|tárcsázd|telefonáljon|telefonálj|forduljon|fordulj|lépjen\s+kapcsolatba|lépj\s+kapcsolatba|vegye\s+fel\s+a\s+kapcsolatot|vedd\s+fel\s+a\s+kapcsolatot|kapcsolatba\s+kell\s+lépnie)`;

/** Your data: the possessed noun, with the adjectives lures put before it ("banki adatai"). */
const DATA_POSSESSED = String.raw`(?:jelszav(?:ai|ad|aid|á|a(?!k))${L}*|${L}{0,20}-?adat(?:ai|aid|á|ad)${L}*|fénykép(?:ei|eid|e|é|ed)${L}*|fotó(?:i|id|ja|já|d)${L}*|fájl(?:ja|jai|jaid|od|já)${L}*|dokumentum(?:a|ai|aid|od|á)${L}*|(?:bankszámlá|hitelkártyá|bankkártyá)(?:j|d)${L}*|e-?mail(?:je|jei|ed|jé)${L}*|(?:személyazonosság|identitás)(?:a|á|od)${L}*)`;
const DATA_ADJ = String.raw`(?:(?:személyes|banki|pénzügyi|bejelentkezési|belépési|érzékeny|összes|mentett|privát|tárolt)\s+)?`;
const DATA_YOUR = String.raw`(?:${YOU}${NOT_IF}${OWNER}(?:${L}{1,20}-)?${DATA_ADJ}${DATA_POSSESSED})`;
/** After a verb ("ellopni a jelszavait", "ellophatja Facebook-bejelentkezési adatait"): no owner check. */
const DATA_OBJECT = String.raw`(?:(?:az\s+ön\s+|a\s+te\s+|az?\s+)?(?:${L}{1,20}-)?${DATA_ADJ}${DATA_POSSESSED})`;
const AT_RISK = String.raw`(?:veszélyben|veszélybe\s+(?:került|kerültek)|veszélyeztetve|veszélyeztetettek?|ellopták|ellopják|lopják|kiszivárogtak|kiszivárgott|nyilvánosságra\s+kerültek|feltörték|kompromittálódtak|kompromittálódott|illetéktelen\s+kezekbe|hackerek\s+kezébe)(?!${L})`;

/** An amount as a lure writes it: "149 990 Ft", "89.990 Ft-ot", "29 990 forintot", "€ 399", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:huf|eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:ft\b|forint${L}*|huf\b|eur\b|euró${L}*|usd\b|dollár${L}*|€|\$|£))`;
/** What was paid. */
const PAID = String.raw`(?:terhelés|tranzakció|levonás|fizetés|kifizetés|megújítás|díjterhelés|kártyaterhelés|átutalás)`;
const BOUGHT = String.raw`(?:${PAID}|vásárlás|megrendelés|rendelés)`;
const UNAUTHORISED = String.raw`(?:jogosulatlan|engedély\s+nélküli|nem\s+engedélyezett|illetéktelen|gyanús|szokatlan|ismeretlen|nem\s+jóváhagyott)`;
const NOT_YOU = String.raw`(?:kezdeményezte|végezte|hajtotta\s+végre|hagyta\s+jóvá|engedélyezte|rendelte\s+meg|indította|kérte|kezdeményezted|végezted|hagytad\s+jóvá|engedélyezted)`;
const UNDO = String.raw`(?:visszavonás|törlés|lemondás|letiltás|megszakítás|leállítás|visszatérítés|sztornó|storno|visszautalás|megakadályozás)`;

const SUSPENDED = String.raw`(?:felfüggesztve|felfüggesztett(?:ék|ük|e)|felfüggesztésre\s+került|fel\s+(?:lett|van)\s+függesztve|zárolva|zárolt(?:ák|uk|a)|zárolásra\s+került|letiltva|letiltott(?:ák|uk|a)|letiltásra\s+került|le\s+(?:lett|van)\s+tiltva|blokkolva|blokkolt(?:ák|uk|a)|korlátozva|korlátozt(?:ák|uk)|visszavonva|visszavont(?:ák|uk)|deaktiválva|deaktivált(?:ák|uk)|inaktiválva)(?!${L})`;
const FOR_SECURITY = String.raw`(?:biztonsági\s+okokból|biztonsági\s+okok\s+miatt|biztonsági\s+(?:incidens|rés|megsértés|kockázat)${L}*\s+miatt|(?:gyanús|szokatlan|illegális|jogosulatlan|illetéktelen|kártékony|rosszindulatú|veszélyes)\s+(?:tevékenység|hozzáférés|bejelentkezés|forgalom|aktivitás|használat)${L}*\s+miatt)`;
const ACCOUNT_POSSESSED = String.raw`(?:licenc(?:e|\u00e9|ed)${L}*|fiók(?:ja|já|od|jai)${L}*|termékkulcs(?:a|á|od)${L}*|regisztráció(?:ja|já|d)${L}*|ip-cím${POSS_E}|apple\s*id(?:-?(?:ja|já|d)${L}*)?|azonosító(?:ja|já|d)${L}*|hozzáférés(?:e|\u00e9|ed)${L}*|előfizetés(?:e|\u00e9|ed)${L}*)`;
const ACCOUNT_YOUR = String.raw`(?:${YOU}${NOT_IF}${OWNER}(?:${L}{1,20}-)?${ACCOUNT_POSSESSED})`;

const HACK_NOUN = String.raw`(?:(?:hacker|hekker)(?:támadás|kísérlet)${L}*|(?:hackelési|hekkelési|betörési|behatolási|feltörési|támadási)\s+kísérlet${L}*|(?:hacker|hekker)${L}*\s+támadás${L}*)`;

export const LEXICON_HU: Lexicon = {
  lang: 'hu',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: hu(
        // "Trójai program észlelve", "Kémprogramot találtunk": not the bare "vírus" of flu news.
        String.raw`\b${MALWARE}\b${gap(40)}\b${DETECTED}\b`,
        // "Vírust észleltünk a számítógépén", "3 vírust talált ezen az eszközön".
        String.raw`\b(?:${VIRUS}|${MALWARE}|fenyegetés${L}*|fertőzés${L}*)\b${gap(30)}\b${DETECTED}\b${gap(30)}\b${DEVICE_REF}`,
        // "A számítógépén 5 vírust találtunk", "Számítógépén vírusokat észleltünk".
        String.raw`\b${DEVICE_REF}\b${gap(30)}\b(?:${VIRUS}|${MALWARE}|fenyegetés${L}*|fertőzés${L}*)\b${gap(20)}\b${DETECTED}\b`,
        // "A számítógépe fertőzött", "Számítógépe súlyosan megfertőződött", "… vírussal fertőzött".
        String.raw`\b${DEVICE_REF}\b${gap(40)}\b(?:fertőzött|megfertőződött|megfertőzték|megfertőzte|fertőzötté\s+vált|fertőzés\s+áldozata)(?!${L})`,
        // "Fertőzött az Ön számítógépe!"
        String.raw`(?<!\b(?:ha|hogy|hogyha|amennyiben)\s+(?:${L}+\s+)?)\b(?:súlyosan\s+)?(?:fertőzött|megfertőződött)\s+(?:${DEVICE_REF})`,
        // "Észlelt fenyegetések: Trojan.Win32.Zeus", "Vírus észlelve: …".
        String.raw`\b(?:észlelt|talált)\s+(?:fenyegetés|vírus|fertőzés|kártevő)${L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|trójai|virus|vírus|malware|spyware|adware|ransomware|zeus|kártevő)`,
        String.raw`\b(?:\d+\s+)?(?:fenyegetés|vírus|fertőzés|kártevő|trójai)${L}*\s+észlelve\s*(?:!|$|[(:–—-])`,
        String.raw`\b(?:fenyegetés|vírus|fertőzés|kártevő)${L}*\s+(?:észlelve|található)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|trójai|virus|vírus|malware|spyware|adware|ransomware|zeus|kártevő)`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: hu(
        // "A számítógépét zároltuk", "Az Ön böngészője le lett tiltva", "IP-címét blokkoltuk".
        String.raw`\b(?:${DEVICE_REF}|${YOU}${NOT_IF}${OWNER}ip-cím${POSS_E})\b${gap(40)}\b${LOCKED}`,
        // "SZÁMÍTÓGÉP ZÁROLVA!", "A számítógép le van tiltva."
        String.raw`${NOT_IF}\b(?:a\s+)?(?:számítógép(?:e|ed)?|böngésző(?:je|d)?|windows|mac|pc|eszköz(?:e|öd)?|rendszer(?:e|ed)?)\s+(?:le\s+van\s+tiltva|le\s+van\s+zárva|zárolva|letiltva|blokkolva|lezárva)\s*(?:!|$|[(:–—-])`,
        // "Zároltuk az Ön számítógépét", "Le lett tiltva az Ön számítógépe".
        String.raw`\b(?:zároltuk|letiltottuk|blokkoltuk|lezártuk|befagyasztottuk|le\s+lett\s+tiltva|le\s+lett\s+zárva)\s+(?:ideiglenesen\s+|azonnal\s+)?${DEVICE_REF}`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: hu(
        // "Ne indítsa újra a számítógépét", "Ne kapcsolja ki vagy indítsa újra!", not during an update.
        String.raw`\bne\s+(?:próbálja\s+(?:meg\s+)?|próbáld\s+(?:meg\s+)?)?(?:(?:indítsa|indítsd|indítsák|indítsátok)\s+újra|újraindítani|(?:kapcsolja|kapcsold|kapcsolják)\s+(?:ki|le)|kikapcsolni|(?:állítsa|állítsd|állítsák)\s+le|leállítani|(?:húzza|húzd)\s+ki)(?:\s*(?:,|vagy|és)\s+(?:ne\s+)?(?:(?:indítsa|indítsd)\s+újra|(?:kapcsolja|kapcsold)\s+ki|(?:állítsa|állítsd)\s+le))?${NOT_UPDATE_BEFORE}(?:\s+(?:az\s+ön\s+|a\s+te\s+|az?\s+)?${DEVICE_OBJECT}|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        // "A számítógépét ne indítsa újra!"
        String.raw`\b${DEVICE_REF}\s+(?:semmiképpen\s+|most\s+)?ne\s+(?:(?:indítsa|indítsd)\s+újra|(?:kapcsolja|kapcsold)\s+ki|(?:állítsa|állítsd)\s+le)${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        // "Ne hagyja figyelmen kívül ezt a figyelmeztetést", in either order.
        String.raw`\bne\s+(?:hagyja|hagyd|hagyják)\s+figyelmen\s+kívül\s+(?:ezt|ezeket)\s+az?\s+(?:${L}+\s+)?(?:${L}+\s+)?${L}{0,20}(?:figyelmeztet|riaszt|üzenet|értesít)${L}*`,
        String.raw`\b(?:ezt|ezeket)\s+az?\s+(?:${L}+\s+)?(?:${L}+\s+)?${L}{0,20}(?:figyelmeztet|riaszt|üzenet|értesít)${L}*\s+ne\s+(?:hagyja|hagyd|hagyják)\s+figyelmen\s+kívül`,
        // "Ne zárja be ezt az oldalt, és hívja …": not "… amíg a fizetés be nem fejeződik".
        String.raw`\bne\s+(?:zárja|zárd|zárják)\s+be\s+(?:ezt\s+az?\s+|az?\s+)?(?:oldal|ablak|böngésző|lap|fül)${L}*\b${gap(40)}(?:indít|kapcsol|hív|kockázat|veszély|számítógép|vírus|technikus|microsoft|apple|zárol|letilt|blokkol|ügyfélszolgálat|támogatás)`,
        // "Az oldal bezárása veszélyezteti …", "Ha bezárja ezt az oldalt, a számítógépe zárolva lesz".
        String.raw`\b(?:oldal|ablak|figyelmeztetés)${L}*\s+(?:bezárása|figyelmen\s+kívül\s+hagyása|elhagyása)\b${gap(60)}(?:veszély|kockázat|zárol|letilt|blokkol|adatvesztés|fertőz)`,
        String.raw`\bha\s+(?:most\s+)?(?:bezárja|bezárod|elhagyja|elhagyod|figyelmen\s+kívül\s+hagyja)\s+(?:ezt\s+az?\s+|az?\s+)?(?:oldal|ablak|figyelmeztetés)${L}*\b${gap(60)}(?:zárol|letilt|blokkol|veszély|kockázat|fertőz|vírus|hacker|ellop)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: hu(
        String.raw`\b${CALL}\b${gap(40)}\b${TARGET}`,
        // "A Microsoft ügyfélszolgálatát hívja azonnal."
        String.raw`\b(?:microsoft|windows|apple|mac)${L}*[\s-]*${SUPPORT}\b${gap(30)}\b(?:hívja|hívjon|hívd|telefonáljon|tárcsázza)\b`,
        // "Microsoft Támogatás (ingyenes)", "Windows ügyfélszolgálat – díjmentes".
        String.raw`\b(?:microsoft|windows|apple|mac)${L}*[\s-]*(?:támogatás|ügyfélszolgálat|segélyvonal|biztonság|support)${L}*\s*(?:\(\s*|[:–—-]\s*)?(?:ingyenes|díjmentes|díjtalan|zöld\s*szám)`,
        // "Beszéljen egy tanúsított Microsoft-technikussal."
        String.raw`\b(?:beszéljen|beszélj|csevegjen|chateljen)\s+(?:egy\s+|az?\s+)?(?:${L}+\s+)?(?:(?:tanúsított${L}*\s+)?(?:microsoft|apple|windows)${L}*[\s-]*|tanúsított${L}*\s+)(?:technikus|szakember|szakértő)${L}*`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: hu(
        // "Jelszavai, banki adatai és fényképei veszélyben vannak."
        String.raw`\b${DATA_YOUR}\b${gap(50, '.!?,;')}\b${AT_RISK}`,
        // "A kémprogram ellophatja Facebook-bejelentkezési adatait": not the advice "a csalók ellophatják".
        String.raw`(?<!\b(?:(?:csaló|bűnöző)${L}*|ha|hogy|nehogy)\b${gap(40)})\b(?:ellophatják|ellophatja|ellopják|ellopja|lopják|lopja|ellopták|ellopta|ellopni|megszerezhetik|megszerezheti|megszerzik|megszerezni)\s+${DATA_OBJECT}`,
        String.raw`\baz\s+alábbi\s+(?:adatok|információk)\s+(?:${L}+\s+)?(?:kiszivárogtak|veszélyben|kerültek\s+nyilvánosságra|lettek\s+ellopva|ellopták|feltörték)`,
        // "Minden fájlja titkosítva lesz", "Összes fényképét töröljük".
        String.raw`\b(?:minden|összes|az\s+összes)\s+(?:${L}+\s+)?${DATA_POSSESSED}\s+(?:${L}+\s+)?(?:(?:titkosítva|törölve)\s+lesz${L}*|töröljük|titkosítjuk|törlődik|törlődnek|megsemmisül${L}*)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: hu(
        // "Jelentse a jogosulatlan tranzakciót az alkalmazásban" is the bank's own help text.
        String.raw`(?<!\b(?:ha|jelentse|jelentsen|jelentheti|jelenteni|bejelent${L}*|észrevesz${L}*|lát|talál|esetén)\s+(?:(?:egy|a|az|bármilyen)\s+)?)\b${UNAUTHORISED}\s+${BOUGHT}${L}*\b${gap(40)}(?:\b(?:észlelve|észleltünk|észlelt|történt|lett\s+(?:végrehajtva|terhelve|levonva|rögzítve)|terheltük|vontuk\s+le|levontunk|rögzítettünk)(?!${L})|${AMOUNT})`,
        String.raw`${AMOUNT}${L}*\s+(?:összegű|értékű)\s+${UNAUTHORISED}\s+${BOUGHT}`,
        String.raw`\b(?:észleltünk|rögzítettünk|regisztráltunk|azonosítottunk)\s+(?:egy\s+)?${UNAUTHORISED}\s+${BOUGHT}`,
        // "Ha nem Ön kezdeményezte ezt a vásárlást": "ezt", not the bank's "a tranzakciót".
        String.raw`\bha\s+(?:nem\s+(?:ön|te|maga)\s+${NOT_YOU}\s+(?:ezt|ezeket)\s+az?\s+${BOUGHT}|(?:ezt|ezeket)\s+az?\s+${BOUGHT}${L}*\s+nem\s+(?:ön|te|maga)\s+${NOT_YOU}|nem\s+(?:ön\s+)?(?:${NOT_YOU}|ismeri\s+fel|ismered\s+fel)\s+(?:ezt|ezeket)\s+az?\s+${BOUGHT})`,
        // "Hívja a 06 80 … számot a terhelés visszavonásához": not "a rendelés lemondásához".
        String.raw`\b(?:hívja|hívjon|hívd|telefonáljon|tárcsázza)\b${gap(50)}\b(?:a|ezen|e|ennek\s+a)\s+${PAID}${L}*\s+${UNDO}${L}*`,
        String.raw`\b(?:a|e|ennek\s+a)\s+${PAID}${L}*\s+${UNDO}${L}*\b${gap(40)}\b(?:hívja|hívjon|hívd|telefonáljon|tárcsázza)\b`,
        // "Előfizetése automatikusan megújult, és 89 990 Ft-ot levontunk": not "május 12-én megújul".
        String.raw`\b(?:előfizetés|tagság|licenc|védelm|védelem|csomag|szolgáltatás|szerződés)${L}*\b${gap(30)}\b(?:megújult|megújítottuk|meghosszabbítottuk|meghosszabbodott|megújításra\s+került|meghosszabbításra\s+került)\b${gap(60)}${AMOUNT}`,
        // "Ha 24 órán belül nem hív, a teljes összeget levonjuk."
        String.raw`\bha\s+(?:\d+\s+(?:órán|napon|percen)\s+belül\s+)?(?:most\s+)?nem\s+(?:hív(?:ja|sz|nak)?|telefonál|jelentkezik|veszi\s+fel\s+(?:velünk\s+)?a\s+kapcsolatot|lép\s+(?:velünk\s+)?kapcsolatba)\b${gap(80)}(?:levon|terhel|megújít|megújul|kiszámláz|beszed|összeg)`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: hu(
        // "Fiókját biztonsági okokból felfüggesztettük", "Licence fel lett függesztve gyanús tevékenység miatt".
        String.raw`\b${ACCOUNT_YOUR}\b${gap(50)}\b(?:${SUSPENDED}${gap(30)}\b${FOR_SECURITY}|${FOR_SECURITY}${gap(20)}\b${SUSPENDED})`,
        // "Biztonsági okokból felfüggesztettük a fiókját."
        String.raw`\b${FOR_SECURITY}\s+(?:${L}+\s+)?${SUSPENDED}\s+(?:az\s+ön\s+|az?\s+)?(?:${L}{1,20}-)?${ACCOUNT_POSSESSED}`,
        // "A Windows-licence le lett tiltva", "Letiltottuk a Windows-licencét".
        String.raw`${NOT_IF}\b(?:windows|microsoft|macos|apple|icloud)${L}*[\s-]*(?:licenc|regisztráció|termékkulcs|fiók|azonosító|id)${L}*\b${gap(30)}\b${SUSPENDED}`,
        String.raw`\b(?:felfüggesztettük|letiltottuk|zároltuk|blokkoltuk|visszavontuk|deaktiváltuk)\s+(?:az\s+ön\s+|az?\s+)?(?:windows|microsoft|macos|apple|icloud)${L}*[\s-]*(?:licenc|regisztráció|termékkulcs|fiók|azonosító|id)`,
        String.raw`\b(?:windows|microsoft)${L}*[\s-]*(?:licenc|regisztráció|termékkulcs)${L}*\s+(?:felfüggesztése|letiltása|visszavonása|zárolása)`,
        // "A számítógéphez való hozzáférés le lett tiltva", "Hozzáférése ehhez a számítógéphez letiltva".
        String.raw`${NOT_IF}\b(?:számítógép|eszköz|készülék|rendszer|böngésző)${L}*\s+(?:való\s+)?hozzáférés${L}*\b${gap(30)}\b(?:felfüggesztve|felfüggesztettük|zárolva|zároltuk|letiltva|letiltottuk|le\s+(?:lett|van)\s+tiltva|blokkolva|blokkoltuk|megtagadva)(?!${L})`,
        String.raw`\bhozzáférés${L}*\s+(?:ehhez\s+az?|az\s+ön)\s+(?:számítógép|eszköz|készülék|rendszer|böngésző)${L}*\b${gap(30)}\b(?:felfüggesztve|zárolva|letiltva|le\s+(?:lett|van)\s+tiltva|blokkolva|megtagadva)(?!${L})`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: hu(
        // "Ön illegális Windows-másolatot használ": not the plural of news, nor "hamis Microsoft-hívások".
        String.raw`\b(?:kalóz${L}*|illegális|hamisított|nem\s+eredeti|nem\s+jogtiszta|licenc\s+nélküli)\s+(?:windows|macos|microsoft)(?![\s-]*${L}*(?:ok|ök|ek|at|ügyfélszolgálat${L}*|támogatás${L}*|technikus${L}*|figyelmeztet${L}*|hívás${L}*|oldal${L}*)(?!${L}))`,
        // "Ön a Windows kalózmásolatát használja".
        String.raw`\b(?:windows|macos|microsoft)${L}*[\s-]*kalóz(?:másolat|példány|verzió|szoftver)(?:á|a|od)${L}*`,
        // "Az Ön Windows-példánya nem eredeti."
        String.raw`\b(?:windows|macos)${L}*[\s-]*(?:másolat|példány|verzió|licenc|termékkulcs)(?:a|á|e|é|od|ed)${L}*\b${gap(25)}\b(?:illegális|kalóz${L}*|hamisított|nem\s+eredeti|nem\s+jogtiszta|hamis)(?!${L})`,
        // "Kalózszoftvert észleltünk", "Illegális szoftvert észleltünk ezen az eszközön".
        String.raw`\b(?:kalóz(?:szoftver|program)${L}*|(?:illegális|hamisított|nem\s+jogtiszta)\s+(?:szoftver|program)${L}*)\s+(?:${L}+\s+)?(?:észlelve|észleltünk|észlelt|található|találtunk)(?!${L})`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: hu(
        // "Hackertámadás észlelve az Ön IP-címéről": not "… észleltek a minisztérium hálózatán".
        String.raw`\b${HACK_NOUN}\b${gap(40)}\b(?:észlelve|észleltünk|blokkolva|blokkoltuk|${DEVICE_YOUR}|${NET_YOUR})`,
        // "Jogosulatlan hozzáférés az Ön hálózatához": not "Ha gyanús tevékenységet lát …".
        String.raw`(?<!\b(?:ha|amennyiben|észlel${L}*|lát${L}*|tapasztal${L}*)\s+(?:(?:egy|bármilyen|valamilyen)\s+)?)\b(?:jogosulatlan|illetéktelen|gyanús|szokatlan)\s+(?:hozzáférés|bejelentkezés|belépés|tevékenység|kapcsolódás|kapcsolat|forgalom|aktivitás)${L}*\b${gap(40)}\b(?:${DEVICE_YOUR}|${NET_YOUR})`,
        // "A számítógépét feltörték", "Webkameráját távolról vezérlik".
        String.raw`\b(?:${DEVICE_YOUR}|${NET_YOUR})\b${gap(30)}\b(?:feltörték|meghackelték|meghekkelték|hackelték|támadás\s+alatt\s+(?:áll|van)|(?:távolról|távirányítással)\s+(?:vezérlik|irányítják|figyelik|hozzáférnek)|illetéktelenek?\s+(?:irányítják|férnek\s+hozzá|figyelik)|kompromittálódott|kompromittálták|hackerek\s+irányítják)(?!${L})`,
        // "Hackerek próbálják ellopni banki adatait."
        String.raw`\b(?:hackerek|hekkerek|bűnözők|támadók)\b${gap(30)}\b(?:próbálják|próbálnak|megpróbálják|igyekeznek|akarják)\b${gap(40)}\b(?:az\s+ön|a\s+te|${DATA_YOUR}|${DEVICE_YOUR}|${NET_YOUR})`,
        // "A kémprogram elküldi az adatait": not "a felhasználók adatait" of news.
        String.raw`\b(?:trójai|kémprogram|kártevő|spyware|malware|trojan|keylogger)${L}*\b${gap(30)}\b(?:továbbítja|elküldi|küldi|ellopja|lopja|rögzíti)\s+${DATA_YOUR}`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: hu(
        String.raw`\b(?:hibakód|hiba|kód|code|error|err|er)${L}*\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:hibakód|hiba|error)\s*(?:#|sz\.|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: hu(
        String.raw`\b(?:biztonsági\s+(?:figyelmeztetés|riasztás|riasztó|értesítés|incidens)|vírusriasztás|vírusfigyelmeztetés|tűzfal[\s-]*(?:figyelmeztetés|riasztás)|biztonsági\s+rés)${L}*`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:biztonsági\s+központ|security\s+center)${L}*`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:riasztás|figyelmeztetés)${L}*`,
        String.raw`\bapple[\s-]*(?:biztonsági\s+(?:központ|figyelmeztetés|riasztás)|security\s+center)${L}*`,
      ),
    },
  ],
  callToAction: hu(
    String.raw`\b(?:hív(?!at)${L}*|felhív${L}*|telefon${L}*|tel|tárcsáz${L}*|ingyenes${L}*|díjmentes${L}*|díjtalan${L}*|zöld\s*szám${L}*|ügyfélszolgálat${L}*|támogatás${L}*|segélyvonal${L}*|forródrót${L}*|technikus${L}*|kapcsolat${L}*|elérhetőség${L}*|ügyelet${L}*|helpdesk|hotline)\b`,
  ),
  discussion: hu(
    // Not "csalódott" (disappointed), "csalogató" (enticing); not bare "csalás", which a lure's
    // "csalásmegelőzési osztály" (fraud prevention) and "csalásgyanús tranzakció" carry.
    String.raw`\b(?:csaló(?!d|g)${L}*|átverés${L}*|átver(?:ik|nek|ni|ős|ősök)\b|adathalász${L}*|phishing|scam${L}*)`,
    String.raw`\b(?:telefonos|online|internetes|informatikai|ügyfélszolgálatos|támogatási|tech\s+support)\s+csalás${L}*|\b(?:ez|ez\s+egy)\s+(?:csalás|átverés)\b|\bcsalás-e\b`,
    String.raw`\bhamis\s+(?:microsoft|windows|apple|ügyfélszolgálat|technikus|támogatás|figyelmeztetés|riasztás|hívás|oldal|felugró|vírusriasztás|hibaüzenet)${L}*`,
    String.raw`\b(?:vigyázat|vigyázzon|vigyázzunk|óvakodjon|óvakodjunk)\b${gap(30)}(?:csaló|átver|hamis)`,
    String.raw`\b(?:soha\s+ne\s+hív${L}*|sose\s+hív${L}*|ne\s+hívja\s+(?:fel\s+)?(?:a\s+)?(?:megjelenő|felugró|kijelzett|ismeretlen)\s+(?:szám|telefonszám)${L}*)`,
    String.raw`\b(?:(?:a\s+)?rendőrség\s+figyelmeztet${L}*|nemzeti\s+kibervédelmi\s+intézet${L}*|mnb\s+figyelmeztet${L}*|fogyasztóvédel${L}*\s+figyelmeztet${L}*)`,
  ),
  framing: hu(String.raw`\b(?:ha|hogyha|amennyiben|állítja|állítják|állította|állítólag|szerint|mintha|például|írja|írják|mondja|mondják)\b`),
  // "Csaló" (a scammer, "csalók"), "átverés" (a con), "adathalász" (phishing). Not "csalás" (fraud):
  // lures name the bank's "csalásmegelőzési osztály" themselves.
  scamWords: hu(String.raw`csaló(?!d|g|k?a\b)|átverés|átvert|adathalász`),
  // Case endings on names, in both harmonies and with the instrumental's doubled consonant:
  // "Microsofthoz", "Microsofttól", "Microsoftot", "Windowsszal", "Apple-höz" (the hyphen is a
  // word end already), "Nortonnal", "Defenderrel", "Microsoftos".
  nameEndings: [
    't', 'ot', 'et', 'öt', 'hoz', 'hez', 'höz', 'nál', 'nél', 'tól', 'től', 'ról', 'ről', 'nak', 'nek', 'ba', 'be', 'ban', 'ben', 'ból', 'ből',
    'on', 'en', 'ön', 'ra', 're', 'val', 'vel', 'tal', 'tel', 'szal', 'sszal', 'nal', 'nel', 'ral', 'rel', 'lal', 'lel', 'kal', 'kel', 'dal', 'del',
    'ért', 'ig', 'é', 'os', 'es', 'ös',
  ],
};
