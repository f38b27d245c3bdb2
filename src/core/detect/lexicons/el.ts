import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Greek writes its stress mark (tonos) on every word of two syllables or more, but kits, phones and
 * capitals drop it: "υπολογιστής", "υπολογιστης", "ΥΠΟΛΟΓΙΣΤΗΣ". So patterns are written with the
 * tonos and `bare` lets each marked vowel also stand without its mark; final sigma "ς" is also
 * written "σ" (and "Σ" folds to "σ"). Nouns take cases ("ο υπολογιστής σας", "του υπολογιστή σας",
 * "στον υπολογιστή σας") and an enclitic possessive after them ("σας" formal, "σου" informal), which
 * puts a second tonos on some words ("το σύστημά σας", "το δίκτυό σας"): words are stems followed by
 * any run of Greek letters. Alerts say what happened in the passive perfect ("έχει αποκλειστεί") or
 * aorist ("κλειδώθηκε"), and forbid with "μην" and the subjunctive ("μην επανεκκινήσετε").
 */

/** Each marked letter, and the letters it may be typed as. */
const PLAIN: Readonly<Record<string, string>> = {
  ά: 'α|ά',
  έ: 'ε|έ',
  ή: 'η|ή',
  ί: 'ι|ί',
  ό: 'ο|ό',
  ύ: 'υ|ύ',
  ώ: 'ω|ώ',
  ϊ: 'ι|ϊ',
  ϋ: 'υ|ϋ',
  ΐ: 'ι|ί|ϊ|ΐ',
  ΰ: 'υ|ύ|ϋ|ΰ',
};
const MARKED_RE = /[άέήίόύώϊϋΐΰς]/g;

/**
 * A source with each marked vowel also matching its bare form, as a group (never a class, so that a
 * `\b` before a word that starts with one still reads as a word start in `phrase`), and final sigma
 * matching "σ". Marked letters are therefore written only outside character classes.
 */
function bare(source: string): string {
  return source.replace(MARKED_RE, (letter) => (letter === 'ς' ? '[σς]' : `(?:${PLAIN[letter] ?? letter})`));
}

function greek(...sources: readonly string[]): RegExp {
  return phrase(...sources.map(bare));
}

/** A Greek letter, marked or not. Not \p{L}: with the "iu" flags every \p{L} costs a case-folded Unicode table. */
const L = String.raw`[\u0390\u03ac-\u03ce]`;
/** A gap inside one sentence; Greek asks its questions with ";". */
const g = (max: number): string => gap(max, '.!?;\u037e');

/** "Your": the enclitic after the noun, formal or informal. */
const MINE = String.raw`(?:σας|σου)`;
const DEVICE = String.raw`(?:υπολογιστ${L}*|συσκευ${L}*|(?:πρόγραμμα|προγράμματος)\s+περιήγησ${L}*|φυλλομετρητ${L}*|η\/υ|pc|macbook|mac|iphone|ipad|laptop|λάπτοπ|σύστημ${L}*|windows|browser|κινητό|κινητού)`;
/** "Ο υπολογιστής σας", "τη συσκευή σου", "αυτόν τον υπολογιστή". */
const DEVICE_REF = String.raw`(?:${DEVICE}\s+${MINE}\b|(?:αυτός|αυτή|αυτό|αυτού|αυτής|αυτόν|αυτήν)\s+(?:ο|η|το|του|της|τον|την|τη)\s+${DEVICE})`;
/**
 * "Αν ο υπολογιστής σας είναι κλειδωμένος, …" is a help page, not an alert. Placed after the
 * subject it follows, so it is only tried where a subject matched; it looks back over the subject
 * to the start of the clause.
 */
const NOT_IF = String.raw`(?<!\b(?:αν|εάν|άμα|όταν|μόλις|μήπως|ενώ|μέχρι|ώσπου|νομίζετε|νομίζεις|πιστεύετε|πιστεύεις|υποψιάζεστε|υποψιάζεσαι)\b[^.!?;\n,]{0,60})`;
/** "Το Wi-Fi του υπολογιστή σας", "η οθόνη του υπολογιστή σας": a part or a setting of the device, not the device. */
const NOT_OWNED = String.raw`(?<!\b(?:του|της|των)\s+)`;
/** "Δεν έχει μολυνθεί" (is not infected) is a scanner's all-clear. */
const NOT_NEG = String.raw`(?<!\b(?:δεν|μη|μην)\s+)`;
const UPDATE = String.raw`(?:ενημ|αναβάθμ|εγκατ|εγκαθ|αποθηκ|bios|firmware|update|υλικολογισμ)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b${UPDATE}${L}*\b${g(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${g(60)}\b${UPDATE})`;

