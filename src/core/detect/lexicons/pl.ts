import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/** Polish declines nouns: the device in every case a fake alert uses it. */
const DEVICE = String.raw`(?:komputer(?:a|ze|em|y)?|pc|mac(?:a|u|iem)?|macbook(?:a|u)?|iphone(?:['’]?a|ie)?|urządzeni(?:e|a|u|em)|przeglądark(?:a|i|ę|ą)|przeglądarce|system(?:u|ie|em)?|laptop(?:a|ie|em)?|windows)`;
const DETERMINER = String.raw`(?:tw(?:ój|oja|oje|ojego|oim|oją|ojej)|ten|ta|to|tego|tym|tej|pana|pani|wasz\p{L}*)`;
const MALWARE = String.raw`(?:trojan\p{L}*|ko[nń]\p{L}*\s+trojańsk\p{L}*|malware|spyware|adware|ransomware|złośliw\p{L}*\s+oprogramowani\p{L}*|oprogramowani\p{L}*\s+(?:szpiegując|złośliw)\p{L}*|rootkit\p{L}*|keylogger\p{L}*|zeus)`;
/** "Jeśli twój komputer jest zablokowany, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:jeśli|jeżeli|gdy|kiedy|gdyby|czy)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:aktualizacj|instalacj|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:aktualizacj|instalacj|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?!\p{L}*[\s-]+teams)\p{L}*|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)\s+(?:support|wsparci\p{L}*|pomoc\p{L}*|bezpieczeństw\p{L}*)|(?:pomoc\p{L}*|wsparci\p{L}*|support\p{L}*|obsług\p{L}*|dział\p{L}*)\s+(?:techniczn\p{L}*\s+)?(?:firmy\s+)?(?:microsoft|apple|windows)|pomoc\p{L}*\s+techniczn\p{L}*|wsparci\p{L}*\s+techniczn\p{L}*|certyfikowan\p{L}*\s+technik\p{L}*\s+(?:firmy\s+)?(?:microsoft|apple|windows)|technik\p{L}*\s+(?:firmy\s+)?(?:microsoft|apple|windows)|centrum\s+bezpieczeństwa|dział\p{L}*\s+bezpieczeństwa)`;
const DATA = String.raw`(?:hasła|hasło|haseł|dane(?:\s+(?:bankowe|osobowe|logowania|karty|finansowe))?|danych(?:\s+(?:bankowych|osobowych|logowania|finansowych))?|zdjęcia|zdjęć|karty\s+kredytowe|informacje\s+(?:bankowe|osobiste|finansowe)|tożsamość|konto\s+bankowe|pliki|loginy)`;

/** An amount of money as a lure writes it: "1 999,00 zł", "399 PLN", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:pln|eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:zł|pln|€|\$|£|eur|usd)\b)`;
/** What was paid, in every case; and those nouns that only a charge can be. */
const CHARGE = String.raw`(?:płatnoś|transakcj|obciążeni|przelew|odnowieni|pobrani)\p{L}*`;
const PURCHASE = String.raw`(?:płatnoś|transakcj|obciążeni|przelew|odnowieni|pobrani|zakup|zamówieni|operacj|subskrypcj)\p{L}*`;
const SUSPICIOUS = String.raw`(?:nieautoryzowan|nieuprawnion|podejrzan|nietypow|nierozpoznan|niezatwierdzon)\p{L}*`;

