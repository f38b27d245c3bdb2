import { gap, phrase, widen } from './pattern';
import type { Lexicon } from './types';

/*
 * Turkish glues its endings to the word: possession ("bilgisayarınız", your computer), case
 * ("bilgisayarınıza", "bilgisayarınızda"), tense and mood ("engellendi", "engellenmiştir",
 * "engellendiyse"). So a fright is a word stem and the endings a fake alert uses, closed by a word
 * end: the conditional "engellendiyse" (if it was blocked) or the nominal "engellendiğini" (that it
 * was blocked) of help pages and news never match "engellendi". Names take their endings after an
 * apostrophe ("Microsoft'u arayın", "Windows'unuz"), which already ends the name as a word.
 *
 * Turkish has two letters i: dotted i/İ and dotless ı/I. JavaScript's case folding ("iu") pairs i
 * with I only, so "İ" never matches "i", nor "ı" "I". Kits also type Turkish without its letters
 * ("bilgisayariniz", "sifreniz"). Sources are written in plain Turkish and `tr()` widens each of
 * i ı ş ğ ü ö ç to a class of its spellings before `phrase()` compiles them.
 */

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_TR: readonly string[] = [
  // virüs, kötü amaçlı / casus / korsan yazılım, Truva atı
  'rüs', 'yaz[ıiİ]l', 'truva',
  // bilgisayar, cihaz, tarayıcı, web kamerası
  'sayar', 'cihaz', 'taray', 'kamera',
  // erişim, lisans, güvenlik, uyarı, tehlike, hata
  'er[iİ][şs]', 'lisan', 'g[üu]ven', 'uyar', 'tehl', 'hata',
  // şifre, kredi kartı
  'ifre', 'kred',
  // arayın, ücretsiz, destek, yardım
  'aray', '[üu]cret', 'destek', 'yard[ıi]m',
  // ödeme, abonelik, tahsil edildi
  '[öo]deme', 'abone', 'tahs',
  // kapatmayın, yeniden başlatmayın
  'kapat', 'latma',
  // dolandırıcılık
  'doland',
];

/** Each Turkish letter and the letters it is also written with (and "İ" typed as I + combining dot). */
const SPELLINGS: Record<string, string> = {
  i: String.raw`[iıİI]\u0307?`,
  ı: String.raw`[iıİI]\u0307?`,
  ş: '[şs]',
  ğ: '[ğg]',
  ü: '[üu]',
  ö: '[öo]',
  ç: '[çc]',
  â: '[âa]',
};

/** Each Turkish letter, outside character classes, as a group of its spellings. */
const AS_GROUP: Record<string, string> = Object.fromEntries(Object.entries(SPELLINGS).map(([letter, spellings]) => [letter, `(?:${spellings})`]));

/** Widens the Turkish letters of a pattern source outside character classes and escapes. */
function tr(source: string): string {
  return widen(source, AS_GROUP);
}

/** phrase() of Turkish sources. */
function trPhrase(...sources: readonly string[]): RegExp {
  return phrase(...sources.map(tr));
}

/** A letter of a Turkish word ending. Not \p{L}: with the "iu" flags each costs V8 a case-folded Unicode table. */
const L = '[a-zçğıİöşüâîû]';

const DEVICE = String.raw`(?:bilgisayar|pc|mac|macbook|imac|cihaz|tarayıcı|sistem|dizüstü|laptop|windows|iphone|ipad|telefon|android)`;
/** "Your": the possessive "-(ı)nız" and any case after it: bilgisayarınız, bilgisayarınızı, PC'nizde, Windows'unuz. */
const YOUR = String.raw`['’]?${L}{0,5}n(?:ı|u|ü)z${L}{0,5}`;
const DEVICE_YOUR = String.raw`(?:${DEVICE}${YOUR})`;
const THIS_DEVICE = String.raw`(?:bu\s+(?:windows\s+|mac\s+)?${DEVICE}${L}*)`;
const DEVICE_REF = String.raw`(?:${DEVICE_YOUR}|${THIS_DEVICE})`;
/** "Eğer bilgisayarınız …": the conditional itself is a suffix, but "eğer" may open it. */
const NOT_IF = String.raw`(?<!\b(?:eğer|şayet|sanki)\s+(?:${L}+\s+)?)`;
/**
 * After a fright: not a question ("kilitlendi mi?") and not a quotation that a verb of saying
 * closes, as Turkish puts it last ("… engellendi diye bir uyarı", "… bulaştı uyarısı").
 */
