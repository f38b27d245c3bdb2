import { STEMS_CS } from './cs';
import { STEMS_EL } from './el';
import { STEMS_HU } from './hu';
import { STEMS_RO } from './ro';
import { STEMS_RU } from './ru';
import { STEMS_TR } from './tr';

/*
 * The cheap test for a line worth reading with the lexicons: one regular expression of word stems
 * from all nineteen lexicons: those of the first thirteen here, those of the later six beside their
 * lexicons (STEMS_TR and the rest). The background runs it on every line of a page's top, its
 * dialog texts and labels (prefilter.ts), so it is a flat alternation of short stems: no phrases,
 * no nested quantifiers. A stem that also fires on ordinary words costs a line kept, and lines kept
 * take the place of others in the snippets sent on (LIMITS.snippets), so no stem may be part of a
 * common English or French word ("these", "sans"); a missing stem silences every phrase that needs
 * it, so the tests run it on every lexicon example. Japanese has no spaces; ASCII \b is safe around
 * the Latin stems that use it.
 */
const STEMS = [
  // threats and infection: virus, wirus, vírus, trojan, troyano, malware, spyware, espion, infect…
  '[vw][ií]rus', 'tro[ijy]', 'malw', 'spyw', 'ransom', 'espi', 'nfe[ckt]', 'nfiz', 'hack', 'hakke', 'kaapa', 'threat',
  // an antivirus that has expired and left the device unprotected
  'expir', 'unprotect', 'longer\\sprot',
  // locked, blocked, suspended
  'blo[ckq]', 'lock', 'låst', 'sp[eäæ]rr', 'verrou', 'susp', 'sosp',
  // restarting and ignoring (most restart lines name the device too)
  'start', 'ignor', 'negeer',
  // devices
  '[ck]omput', '\\bpc\\b', 'ord[ie]na', 'browser', 'dator', 'datam', 'tietok', 'selaim',
  // brands, security, firewall
  'microsoft', 'windows', 'apple', '\\bmac', 'defender', 'firewall', 'pare-feu', 'zapor',
  's[eéi][cg]ur', 'sicher', 'säker', 'sikker', 'bezpiecz', 'veilig', 'advars', 'varoit', 'vaara',
  // error codes
  '0x', '\\berr', 'fejlk', 'virhe',
  // access and intrusion
  'ac?c[eè]s', '\\bip\\b', 'intru', 'włam', 'webcam', 'havait',
  // data at risk
  'pass[ew]', 'volé', 'wachtw', 'hasł', 'lösen', 'senha', 'contrase', 'cred', 'kredit', 'ban[ck]', 'foto', 'photo', 'kra[dś]', 'stj[åæe]l', 'sala[st]', 'ris[ckq]',
  // piracy
  'pira', 'legal',
  // calling: every word of every call-to-action pattern
  '\\bcall', 'dial', 'phone', 't[eé]l[eé]', 'ruf', 'appel', 'll[aá]m', 'chiam', '\\blig[au]', '\\bbel', 'dzwo', '\\bring', 'soit', 'tlf', '\\bpuh',
  'toll', '\\bgr[aá]t', 'gebühr', 'avgift', 'bezpłat', 'infolin', 'help', 'hotline', 'hulp',
  's[uo]pp?ort', 'as?sist', 't[eé][ck]h?ni', 'contac?t', 'kontakt', 'num[eé]ro',
  // billing lures: (un)authorized, autorisé, nieautoryzowana, a transaction, charged (veloitettu)
  'auth?or[iy]', 'transa[ck]', 'veloit',
  // renewals told with their charge, and purchases the reader is asked whether they made
  'renewed', 'renova', 'odnowi', 'abbuch', 'abgebucht', 'reconoc', 'riconosc', 'godkän',
  // accounts frozen
  'frozen', 'congel', 'vroren', 'froren',
  // threats and pests a scan found (German), infected (Norwegian, Danish)
  'bedroh', 'schädling', 'infis',
  // talk about scams, so that discussion pages can be recognised
  'scam', 'fraud',
  // Japanese
  'ウ[イィ]ルス', 'トロイ', '感染', 'ロック', '再起動', '電源', '危険', 'パスワード', '不正', 'ハッ', '警告', '電話', 'ダイヤル', 'サポート', '詐欺', '請求',
];

/**
 * Case-insensitive without the "u" flag: four times faster over a page's text, and every stem is
 * in the Basic Multilingual Plane, where non-Unicode case folding covers ü, é, å and ł as well.
 */
export const TRIGGER_RE = new RegExp([...STEMS, ...STEMS_TR, ...STEMS_CS, ...STEMS_RO, ...STEMS_HU, ...STEMS_RU, ...STEMS_EL].join('|'), 'i');
