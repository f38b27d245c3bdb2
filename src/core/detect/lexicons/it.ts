import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const APOS = `['’]\\s?`;
/** No "sistema" with a gap after it: "il tuo sistema immunitario è compromesso" is health advice. */
const DEVICE = String.raw`(?:computer|pc|mac|macbook|iphone|ipad|dispositivo|browser|portatile|laptop|windows)`;
const DETERMINER = String.raw`(?:(?:il\s+)?(?:tuo|suo|vostro)|quest[oa])`;
const MALWARE = String.raw`(?:trojan|troian[oi]|cavall[oi]\s+di\s+troia|malware|spyware|adware|ransomware|software\s+(?:dannos[oi]|malevol[oi]|spia)|rootkit|keylogger|zeus)`;
/** "Se il tuo computer è bloccato, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:se|quando|qualora|nel\s+caso\s+in\s+cui)\s+(?:il\s+|la\s+|i\s+|le\s+)?)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:aggiornament|installazion|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:aggiorn|installazion|bios|firmware))`;
const DEVICE_OR_END = String.raw`(?:\s+(?:il\s+(?:tuo\s+|suo\s+)?|questo\s+)(?:${DEVICE}|sistema)\b|\s*(?:[!.]|$))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)\s*(?:support|supporto|sicurezza|security|helpline|tecnici|esperti)|(?:supporto|assistenza|tecnic[oi]|espert[oi]|centro\s+(?:di\s+)?sicurezza)\s+(?:tecnic[oa]\s+)?(?:di\s+|della\s+)?(?:microsoft|apple|windows|mac)|supporto\s+tecnico|tecnic[oi]\s+certificat[oi]\s+(?:di\s+)?(?:microsoft|apple|windows)|centro\s+(?:di\s+)?sicurezza)`;
const DATA = String.raw`(?:password|dati\s+(?:bancari|personali|finanziari|della\s+carta)|informazioni\s+(?:bancarie|personali|finanziarie)|carte?\s+di\s+credito|foto|credenziali|accessi(?:\s+(?:a\s+)?facebook)?|identità|file|dati)`;
const POSSESSIVE = String.raw`(?:(?:i|le|il|la)\s+)?(?:tuoi|tue|tuo|tua|suoi|sue|suo|sua|vostri|vostre)`;

/** An amount of money as a lure writes it: "399,99 €", "€ 399", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd|chf)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euro|usd|dollari|chf)\b)`;
/** What was paid, and those nouns that only a charge can be ("il tuo addebito"). */
const CHARGE = String.raw`(?:pagament|addebit|transazion|bonific|prelievo|prelievi|rinnov)\p{L}*`;
const PURCHASE = String.raw`(?:pagament|addebit|transazion|bonific|prelievo|prelievi|rinnov|acquist|ordin|operazion|abbonament)\p{L}*`;
const SUSPICIOUS = String.raw`(?:non\s+autorizzat|fraudolent|sospett|insolit|anomal|non\s+riconosciut)\p{L}*`;