const TAIL = String.raw`(?!['"”’»]?\s*(?:mi|mu|mü|ise|diye|diyor|diyen|dediği|denir|deniyor|yazıyor|yazan|yazdığı|gibi|şeklinde|ifadesi|mesajı|uyarısı|uyarıları|bildirimi|yazısı|ol(?:duğ|up|an|ur|sa|ma|abil)${L}*)\b)`;
/** Updates, installs, backups and unsaved work: "Güncellemeler yüklenirken bilgisayarınızı kapatmayın." */
const HONEST_WAIT = String.raw`(?:güncelle|yükle|kurul|bios|firmware|tamamlan|yedekle|kaydet|kopyala|aktarım|indiril|sürüyor|devam\s+ed)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b${HONEST_WAIT}${L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b${HONEST_WAIT})`;

const VIRUS = String.raw`(?:virüs${L}*)`;
/** Malware that is not a trojan: "Truva atı" is also history and archaeology. */
const MALWARE_NOT_TROJAN = String.raw`(?:casus\s+yazılım${L}*|kötü\s+amaçlı\s+yazılım${L}*|zararlı\s+yazılım${L}*|fidye\s+yazılım${L}*|reklam\s+yazılım${L}*|malware|spyware|adware|ransomware|rootkit${L}*|keylogger${L}*)`;
const TROJAN = String.raw`(?:(?:truva\s+atı|trojan)${L}*(?:\s+(?:virüs|casus\s+yazılım)${L}*)?|zeus)`;
const MALWARE = String.raw`(?:${TROJAN}|${MALWARE_NOT_TROJAN})`;
const THREAT = String.raw`(?:${VIRUS}|${MALWARE}|tehdit${L}*|enfeksiyon${L}*)`;
const DETECTED = String.raw`(?:tespit\s+edil(?:di|miştir|miş)|algılan(?:dı|mıştır|mış)|bulun(?:du|muştur)|saptan(?:dı|mıştır)|keşfedil(?:di|miştir))`;
const FOUND = String.raw`(?:tespit\s+et(?:ti|tik|miştir)|algıla(?:dı|dık|mıştır)|bul(?:du|duk|muştur))`;

const LOCKED = String.raw`(?:kilitlen(?:di|miştir|miş)|kilitli(?:dir)?|engellen(?:di|miştir|miş)|bloke\s+(?:edil(?:di|miştir|miş)|ol(?:du|muştur|muş))|bloke(?:dir)?|devre\s+dışı\s+bırakıl(?:dı|mıştır|mış)|dondurul(?:du|muştur|muş)|askıya\s+alın(?:dı|mıştır|mış)|ele\s+geçiril(?:di|miştir|miş))`;
const SUSPENDED = String.raw`(?:askıya\s+alın(?:dı|mıştır|mış)|engellen(?:di|miştir|miş)|kilitlen(?:di|miştir|miş)|devre\s+dışı\s+bırakıl(?:dı|mıştır|mış)|bloke\s+(?:edil(?:di|miştir|miş)|ol(?:du|muştur|muş))|durdurul(?:du|muştur|muş)|iptal\s+edil(?:di|miştir|miş)|dondurul(?:du|muştur|muş)|kısıtlan(?:dı|mıştır|mış)|sonlandırıl(?:dı|mıştır|mış))`;
const FOR_SECURITY = String.raw`(?:güvenlik\s+(?:nedeniyle|nedenleriyle|sebebiyle|sebepleriyle|gerekçesiyle)|güvenliğiniz\s+için|(?:şüpheli|yasa\s*dışı|olağandışı|izinsiz)\s+(?:etkinlik|faaliyet|aktivite|işlem|giriş|kullanım)${L}*\s+(?:nedeniyle|sebebiyle|yüzünden)|güvenlik\s+ihlali\s+(?:nedeniyle|sebebiyle))`;