const VIRUS = String.raw`(?:ιός|ιού|ιό|ιοί|ιούς|ιών|virus|viruses)`;
/** Malware that is not a Trojan: "ένας δούρειος ίππος βρέθηκε" may be an excavation. */
const MALWARE_NOT_TROJAN = String.raw`(?:κακόβουλ${L}*\s+(?:λογισμικ${L}*|πρόγραμμ${L}*|κώδικ${L}*)|λογισμικ${L}*\s+(?:κατασκοπ${L}*|υποκλοπής|λύτρων|διαφημίσεων)|κατασκοπευτικ${L}*\s+(?:λογισμικ${L}*|πρόγραμμ${L}*)|malware|spyware|adware|ransomware|rootkit|keylogger)`;
const MALWARE = String.raw`(?:${MALWARE_NOT_TROJAN}|δούρει${L}*\s+ίππ${L}*|trojan|zeus)`;
/** Found: the passive aorist and perfect of a report, and "we found", "Defender found". */
const DETECTED = String.raw`(?:εντοπίστηκε|εντοπίστηκαν|εντοπίσθηκε|εντοπίσθηκαν|ανιχνεύθηκε|ανιχνεύθηκαν|ανιχνεύτηκε|ανιχνεύτηκαν|βρέθηκε|βρέθηκαν|(?:έχει|έχουν)\s+(?:εντοπιστεί|ανιχνευθεί|βρεθεί)|εντοπίσαμε|ανιχνεύσαμε|βρήκαμε|εντόπισε|ανίχνευσε|βρήκε)`;
/** "Στον υπολογιστή σας", "σε αυτή τη συσκευή". */
const ON_DEVICE = String.raw`(?:στον|στην|στη|στο|στα|σε|από\s+τον|από\s+τη|από\s+το)\s+${DEVICE_REF}`;
const INFECTED = String.raw`(?:μολυσμέν${L}*|μολυνθεί|προσβληθεί|προσβεβλημέν${L}*)`;

/** Blocked, locked: the perfect after "έχει", the participle after "είναι", the aorist on its own. */
const LOCK_PERF = String.raw`(?:αποκλειστεί|κλειδωθεί|μπλοκαριστεί|μπλοκαρισθεί|παγώσει)`;
const LOCK_PART = String.raw`(?:κλειδωμέν${L}*|μπλοκαρισμέν${L}*|αποκλεισμέν${L}*|παγωμέν${L}*)`;
const LOCK_AOR = String.raw`(?:αποκλείστηκε|κλειδώθηκε|μπλοκαρίστηκε|μπλοκαρίσθηκε|πάγωσε)`;
const LOCKED = String.raw`(?:(?:έχει|έχουν)\s+(?:${L}{2,15}\s+)?${LOCK_PERF}|(?:είναι|ήταν)\s+(?:${L}{2,15}\s+)?${LOCK_PART}|${LOCK_AOR})`;
/** Suspended, revoked, restricted: an account or a licence. */
const SUSP_PERF = String.raw`(?:ανασταλεί|αποκλειστεί|κλειδωθεί|μπλοκαριστεί|απενεργοποιηθεί|ανακληθεί|περιοριστεί|παγώσει|τερματιστεί)`;
const SUSP_PART = String.raw`(?:κλειδωμέν${L}*|μπλοκαρισμέν${L}*|αποκλεισμέν${L}*|απενεργοποιημέν${L}*|ανασταλμέν${L}*|παγωμέν${L}*|σε\s+αναστολή)`;
const SUSP_AOR = String.raw`(?:ανεστάλη|αποκλείστηκε|κλειδώθηκε|μπλοκαρίστηκε|απενεργοποιήθηκε|ανακλήθηκε|περιορίστηκε|πάγωσε|τερματίστηκε)`;
/** Not "κλειδώθηκε;": a help page asks it. */
const SUSPENDED = String.raw`(?:(?:έχει|έχουν)\s+(?:${L}{2,15}\s+)?${SUSP_PERF}|(?:είναι|έχει\s+τεθεί|τέθηκε|βρίσκεται)\s+(?:${L}{2,15}\s+)?${SUSP_PART}|${SUSP_AOR})\b(?!\s*[;\u037e])`;
const SECURITY = String.raw`(?:ασφαλείας|ασφάλειας)`;
const REASON = String.raw`(?:για\s+λόγους\s+${SECURITY}|λόγω\s+(?:ύποπτ${L}*|παράνομ${L}*|ασυνήθιστ${L}*|μη\s+εξουσιοδοτημέν${L}*|παραβίασ${L}*))`;