export const LEXICON_IT: Lexicon = {
  lang: 'it',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:rilevat|trovat|individuat|scopert|infett)\p{L}*`,
        String.raw`\b(?:è\s+stat[oa]|sono\s+stati)\s+(?:rilevat|trovat|individuat)\p{L}*\s+(?:un\s+|una\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:minacci[ae]|infezion[ei]|virus)\s+(?:rilevat|trovat)\p{L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|troiano|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema(?=\s+(?:è|ha)\b))\b${gap(40)}\b(?:è|e['’]|è\s+stato|sono\s+stati|potrebbe\s+essere|risulta|sembra)\s+(?:gravemente\s+|seriamente\s+)?infett\p{L}*`,
        String.raw`\binfettat[oaie]\s+(?:da|con)\s+(?:un\s+|una\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:virus|minacce|minaccia|${MALWARE})\b${gap(30)}\b(?:rilevat|trovat)\p{L}*\s+(?:sul|nel|su\s+quest[oa]|in\s+quest[oa])\s+(?:tuo\s+|suo\s+)?(?:${DEVICE}|sistema)\b`,
        String.raw`\b(?:rilevato|trovato|individuato|rileva)\b${gap(30)}\b(?:virus|minacce|minaccia|infezion[ei]|${MALWARE})\b${gap(20)}\b(?:sul|nel|su\s+quest[oa]|in\s+quest[oa])\s+(?:tuo\s+|suo\s+)?(?:${DEVICE}|sistema)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema|indirizzo\s+ip)\b${gap(40)}\b(?:è\s+stat[oa]|è|e['’]\s+stat[oa]|risulta|sono\s+stati|viene)\s+(?:temporaneamente\s+|permanentemente\s+|completamente\s+)?(?:bloccat|disattivat|congelat|sequestrat)\p{L}*`,
        String.raw`\b(?:computer|pc|browser|windows|mac|iphone|dispositivo)\s+(?:è\s+stato\s+|è\s+)?bloccat[oa]\s*(?:!|$|[(:–—-])`,
        String.raw`\babbiamo\s+bloccato\s+(?:il\s+)?(?:tuo|suo|questo)\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bnon\s+(?:riavviare|riavvii|spegnere|spenga|arrestare)\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\bnon\s+(?:ignorare|ignori)\s+(?:questo|questa|il|l${APOS})\s*(?:avviso|avvertimento|allarme|messaggio|notifica)\b(?!\s+(?:segnal|del\s+corpo))`,
        String.raw`\bnon\s+(?:chiudere|chiuda|abbandonare)\s+(?:questa|questo|la|il)\s+(?:finestra|pagina|browser|scheda)\b${gap(40)}\b(?:riavvi|spegn|computer|chiam|virus|rischio|pericolo|tecnic|microsoft|apple)`,
        String.raw`\b(?:chiudere|chiudendo|la\s+chiusura\s+di|abbandonare|ignorare)\s+(?:questa|questo)\s+(?:pagina|finestra|avviso)\b${gap(60)}\b(?:a\s+rischio|in\s+pericolo|sospension\p{L}*|blocc\p{L}*|disattiv\p{L}*|perdita)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:chiama|chiamate|chiami|chiamare|contatta|contattare|contatti|contattate|telefona|telefonare)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|supporto|sicurezza)\s*(?:\(\s*)?(?:numero\s+verde|gratuito)`,
        String.raw`\bparl(?:a|i|ate)\s+con\s+(?:un|i\s+nostri)\s+(?:tecnic[oi]|espert[oi])\s+(?:certificat[oi]\s+)?(?:di\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${POSSESSIVE}\s+${DATA}\b${gap(50)}\b(?:a\s+rischio|in\s+pericolo|(?:rubat|compromess|espost|violat|sottratt|trafugat)\p{L}*)`,
        String.raw`\b(?:rubare|sottrarre|rubando|ruba|rubano)\s+${POSSESSIVE}\s+${DATA}`,
        String.raw`\bi\s+seguenti\s+dati\s+sono\s+stati\s+(?:violati|rubati|compromessi|esposti)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Segnala un addebito non autorizzato dall'app" is the bank's own help text.
        String.raw`(?<!\b(?:se|segnala|segnalare|contesta|contestare|caso\s+di)\s+(?:(?:un|una|il|la|lo|questo|questa)\s+|(?:un|l)['’]\s?)?)\b(?:pagament|addebit|transazion|bonific|prelievo|prelievi|acquist|ordin|operazion)\p{L}*\s+${SUSPICIOUS}\b${gap(40)}\b(?:rilevat\p{L}*|individuat\p{L}*|(?:di|per|da)\s+(?:un\s+importo\s+di\s+)?${AMOUNT}|(?:è|e['’]|sono)\s+stat[oaie]\s+(?:effettuat|eseguit|addebitat|registrat|approvat)\p{L}*)`,
        String.raw`\b(?:abbiamo\s+(?:rilevato|individuato)|(?:è|e['’])\s+stat[oa]\s+(?:rilevat|individuat)[oa])\s+(?:(?:un|una)\s+|un['’]\s?)(?:pagament|addebit|transazion|bonific|prelievo|acquist|ordin|operazion)\p{L}*\s+${SUSPICIOUS}`,
        String.raw`\bse\s+non\s+(?:(?:hai|ha|avete)\s+(?:effettuat|autorizzat|richiest|fatto|eseguit|ordinat|disposto)\p{L}*|riconosc\p{L}*|sei\s+stat[oa]\s+tu\s+a\s+(?:effettuare|autorizzare|fare)|(?:è|e['’])\s+stat[oa]\s+lei\s+a\s+(?:effettuare|autorizzare|fare))\s+(?:(?:quest[oa]|tale|il|lo|la)\s+|(?:quest|l)['’]\s?)${PURCHASE}`,
        String.raw`\b(?:chiam\p{L}*|contatt\p{L}*|telefona\p{L}*)\b${gap(50)}\bper\s+(?:annullare|bloccare|fermare|contestare|stornare|interrompere|sospendere|disdire)\s+(?:(?:(?:quest[oa]|il|lo|la|i|gli|le|tale)\s+|(?:quest|l)['’]\s?)${PURCHASE}|(?:il\s+|la\s+)?(?:tuo|tua|suo|sua)\s+${CHARGE})`,
        String.raw`\b(?:abbonamento|iscrizione|licenza|adesione|piano(?:\s+di\s+protezione)?)\b${gap(30)}\b(?:(?:è|e['’])\s+stat[oa]|si\s+(?:è|e['’]))\s+(?:automaticamente\s+|tacitamente\s+)?rinnovat[oa]\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:se\s+non\s+(?:ci\s+)?(?:chiami|chiama|chiamate|contatti|contatta)|in\s+mancanza\s+di\s+(?:una\s+)?(?:tua\s+|sua\s+)?chiamata|senza\s+una\s+(?:tua\s+|sua\s+)?chiamata)\b${gap(80)}\b(?:addebit|rinnov|prelev|import)\p{L}*`,
        // Asked without "se": "Non riconosci questo pagamento?".
        String.raw`(?<!\bse\s+)\bnon\s+riconosc\p{L}*\s+(?:quest[oaei]|il|lo|la|i|gli|le)\s+${PURCHASE}`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:accesso(?=\s+(?:è|e['’]|ha|viene|a\s+quest|al\s+(?:tuo|suo)\b))|licenza|account|chiave\s+(?:di\s+)?prodotto|registrazione|indirizzo\s+ip|id\s+apple)\b${gap(50)}\b(?:bloccat|sospes|disattivat|revocat|limitat)\p{L}*\s+(?:per\s+(?:motivi|ragioni)\s+di\s+sicurezza|a\s+causa\s+di\s+(?:un${APOS})?attività|per\s+attività\s+(?:sospett|illegal|insolit)\p{L}*)`,
        String.raw`\b(?:licenza|chiave|registrazione|account)\s+(?:di\s+prodotto\s+)?(?:di\s+)?(?:windows|microsoft|macos|apple|icloud)\b${gap(30)}\b(?:sospes|bloccat|revocat|disattivat)\p{L}*`,
        String.raw`\baccesso\s+(?:a\s+quest[oa]|al\s+(?:tuo|suo))\s+(?:${DEVICE}|sistema|rete)\b${gap(30)}\b(?:bloccat|sospes|disattivat|limitat|negat)\p{L}*`,
        String.raw`\bsospensione\s+(?:della\s+(?:tua|sua)\s+(?:licenza|chiave|registrazione)|del\s+(?:tuo|suo)\s+(?:account|accesso)|dell${APOS}(?:accesso|account))\b`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\babbiamo\s+(?:temporaneamente\s+)?(?:bloccato|sospeso|limitato|congelato|disattivato)\s+(?:il\s+suo|la\s+sua|il\s+tuo|la\s+tua)\s+(?:\p{L}+\s+){0,2}?(?:conto|carta|account|accesso)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:copia|versione|licenza|installazione|chiave)\s+(?:illegale|pirata|contraffatta|non\s+autorizzata|non\s+originale|non\s+autentica)\s+(?:di\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:windows|macos)\s+(?:pirata|illegale|contraffatto|craccato)\b`,
        String.raw`\b(?:copia|versione|chiave|licenza)\s+di\s+(?:windows|macos)\b${gap(20)}\b(?:è|risulta)\s+(?:illegale|pirata|contraffatta)`,
        String.raw`\bsoftware\s+(?:pirata|illegale)\s+(?:rilevato|trovato)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\btentativ[oi]\s+di\s+(?:hacking|intrusione|accesso\s+non\s+autorizzato|attacco|violazione)\b${gap(40)}\b(?:rilevat\p{L}*|bloccat\p{L}*|sul\s+(?:tuo|suo)|dal\s+(?:tuo|suo)|contro\s+il)`,
        String.raw`\b(?:accesso\s+non\s+autorizzato|attività\s+sospett\p{L}*|connessione\s+sospetta|attività\s+insolit\p{L}*|traffico\s+sospetto)\b${gap(40)}\b(?:sul|dal|al|nel|da\s+quest[oa]|su\s+quest[oa])\s+(?:tuo\s+|suo\s+)?(?:${DEVICE}|indirizzo\s+ip|ip|rete|sistema)\b`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|indirizzo\s+ip|rete|webcam|fotocamera)\b${gap(30)}\b(?:è\s+stat[oa]|è|viene)\s+(?:hackerat|attaccat|compromess|controllat)\p{L}*`,
        String.raw`\b(?:hacker|criminali\s+informatici)\b${gap(30)}\b(?:stanno\s+cercando|cercano|tentano|stanno\s+tentando|sta\s+cercando)\s+di\s+(?:accedere|rubare|violare|controllare|prendere\s+il\s+controllo)\s+(?:a\s+|al\s+|ai\s+|alle\s+|del\s+|dei\s+|delle\s+)?${POSSESSIVE}\b`,
        String.raw`\b(?:trojan|troiano|spyware|malware|software\s+spia)\b${gap(30)}\b(?:invia|inviando|trasmette|ruba|sta\s+rubando)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:codice\s+(?:di\s+)?errore|errore|codice|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:codice\s+(?:di\s+)?errore|errore|error)\s*(?:#|n\.|nr\.|n°|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:avviso|allarme|avvertimento|allerta)\s+(?:di\s+)?(?:sicurezza|virus|firewall|minaccia)\b`,
        String.raw`\bcentro\s+(?:di\s+)?sicurezza\s+(?:di\s+)?(?:windows|microsoft|apple)\b`,
        String.raw`\b(?:windows|microsoft)\s+defender\s+(?:avviso|allarme|avvertimento)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|alert)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:chiama|chiamate|chiami|chiamare|chiamata|telefon\p{L}*|numero\s+verde|gratuit[oa]|contatta|contattare|contatti|contattaci|assistenza|supporto|support|tecnic[oi]|helpline)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:truff\p{L}*|frode|frodi|phishing|scam\p{L}*|falso\s+supporto|falsi\s+(?:tecnici|avvisi|messaggi|allarmi)|finto\s+(?:tecnico|supporto|avviso))\b`,
    String.raw`\b(?:attenzione\s+(?:a|alle|ai|agli)|occhio\s+a(?:lle|i|gli)?)\b`,
    String.raw`\b(?:è\s+una\s+truffa|è\s+(?:affidabile|legittimo|attendibile))\b`,
    String.raw`\b(?:non\s+chiamate?\s+(?:mai\s+)?(?:quel|questo|il)\s+numero|mai\s+chiamare)\b`,
    String.raw`\b(?:segnala(?:re|te)?\s+(?:una\s+)?truffa|polizia\s+postale)\b`,
  ),
  // Not "si": in Italian it is the reflexive of "si prega di non spegnere", not "if".
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:se|dice|dicono|afferma|affermano|sostiene|presunt[oaie])\b`,
    String.raw`\b(?:clienti|utenti|proprietari|consumatori|abbonati|lettori|interessati)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:possono|potranno|potrebbero|devono|dovrebbero|sono\s+invitati\s+a)\b`,
  ),
  scamWords: phrase(String.raw`truff`),
  nameEndings: [],
};
