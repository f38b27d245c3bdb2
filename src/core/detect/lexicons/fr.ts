import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

const APOS = `['’]\\s?`;
/** No "système" with a gap after it: "votre système immunitaire est compromis" is health advice. */
const DEVICE = String.raw`(?:ordinateur|pc|mac|macbook|iphone|ipad|appareil|navigateur|portable|windows)`;
const DETERMINER = String.raw`(?:(?:votre|ton|cet|ce|le)\s+|l${APOS})`;
/** After "do not restart": the device, or the end of the sentence ("Ne redémarrez pas !"). */
const DEVICE_OR_END = String.raw`(?:\s+${DETERMINER}(?:${DEVICE}|système|machine)\b|\s*(?:[!.]|$))`;
const MALWARE = String.raw`(?:cheval\s+de\s+troie|chevaux\s+de\s+troie|troyens?|trojans?|malwares?|logiciels?\s+malveillants?|logiciels?\s+espions?|spywares?|adwares?|ransomwares?|rançongiciels?|rootkits?|keyloggers?|zeus)`;
/** "Si votre ordinateur est bloqué, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:si|lorsque|quand|dès\s+que|au\s+cas\s+où)\s+)`;
/** Someone else's account, or the writer's own, is a story: a lure's is the reader's ("votre …"). */
const NOT_STORY = String.raw`(?<!\b(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:mise\s+à\s+jour|mises\s+à\s+jour|installation|bios|firmware)\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:mise\s+à\s+jour|mises\s+à\s+jour|installation|bios|firmware))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)\s*(?:support|assistance|sécurité|security|helpline|techniciens?|experts?|service\s+client)|(?:le\s+|du\s+)?(?:support|assistance|service\s+client|service\s+technique|techniciens?|experts?|ligne\s+d${APOS}assistance|centre\s+de\s+sécurité)\s+(?:technique\s+|téléphonique\s+)?(?:de\s+|d${APOS})?(?:microsoft|apple|windows|mac)|support\s+technique|assistance\s+technique|techniciens?\s+(?:certifiés?|agréés?)\s+(?:microsoft|apple|windows)|centre\s+de\s+sécurité|service\s+de\s+sécurité)`;
const DATA = String.raw`(?:mots\s+de\s+passe|mot\s+de\s+passe|données\s+(?:bancaires|personnelles|financières)|informations\s+(?:bancaires|personnelles|financières)|coordonnées\s+bancaires|cartes?\s+(?:bancaires?|de\s+crédit)|photos|identifiants(?:\s+facebook)?|identité\s+en\s+ligne|identité|fichiers|données)`;

