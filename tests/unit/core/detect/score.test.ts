import { pageText } from '../../helpers/page-text';
import { describe, expect, it } from 'vitest';
import { lexiconsFor } from '../../../../src/core/detect/lexicons';
import { prefilter } from '../../../../src/core/detect/prefilter';
import { detect, undoLookalikes, WEIGHTS } from '../../../../src/core/detect/score';
import type { PageCandidates, Verdict } from '../../../../src/core/detect/types';

/** Candidates as the content script would send them for a page with this title, text and tel: links. */
function page(title: string, lines: readonly string[], telLinks: readonly string[] = []): PageCandidates {
  return prefilter(pageText({ title, text: lines.join('\n'), telLinks }));
}

function ids(verdict: Verdict): string[] {
  return verdict.signals.map((s) => s.id);
}

const FAKE_MICROSOFT_ALERT = page('Microsoft Windows Security Alert', [
  'Windows Defender Security Center',
  'Your computer has been blocked due to suspicious activity.',
  'Trojan spyware detected on this device. Error code: 0x80073afc',
  'Do not restart or shut down your computer.',
  'Call Microsoft Support now: +1 (888) 555-0147 (Toll Free)',
]);

const FAKE_APPLE_ALERT = page('iCloud - Security Warning', [
  'Apple Security Center',
  'Your Mac is infected with 3 viruses. Your iCloud account has been locked.',
  'Your personal data and passwords are at risk.',
  'Call Apple Support toll-free at 1-844-555-0162 immediately.',
]);