/** Do not restart, switch off, shut down: formal and informal subjunctive. */
const RESTART = String.raw`(?:επανεκκινήσετε|επανεκκινείτε|επανεκκινήσεις|επανεκκινείς|κάνετε\s+επανεκκίνηση|κάνεις\s+επανεκκίνηση|απενεργοποιήσετε|απενεργοποιείτε|απενεργοποιήσεις|τερματίσετε|τερματίζετε|τερματίσεις)`;
const SHUT = String.raw`(?:${RESTART}|κλείσετε|κλείνετε|κλείσεις|κλείνεις)`;
const DEVICE_OBJECT = String.raw`(?:(?:τον|την|τη|το|τα|στον|στη|στην|στο|του|της)\s+)?(?:υπολογιστ${L}*|συσκευ${L}*|pc|mac|σύστημ${L}*|windows|laptop|η\/υ|φορητό)`;

/** Microsoft, Apple, not their chat or watch. */
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|μάικροσοφτ|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
/** Who a fake alert tells you to call. Not "την τεχνική υποστήριξη της Cosmote" or "μας": that is an ISP's or a shop's. */
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)[\s-]*(?:support|υποστήριξ${L}*|helpdesk|τεχνικ${L}*)|(?:των|της|του)\s+(?:windows|macos|mac)\b|τεχνικ${L}*\s+υποστήριξ${L}*\b(?!\s+(?:της|του|των|μας)\b)|πιστοποιημέν${L}*\s+(?:τεχνικ${L}*|ειδικ${L}*)|κέντρο\s+${SECURITY}|τμήμα\s+${SECURITY})`;
const CALL = String.raw`(?:καλέστε|καλέσετε|κάλεσε|τηλεφωνήστε|τηλεφωνήσετε|τηλεφώνησε|επικοινωνήστε|επικοινωνήσετε|επικοινώνησε|απευθυνθείτε|απευθύνσου)`;
const FREE = String.raw`(?:δωρεάν|χωρίς\s+χρέωση|ατελώς|χωρίς\s+χρέωσ${L}*)`;

/** Passwords, bank details, card, photos, personal data. */
const DATA = String.raw`(?:κωδικ${L}*(?:\s+πρόσβασης)?|συνθηματικ${L}*|τραπεζικ${L}*|πιστωτικ${L}*|κάρτ${L}*|στοιχεί${L}*|φωτογραφί${L}*|προσωπικ${L}*|δεδομέν${L}*|αρχεί${L}*|πληροφορί${L}*|email|e-mail|ταυτότητ${L}*|λογαριασμ${L}*)`;
/** "Οι κωδικοί σας", "τα τραπεζικά σας στοιχεία", "οι κωδικοί πρόσβασης σας". */
const DATA_YOUR = String.raw`(?:${MINE}\s+${DATA}|${DATA}\s+(?:${L}{2,15}\s+)?${MINE}\b)`;
const AT_RISK = String.raw`(?:κινδυνεύ${L}*|(?:βρίσκονται|βρίσκεται|είναι|τίθενται|τίθεται)\s+(?:πλέον\s+|σοβαρά\s+|άμεσα\s+)?σε\s+κίνδυνο|(?:έχουν|έχει)\s+(?:ήδη\s+)?(?:κλαπεί|διαρρεύσει|υποκλαπεί|εκτεθεί|παραβιαστεί)|κλάπηκαν|κλάπηκε|διέρρευσαν|διέρρευσε|κλέβονται|υποκλέπτονται|(?:ενδέχεται|μπορεί)\s+να\s+(?:κλαπούν|κλαπεί|υποκλαπούν|διαρρεύσουν)|εκτεθειμέν${L}*|σε\s+κίνδυνο|θα\s+κρυπτογραφηθούν|κρυπτογραφήθηκαν)`;

/** An amount of money as a lure writes it: "399,99 €", "€399", "299 ευρώ", "EUR 1.249,00". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd)\s?\d|\d[\d\s.,]{0,10}\s?(?:€|\$|£|ευρώ|eur|usd|δολάρια)\b)`;
const PAID = String.raw`(?:πληρωμή|πληρωμής|χρέωση|χρέωσης|συναλλαγή|συναλλαγής|αγορά|αγοράς|μεταφορά|ανάληψη|ανανέωση|αφαίρεση)`;
const UNAUTHORIZED = String.raw`(?:μη\s+εξουσιοδοτημέν${L}*|ανεξουσιοδότητ${L}*|ύποπτ${L}*|ασυνήθιστ${L}*|μη\s+εγκεκριμέν${L}*|δόλι${L}*)`;
const THIS = String.raw`(?:αυτή\s+την|αυτή\s+τη|αυτήν\s+την|αυτό\s+το)`;