/** Don't: restart, switch off, reset, try to. */
const DONT = String.raw`(?:yeniden\s+başlatma|tekrar\s+başlatma|kapatma|resetleme|sıfırlama|(?:kapatmaya|yeniden\s+başlatmaya|kapatmaya\s+veya\s+yeniden\s+başlatmaya)\s+çalışma)y(?:ın|ınız)`;
const DEVICE_OBJECT = String.raw`(?:${DEVICE_YOUR}|(?:bilgisayar|cihaz|sistem)(?:ı|i)|(?:pc|mac)['’]?(?:yi|i))`;

const BRAND = String.raw`(?:microsoft(?![\s-]+teams)(?:['’]${L}*)?|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id|kimli)${L}*\b)(?:['’]${L}*)?)`;
const SUPPORT = String.raw`(?:teknik\s+destek|destek|güvenlik|yardım|teknisyen|tekniker|uzman|müşteri\s+hizmetleri)${L}*(?:\s+(?:hattı|merkezi|ekibi)${L}*)?`;
/** Who a fake alert tells you to call. */
const TARGET = String.raw`(?:(?:microsoft|windows|apple|mac|macos|ms)(?:['’]${L}*)?[\s-]*${SUPPORT}|${BRAND}|(?:sertifikalı|yetkili|onaylı|lisanslı)\s+(?:bir\s+)?(?:microsoft\s+|apple\s+|windows\s+)?(?:teknisyen|tekniker|uzman|destek)${L}*|güvenlik\s+(?:merkez|departman)${L}*)`;
/** Checked at the end of a match: no conditional verb ("ederse", "yaşıyorsanız") earlier in its sentence. */
const NOT_AFTER_CONDITION = String.raw`(?<!\b(?:${L}+(?:se|sa|seniz|sanız))\b${gap(120)})`;
const CALL = String.raw`(?:arayın|arayınız|arayabilirsiniz|iletişime\s+geçin(?:iz)?|iletişim\s+kurun(?:uz)?|ulaşın(?:ız)?|bağlanın(?:ız)?|telefon\s+edin(?:iz)?|konuşun(?:uz)?|görüşün(?:üz)?)`;

/** What a fake alert says is in danger, with "your": şifreleriniz, banka bilgileriniz, fotoğraflarınız. */
const DATA_YOUR = String.raw`(?:şifre|parola|banka|kart|bilgi|veri|fotoğraf|resim|dosya|e-posta|kimliğ|giriş|hesap\s+bilgi)${L}*n(?:ı|u|ü)z${L}{0,4}`;
const AT_RISK = String.raw`(?:risk\s+altında(?:dır)?|tehlike(?:de|dedir|\s+altında(?:dır)?)|çalın(?:ıyor|abilir|dı|mıştır|makta(?:dır)?)|ele\s+geçiril(?:di|miştir|ebilir|iyor)|sızdırıl(?:dı|mıştır|abilir|ıyor)|açığa\s+çık(?:tı|mıştır|abilir)|tehlikeye\s+gir(?:di|miştir|ebilir)|silin(?:ecek|ebilir|ecektir)|şifrelen(?:ecek|ecektir|di))`;

/** An amount of money as a lure writes it: "2.499,99 TL", "₺1.899", "399 lira", "$399.99". */
const AMOUNT = String.raw`(?:[$€£₺]\s?\d|\b(?:tl|try|usd|eur)\s?\d|\d[\d\s.,]{0,10}\s?(?:tl|₺|try|lira|€|\$|£|eur|euro|usd|dolar)\b)`;
const PAID = String.raw`(?:ödeme|işlem|para\s+transfer|havale|tahsilat|kesinti|çekim|yenileme|satın\s+alı?m|sipariş|harcama)`;
const UNAUTH = String.raw`(?:yetkisiz|izinsiz|şüpheli|olağandışı|olağan\s+dışı|onaysız|bilinmeyen|tanınmayan)`;
/** "This payment", never "your order": the shop's "siparişinizi iptal etmek için" is everyday service. */
const THE_PAYMENT = String.raw`(?:(?:bu|söz\s+konusu)\s+(?:ödeme|işlem|satın\s+alı?m|tahsilat|çekim|kesinti|yenileme|harcama|sipariş)(?:i|ı|yi|yı)?|(?:ödeme|tahsilat|kesinti|yenileme|harcama)(?:yi|yı)|(?:işlem|satın\s+alım|çekim)(?:i|ı))`;
const NOT_A_BANK = String.raw`(?<!\bbanka${L}*\s+)`;