describe('detect', () => {
  it('calls a fake Microsoft alert with a toll-free number on a stranger host a scam, and says why', () => {
    const verdict = detect({ candidates: FAKE_MICROSOFT_ALERT, url: 'https://win-alert-fix.example/index.html?phone=18885550147' });

    expect(verdict.level).toBe('scam');
    const brand = verdict.signals.find((s) => s.id === 'brand.impersonation');
    expect(brand?.evidence).toMatch(/^microsoft:/);
    expect(ids(verdict).some((id) => id.startsWith('scare.'))).toBe(true);
    expect(ids(verdict)).toContain('number.freephone');
    expect(ids(verdict)).toContain('number.call-to-action');
    const numbers = verdict.signals.filter((s) => s.id.startsWith('number.')).map((s) => s.evidence);
    expect(numbers.every((n) => n.includes('555-0147'))).toBe(true);
  });

  it('still calls it impersonation when the stranger host only starts with the brand domain', () => {
    const verdict = detect({ candidates: FAKE_MICROSOFT_ALERT, url: 'https://microsoft.com.support-alert.example/' });
    expect(verdict.level).toBe('scam');
    expect(ids(verdict)).toContain('brand.impersonation');
  });

  it('does not call the same text a scam on a Microsoft host', () => {
    for (const url of ['https://support.microsoft.com/en-us/windows/security', 'https://www.microsoft.com./security']) {
      const verdict = detect({ candidates: FAKE_MICROSOFT_ALERT, url: url });
      expect(verdict.level, url).not.toBe('scam');
      expect(ids(verdict), url).not.toContain('brand.impersonation');
    }
  });

  it('calls a fake Apple / iCloud alert a scam', () => {
    const verdict = detect({ candidates: FAKE_APPLE_ALERT, url: 'https://icloud-locked-mac.example/' });
    expect(verdict.level).toBe('scam');
    expect(verdict.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toMatch(/^apple:/);
  });

  it('does not call the Apple alert text a scam on apple.com', () => {
    const verdict = detect({ candidates: FAKE_APPLE_ALERT, url: 'https://support.apple.com/102568' });
    expect(verdict.level).not.toBe('scam');
    expect(ids(verdict)).not.toContain('brand.impersonation');
  });

  it('counts a tel: link as a number to call', () => {
    const candidates = page(
      'Windows Security Alert',
      ['Windows Defender: your computer is infected. Do not shut down your PC.', 'Tap the button below.'],
      ['tel:+18885550147'],
    );
    const verdict = detect({ candidates: candidates, url: 'https://alert.example/' });
    expect(verdict.level).toBe('scam');
    expect(verdict.signals).toContainEqual(expect.objectContaining({ id: 'number.call-to-action', evidence: '+18885550147' }));
  });

  it('leaves a plumber who lists a toll-free number and says "call us" clean', () => {
    const candidates = page("Joe's Plumbing - Springfield", [
      "Joe's Plumbing: emergency plumber in Springfield, 24 hours a day.",
      'Blocked drains cleared, leaking pipes and water heaters repaired.',
      'Call us toll-free: 1-800-555-0199',
      'Or visit us at 12 Main Street, open Monday to Saturday.',
    ]);
    const verdict = detect({ candidates: candidates, url: 'https://joes-plumbing.example/' });
    expect(verdict.level).toBe('clean');
    expect(ids(verdict)).not.toContain('brand.impersonation');
  });

  it('does not take a bare run of digits that no numbering plan accepts for a number to call, even next to "Kontakt"', () => {
    // A German news site's article about a Mac app: the brand in the title and the text, and a page
    // id printed in the footer beside the contact link.
    const candidates = prefilter(
      pageText({
        lang: 'de',
        title: 'Passwortmanager für den Mac erzeugt jetzt Einmal-Codes | Mac-Magazin',
        text: [
          'Die neue Version des Passwortmanagers für Mac und iPhone erzeugt Einmal-Passwörter selbst.',
          'Apple erlaubt das Ausfüllen aus Drittanbieter-Apps seit macOS 14.',
          'Impressum Datenschutz Kontakt Mediadaten 7391846 Content Management',
        ].join('\n'),
      }),
    );
    const verdict = detect({ candidates, url: 'https://www.mac-magazin.example.de/meldung/7391846.html' });
    expect(verdict.level).toBe('clean');
    expect(ids(verdict).filter((id) => id.startsWith('number.'))).toEqual([]);
    // The same digits written as a number, or in a tel: link, are still read as one.
    for (const [lines, tel] of [[['Kontakt: Rufen Sie an: 739 18 46'], []], [['Kontakt'], ['tel:7391846']]] as const) {
      const numbered = detect({ candidates: prefilter(pageText({ lang: 'de', title: 'Mac-Magazin', text: lines.join('\n'), telLinks: [...tel] })), url: 'https://www.mac-magazin.example.de/' });
      expect(ids(numbered), lines.join()).toContain('number.shown');
    }
  });

  it('still reads a fake support number written as bare digits, as kits take it from their address', () => {
    const candidates = page('Windows Security Alert', ['Windows Defender: your computer is infected.', 'Call Microsoft Support now: 18885550147']);
    const verdict = detect({ candidates, url: 'https://alert.example/' });
    expect(verdict.level).toBe('scam');
    expect(verdict.signals).toContainEqual(expect.objectContaining({ id: 'number.call-to-action', evidence: '18885550147' }));
  });

  it('leaves a shop page with an ordinary phone number clean', () => {
    const candidates = page('Corner Bookshop', [
      'New arrivals every week. Gift cards available.',
      'Phone: (217) 555-0123 · Open 9–5',
    ]);
    expect(detect({ candidates: candidates, url: 'https://corner-bookshop.example/contact' }).level).toBe('clean');
  });

  // "windows" and "apple" are everyday words: alone they do not name Microsoft or Apple.
  it('leaves a window fitter that lists a toll-free number clean', () => {
    const candidates = page('Clearview Windows & Doors', [
      'Replacement windows and doors, fitted in a day.',
      'Call us free on 1-800-555-0134 for a quote.',
    ]);
    expect(detect({ candidates: candidates, url: 'https://clearview-glazing.example/' }).level).toBe('clean');
  });

  // "Call our support team" is everyday customer service, not the scare text of a fake alert.
  it('leaves a shop that asks customers to call its support team clean', () => {
    const candidates = page('Gadget Shop - Help', ['Questions about your order? Call our support team toll-free at 1-800-555-0123.']);
    expect(detect({ candidates: candidates, url: 'https://gadget-shop.example/help' }).level).toBe('clean');
  });

  it('calls scare text that names a brand but shows no number at most suspicious', () => {
    const candidates = page('Windows Security Alert', [
      'Microsoft Windows Defender',
      'Your computer has been blocked. Trojan spyware detected.',
      'Do not restart your computer. Your banking information is at risk.',
    ]);
    const verdict = detect({ candidates: candidates, url: 'https://alert.example/' });
    expect(candidates.phones).toEqual([]);
    expect(verdict.level).toBe('suspicious');
    expect(ids(verdict)).toContain('brand.impersonation');
  });

  it('does not let a long page score by repeating scare text', () => {
    const lines = Array.from({ length: 60 }, () => 'Virus detected! Your computer has been blocked. Do not restart.');
    const verdict = detect({ candidates: page('Alert', lines), url: 'https://alert.example/' });
    expect(verdict.signals.filter((s) => s.id.startsWith('scare.')).length).toBeLessThanOrEqual(3);
  });

  it('gives every signal an id, a positive weight and evidence, and a score that adds them up', () => {
    for (const [candidates, url] of [
      [FAKE_MICROSOFT_ALERT, 'https://win-alert-fix.example/'],
      [FAKE_APPLE_ALERT, 'https://icloud-locked-mac.example/'],
      [FAKE_MICROSOFT_ALERT, 'https://support.microsoft.com/'],
    ] as const) {
      const verdict = detect({ candidates: candidates, url: url });
      expect(verdict.signals.length).toBeGreaterThan(0);
      for (const signal of verdict.signals) {
        expect(signal.id).toMatch(/^[a-z]+\.[a-z-]+$/);
        expect(signal.weight === 0 ? signal.id.startsWith('context.') : true).toBe(true);
        expect(signal.evidence.trim()).not.toBe('');
      }
      expect(verdict.score).toBe(verdict.signals.reduce((sum, s) => sum + s.weight, 0));
    }
  });

  it('returns clean with no reasons for a page with nothing in it', () => {
    expect(detect({ candidates: { title: '', lang: '', phones: [], snippets: [], textChars: 0, behaviours: [] }, url: 'https://example.com/' })).toEqual({ level: 'clean', score: 0, signals: [] });
  });

  it('still judges a page whose address cannot be parsed', () => {
    expect(detect({ candidates: FAKE_MICROSOFT_ALERT, url: 'not a url' }).level).toBe('scam');
  });
});

describe('Nordic pages', () => {
  const nordic = (lang: string, title: string, lines: readonly string[]) => prefilter(pageText({ title, text: lines.join('\n'), lang }));

  it('calls a Danish fake alert with a Danish free-phone number a scam', () => {
    const candidates = nordic('da', 'Microsoft Windows sikkerhedsadvarsel', [
      'Din computer er blevet blokeret af sikkerhedsmæssige årsager.',
      'Der er fundet en trojaner på din pc, som stjæler dine adgangskoder.',
      'Ring straks til Microsoft Support gratis: 80 20 30 40',
    ]);
    const verdict = detect({ candidates, url: 'http://sikkerhed-advarsel-7x.example/' });
    expect(verdict.level).toBe('scam');
    expect(ids(verdict)).toEqual(expect.arrayContaining(['scare.device-locked', 'scare.call-support', 'number.freephone']));
  });

  it('reads a Norwegian alert that says what it warns "about" (om) as an alert, not a hypothetical', () => {
    const candidates = nordic('no', 'Sikkerhetsvarsel fra Windows', [
      'Varsel om virus: Datamaskinen din har blitt blokkert av sikkerhetsgrunner.',
      'Ring Microsoft kundestøtte gratis på 800 12 345.',
    ]);
    const verdict = detect({ candidates, url: 'http://nettvarsel-0x80070.example/' });
    expect(ids(verdict)).toContain('scare.device-locked');
    expect(verdict.level).toBe('scam');
  });

  it('knows a brand by its inflected name in languages that inflect names, and only there', () => {
    const finnish = nordic('fi', 'Windowsin tietoturvavaroitus', ['Tietokoneesi on estetty.', 'Soita heti Microsoftin tekniseen tukeen: 0800 123 456']);
    const verdict = detect({ candidates: finnish, url: 'http://tietoturva-ilmoitus.example/' });
    expect(verdict.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toBe('microsoft:microsoft');
    expect(verdict.signals.find((s) => s.id === 'scare.call-support')?.weight).toBe(15);
    // English has no such endings: "apples" on an English page is fruit.
    const english = page('Fresh apples delivered', ['Your order is blocked until payment: call 1-888-555-0142 about the apples.']);
    expect(ids(detect({ candidates: english, url: 'https://orchard.example/' }))).not.toContain('brand.impersonation');
  });

  it('calls a Finnish fake alert a scam, and leaves a Finnish warning about such alerts alone', () => {
    const alert = nordic('fi', 'Windows Defender -tietoturvavaroitus', [
      'Tietokoneesi on estetty turvallisuussyistä.',
      'Soita heti Microsoftin tukeen: 0800 123 456',
    ]);
    expect(detect({ candidates: alert, url: 'http://tietoturva-ilmoitus.example/' }).level).toBe('scam');
    const advice = nordic('fi', 'Poliisi varoittaa: näin tunnistat huijaussivun', [
      'Jos selaimesi väittää, että tietokoneesi on estetty ja sinun pitää soittaa Microsoftin tukeen, kyseessä on huijaus.',
      'Älä koskaan soita sivulla näkyvään numeroon, kuten 0800 123 456.',
    ]);
    expect(detect({ candidates: advice, url: 'https://uutiset.example/huijaus' }).level).toBe('clean');
  });
});


describe('Turkish, Czech, Romanian, Hungarian, Russian and Greek pages', () => {
  const local = (lang: string, title: string, lines: readonly string[]) => prefilter(pageText({ title, text: lines.join('\n'), lang }));

  it.each([
    ['tr', 'Windows Güvenlik Uyarısı', ['Bilgisayarınız güvenlik nedeniyle engellendi.', 'Bilgisayarınızda bir Truva atı tespit edildi.', 'Lütfen bu sayfayı kapatmayın ve bilgisayarınızı yeniden başlatmayın.', 'Hemen Microsoft Destek hattını arayın (ücretsiz): 0800 211 12 34']],
    ['cs', 'Upozornění zabezpečení Windows', ['Váš počítač byl z bezpečnostních důvodů zablokován.', 'Nerestartujte počítač.', 'Tento počítač je v ohrožení a vaše hesla nejsou v bezpečí.', 'Zavolejte technickou podporu Microsoftu na bezplatnou linku 800 123 456']],
    ['ro', 'Alertă de securitate Windows', ['Computerul dumneavoastră a fost blocat din motive de securitate.', 'Nu reporniți computerul.', 'Parolele și datele dvs. bancare sunt în pericol.', 'Sunați imediat la asistența Microsoft: 0800 123 456']],
    ['hu', 'Windows biztonsági figyelmeztetés', ['A számítógépét biztonsági okokból zároltuk.', 'Ne indítsa újra a számítógépet.', 'Kérjük, hogy azonnal hívja a Microsoft ügyfélszolgálatát: 06 80 123 456']],
    ['ru', 'Предупреждение безопасности Windows', ['Ваш компьютер заблокирован по соображениям безопасности.', 'Не перезагружайте компьютер.', 'Позвоните в службу поддержки Microsoft: 8 800 555-35-35']],
    ['el', 'Ειδοποίηση ασφαλείας Windows', ['Ο υπολογιστής σας έχει αποκλειστεί για λόγους ασφαλείας.', 'Μην επανεκκινήσετε τον υπολογιστή.', 'Καλέστε την υποστήριξη της Microsoft: 800 111 2233']],
  ] as const)('calls a %s fake alert with a free-phone number of that country a scam, declared or not', (lang, title, lines) => {
    for (const declared of [lang, '']) {
      const verdict = detect({ candidates: local(declared, title, lines), url: 'http://security-notice-4x.example/' });
      expect(verdict.level, `declared "${declared}"`).toBe('scam');
      // The number is read in the country of the page's language, declared or found in its text:
      // "8 800 …" is a free-phone number in Russia alone.
      expect(ids(verdict)).toEqual(expect.arrayContaining(['scare.device-locked', 'brand.impersonation', 'number.freephone']));
    }
  });

  it('knows Microsoft written in Cyrillic, and in Turkish capitals with a dotted İ', () => {
    const russian = local('ru', 'Внимание', ['Ваш компьютер заблокирован.', 'Позвоните в службу поддержки Майкрософт: 8 800 555-35-35']);
    expect(detect({ candidates: russian, url: 'http://security-notice-4x.example/' }).signals.find((s) => s.id === 'brand.impersonation')?.evidence).toContain('microsoft');
    const turkish = local('', 'UYARI', ['BİLGİSAYARINIZ GÜVENLİK NEDENİYLE ENGELLENDİ.', 'LÜTFEN BU SAYFAYI KAPATMAYIN VE BİLGİSAYARINIZI YENİDEN BAŞLATMAYIN.', 'HEMEN MİCROSOFT DESTEK HATTINI ARAYIN: 0800 211 12 34']);
    const verdict = detect({ candidates: turkish, url: 'http://security-notice-4x.example/' });
    expect(ids(verdict)).toEqual(expect.arrayContaining(['brand.impersonation', 'scare.device-locked', 'number.freephone']));
    expect(verdict.level).toBe('scam');
  });
});

describe('repair shops', () => {
  it('leaves a repair shop that names the devices it fixes beside its own number clean, and still knows a fake iPhone alert', () => {
    const shop = page('Cleaning and Virus Removal', ['Davis Avenue ⋅ Cleveland ⋅ 662-555-0134 Home In-Store Services PC/Mac Repair iPhone Repair MacBook Repair Contact', 'Call us at 662-555-0134 to book a virus removal.']);
    expect(detect({ candidates: shop, url: 'https://protech-repair.example/cleaning.html' }).level).toBe('clean');
    const alert = page('Security Alert', ['Your iPhone has been locked due to a virus infection.', 'Do not restart your iPhone. Call iPhone support now: 1-888-555-0142']);
    const verdict = detect({ candidates: alert, url: 'http://secure-alert-4x.example/' });
    expect(verdict.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toBe('apple:iphone');
    expect(verdict.level).toBe('scam');
  });
});

describe('letters swapped for look-alikes', () => {
  it('reads words written with look-alike letters as the words they imitate', () => {
    expect(undoLookalikes('Contact us to unIock your account: it was bIocked')).toBe('Contact us to unlock your account: it was blocked');
    expect(undoLookalikes('Call Micr0soft Support, your PC is b1ocked')).toBe('Call Microsoft Support, your PC is blocked');
    // A Cyrillic А and о in Latin words.
    expect(undoLookalikes('\u0410pple ID locked, call Micr\u043esoft')).toBe('Apple ID locked, call Microsoft');
  });

  it('leaves words of one script, numbers and codes as they are', () => {
    for (const text of ['iPhone 15, ISO 9001, 0x80070005 and PC1 at 10am', 'Ваш компьютер заблокирован', 'Windows 10 Pro, Office 2019', 'KIRMIZI ALARM', 'Mac OS X Lion 10.7']) {
      expect(undoLookalikes(text)).toBe(text);
    }
  });

  it('undoes them in time on a page of one endless word, which a page can send to stall the worker', () => {
    // Any pattern for "a word that mixes scripts" that backtracks over the word takes hours here.
    const word = 'a'.repeat(200_000);
    expect(undoLookalikes(`${word}\u043e b`)).toBe(`${word}o b`);
    expect(undoLookalikes(`x\u0430 ${word}1`)).toBe(`xa ${word}1`);
  });

  it('calls a fake alert written with look-alike letters what it is', () => {
    const alert = page('Security Warning', ['Y\u043eur c\u043emputer has been bI\u043ecked f\u043er security reas\u043ens.', 'D\u043e n\u043et restart y\u043eur c\u043emputer.', 'CaII Micr0soft Supp\u043ert: 1-888-555-0142 (toll free)']);
    const verdict = detect({ candidates: alert, url: 'http://security-notice-4x.example/' });
    expect(ids(verdict)).toEqual(expect.arrayContaining(['brand.impersonation', 'scare.device-locked', 'scare.do-not-restart', 'number.freephone']));
    expect(verdict.level).toBe('scam');
  });
});

describe('account-lock callback pages', () => {
  it('knows a bank named with its words run together, and reads "we have blocked your account" as fright', () => {
    const lure = page('Login Page', ['Sign In', 'We have temporarily blocked your CapitalOne account access due to multiple suspicious sign-in attempts.', 'Contact our customer service team @ +1-803-555-0151 to verify your identity & unIock your account.']);
    const verdict = detect({ candidates: lure, url: 'http://lumen-barrow-58.example/error.html' });
    expect(verdict.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toBe('capital-one:capital one');
    expect(ids(verdict)).toContain('scare.access-suspended');
    expect(verdict.level).not.toBe('clean');
    // On the bank's own site, the same words are its own lock-out page.
    expect(detect({ candidates: lure, url: 'https://verified.capitalone.com/sign-in' }).level).toBe('clean');
  });
});

describe('quoted alerts', () => {
  it('reads every sentence of a quoted alert as quoted, not only the first (a forum question before any reply)', () => {
    const question = page('Help! Windows says my PC is blocked and to call 1-877-555-0163 - PC Helpers Board', [
      'Help! Windows says my PC is blocked and to call 1-877-555-0163',
      'posted by margot_k',
      'A full screen message came up: "Windows Defender Alert: your computer has been blocked, Trojan virus detected. Do not restart. Call Microsoft Support now at 1-877-555-0163". Should I call Microsoft?',
    ]);
    const verdict = detect({ candidates: question, url: 'http://forum.pchelpers.test/thread/9' });
    expect(ids(verdict).filter((id) => id.startsWith('scare.'))).toEqual([]);
    expect(verdict.level).not.toBe('scam');
  });

  it('does not take an apostrophe for the end of a quotation, nor for the start of one', () => {
    // Inside “…”, the ’ of "Don’t" must not close the quotation.
    const quotedAlert = page('PC Helpers Board', ['My screen said: “Your computer is locked. Don’t restart it. Call Microsoft Support now at 1-877-555-0163”. Is that real?']);
    expect(ids(detect({ candidates: quotedAlert, url: 'http://forum.pchelpers.test/thread/10' })).filter((id) => id.startsWith('scare.'))).toEqual([]);
    // A kit's own "Don't" and "Microsoft's" open no quotation that would hide the rest of the alert.
    const kit = page("Microsoft's Security Alert", [
      "Windows Defender: Don't ignore this warning. Your computer has been blocked. Do not restart your computer. Call Microsoft's support now: +1 (888) 555-0147 (Toll Free)",
    ]);
    const verdict = detect({ candidates: kit, url: 'https://win-alert-fix.example/' });
    expect(ids(verdict)).toEqual(expect.arrayContaining(['scare.device-locked', 'scare.do-not-restart']));
    expect(verdict.level).toBe('scam');
  });

  it('reads a fright that runs into a quotation as quoted (a bank says what its pages never show)', () => {
    const url = 'https://www.sakura-shinkin.example.jp/card/';
    const inLanguage = (lang: string, title: string, lines: readonly string[]) => prefilter(pageText({ title, text: lines.join('\n'), lang }));
    const bank = inLanguage('ja', 'カードの利用停止|さくら信用金庫', ['カードの紛失・盗難受付: 0120-555-019', '当金庫が、パソコンの画面に「口座がロックされました。すぐにお電話ください」と表示することはありません。']);
    const verdict = detect({ candidates: bank, url });
    expect(ids(verdict).filter((id) => id.startsWith('scare.'))).toEqual([]);
    expect(verdict.level).toBe('clean');
    // The same words, no quotation marks: the kit's own.
    const kit = inLanguage('ja', 'セキュリティ警告', ['お使いのパソコンの画面はロックされました。すぐにお電話ください: 0120-555-019']);
    expect(ids(detect({ candidates: kit, url: 'https://pc-keikoku-7.example/' }))).toContain('scare.device-locked');
  });
});

describe('framing words are those of the page languages', () => {
  const inLanguage = (lang: string, title: string, lines: readonly string[]) => prefilter(pageText({ title, text: lines.join('\n'), lang }));

  it('takes the "SE" of an English page\'s "iPhone SE" for a model, not for the Italian and Portuguese "if"', () => {
    const candidates = page('iPhone SE', ['iPhone SE: your iPhone has been locked due to suspicious activity.', 'Call 1-888-555-0142']);
    // Read in English alone: nothing on the page is Italian or Portuguese.
    expect(lexiconsFor(candidates.lang, [candidates.title, ...candidates.snippets]).map((l) => l.lang)).toEqual(['en']);
    const verdict = detect({ candidates, url: 'https://x7-page.example/' });
    expect(ids(verdict)).toContain('scare.device-locked');
    expect(verdict.level).toBe('scam');
  });

  it('reads "si prega di non spegnere" on an Italian page as an order, not as the French and Spanish "if"', () => {
    const candidates = inLanguage('it', 'Avviso di sicurezza Microsoft', [
      'Si prega di non spegnere il computer.',
      'Il tuo computer è stato bloccato.',
      'Chiama subito il supporto tecnico Microsoft: 800 123 456',
    ]);
    expect(lexiconsFor(candidates.lang, [candidates.title, ...candidates.snippets]).map((l) => l.lang)).toEqual(['it', 'en']);
    expect(ids(detect({ candidates, url: 'http://avviso.example/' }))).toContain('scare.do-not-restart');
  });

  it('hears a framing word that ends in a letter outside ASCII ("väittää", "twierdzą")', () => {
    // A Finnish news item: "a new page claims that your computer is blocked and that you must call Microsoft support".
    const finnish = inLanguage('fi', 'Tietoturvauutiset', [
      'Uusi sivu väittää, että tietokoneesi on estetty ja että sinun on soitettava Microsoftin tukeen numeroon 0800 123 456.',
    ]);
    const verdict = detect({ candidates: finnish, url: 'https://uutiset.example/' });
    expect(ids(verdict)).not.toContain('scare.device-locked');
    expect(verdict.level).not.toBe('scam');
    // Polish: "scammers claim that your computer has been blocked".
    const polish = inLanguage('pl', 'Wiadomości', ['Oszuści twierdzą, że twój komputer został zablokowany.']);
    expect(ids(detect({ candidates: polish, url: 'https://wiadomosci.example/' })).filter((id) => id.startsWith('scare.'))).toEqual([]);
  });

  it('hears the English "scam" on a page in any language, and the Japanese 詐欺 on a Japanese page', () => {
    const german = inLanguage('de', 'Sicherheitswarnung', [
      'Ihr Computer wurde gesperrt. Rufen Sie sofort den Microsoft Support an: 0800 123 4567',
      'Der Tech-Support-Scam ist eine Betrugsmasche.',
    ]);
    expect(ids(detect({ candidates: german, url: 'https://nachrichten.example/' }))).toContain('context.discussion');
    const japanese = inLanguage('ja', 'セキュリティ警告', ['お使いのコンピュータはブロックされました。', 'これは偽のサポート詐欺です。', 'マイクロソフトサポートに電話: 0120-123-456']);
    expect(ids(detect({ candidates: japanese, url: 'https://news.example.jp/' }))).toContain('context.discussion');
  });

  it("is not talked out of a fake alert by a link's few words about scams (the footer kits copy from Microsoft's site)", () => {
    const url = 'https://win-alert-fix.example/';
    const withFooter = page('Windows Defender', [
      'Malicious Spyware/Riskware Detected',
      'Error # 0x80072ee7',
      'Please call us immediately at: 1-888-555-0175 (Toll-Free)',
      'Do not ignore this critical alert.',
      'Safety & Security Center',
      'Report a support scam',
    ]);
    const verdict = detect({ candidates: withFooter, url });
    expect(ids(verdict)).not.toContain('context.discussion');
    expect(verdict.level).toBe('scam');
    // A question or a sentence about scams still is talk about them.
    for (const talk of ['Is this a scam?', 'Scammers show this page to make you call them.']) {
      const discussed = page('Windows Defender', [...withFooter.snippets, talk]);
      expect(ids(detect({ candidates: discussed, url })), talk).toContain('context.discussion');
    }
  });

  it("calls a site posing as a brand's support line with a toll-free number a scam, and nowhere else", () => {
    const lines = [
      'HP Printer Support',
      'Printer offline? Call our 24/7 HP printer customer service line and a certified technician will fix it remotely.',
      'Call Now 1-888-555-0171',
    ];
    const fake = detect({ candidates: page('HP Printer Customer Service | 24/7 Printer Help', lines, ['tel:+18885550171']), url: 'https://www.print-fixers.example/' });
    expect(fake.level).toBe('scam');
    expect(fake.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toMatch(/^hp:/);
    expect(fake.signals.find((s) => s.id === 'brand.support-line')?.evidence).toBe('HP Printer Customer Service');

    // The same page on HP's own site; or with a local number, as a repair shop gives.
    expect(detect({ candidates: page('HP Printer Customer Service | 24/7 Printer Help', lines, ['tel:+18885550171']), url: 'https://support.hp.com/us-en' }).level).toBe('clean');
    const local = lines.map((line) => line.replace('1-888-555-0171', '(503) 555-0173'));
    const shop = detect({ candidates: page('HP Printer Customer Service | Millbrook Office Systems', local), url: 'https://www.print-fixers.example/' });
    expect(ids(shop)).not.toContain('brand.support-line');
    expect(shop.level).toBe('clean');
    // Naming the brand is not claiming its line: HP alone counts nowhere else.
    const dealer = detect({ candidates: page('Millbrook Office Systems', ['We sell and repair HP printers.', 'Call us toll free: 1-888-555-0171']), url: 'https://www.print-fixers.example/' });
    expect(ids(dealer)).not.toContain('brand.impersonation');
    expect(dealer.level).toBe('clean');
  });

  it("does not call a page a fake support line for naming a brand's line with a toll-free number", () => {
    // An article on reaching Amazon, and a university's Apple help page with its own desk's number:
    // the claim in the same words as a fake line's, but the page neither speaks as the line nor
    // disowns the brand.
    const article = page('Amazon Customer Service Number: How to Reach a Real Person | TechDaily', [
      'Call Amazon customer service',
      'You can call Amazon customer service at 1-888-280-4331, 24 hours a day, seven days a week.',
      'TechDaily is an independent publication.',
    ]);
    const university = page('Apple Support | Information Technology Services | Lakeview University', [
      'Apple Support',
      'Service Desk: 1-877-555-0199 (toll free) or ext. 4357 on campus.',
    ]);
    for (const [name, candidates, url] of [
      ['article', article, 'https://www.techdaily.example/amazon-customer-service'],
      ['university', university, 'https://its.lakeview.example/apple'],
    ] as const) {
      const verdict = detect({ candidates, url });
      expect(ids(verdict), name).not.toContain('brand.support-line');
      expect(verdict.level, name).not.toBe('scam');
    }
  });

  it.each([
    ['en', 'Microsoft recalls Surface chargers over fire risk', 'Customers can call Microsoft at 1-800-555-0142 for a free replacement.', 'Call Microsoft Support now at 1-800-555-0142.'],
    ['de', 'Microsoft ruft Surface-Netzteile zurück', 'Kunden können den Microsoft-Support unter 0800 555 0142 anrufen.', 'Rufen Sie sofort den Microsoft-Support unter 0800 555 0142 an.'],
    ['fr', 'Microsoft rappelle des chargeurs Surface', 'Les clients peuvent appeler le support Microsoft au 0800 555 014.', 'Appelez immédiatement le support Microsoft au 0800 555 014.'],
    ['es', 'Microsoft retira cargadores Surface', 'Los clientes pueden llamar al soporte de Microsoft al 900 555 014.', 'Llame ahora al soporte de Microsoft al 900 555 014.'],
    ['it', 'Microsoft richiama i caricatori Surface', "I clienti possono chiamare l'assistenza Microsoft al numero verde 800 555 014.", "Chiami subito l'assistenza Microsoft al numero verde 800 555 014."],
    ['pt', 'Microsoft recolhe carregadores Surface', 'Os clientes podem ligar para o suporte da Microsoft pelo 800 555 014.', 'Ligue agora para o suporte da Microsoft pelo 800 555 014.'],
    ['pl', 'Microsoft wycofa ładowarki Surface', 'Klienci mogą zadzwonić do pomocy technicznej Microsoft pod numer 800 555 014.', 'Zadzwoń natychmiast do pomocy technicznej Microsoft pod numer 800 555 014.'],
  ])('%s: reads what a news story says customers can call as a report, and the same call told to the reader as a lure', (lang, title, reported, told) => {
    const url = 'https://www.daily-ledger.example/business/story';
    const story = (line: string) => prefilter(pageText({ title, text: ['By Ann Lee', line, 'No injuries have been reported.'].join('\n'), lang }));
    expect(ids(detect({ candidates: story(reported), url }))).not.toContain('scare.call-support');
    expect(ids(detect({ candidates: story(told), url }))).toContain('scare.call-support');
  });

  it("does not take a how-to's call to Microsoft's support line for a fake alert's, unless something else on the page alarms", () => {
    const lines = ['By Sam Roe', 'Microsoft prefers that you use its online help, but you can still reach a person.', 'Call Microsoft Support at 1-800-555-0176, Monday to Friday, 6am to 6pm.', 'Have your product key ready before you call.'];
    const title = 'How to contact Microsoft Support by phone | TechHow';
    const howTo = detect({ candidates: page(title, lines), url: 'https://www.techhow.example/guide' });
    expect(howTo.signals.find((s) => s.id === 'scare.call-support')?.weight).toBe(WEIGHTS.scareWeak);
    expect(howTo.level).not.toBe('scam');
    // The same call beside a fright, on a free host, or on a page that locks the browser is a lure.
    const frightened = detect({ candidates: page(title, ['Your computer has been blocked.', ...lines]), url: 'https://www.techhow.example/guide' });
    expect(frightened.level).toBe('scam');
    expect(detect({ candidates: page(title, lines), url: 'https://ms-help-7f3k.web.app/' }).level).toBe('scam');
    const locked = { ...page(title, lines), behaviours: [{ kind: 'keyboard-lock' as const, count: 1, userActivated: false, detail: 'locked all keys' }] };
    expect(detect({ candidates: locked, url: 'https://www.techhow.example/guide' }).level).toBe('scam');
  });

  it('does not warn of a brand named beside its number when nothing on the page alarms', () => {
    const title = 'Microsoft recalls Surface chargers over fire risk | Daily Ledger';
    const lines = ['By Ann Lee', 'Microsoft is recalling about 40,000 power adapters sold with Surface laptops.', 'For a free replacement, phone Microsoft toll free at 1-800-555-0142.'];
    const url = 'https://www.daily-ledger.example/business/story';
    const story = detect({ candidates: page(title, lines), url });
    expect(ids(story)).toContain('brand.impersonation');
    expect(story.level).toBe('clean');
    // Nor does a how-to's call to the brand's support, which alone is no fright.
    const howTo = detect({ candidates: page('How to cancel AppleCare | TechHow', ['To cancel, call Apple Support at 1-800-555-0176.']), url });
    expect(howTo.signals.find((s) => s.id === 'scare.call-support')?.weight).toBe(WEIGHTS.scareWeak);
    expect(howTo.level).toBe('clean');
    // Anything that alarms makes the same page worth a warning: a fright of any strength, an
    // address on free hosting, locker behaviour.
    expect(detect({ candidates: page(title, [...lines, 'Error code: 0x80070005']), url }).level).toBe('suspicious');
    expect(detect({ candidates: page(title, lines), url: 'https://ms-recall-3kq.web.app/' }).level).not.toBe('clean');
    const fullscreen = { ...page(title, lines), behaviours: [{ kind: 'fullscreen' as const, count: 1, userActivated: false, detail: 'asked for full screen' }] };
    expect(detect({ candidates: fullscreen, url }).level).not.toBe('clean');
  });

  it('reads "Google it" as a verb, not as the brand, beside a fright and a number', () => {
    const url = 'https://www.incident-desk.example/under-attack';
    const lines = ['Ransomware or suspicious activity on your network?', "Don't Google it, call our emergency line: +420 704 555 016"];
    const hotline = detect({ candidates: page('Emergency line | Incident Desk', lines), url });
    expect(ids(hotline)).not.toContain('brand.impersonation');
    expect(hotline.level).toBe('clean');
    // "google the number" is the verb too; the brand before a noun is the brand.
    expect(ids(detect({ candidates: page('Emergency line', ['Suspicious activity on your network? Google the number first: +420 704 555 016']), url }))).not.toContain('brand.impersonation');
    const alert = detect({ candidates: page('Emergency line', ['Your Google account has been locked due to suspicious activity. Call Google Security: +420 704 555 016']), url });
    expect(alert.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toMatch(/^google:/);
    expect(alert.level).not.toBe('clean');
  });

  it('knows a brand named in Japanese script, or in Latin letters right against Japanese text', () => {
    const url = 'https://pc-anzen-keikoku.example/';
    // The brand only in katakana, written without spaces, as a Japanese kit writes it.
    const katakana = inLanguage('ja', 'セキュリティ警告', ['お使いのコンピュータはブロックされました。', 'ウイルスが検出されました。', 'マイクロソフトサポートに今すぐお電話ください: 0120-555-016']);
    const verdict = detect({ candidates: katakana, url });
    expect(verdict.signals.find((s) => s.id === 'brand.impersonation')?.evidence).toBe('microsoft:マイクロソフト');
    expect(verdict.level).toBe('scam');
    // "Microsoft" against kana: no space after the name.
    const latin = inLanguage('ja', 'セキュリティ警告', ['お使いのコンピュータはブロックされました。', 'ウイルスが検出されました。', 'Microsoftサポートに今すぐお電話ください: 0120-555-016']);
    expect(detect({ candidates: latin, url }).signals.find((s) => s.id === 'brand.impersonation')?.evidence).toBe('microsoft:microsoft');
    // An everyday katakana word that starts like a brand is no brand on a page that does not frighten.
    const bakery = inLanguage('ja', 'アップルパイの店', ['焼きたてのアップルパイを毎日お届けします。', 'ご予約はお電話で: 0120-555-017']);
    expect(ids(detect({ candidates: bakery, url: 'https://pan-ya.example.jp/' }))).not.toContain('brand.impersonation');
  });
});