export const LEXICON_EL: Lexicon = {
  lang: 'el',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: greek(
        String.raw`\b${MALWARE_NOT_TROJAN}\b${g(40)}\b(?:${DETECTED}|εντοπισμέν${L}*|ανιχνευμέν${L}*)`,
        String.raw`\b(?:${VIRUS}|${MALWARE}|απειλ${L}*)\b${g(30)}\b${DETECTED}\b${g(20)}\b${ON_DEVICE}`,
        String.raw`\b${DETECTED}\b${g(30)}\b(?:${VIRUS}|${MALWARE}|απειλ${L}*)\b${g(30)}\b${ON_DEVICE}`,
        String.raw`\b(?:απειλ${L}*|ιοί|μολύνσεις)\s+(?:που\s+)?${DETECTED}\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|virus|malware|spyware|adware|ransomware|zeus|δούρει)`,
        String.raw`\b${DEVICE_REF}${NOT_IF}${g(40)}${NOT_NEG}\b(?:(?:είναι|έχει|έχουν|ήταν|(?:φαίνεται|μπορεί)\s+να\s+(?:είναι|έχει))\s+(?:${L}{2,15}\s+)?${INFECTED}|μολύνθηκε|μολύνθηκαν|προσβλήθηκε)\b`,
        String.raw`(?<!\b(?:αν|εάν|όταν|μήπως)\s+)\b(?:έχει\s+μολυνθεί|μολύνθηκε|είναι\s+μολυσμέν${L}*)\s+(?:ο|η|το)\s+${DEVICE_REF}`,
        String.raw`\b${INFECTED}\s+(?:με|από)\s+(?:έναν?\s+|ένα\s+|\(?\d+\)?\s+)?(?:${MALWARE}|επικίνδυν${L}*\s+${VIRUS})`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: greek(
        String.raw`${NOT_OWNED}\b(?:${DEVICE_REF}|διεύθυνσ${L}*\s+ip\s+${MINE})${NOT_IF}${g(40)}${NOT_NEG}\b${LOCKED}\b`,
        // "Disabled" only right after the device: "το Wi-Fi του υπολογιστή σας είναι απενεργοποιημένο" is a setting.
        String.raw`${NOT_OWNED}\b${DEVICE_REF}${NOT_IF}\s+(?:έχει\s+(?:${L}{2,15}\s+)?απενεργοποιηθεί|είναι\s+(?:${L}{2,15}\s+)?απενεργοποιημέν${L}*|απενεργοποιήθηκε)`,
        String.raw`(?<!\b(?:αν|εάν|όταν)\s+(?:(?:ο|η|το)\s+)?)\b(?:υπολογιστής|συσκευή|browser|windows|mac|σύστημα|pc|iphone|η\/υ|πρόγραμμα\s+περιήγησης)\s+(?:είναι\s+|έχει\s+)?(?:${LOCK_PART}|${LOCK_AOR}|${LOCK_PERF})\s*(?:!|$|[(:–—-])`,
        String.raw`(?<!\b(?:αν|εάν|όταν)\s+)\b(?:έχει\s+${LOCK_PERF}|${LOCK_AOR})\s+(?:προσωρινά\s+)?(?:ο|η|το)\s+${DEVICE_REF}`,
        String.raw`\b(?:αποκλείσαμε|κλειδώσαμε|μπλοκάραμε|έχουμε\s+(?:αποκλείσει|κλειδώσει|μπλοκάρει))\s+(?:προσωρινά\s+)?(?:τον|την|τη|το)\s+${DEVICE_REF}`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: greek(
        String.raw`\bμην?\s+${SHUT}(?:\s+ή\s+(?:να\s+)?${RESTART})?\s+${DEVICE_OBJECT}\b${NOT_UPDATE_BEFORE}${NOT_UPDATE_AFTER}`,
        String.raw`\bμην?\s+${RESTART}\b${NOT_UPDATE_BEFORE}\s*(?:!|$)`,
        String.raw`\bμην?\s+(?:αγνοήσετε|αγνοείτε|αγνοήσεις|αγνοείς)\s+(?:${THIS}|αυτές\s+τις|αυτά\s+τα|την\s+παρούσα|το\s+παρόν)\s+(?:${L}{2,15}\s+)?(?:προειδοποίηση|προειδοποιήσεις|ειδοποίηση|ειδοποιήσεις|μήνυμα|μηνύματα)\b`,
        String.raw`\bμην?\s+(?:κλείσετε|κλείνετε|κλείσεις|κλείνεις|εγκαταλείψετε)\s+(?:${THIS}|τη|την|το)\s+(?:σελίδα|παράθυρο|καρτέλα|πρόγραμμα\s+περιήγησης|browser)\b${g(40)}\b(?:επανεκκιν|τερματ|κίνδυν|καλέστε|τηλεφων|τεχνικ|υπολογιστ|συσκευ|microsoft|apple|windows|ιό|ιού|ιοί|αποκλει|κλειδ|μπλοκ)`,
        String.raw`\b(?:το\s+κλείσιμο|κλείνοντας|η\s+αγνόηση|αγνοώντας|αν\s+κλείσετε|εάν\s+κλείσετε|αν\s+αγνοήσετε|εάν\s+αγνοήσετε)\s+(?:αυτής\s+της|αυτού\s+του|${THIS}|της|του|τη|την|το)\s+(?:σελίδας|σελίδα|παραθύρου|παράθυρο|προειδοποίησης|προειδοποίηση|ειδοποίησης|ειδοποίηση)\b${g(60)}\b(?:κίνδυν|αποκλεισμ|κλείδωμα|κλειδω|αποκλει|μπλοκ|απώλει|κλοπ|ζημι)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: greek(
        String.raw`\b${CALL}\b${g(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)[\s-]*(?:support|υποστήριξη|helpdesk)\s*(?:\(\s*)?${FREE}`,
        String.raw`\b(?:τεχνική\s+)?υποστήριξη\s+(?:της\s+|των\s+)?(?:microsoft|windows|apple)\s*(?:\(\s*)?${FREE}`,
        String.raw`\b(?:μιλήστε|συνομιλήστε|μίλησε)\s+(?:με\s+)?(?:έναν?\s+|τους\s+|τον\s+)?(?:πιστοποιημέν${L}*\s+)?(?:τεχνικ${L}*|ειδικ${L}*)\s+(?:της\s+|των\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: greek(
        String.raw`\b${DATA_YOUR}${NOT_IF}${g(50)}\b${AT_RISK}`,
        String.raw`\b(?:κλέψει|κλέψουν|κλέβει|κλέβουν|υποκλέψει|υποκλέψουν|υποκλέπτει|υποκλέπτουν)\s+(?:(?:τους|τα|τις|το|τη|την|τον|όλους\s+τους|όλα\s+τα|όλες\s+τις)\s+)?${DATA_YOUR}`,
        String.raw`\bτα\s+(?:ακόλουθα|παρακάτω|εξής)\s+(?:δεδομένα|στοιχεία)\s+(?:έχουν\s+)?(?:διαρρεύσει|διέρρευσαν|κλαπεί|κλάπηκαν|εκτεθεί|παραβιαστεί)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      // "Καλέστε μας για να ακυρώσετε την αγορά σας" is a shop's: a purchase counts only as "this purchase".
      id: 'billing-lure',
      strength: 'strong',
      pattern: greek(
        // "Αναφέρετε μια μη εξουσιοδοτημένη συναλλαγή στην εφαρμογή" is the bank's own help text.
        String.raw`(?<!\b(?:αν|εάν|όταν|αναφέρετε|δηλώστε|δείτε|εντοπίσετε|παρατηρήσετε)\s+(?:${L}{1,15}\s+)?(?:(?:μια|μία|μιας)\s+)?)\b${UNAUTHORIZED}\s+${PAID}\b${g(40)}(?:\b${DETECTED}|${AMOUNT})`,
        String.raw`\b(?:εντοπίσαμε|καταγράψαμε|διαπιστώσαμε|εντοπίστηκε|καταγράφηκε)\s+(?:(?:μια|μία|μια\s+νέα)\s+)?${UNAUTHORIZED}\s+${PAID}\b`,
        String.raw`\b(?:αν|εάν|σε\s+περίπτωση\s+που)\s+δεν\s+(?:πραγματοποιήσατε|κάνατε|εγκρίνατε|εξουσιοδοτήσατε|παραγγείλατε|ζητήσατε)\s+(?:εσείς\s+)?(?:${THIS}|τη|την|το)\s+${PAID}\b`,
        String.raw`\b(?:αν|εάν)\s+δεν\s+(?:αναγνωρίζετε|εγκρίνετε|έχετε\s+εγκρίνει)\s+${THIS}\s+${PAID}\b`,
        String.raw`\b${CALL}\b${g(50)}\bγια\s+(?:να\s+)?(?:ακυρώσετε|ακύρωση|σταματήσετε|αμφισβητήσετε|ανακαλέσετε|μπλοκάρετε|διακοπή)\s+(?:(?:(?:της|του|τη|την|το|αυτής\s+της|${THIS})\s+)?(?:χρέωσ${L}*|συναλλαγ${L}*|πληρωμ${L}*|ανανέωσ${L}*|αφαίρεσ${L}*)|(?:αυτής\s+της|${THIS})\s+αγορ${L}*)\b`,
        String.raw`\b(?:συνδρομ${L}*|ανανέωσ${L}*|άδει${L}*|συμβόλαι${L}*|πρόγραμμα\s+προστασίας|σχέδι${L}*\s+προστασίας)\b${g(30)}\b(?:(?:έχει|έχουν)\s+(?:ήδη\s+)?(?:αυτόματα\s+)?(?:ανανεωθεί|παραταθεί|χρεωθεί)|ανανεώθηκε|παρατάθηκε|χρεώθηκε|χρεώθηκαν)\b${g(60)}${AMOUNT}`,
        String.raw`\b(?:αν|εάν)\s+δεν\s+(?:μας\s+)?(?:καλέσετε|επικοινωνήσετε|τηλεφωνήσετε)\b${g(80)}\b(?:χρεω|χρέωσ|ποσό|ανανε|αφαιρ|τιμολογ|παρακρατ)`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: greek(
        String.raw`\b(?:άδει${L}*\s+χρήσης|άδει${L}*|λογαριασμ${L}*|κλειδί\s+προϊόντος|αριθμ${L}*\s+(?:σειράς|προϊόντος)|διεύθυνσ${L}*\s+ip|apple\s*id|εγγραφ${L}*|πρόσβαση\s+(?:${MINE}|(?:σε|στον|στην|στη|στο)\s+(?:(?:αυτ${L}+|τον|την|τη|το)\s+)?(?:υπολογιστ|συσκευ|σύστημ|λογαριασμ|windows|pc|mac|διαδίκτυ|internet|δεδομέν|αρχεί)))${NOT_IF}${g(50)}\b${SUSPENDED}(?:\s+${L}{2,15})?\s+${REASON}`,
        String.raw`\b${REASON}\b${g(30)}\b(?:άδει|λογαριασμ|πρόσβασ|διεύθυνσ|κλειδί)${L}*\b${g(25)}\b${SUSPENDED}`,
        String.raw`\b(?:άδει${L}*(?:\s+χρήσης)?|κλειδί\s+προϊόντος|λογαριασμ${L}*|εγγραφ${L}*|αντίγραφ${L}*)\s+(?:(?:των|της|του)\s+)?(?:windows|microsoft|macos|office|apple|icloud)\b${g(30)}\b${SUSPENDED}`,
        String.raw`\b(?:windows|microsoft|apple|icloud)[\s-]*(?:id|λογαριασμ${L}*|άδει${L}*)\b${g(30)}\b${SUSPENDED}`,
        String.raw`\bπρόσβαση\s+(?:σε|στον|στην|στη|στο)\s+(?:(?:αυτ${L}+\s+)?(?:τον|την|τη|το)\s+)?${DEVICE}(?:\s+${MINE})?\b${g(30)}\b${SUSPENDED}`,
        String.raw`\bαναστολή\s+(?:της|του)\s+(?:άδειας|λογαριασμού|πρόσβασης|εγγραφής)\s+(?:χρήσης\s+)?(?:${MINE}|των\s+windows)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: greek(
        String.raw`\b(?:πειρατικ${L}*|παράνομ${L}*|μη\s+γνήσι${L}*|μη\s+νόμιμ${L}*|πλαστ${L}*|παραποιημέν${L}*)\s+(?:(?:αντίγραφ|έκδοσ|άδει|εγκατάστασ|κλειδ|λογισμικ)${L}*\s+)?(?:(?:των|του|της)\s+)?(?:windows|macos|microsoft|office)\b`,
        String.raw`\b(?:αντίγραφο|έκδοση)\s+(?:των|του)\s+(?:windows|macos|office)\b${g(25)}\b(?:δεν\s+είναι\s+(?:γνήσι|νόμιμ)|είναι\s+(?:πειρατικ|παράνομ|πλαστ)|χαρακτηρίστηκε\s+ως|εντοπίστηκε\s+ως)`,
        String.raw`\b(?:πειρατικ|παράνομ)${L}*\s+λογισμικ${L}*\s+(?:${DETECTED}|εντοπισμέν)`,
        String.raw`\b${DETECTED}\s+(?:ένα\s+)?(?:πειρατικ|παράνομ)${L}*\s+(?:λογισμικ|αντίγραφ)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: greek(
        String.raw`\b(?:(?:απόπειρ${L}*|προσπάθει${L}*)\s+(?:παραβίασης|εισβολής|hacking|υποκλοπής|χακαρίσματος|μη\s+εξουσιοδοτημένης\s+πρόσβασης)|επίθεση\s+(?:χάκερ|hacker)|εισβολή)(?:\b${g(40)}\b${MINE}\b|\b\s*(?:${DETECTED}|αποκλείστηκε|μπλοκαρίστηκε)\s*(?:[!:]|$|από\s+(?:την\s+|τη\s+)?(?:ip|διεύθυνση)))`,
        String.raw`\b(?:${DETECTED}|αποκλείστηκε|μπλοκαρίστηκε)\s+(?:μια\s+|μία\s+)?(?:απόπειρ${L}*|προσπάθει${L}*)\s+(?:παραβίασης|εισβολής|hacking|υποκλοπής|μη\s+εξουσιοδοτημένης\s+πρόσβασης)\b${g(40)}\b(?:${MINE}|ip)\b`,
        String.raw`(?<!\b(?:αν|εάν|όταν|δείτε|παρατηρήσετε|εντοπίσετε|αναφέρετε|αναφέρατε|δηλώστε)\s+(?:${L}{1,15}\s+)?)\b(?:μη\s+εξουσιοδοτημέν${L}*\s+(?:πρόσβαση|σύνδεση|είσοδος)|ύποπτ${L}*\s+(?:δραστηριότητα|σύνδεση|κίνηση|είσοδος)|ασυνήθιστ${L}*\s+δραστηριότητα)\b${g(40)}\b(?:υπολογιστ${L}*|συσκευ${L}*|δίκτυ${L}*|(?:διεύθυνσ${L}*\s+)?ip|σύνδεσ${L}*|router|σύστημ${L}*|κάμερ${L}*|webcam)\s+${MINE}\b`,
        String.raw`\b(?:${DEVICE_REF}|(?:δίκτυ${L}*|κάμερ${L}*|webcam|router|διεύθυνσ${L}*\s+ip)\s+${MINE})${NOT_IF}${g(30)}${NOT_NEG}\b(?:έχει\s+(?:${L}{2,15}\s+)?(?:παραβιαστεί|χακαριστεί)|παραβιάστηκε|χακαρίστηκε|δέχεται\s+επίθεση|βρίσκεται\s+υπό\s+επίθεση|ελέγχεται\s+(?:εξ\s+αποστάσεως|απομακρυσμένα))`,
        String.raw`\b(?:χάκερ|hackers?|εισβολείς)\b${g(30)}\b(?:προσπαθούν|προσπαθεί|επιχειρούν|επιχειρεί)\b${g(40)}\b${MINE}\b`,
        String.raw`\b(?:${MALWARE})\b${g(30)}\b(?:στέλνει|αποστέλλει|μεταδίδει|μεταφέρει|κλέβει|υποκλέπτει|στέλνουν|κλέβουν)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: greek(
        String.raw`\b(?:κωδικός\s+σφάλματος|σφάλμα|κωδικός|code|error|err)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:κωδικός\s+σφάλματος|σφάλμα|error)\s*(?:#|αρ\.?|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: greek(
        String.raw`\b(?:ειδοποίηση|προειδοποίηση|συναγερμός|παραβίαση)\s+(?:${SECURITY}|ιού|ιών|τείχους\s+προστασίας)\b`,
        String.raw`\b(?:κέντρο\s+${SECURITY}|security\s+center)\s+(?:των\s+|του\s+)?(?:windows|microsoft|defender|apple)\b`,
        String.raw`\b(?:windows|microsoft)[\s-]*(?:defender[\s-]*)?(?:security\s+center|κέντρο\s+${SECURITY})\b`,
        String.raw`\b(?:ειδοποίηση|προειδοποίηση)\s+(?:του\s+|από\s+το\s+)?(?:windows\s+defender|firewall)\b`,
        String.raw`\bwindows[\s-]*defender\s*[:–—-]?\s*(?:ειδοποίηση|προειδοποίηση)\b`,
      ),
    },
  ],
  callToAction: greek(
    String.raw`\b(?:καλέστε|καλέσετε|κάλεσε|καλείτε|τηλεφωνήστε|τηλεφώνησε|τηλεφωνικ${L}*|τηλέφωνο|τηλ|${FREE}|γραμμή\s+(?:βοήθειας|υποστήριξης|εξυπηρέτησης)|υποστήριξη|επικοινωνήστε|επικοινωνία|εξυπηρέτηση|τεχνικ${L}*|κλήση)\b`,
  ),
  discussion: greek(
    String.raw`\b(?:απάτη|απάτης|απάτες|απατών|απατεών${L}*|εξαπάτ${L}*|εξαπατ${L}*|phishing|ηλεκτρονικό\s+ψάρεμα|scam${L}*|ψεύτικ${L}*\s+(?:υποστήριξ${L}*|τεχνικ${L}*|ειδοποιήσ${L}*|ειδοποίησ${L}*|προειδοποιήσ${L}*|προειδοποίησ${L}*|σελίδ${L}*|κλήσ${L}*|μηνύματα|μήνυμα|υπάλληλ${L}*)|πλαστ${L}*\s+(?:ειδοποιήσ${L}*|ειδοποίησ${L}*|προειδοποιήσ${L}*|προειδοποίησ${L}*|σελίδ${L}*|μηνύματα|μήνυμα))\b`,
    String.raw`\b(?:προσοχή|προσέξτε)\s+(?:σε|στις|στους|στα|στο|στη|στην|στον|τις|τα|τους)\s+(?:ψεύτικ|πλαστ|απατ|ύποπτ${L}*\s+(?:τηλεφωνήματα|κλήσεις))`,
    String.raw`\b(?:ποτέ\s+μην\s+(?:καλείτε|καλέσετε|τηλεφωνείτε)|μην\s+(?:καλείτε|καλέσετε|τηλεφωνείτε)\s+ποτέ)\b`,
    String.raw`\b(?:αστυνομία|δίωξη\s+ηλεκτρονικού\s+εγκλήματος|ελ\.?\s?ασ\.?|συνήγορος\s+του\s+καταναλωτή)${g(40)}\b(?:προειδοποιεί|εφιστά\s+την\s+προσοχή|συμβουλεύει|συστήνει)\b`,
    String.raw`\bείναι\s+(?:αυτό\s+|αυτή\s+|αυτός\s+)?(?:αληθινό|αληθινή|γνήσιο|γνήσια|νόμιμο|νόμιμη|αξιόπιστ${L}*)\b${g(40)}[;\u037e?]`,
  ),
  // "Αν" (if) and verbs of saying; "όπως" (such as). Not "ότι" (that): a lure says "we found that".
  framing: greek(String.raw`\b(?:αν|εάν|λέει|λένε|έλεγε|ισχυρίζεται|ισχυρίζονται|ισχυρίστηκε|υποστηρίζει|δήθεν|τάχα|υποτίθεται|όπως|για\s+παράδειγμα)\b`),
  // "Απάτη" is both scam and fraud: not the bank's "τμήμα (πρόληψης) απάτης" that a lure invents.
  scamWords: greek(
    String.raw`(?<!\bτμήμα\s+(?:${L}{1,15}\s+)?(?:της\s+)?)\b(?:απάτη|απάτης|απάτες|απατών)\b`,
    String.raw`απατεών|εξαπάτ|εξαπατ|ψευτοτεχνικ`,
  ),
  // Brand names stay as they are: "της Microsoft", "των Windows".
  nameEndings: [],
};

/**
 * Stems of Greek words for the trigger test (triggers.ts): compiled with "i" and no "u", which
 * still folds Greek capitals. Classes stand for a tonos kits may leave out.
 */
export const STEMS_EL: readonly string[] = [
  'υπολογιστ', 'συσκευ', 'μολ[υύ][νσ]', 'εντοπ', 'κλειδ', 'μπλοκ', 'αποκλε', 'αν[αε]στ[αάο]λ',
  'επανεκκ', 'απενεργ', 'αγνο', 'κ[αά]λ[εέ]σ', 'τηλ', 'επικοινων', 'υποστ[ηή]ρ', 'τεχνικ',
  'ασφ[αά]λ', 'σφ[αά]λμ', 'ειδοπ', 'κωδικ', 'δεδομ', 'κ[αά]ρτ', 'κινδυν', 'πρ[οό]σβασ',
  'πειρατ', 'χ[αά]κερ', 'χρ[εέ][ωώ]', 'πληρωμ', 'συναλλαγ', 'απ[αά]τ',
];