export const LEXICON_TR: Lexicon = {
  lang: 'tr',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: trPhrase(
        // A headline: the malware opens its sentence ("Uyarı: Truva atı casus yazılımı tespit edildi").
        String.raw`(?<!${L}\s+)\b(?:(?:tehlikeli|ciddi|kritik)\s+)?${MALWARE}\b${gap(40)}\b(?:${DETECTED}|bulaş(?:tı|mıştır))\b${TAIL}`,
        String.raw`\b(?:tehdit|virüs|enfeksiyon)${L}*\s+(?:${DETECTED})\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|truva|virüs|malware|spyware|adware|ransomware|zeus|casus|kötü|zararlı)`,
        String.raw`${NOT_IF}\b${DEVICE_REF}\b${gap(40)}\b(?:(?:ciddi\s+(?:şekilde|biçimde)\s+)?enfekte\s+(?:ol(?:du|muştur|muş)|edil(?:di|miştir|miş))|virüslü(?:dür)?|(?:${THREAT})\s+bulaş(?:tı|mıştır|mış)|hasar\s+gör(?:dü|müştür))\b${TAIL}`,
        String.raw`${NOT_IF}\b${DEVICE_REF}\b${gap(20)}\b(?:enfekte(?:dir)?|virüslü)\s*(?:[!:(]|$)`,
        String.raw`${NOT_IF}\b${DEVICE_REF}\b${gap(30)}\b${THREAT}\b${gap(20)}\b(?:${DETECTED}|${FOUND}|var|mevcut)\b${TAIL}`,
        String.raw`\b(?:windows\s+defender|defender|taramamız|güvenlik\s+taraması|tarama)${L}*\b${gap(30)}\b${DEVICE_YOUR}\b${gap(20)}\b${THREAT}\s+(?:${FOUND})\b${TAIL}`,
        String.raw`\b(?:windows\s+defender|defender|taramamız|güvenlik\s+taraması)${L}*\b${gap(20)}\b(?:\(?\d+\)?\s+)?${THREAT}\s+(?:${FOUND})\b${TAIL}`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: trPhrase(
        String.raw`${NOT_IF}\b(?:${DEVICE_REF}|ip\s+adresiniz${L}*)\b${gap(40)}\b${LOCKED}\b${TAIL}`,
        String.raw`\b(?:bilgisayar|pc|tarayıcı|windows|sistem|cihaz)(?:ınız|iniz)?\s+(?:${LOCKED})\s*(?:!|\(|–|—|-\s)`,
        String.raw`\b${DEVICE_YOUR}\b${gap(20)}\b(?:engelledik|kilitledik|bloke\s+ettik|dondurduk|devre\s+dışı\s+bıraktık)\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: trPhrase(
        String.raw`\b${DEVICE_OBJECT}\b${gap(40)}\b${DONT}\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:yeniden|tekrar)\s+başlatma(?:yın|yınız)\b${NOT_UPDATE_BEFORE}\s*(?:!|$)`,
        String.raw`\bbu\s+(?:uyarı|mesaj|bildirim|güvenlik\s+uyarısı|uyarı\s+mesajı|pencere|sayfa)${L}*\s+(?:göz\s+ardı\s+etme|yok\s+sayma|görmezden\s+gelme|dikkate\s+almazlık\s+etme)(?:yin|yiniz)\b`,
        String.raw`\bbu\s+(?:sayfa|pencere|sekme|tarayıcı|ekran)${L}*\s+kapatma(?:yın|yınız)\b${gap(40)}\b(?:risk|tehlike|bilgisayar|virüs|teknisyen|microsoft|apple|arayın|engellen|kilitlen|veri|kişisel|kaybol|silin)`,
        String.raw`\bbu\s+(?:sayfa|pencere|uyarı)${L}*\s+(?:kapatmak|kapatmanız|terk\s+etmek|terk\s+etmeniz|göz\s+ardı\s+etmek|göz\s+ardı\s+etmeniz)${L}*\b${gap(60)}\b(?:engellen|kilitlen|kayb|kaybol|risk|tehlike|zarar|çalın|silin)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: trPhrase(
        // Not after a condition: "Sorun devam ederse Microsoft Destek ile iletişime geçin" is a help page.
        String.raw`\b${TARGET}\b${gap(40)}\b${CALL}\b${NOT_AFTER_CONDITION}`,
        String.raw`\b(?:hemen\s+)?(?:arayın|arayınız|iletişime\s+geçin)\s*[:–—-]?\s*${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)(?:['’]${L}*)?[\s-]*(?:teknik\s+)?(?:destek|güvenlik|yardım)${L}*\s*(?:(?:hattı|merkezi)\s*)?(?:\(\s*)?(?:ücretsiz|bedava|ücret\s+alınmaz)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: trPhrase(
        String.raw`${NOT_IF}\b${DATA_YOUR}\b${gap(60)}\b${AT_RISK}\b${TAIL}`,
        String.raw`\b${DATA_YOUR}\b${gap(30)}\b(?:çalıyor|çalabilir|çalmaya\s+çalışıyor|ele\s+geçiriyor|ele\s+geçirebilir|ele\s+geçirmeye\s+çalışıyor|sızdırıyor|gönderiyor)\b`,
        String.raw`\başağıdaki\s+(?:veriler|bilgiler)${L}*\s+(?:ele\s+geçiril|sızdırıl|çalın|açığa\s+çık)${L}*`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: trPhrase(
        // "Yetkisiz bir işlem tespit edildiğinde …" and "… fark ederseniz bildirin" are the bank's own words.
        String.raw`\b${UNAUTH}\s+(?:bir\s+)?${PAID}${L}*\b${gap(40)}\b(?:${DETECTED}|gerçekleştiril(?:di|miştir)|yapıl(?:dı|mıştır)|kaydedil(?:di|miştir)|çekil(?:di|miştir)|tahsil\s+edil(?:di|miştir))\b${TAIL}`,
        String.raw`\b${UNAUTH}\s+(?:bir\s+)?${PAID}${L}*\s+(?:tespit\s+ettik|fark\s+ettik|algıladık)\b`,
        String.raw`\b${UNAUTH}\s+${PAID}${L}*\s*[:–—-]\s*${AMOUNT}`,
        String.raw`\b${THE_PAYMENT}\s+(?:siz\s+)?(?:yapmadıysanız|gerçekleştirmediyseniz|onaylamadıysanız|tanımıyorsanız|vermediyseniz|başlatmadıysanız|yetkilendirmediyseniz)\b${gap(60)}${NOT_A_BANK}\b(?:hemen\s+)?(?:arayın|arayınız|iletişime\s+geçin)`,
        String.raw`\b${THE_PAYMENT}\s+(?:iptal\s+etmek|durdurmak|geri\s+almak|itiraz\s+etmek|iade\s+almak|iptal\s+ettirmek)\s+için\b${gap(60)}${NOT_A_BANK}\b(?:arayın|arayınız|iletişime\s+geçin)`,
        String.raw`\b(?:abone|üyel|lisans|koruma\s+plan|plan|hizmet)${L}*\b${gap(30)}\b(?:otomatik\s+olarak\s+)?(?:yenilendi|yenilenmiştir|uzatıldı|uzatılmıştır)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:aramazsanız|iletişime\s+geçmezseniz)\b${gap(80)}\b(?:tahsil|çekil|yansıtıl|kesil|faturalan|yenilen|ücretlendiril)${L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: trPhrase(
        String.raw`${NOT_IF}\b(?:(?:lisans|hesab|erişim|ürün\s+anahtar|kayd|ip\s+adres|kimliğ|apple\s+kimliğ)${YOUR}|(?:windows|microsoft|office|macos)\s+(?:lisans|ürün\s+anahtar|kayıt|kayd)${L}*)\b${gap(50)}\b${FOR_SECURITY}\b${gap(30)}\b${SUSPENDED}\b${TAIL}`,
        String.raw`\b${FOR_SECURITY}\b${gap(30)}\b(?:(?:lisans|hesab|erişim|bilgisayar|ip\s+adres)${YOUR}|windows\s+lisans${L}*)\b${gap(25)}\b${SUSPENDED}\b${TAIL}`,
        String.raw`\b(?:windows|microsoft|macos|apple|icloud|office)(?:['’]${L}*)?[\s-]*(?:lisans|ürün\s+anahtar|kayıt|kayd|hesab|hesap|kimli)${L}*\b${gap(30)}\b${SUSPENDED}\b${TAIL}`,
        String.raw`\b${DEVICE_REF}\s+erişim${L}*\b${gap(30)}\b${SUSPENDED}\b${TAIL}`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: trPhrase(
        String.raw`\b(?:korsan|yasa\s*dışı|kaçak|lisanssız|orijinal\s+olmayan|illegal)\s+(?:bir\s+)?(?:windows|macos|microsoft|office)\b`,
        String.raw`\b(?:windows|macos|microsoft|office)(?:['’]${L}*)?\s+(?:korsan|yasa\s*dışı|kaçak|lisanssız|sahte|illegal|orijinal\s+olmayan)\s+(?:bir\s+)?(?:kopya|sürüm|versiyon|lisans|yazılım)`,
        String.raw`\b(?:windows|macos|office)\s+(?:kopya|sürüm|lisans|yazılım)${L}*\b${gap(20)}\b(?:korsan|yasa\s*dışı|kaçak|lisanssız|sahte|orijinal\s+değil)`,
        String.raw`\b(?:korsan|lisanssız|yasa\s*dışı)\s+yazılım${L}*\s+(?:${DETECTED})`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: trPhrase(
        // Your network or device: news of an attack on a ministry names no "-nız".
        String.raw`\b(?:hack(?:leme|lenme)?\s+girişim|hacker\s+saldırı|siber\s+saldırı|bilgisayar\s+korsanı\s+saldırı|(?:bilgisayar\s+)?korsanlık\s+girişim|izinsiz\s+giriş\s+girişim|sızma\s+girişim)${L}*\b${gap(40)}\b(?:${DEVICE_YOUR}|ağınız${L}*|ip\s+adresiniz${L}*|hesabınız${L}*|ip\s*:?\s*\d)`,
        String.raw`\b(?:${DEVICE_YOUR}|ağınız${L}*|ip\s+adresiniz${L}*|bağlantınız${L}*)\b${gap(30)}\b(?:hack(?:leme)?\s+girişim${L}*|(?:yetkisiz|izinsiz)\s+(?:erişim|giriş|bağlantı)|şüpheli\s+(?:etkinlik|faaliyet|bağlantı|giriş|trafik)|olağandışı\s+etkinlik)${L}*\s*(?:${DETECTED}|var|!|$)`,
        String.raw`\b(?:(?:yetkisiz|izinsiz)\s+(?:erişim|giriş|bağlantı)|şüpheli\s+(?:etkinlik|faaliyet|bağlantı|trafik))${L}*\b${gap(40)}\b(?:${DEVICE_YOUR}|ağınız${L}*|ip\s+adresiniz${L}*|bu\s+${DEVICE}${L}*)\b${gap(20)}\b(?:${DETECTED}|engellendi)\b`,
        String.raw`${NOT_IF}\b(?:${DEVICE_YOUR}|ağınız|ip\s+adresiniz|web\s*kameranız|kameranız)\b${gap(30)}\b(?:hack['’]?len(?:di|miştir|miş)|haklen(?:di|miştir)|ele\s+geçiril(?:di|miştir)|saldırı\s+altında(?:dır)?|uzaktan\s+(?:kontrol\s+ediliyor|izleniyor|erişiliyor)|izleniyor)\b${TAIL}`,
        String.raw`\b(?:bilgisayar\s+korsan${L}*|hacker${L}*)\b${gap(40)}\b(?:${L}+n(?:ı|u|ü)z${L}*)\s+(?:çalmaya|ele\s+geçirmeye|erişmeye|sızmaya)\s+çalışıyor`,
        String.raw`\b(?:${MALWARE})\b${gap(30)}\b(?:verilerinizi|bilgilerinizi|şifrelerinizi|dosyalarınızı)\b${gap(30)}\b(?:gönderiyor|aktarıyor|çalıyor|sızdırıyor|iletiyor)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: trPhrase(
        String.raw`\b(?:hata\s+kodu|hata|kod|code|error|err)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:hata\s+kodu|hata|error)\s*(?:#|no\.?|numarası|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: trPhrase(
        String.raw`\b(?:güvenlik\s+uyarı|güvenlik\s+ihlal|virüs\s+uyarı|güvenlik\s+duvarı\s+uyarı|tehdit\s+uyarı)${L}*`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:güvenlik\s+merkez${L}*|security\s+center)`,
        String.raw`\bwindows[\s-]*defender[\s-]*(?:uyarı|alarm)${L}*`,
        String.raw`\bapple[\s-]*(?:güvenlik\s+merkez|güvenlik\s+uyarı)${L}*`,
      ),
    },
  ],
  callToAction: trPhrase(
    String.raw`\b(?:arayın|arayınız|ara|telefon${L}*|tel|ücretsiz${L}*|bedava|destek${L}*|yardım\s+hattı|müşteri\s+hizmetleri|çağrı\s+merkezi|iletişim${L}*|teknisyen${L}*)\b`,
  ),
  discussion: trPhrase(
    String.raw`\b(?:dolandırıcı(?!lık\s+(?:birim|departman|ekib|merkez|önleme))${L}*|dolandırıl${L}*|sahtekâr${L}*|sahtekar${L}*|aldatmaca${L}*|kimlik\s+avı|oltalama|phishing|scam${L}*|sahte\s+(?:destek|teknisyen|uyarı|güvenlik\s+uyarı|microsoft|arama|sayfa|çağrı|pencere|teknik)${L}*)\b`,
    String.raw`\b(?:karşı\s+(?:dikkatli\s+olun|uyarıyor|uyardı)|konusunda\s+uyar(?:ıyor|dı|ısı))\b`,
    String.raw`\bbu\s+(?:numara|site|sayfa|arama|mesaj)?\s*(?:güvenilir|gerçek|sahte|dolandırıcılık)\s+m(?:i|ı|u)\b`,
    String.raw`\b(?:(?:asla|kesinlikle)\s+(?:${L}+\s+)?aramayın|numar(?:ayı|aları)\s+aramayın)\b`,
    String.raw`\b(?:polis|emniyet|usom|btk|jandarma)${L}*\b${gap(40)}\buyar(?:ıyor|dı|ısı|ısında)\b`,
  ),
  // Turkish puts the verb of saying after what is said ("… engellendi diyor"): the patterns' TAIL
  // covers that side; these open the sentence.
  framing: trPhrase(String.raw`\b(?:eğer|şayet|sözde|güya|örneğin|mesela|iddiaya\s+göre|iddia\s+ed${L}*|söylüyor|söyleniyor|diyor|diye|diyerek|deniyor)\b`),
  // Not "dolandırıcılık birimi": lures name the bank's fraud team themselves.
  scamWords: trPhrase(String.raw`dolandırıcı(?!lık\s+(?:birim|departman|ekib|merkez|önleme))|dolandırıl|sahtekâr|sahtekar|aldatmaca|oltalama`),
  // Names take their endings after an apostrophe ("Microsoft'un", "Windows'unuz"), which the name
  // test already reads as the end of the name.
  nameEndings: [],
};