export const LEXICON_PL: Lexicon = {
  lang: 'pl',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:wykryt|znalezion|zainfekowan|odnalezion)\p{L}*`,
        String.raw`\b(?:wykryto|znaleziono)\b${gap(30)}\b${MALWARE}`,
        String.raw`\b(?:wykryto|znaleziono)\b${gap(30)}\b(?:wirus\p{L}*|zagrożeni\p{L}*)\b${gap(30)}\bna\s+${DETERMINER}\s+${DEVICE}\b`,
        String.raw`\bna\s+${DETERMINER}\s+${DEVICE}\b${gap(30)}\b(?:wykryto|znaleziono)\b${gap(20)}\b(?:wirus\p{L}*|zagrożeni\p{L}*|${MALWARE})`,
        String.raw`\b(?:zagrożeni\p{L}*|infekcj\p{L}*|wirus\p{L}*)\s+(?:wykryt|znalezion)\p{L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|wirus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+${DEVICE}\b${gap(40)}\b(?:jest|został|zostało|została|może\s+być|wydaje\s+się)\s+(?:poważnie\s+)?(?:zainfekowan|zarażon)\p{L}*`,
        String.raw`\bzainfekowan\p{L}*\s+(?:przez|wirusem|trojanem)\b${gap(20)}\b(?:${MALWARE}|wirus\p{L}*|\d+)`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|adres\s+ip)\b${gap(40)}\b(?:został|zostało|została|zostały|jest)\s+(?:tymczasowo\s+|trwale\s+|całkowicie\s+)?(?:zablokowan|wyłączon|zamrożon|przejęt)\p{L}*`,
        String.raw`${NOT_IF}\b(?:komputer|pc|przeglądarka|urządzenie|windows|mac|iphone)\s+(?:jest\s+|został\s+|zostało\s+)?zablokowan\p{L}*\s*(?:!|$|[(:–—-])`,
        String.raw`\bzablokowaliśmy\s+(?:${DETERMINER}\s+)?${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bnie\s+(?:uruchamiaj\s+ponownie|uruchamiać\s+ponownie|restartuj|restartować|wyłączaj|wyłączać|resetuj)\b${NOT_UPDATE_BEFORE}(?:\s+(?:${DETERMINER}\s+)?${DEVICE}\b|\s*(?:[!.]|$))${NOT_UPDATE_AFTER}`,
        String.raw`\bnie\s+(?:ignoruj|ignorować|lekceważ)\s+(?:tego|tej|tych)\s+(?:ostrzeżeni\p{L}*|alertu|komunikatu|powiadomieni\p{L}*|wiadomości)`,
        String.raw`\bnie\s+(?:zamykaj|zamykać|opuszczaj)\s+(?:tej|tego)\s+(?:strony|okna|przeglądarki|karty)\b${gap(40)}\b(?:uruch|wyłącz|zadzwoń|ryzyk|niebezpiecz|komputer|wirus|technik|microsoft|apple)`,
        String.raw`\b(?:zamknięcie|opuszczenie|zignorowanie)\s+(?:tej|tego)\s+(?:strony|okna|ostrzeżenia)\b${gap(60)}\b(?:ryzyk\p{L}*|niebezpiecz\p{L}*|zawieszeni\p{L}*|zablokow\p{L}*|wyłącz\p{L}*|utrat\p{L}*)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:zadzwoń|zadzwon|dzwoń|zadzwonić|skontaktuj\s+się\s+z|skontaktuj\s+się\s+(?:natychmiast\s+|teraz\s+)z|kontaktuj\s+się\s+z|połącz\s+się\s+z)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|pomoc\p{L}*|wsparci\p{L}*)\s*(?:\(\s*)?(?:bezpłatn\p{L}*|darmow\p{L}*|infolinia)`,
        String.raw`\b(?:porozmawiaj|porozmawiać)\s+z\s+(?:certyfikowanym\s+)?(?:technikiem|ekspertem|konsultantem)\s+(?:firmy\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:twoje|twoich|twoim|twój|twoja|twoją|pana|pani)\s+${DATA}\b${gap(50)}\b(?:zagrożon\p{L}*|w\s+niebezpieczeństwie|skradzion\p{L}*|wykradzion\p{L}*|przejęt\p{L}*|narażon\p{L}*|ujawnion\p{L}*|wyciek\p{L}*)`,
        String.raw`\b(?:ukraść|kraść|wykraść|wykradać|kradnie|kradną|wykrada|wykradają|przechwycić)\s+(?:twoje|twoich|twój|twoją|pana|pani)\s+${DATA}`,
        String.raw`\bnastępujące\s+dane\s+zostały\s+(?:naruszone|skradzione|ujawnione|przejęte|wykradzione)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Zgłoś nieautoryzowaną transakcję w aplikacji" is the bank's own help text.
        String.raw`(?<!\b(?:jeśli|jeżeli|gdy|zgłoś|zgłosić|przypadku)\s+(?:\p{L}+\s+)?)\b${SUSPICIOUS}\s+(?:płatnoś|transakcj|obciążeni|przelew|zakup|zamówieni|operacj|pobrani)\p{L}*\b${gap(40)}\b(?:(?:wykryt|zarejestrowan|dokonan|zrealizowan|złożon|zaksięgowan)\p{L}*|na\s+kwotę|w\s+wysokości|o\s+wartości|${AMOUNT})`,
        String.raw`\b(?:wykryto|zarejestrowano|odnotowano|wykryliśmy)\s+${SUSPICIOUS}\s+(?:płatnoś|transakcj|obciążeni|przelew|zakup|zamówieni|operacj|pobrani)\p{L}*`,
        // Polish has no article: "jeśli nie dokonałeś płatności" is a shop's reminder, "tej płatności" a lure.
        String.raw`\b(?:jeśli|jeżeli|gdy)\s+(?:to\s+nie\s+(?:ty|pan|pani)\s+|nie\s+)(?:dokonał|dokonywał|autoryzował|zlecił|zlecał|złożył|składał|zamawiał|zamówił|rozpoznaj|zatwierdził|wykonał|zrobił)\p{L}*\s+(?:tej|tego|tych|tę|ten|to|powyższ\p{L}*)\s+${PURCHASE}`,
        String.raw`\b(?:zadzwoń|zadzwońcie|zadzwonić|dzwoń|skontaktuj\s+się|skontaktować\s+się)\b${gap(50)}\b(?:aby|by|żeby|w\s+celu)\s+(?:anulować|zablokować|wstrzymać|cofnąć|zatrzymać|odwołać|zakwestionować|anulowania|zablokowania|wstrzymania|cofnięcia|zatrzymania)\s+(?:(?:tę|tą|ten|to|tej|tego|te|tych)\s+(?:\p{L}+\s+)?${PURCHASE}|(?:twoją\s+|twoje\s+|twój\s+)?${CHARGE})`,
        String.raw`\b(?:subskrypcj|abonament|członkostw|licencj|pakiet|plan)\p{L}*\b${gap(30)}\b(?:(?:został[aoy]?|zostało|zostały)\s+(?:automatycznie\s+)?(?:odnowion|przedłużon)\p{L}*|(?:automatycznie\s+)?(?:odnowił|przedłużył)\p{L}*\s+się)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:jeśli|jeżeli)\s+nie\s+(?:zadzwonisz|zadzwoni\s+pan|zadzwoni\s+pani|skontaktujesz\s+się)\b${gap(80)}\b(?:obciąż|pobran|odnow|kwot|naliczon)\p{L}*`,
        // "Jeśli to nie Ty, zadzwoń …".
        String.raw`\b(?:jeśli|jeżeli)\s+to\s+nie\s+(?:ty|pan|pani|wy)\b${gap(15)}\b(?:zadzwoń|zadzwońcie|dzwoń)\b`,
        // A renewal told with its charge, not its amount.
        String.raw`\b(?:subskrypcj|abonament|członkostw|licencj|pakiet|plan)\p{L}*\b${gap(30)}\b(?:(?:został[aoy]?|zostało|zostały)\s+(?:automatycznie\s+)?(?:odnowion|przedłużon)\p{L}*|(?:automatycznie\s+)?(?:odnowił|przedłużył)\p{L}*\s+się)\b${gap(80)}\b(?:obciąż|pobran|pobierzemy|naliczon)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:dostęp(?=\s+(?:został|jest|do\s+(?:tego|twojego|pana|pani)\b))|licencj\p{L}*|kont(?:o|a|u)|klucz\s+produktu|rejestracj\p{L}*|adres\s+ip|apple\s+id)\b${gap(50)}\b(?:zablokowan|zawieszon|wyłączon|cofnięt|ograniczon)\p{L}*\s+(?:ze\s+względów\s+bezpieczeństwa|z\s+powodów\s+bezpieczeństwa|z\s+powodu\s+(?:podejrzanej|nielegalnej|nietypowej)|w\s+związku\s+z\s+(?:podejrzaną|nielegalną))`,
        String.raw`\b(?:ze\s+względów|z\s+powodów)\s+bezpieczeństwa\b${gap(30)}\b(?:dostęp(?=\s+(?:został|jest|do\s+(?:tego|twojego|pana|pani)\b))|licencj\p{L}*|kont(?:o|a|u)|komputer|urządzeni\p{L}*)\b${gap(25)}\b(?:zablokowan|zawieszon|wyłączon|ograniczon)\p{L}*`,
        String.raw`\b(?:licencj\p{L}*|klucz\p{L}*|rejestracj\p{L}*|kont(?:o|a|u))\s+(?:systemu\s+)?(?:windows|microsoft|macos|apple|icloud)\b${gap(30)}\b(?:zawieszon|zablokowan|cofnięt|wyłączon|unieważnion|dezaktywowan)\p{L}*`,
        String.raw`\bdostęp\s+do\s+(?:tego|twojego|pana|pani)\s+${DEVICE}\b${gap(30)}\b(?:zablokowan|zawieszon|wyłączon|ograniczon)\p{L}*`,
        String.raw`\bzawieszeni\p{L}*\s+(?:twojej|twojego|pana|pani)\s+(?:licencji|klucza|konta|dostępu|rejestracji)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\b(?:zablokowaliśmy|zawiesiliśmy|ograniczyliśmy|zamroziliśmy)\s+(?:tymczasowo\s+|prewencyjnie\s+)?(?:(?:twoje|twoją|twój|pana|pani)\s+)?(?:\p{L}+\s+){0,2}?(?:konto|kartę|dostęp)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:pirack\p{L}*|nielegaln\p{L}*|nieoryginaln\p{L}*|podrobion\p{L}*|nielicencjonowan\p{L}*|fałszyw\p{L}*)\s+(?:kopi\p{L}*|wersj\p{L}*|licencj\p{L}*|instalacj\p{L}*|klucz\p{L}*)\s+(?:systemu\s+|oprogramowania\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:piracki\p{L}*|nielegaln\p{L}*|podrobion\p{L}*)\s+(?:system\p{L}*\s+)?(?:windows|macos)\b`,
        String.raw`\b(?:kopia|wersja|klucz|licencja)\s+(?:systemu\s+)?(?:windows|macos)\b${gap(20)}\b(?:jest|została\s+uznana\s+za|został\s+uznany\s+za)\s+(?:nielegaln|pirack|podrobion)\p{L}*`,
        String.raw`\b(?:wykryto\s+)?(?:pirackie|nielegalne)\s+oprogramowanie\b${gap(15)}\b(?:wykryt|znalezion)\p{L}*`,
        String.raw`\bwykryto\s+(?:pirackie|nielegalne)\s+oprogramowanie\b`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:prób\p{L}*\s+(?:włamania|ataku|hakerski\p{L}*|nieautoryzowanego\s+dostępu)|atak\p{L}*\s+hakersk\p{L}*)\b${gap(40)}\b(?:wykryt\p{L}*|zablokowan\p{L}*|na\s+tw\p{L}*|z\s+twojego|do\s+twojego)`,
        String.raw`\bwykryto\b${gap(20)}\b(?:prób\p{L}*\s+(?:włamania|ataku|nieautoryzowanego\s+dostępu)|atak\s+hakerski|nieautoryzowany\s+dostęp|podejrzaną\s+aktywność)`,
        String.raw`\b(?:nieautoryzowan\p{L}*\s+dostęp\p{L}*|podejrzan\p{L}*\s+aktywnoś\p{L}*|nietypow\p{L}*\s+aktywnoś\p{L}*|podejrzan\p{L}*\s+połączeni\p{L}*)\b${gap(40)}\b(?:na|z|do|w|ze)\s+${DETERMINER}\s+(?:${DEVICE}|adres\p{L}*\s+ip|ip|sieci)\b`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|adres\s+ip|sieć|kamera)\b${gap(30)}\b(?:został|zostało|została|jest)\s+(?:właśnie\s+)?(?:zhakowan|zaatakowan|przejęt|zdalnie\s+kontrolowan|włamany)\p{L}*`,
        String.raw`\bhakerzy\b${gap(30)}\b(?:próbują|usiłują)\b${gap(40)}\b(?:tw(?:ój|oja|oje|oich|ojego|oim|oją|ojej)|pana|pani)\b`,
        String.raw`\b(?:trojan\p{L}*|spyware|oprogramowanie\s+szpiegujące)\b${gap(30)}\b(?:wysyła|przesyła|wykrada|kradnie)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:kod\s+błędu|błąd|kod|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:kod\s+błędu|błąd|error)\s*(?:#|nr\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:alert|ostrzeżeni\p{L}*|alarm)\s+(?:bezpieczeństwa|zapory|firewalla|o\s+wirusie|wirusowy)\b`,
        String.raw`\bcentrum\s+(?:zabezpieczeń|bezpieczeństwa)\s+(?:systemu\s+)?(?:windows|microsoft|apple)\b`,
        String.raw`\b(?:windows|microsoft)\s+defender\s+(?:alert|ostrzeżeni\p{L}*)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|alert)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:zadzwoń|zadzwon|zadzwonić|dzwoń|dzwonić|telefon\p{L}*|bezpłatn\p{L}*|infolini\p{L}*|kontakt\p{L}*|skontaktuj|pomoc\p{L}*\s+techniczn\p{L}*|support|technik\p{L}*)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:oszust\p{L}*|oszuś\p{L}*|oszukańcz\p{L}*|wyłudz\p{L}*|phishing\p{L}*|scam\p{L}*|fałszyw\p{L}*\s+(?:pomoc|wsparcie|komunikat|alert|stron|technik|konsultant)\p{L}*)\b`,
    String.raw`\b(?:uwaga\s+na|uważaj\s+na|uważajcie\s+na|ostrzegamy\s+przed)\b`,
    String.raw`\bczy\s+to\s+(?:oszustwo|bezpieczne|prawdziwe|legalne)\b`,
    String.raw`\b(?:nigdy\s+nie\s+dzwoń|nie\s+dzwoń\s+na\s+(?:ten\s+)?numer)\b`,
    String.raw`\b(?:zgłoś\s+oszustwo|cert\s+polska|cert\.pl)\b`,
  ),
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:jeśli|jeżeli|gdyby|twierdzi|twierdzą|twierdząc|rzekomo)\b`,
    String.raw`\b(?:klienci|klientki|użytkownicy|właściciele|konsumenci|abonenci|czytelnicy)(?:\s+[\p{L}-]+){0,4}?\s+(?:mogą|powinni|muszą|proszeni\s+są)\b`,
  ),
  // "Oszuści" (scammers) drops the t of "oszust".
  scamWords: phrase(String.raw`oszust|oszuśc`),
  nameEndings: [],
};