/** An amount of money as a lure writes it: "399,99 €", "399 EUR", "$399.99". */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\b(?:eur|usd|chf)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euros?|usd|dollars?|chf)\b)`;
/** What was paid, and those nouns that only a charge can be ("votre prélèvement"). */
const CHARGE = String.raw`(?:paiement|prélèvement|débit|transaction|virement|renouvellement)s?`;
const PURCHASE = String.raw`(?:${CHARGE}|achats?|commandes?|opérations?)`;

export const LEXICON_FR: Lexicon = {
  lang: 'fr',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:d[ée]tect[ée]\p{L}*|trouvé\p{L}*|découvert\p{L}*|identifié\p{L}*|infecté\p{L}*)`,
        String.raw`\b(?:menaces?|infections?|virus)\s+(?:d[ée]tect[ée]\p{L}*|trouvé\p{L}*)\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|cheval|troyen|virus|malware|logiciel|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}${DEVICE}\b${gap(40)}\b(?:est|a\s+été|ont\s+été|semble\s+être|pourrait\s+être|peut\s+être|serait)\s+(?:gravement\s+|sérieusement\s+|déjà\s+)?(?:infecté|contaminé)\p{L}*`,
        String.raw`\binfecté\p{L}*\s+par\s+(?:un\s+|une\s+|des\s+|le\s+|la\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:virus|menaces?|${MALWARE})\b${gap(30)}\b(?:d[ée]tect|trouv|découv)\p{L}*\s+(?:sur|dans)\s+(?:votre|ton|cet|ce)\s+(?:${DEVICE}|système)\b`,
        String.raw`\b(?:d[ée]tect|trouv|découv)\p{L}*\b${gap(30)}\b(?:virus|menaces?|${MALWARE})\s+(?:sur|dans)\s+(?:votre|ton|cet|ce)\s+(?:${DEVICE}|système)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}(?:${DEVICE}|système|adresse\s+ip)\b${gap(40)}\b(?:a\s+été|est|sont|ont\s+été|vient\s+d${APOS}être)\s+(?:temporairement\s+|définitivement\s+|complètement\s+)?(?:bloqu[ée]|verrouill[ée]|désactiv[ée]|gel[ée])\p{L}*`,
        String.raw`\b(?:ordinateur|pc|navigateur|appareil|windows|mac|iphone)\s+(?:a\s+été\s+|est\s+)?(?:bloqu[ée]|verrouill[ée])\p{L}*\s*(?:!|$|[(:–—-])`,
        String.raw`\bnous\s+avons\s+(?:bloqué|verrouillé|désactivé)\s+${DETERMINER}${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bne\s+(?:red[ée]marrez|red[ée]marre)\s+pas\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\bn${APOS}(?:[ée]teignez|[ée]teins)\s+pas\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\bne\s+(?:pas|jamais)\s+(?:red[ée]marrer|[ée]teindre)\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\b(?:n${APOS}ignorez\s+pas|ne\s+pas\s+ignorer)\s+(?:cet|ce|cette|l${APOS})\s*(?:avertissement|alerte|message|notification)`,
        String.raw`\bne\s+(?:fermez|quittez)\s+pas\s+(?:cette|ce|la|le)\s+(?:page|fenêtre|navigateur|onglet)\b${gap(40)}\b(?:red[ée]marr|[ée]teign|ordinateur|appel|virus|risque|danger|technicien|microsoft|apple)`,
        String.raw`\b(?:la\s+)?(?:fermeture|fermer|quitter)\s+(?:de\s+)?(?:cette|cet)\s+(?:page|fenêtre|avertissement)\b${gap(60)}\b(?:en\s+danger|risque|suspension|bloqu\p{L}*|désactiv\p{L}*|perte)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:appelez|appeler|appelle|appel|contactez|contacter|contacte|composez|téléphonez)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|assistance|sécurité)\s*(?:\(\s*)?(?:numéro\s+)?(?:gratuit|vert|sans\s+frais)`,
        String.raw`\b(?:parlez|discutez)\s+(?:à|avec)\s+(?:un|nos)\s+(?:techniciens?|experts?)\s+(?:certifiés?\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:vos|votre|tes|ton)\s+${DATA}\b${gap(50)}\b(?:en\s+danger|à\s+risque|en\s+péril|menacé\p{L}*|volé\p{L}*|compromis\p{L}*|exposé\p{L}*|piraté\p{L}*|dérobé\p{L}*|divulgué\p{L}*)`,
        String.raw`\b(?:voler|dérober|subtiliser|vole|volent|pirater)\s+(?:vos|votre)\s+${DATA}`,
        String.raw`\b(?:les\s+(?:données|informations)\s+suivantes\s+ont\s+été|l${APOS}information\s+suivante\s+(?:est|a\s+été))\s+(?:violé|volé|compromis|exposé)\p{L}*`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Signaler un paiement non autorisé" is the bank's own help text.
        String.raw`(?<!\b(?:si|signaler|signalez|contester|contestez|cas\s+de|cas\s+d['’])\s*(?:(?:un|une|le|la|ce|cet|cette|tout|toute)\s+|l['’]\s?)?)\b${PURCHASE}\s+(?:non\s+autoris|frauduleu|suspect|inhabituel|non\s+reconnu|non\s+sollicit)\p{L}*\b${gap(40)}\b(?:détecté\p{L}*|repéré\p{L}*|identifié\p{L}*|(?:de|pour|d['’]\s?un\s+montant\s+de)\s+${AMOUNT}|(?:a|ont)\s+été\s+(?:effectué|débité|passé|réalisé|prélevé|validé|enregistré)\p{L}*)`,
        String.raw`\bnous\s+avons\s+(?:détecté|repéré|identifié)\s+(?:un|une|des)\s+${PURCHASE}\s+(?:non\s+autoris|frauduleu|suspect|inhabituel|non\s+reconnu)\p{L}*`,
        String.raw`\bsi\s+(?:vous|tu)\s+(?:n['’]\s?(?:avez|as)\s+pas\s+(?:vous-même\s+)?(?:effectué|autorisé|passé|demandé|réalisé|validé|approuvé|commandé)\p{L}*\s+|n['’]\s?(?:êtes|es)\s+pas\s+à\s+l['’]\s?origine\s+(?:de\s+|d['’]\s?)|ne\s+reconnaiss(?:ez|es)\s+pas\s+)(?:(?:ce|cet|cette|ces)\s+|l['’]\s?)(?:${PURCHASE}|abonnements?)\b`,
        String.raw`\b(?:appel(?:ez|er|le)|contact(?:ez|er)|téléphon(?:ez|er)|composez)\b${gap(50)}\bpour\s+(?:annuler|bloquer|stopper|arrêter|contester|suspendre|interrompre|faire\s+opposition(?:\s+à)?)\s+(?:(?:(?:ce|cet|cette|le|la|les|ces|au|aux)\s+|l['’]\s?)(?:${PURCHASE}|abonnements?)|(?:votre|vos)\s+${CHARGE})\b`,
        String.raw`\b(?:abonnement|adhésion|forfait|licence|souscription|formule|plan\s+de\s+protection)\b${gap(30)}\b(?:a\s+été|vient\s+d['’]\s?être|s['’]\s?est)\s+(?:automatiquement\s+|tacitement\s+)?(?:renouvel|reconduit|prolong)\p{L}*\b${gap(60)}${AMOUNT}`,
        String.raw`(?:\b(?:faute|à\s+défaut|en\s+l['’]\s?absence)\s+d['’]\s?appel|\bsans\s+appel\s+de\s+votre\s+part|\bsi\s+vous\s+(?:ne\s+nous\s+|n['’]\s?)appelez\s+pas)\b${gap(80)}\b(?:débit|prélev|factur|renouvel|montant|somme|encaiss)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}${NOT_STORY}\b(?:accès(?=\s+(?:a\s+été|est|à\s+(?:votre|vos|cet|ce)\b))|licence|compte|clé\s+de\s+produit|enregistrement|adresse\s+ip|identifiant\s+apple)\b${gap(50)}\b(?:bloqu|suspendu|désactiv|révoqu|restreint|verrouill)\p{L}*\s+(?:pour\s+des\s+raisons\s+de\s+sécurité|par\s+mesure\s+de\s+sécurité|en\s+raison\s+d${APOS}(?:une\s+)?activité|à\s+cause\s+d${APOS}(?:une\s+)?activité)`,
        String.raw`${NOT_STORY}\b(?:licence|clé|enregistrement|compte|identifiant)\s+(?:de\s+produit\s+)?(?:de\s+|d${APOS})?(?:windows|microsoft|macos|apple|icloud)\b${gap(30)}\b(?:suspendu|bloqu|révoqu|désactiv|verrouill)\p{L}*`,
        String.raw`\baccès\s+à\s+(?:cet|ce|votre|cette)\s+(?:${DEVICE}|système|réseau)\b${gap(30)}\b(?:bloqu|suspendu|désactiv|restreint|verrouill|refusé)\p{L}*`,
        String.raw`\bsuspension\s+de\s+(?:votre|vos)\s+(?:licence|clé|compte|accès|enregistrement)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\bnous\s+avons\s+(?:temporairement\s+|provisoirement\s+)?(?:bloqué|suspendu|restreint|gelé|désactivé|limité|verrouillé)\s+(?:votre|vos)\s+(?:\p{L}+\s+){0,2}?(?:compte|carte|accès)\b`,
        // Une boîte aux lettres suspendue : "Votre boîte aux lettres a été suspendue".
        String.raw`\bvotre\s+(?:boîte\s+(?:aux\s+lettres|mail|e-mail|de\s+réception)|messagerie)\s+(?:a\s+été|est)\s+(?:temporairement\s+)?(?:suspendue|bloquée|désactivée|verrouillée)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:copie|version|licence|installation|clé)\s+(?:illégale|piratée|contrefaite|non\s+autorisée|non\s+authentique|non\s+officielle)\s+(?:de\s+|du\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:windows|macos)\s+(?:piraté|illégal|contrefait|cracké)\b`,
        String.raw`\b(?:copie|version|clé|licence)\s+(?:de\s+)?(?:windows|macos)\b${gap(20)}\b(?:est|a\s+été\s+détectée?\s+comme)\s+(?:illégale|piratée|contrefaite)`,
        String.raw`\blogiciels?\s+(?:piratés?|illégaux|illégal)\s+(?:détectés?|trouvés?)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:tentatives?\s+de\s+piratage|tentatives?\s+d${APOS}intrusion|tentatives?\s+de\s+hacking|intrusion|piratage)\b${gap(40)}\b(?:d[ée]tect[ée]\p{L}*|bloqu[ée]\p{L}*|sur\s+votre|depuis\s+votre|contre\s+votre)`,
        String.raw`\b(?:accès\s+non\s+autorisé|activité\s+suspecte|connexion\s+suspecte|activité\s+inhabituelle|trafic\s+suspect)\b${gap(40)}\b(?:sur|depuis|à|de|vers)\s+(?:votre|cet|ce)\s+(?:${DEVICE}|adresse\s+ip|ip|réseau|système|connexion)\b`,
        String.raw`${NOT_IF}\b(?:votre|cet|ce)\s+(?:${DEVICE}|adresse\s+ip|réseau|webcam|caméra)\b${gap(30)}\b(?:a\s+été|est|est\s+en\s+train\s+d${APOS}être)\s+(?:piraté|attaqué|compromis|contrôlé\s+à\s+distance|hacké)\p{L}*`,
        String.raw`\b(?:pirates?|hackers?|cybercriminels?)\b${gap(30)}\b(?:essaient|tentent|essaie|tente)\s+(?:de\s+|d${APOS})(?:accéder|voler|pirater|prendre\s+le\s+contrôle)\s+(?:à\s+|de\s+)?(?:vos|votre|ton|tes|cet|ce)\b`,
        String.raw`\b(?:cheval\s+de\s+troie|trojan|logiciel\s+espion|spyware|malware)\b${gap(30)}\b(?:envoie|transmet|vole|dérobe)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:code\s+d${APOS}erreur|erreur|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:code\s+d${APOS}erreur|erreur|error)\s*(?:#|n°|no\.|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:alerte|avertissement|alarme)\s+(?:de\s+|du\s+)?(?:sécurité|virus|pare-feu|firewall|menace)\b`,
        String.raw`\bcentre\s+de\s+sécurité\s+(?:windows|microsoft|apple|windows\s+defender)\b`,
        String.raw`\b(?:windows|microsoft)\s+defender\s+(?:alerte|avertissement)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|centre|alert)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:appelez|appeler|appel|téléphon\p{L}*|numéro\s+(?:vert|gratuit)|appel\s+gratuit|gratuit|assistance|contactez|contacter|contact|support|techniciens?|ligne\s+d${APOS}assistance)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:arnaque\p{L}*|escroquerie\p{L}*|escroc\p{L}*|fraude\p{L}*|fraudeur\p{L}*|hameçonnage|phishing|scam\p{L}*|faux\s+(?:support|message|messages|appel|appels|technicien|techniciens|site|sites|conseiller|conseillers)|fausses?\s+(?:alertes?|pages?|fenêtres?))\b`,
    String.raw`\b(?:méfiez-vous|attention\s+aux|prudence\s+face)\b`,
    String.raw`\b(?:est-ce\s+(?:une\s+arnaque|légitime|fiable|sérieux)|c${APOS}est\s+une\s+arnaque)\b`,
    String.raw`\b(?:n${APOS}appelez\s+jamais|n${APOS}appelez\s+pas\s+ce\s+numéro|ne\s+jamais\s+appeler)\b`,
    String.raw`\b(?:signal(?:er|ez)\s+(?:une\s+|cette\s+)?arnaque|cybermalveillance|pharos|signal\s+spam)\b`,
  ),
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:si|prétend|prétendent|prétendument|affirme|affirment|soi-disant)\b`,
    String.raw`\b(?:clients|clientes|utilisateurs|utilisatrices|propriétaires|consommateurs|abonnés|lecteurs|personnes\s+concernées)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:peuvent|pourront|pourraient|doivent|devraient|sont\s+invités\s+à|sont\s+priés\s+de)\b`,
  ),
  scamWords: phrase(String.raw`arnaque|escroquer|escroc`),
  nameEndings: [],
};
