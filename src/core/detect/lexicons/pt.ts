import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/** Brazilian and European Portuguese. No "sistema" with a gap after it ("o seu sistema imunitário"). */
const DEVICE = String.raw`(?:computador|pc|mac|macbook|iphone|ipad|dispositivo|aparelho|navegador|notebook|portátil|laptop|windows)`;
const DETERMINER = String.raw`(?:(?:o\s+|a\s+)?(?:seu|sua|teu|tua)|est[ea]|ess[ea])`;
const MALWARE = String.raw`(?:trojans?|troianos?|cavalos?\s+de\s+tr[óo]ia|malwares?|spywares?|adwares?|ransomwares?|software\s+malicioso|programas?\s+malicioso|programas?\s+espiões|programa\s+espião|rootkits?|keyloggers?|zeus)`;
/** "Se o seu computador estiver bloqueado, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:se|quando|caso)\s+(?:o\s+|a\s+|os\s+|as\s+)?)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:atualiza|actualiza|instala|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:atualiza|actualiza|instala|bios|firmware))`;
const DEVICE_OR_END = String.raw`(?:\s+(?:o\s+(?:seu\s+|teu\s+)?|seu\s+|este\s+)(?:${DEVICE}|sistema)\b|\s*(?:[!.]|$))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)\s*(?:support|suporte|segurança|security|helpline|técnicos?|especialistas?)|(?:suporte|assistência|apoio|técnicos?|especialistas?|linha\s+de\s+apoio|central\s+de\s+segurança|centro\s+de\s+segurança)\s+(?:técnic[oa]\s+)?(?:da\s+|do\s+|de\s+)?(?:microsoft|apple|windows|mac)|suporte\s+técnico|técnicos?\s+certificados\s+(?:da\s+|do\s+)?(?:microsoft|apple|windows)|central\s+de\s+segurança|centro\s+de\s+segurança)`;
const DATA = String.raw`(?:senhas?|palavras-passe|palavra-passe|dados\s+(?:bancários|pessoais|financeiros|do\s+cartão)|informações\s+(?:bancárias|pessoais|financeiras)|cartões\s+de\s+crédito|cartão\s+de\s+crédito|fotos|fotografias|credenciais|logins?|arquivos|ficheiros|identidade|conta\s+bancária|dados)`;
const POSSESSIVE = String.raw`(?:(?:os|as|o|a)\s+)?(?:seus|suas|seu|sua|teus|tuas|teu|tua)`;

/** An amount of money as a lure writes it: "R$ 1.999,00", "399,99 €", "US$ 399". */
const AMOUNT = String.raw`(?:(?:r|us)?[$€£]\s?\d|\b(?:eur|usd|brl)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euros?|usd|dólares|reais|brl)\b)`;
/** What was paid, and those nouns that only a charge can be ("a sua cobrança"). */
const CHARGE = String.raw`(?:pagament|cobranç|débito|transa[cç]|transferênci|renova[cç])\p{L}*`;
const PURCHASE = String.raw`(?:pagament|cobranç|débito|transa[cç]|transferênci|renova[cç]|compra|pedido|encomenda|opera[cç]|moviment|assinatura|subscri[cç])\p{L}*`;
const SUSPICIOUS = String.raw`(?:não\s+autorizad|fraudulent|suspeit|incomu|invulgar|não\s+reconhecid|não\s+solicitad)\p{L}*`;

export const LEXICON_PT: Lexicon = {
  lang: 'pt',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:detectad|encontrad|descobert|identificad|infectad)\p{L}*`,
        String.raw`\b(?:foi|foram)\s+(?:detectad|encontrad|descobert)\p{L}*\s+(?:um\s+|uma\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:ameaças?|infecç(?:ão|ões)|v[íi]rus)\s+(?:detectad|encontrad)\p{L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:trojan|troiano|v[íi]rus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema(?=\s+(?:está|foi)\b))\b${gap(40)}\b(?:está|estão|foi|foram|pode\s+estar|parece\s+estar|encontra-se)\s+(?:gravemente\s+|seriamente\s+)?infectad\p{L}*`,
        String.raw`\binfectad[oa]s?\s+(?:com|por)\s+(?:um\s+|uma\s+|o\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:v[íi]rus|ameaças?|${MALWARE})\b${gap(30)}\b(?:detectad|encontrad)\p{L}*\s+(?:no|neste|nesse|em\s+seu|em\s+teu)\s+(?:seu\s+|teu\s+)?(?:${DEVICE}|sistema)\b`,
        String.raw`\b(?:detectou|detectamos|encontrou|encontramos)\b${gap(30)}\b(?:v[íi]rus|ameaças?|infecç(?:ão|ões)|${MALWARE})\b${gap(20)}\b(?:no|neste|nesse|em\s+seu|em\s+teu)\s+(?:seu\s+|teu\s+)?(?:${DEVICE}|sistema)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema|endereço\s+ip)\b${gap(40)}\b(?:foi|está|estão|foram|encontra-se|ficou)\s+(?:temporariamente\s+|permanentemente\s+|completamente\s+)?(?:bloquead|desativad|desactivad|congelad|sequestrad)\p{L}*`,
        String.raw`\b(?:computador|pc|navegador|windows|mac|iphone|dispositivo)\s+(?:foi\s+|está\s+)?bloquead[oa]\s*(?:!|$|[(:–—-])`,
        String.raw`\bbloqueamos\s+(?:o\s+)?(?:seu|teu|este)\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bnão\s+(?:reinicie|reinicies|reiniciar|desligue|desligues|desligar)\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\bnão\s+(?:ignore|ignores|ignorar)\s+(?:este|esta|o|a)\s+(?:aviso|alerta|advertência|mensagem|notificação)\b(?!\s+(?:sinal|do\s+corpo))`,
        String.raw`\bnão\s+(?:feche|feches|fechar|saia)\s+(?:esta|este|a|o|desta)\s+(?:janela|página|navegador|separador|aba)\b${gap(40)}\b(?:reinici|deslig|computador|lig|v[íi]rus|risco|perigo|técnico|microsoft|apple)`,
        String.raw`\b(?:fechar|sair\s+d[ae]|abandonar|ignorar)\s+(?:esta|este|desta)\s+(?:página|janela|aviso)\b${gap(60)}\b(?:em\s+risco|em\s+perigo|suspens\p{L}*|bloque\p{L}*|desativ\p{L}*|perda)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        // "Ligue o computador" switches it on; only "ligue para" is a call.
        String.raw`\b(?:lig(?:ue|ar|a)\s+(?:já\s+|agora\s+|imediatamente\s+|gratuitamente\s+)?(?:para|pro)|telefone\s+para|contate|contacte|contactar|contatar|entre\s+em\s+(?:contato|contacto)\s+com|chame)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|suporte|segurança)\s*(?:\(\s*)?(?:linha\s+)?(?:gratuita|grátis|gratuito)`,
        String.raw`\bfale\s+com\s+(?:um|nossos)\s+(?:técnicos?|especialistas?)\s+(?:certificados?\s+)?(?:da\s+|do\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${POSSESSIVE}\s+${DATA}\b${gap(50)}\b(?:em\s+risco|em\s+perigo|(?:roubad|comprometid|expost|vazad|hackead|violad)\p{L}*)`,
        String.raw`\b(?:roubar|roubando|rouba|roubam|capturar)\s+${POSSESSIVE}\s+${DATA}`,
        String.raw`\bos\s+seguintes\s+dados\s+foram\s+(?:violados|roubados|comprometidos|expostos)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Conteste uma compra não autorizada pelo app" is the bank's own help text.
        String.raw`(?<!\b(?:se|caso|conteste|contestar|comunique|comunicar|reporte|reportar)\s+(?:(?:uma|um|a|o|alguma|algum)\s+)?)\b(?:compra|pagament|cobranç|débito|transa[cç]|transferênci|pedido|encomenda|opera[cç]|moviment)\p{L}*\s+${SUSPICIOUS}\b${gap(40)}\b(?:(?:detectad|detetad|identificad)\p{L}*|(?:de|por|no\s+valor\s+de)\s+${AMOUNT}|(?:foi|foram)\s+(?:realizad|efetuad|efectuad|aprovad|debitad|feit|processad)\p{L}*)`,
        String.raw`\b(?:detectamos|detetámos|detetamos|identificamos|(?:foi|foram)\s+(?:detectad|detetad|identificad)[oa]s?)\s+(?:uma|um)\s+(?:compra|pagament|cobranç|débito|transa[cç]|transferênci|pedido|encomenda|opera[cç]|moviment)\p{L}*\s+${SUSPICIOUS}`,
        String.raw`\b(?:se|caso)\s+(?:você\s+|o\s+senhor\s+|a\s+senhora\s+)?não\s+(?:foi\s+você\s+(?:que|quem)\s+|tenha\s+|tiver\s+)?(?:fez|feito|fizeste|realiz|autoriz|solicit|efetu|efectu|reconhe|aprov)\p{L}*\s+(?:esta|este|essa|esse|a|o)\s+${PURCHASE}`,
        String.raw`\b(?:ligue|ligar|telefone|telefonar|contacte|contate|contactar|contatar|entre\s+em\s+conta(?:c)?to)\b${gap(50)}\bpara\s+(?:cancelar|anular|bloquear|suspender|contestar|estornar|impedir|interromper|parar)\s+(?:(?:esta|este|essa|esse|a|o|as|os)\s+${PURCHASE}|(?:(?:a|o)\s+)?(?:sua|seu|tua|teu)\s+${CHARGE})`,
        String.raw`\b(?:assinatura|subscrição|plano|licença|adesão|mensalidade)\b${gap(30)}\b(?:foi|foram|acaba\s+de\s+ser)\s+(?:automaticamente\s+)?renovad[oa]s?\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:se|caso)\s+(?:você\s+)?não\s+(?:nos\s+)?(?:ligar|ligue|telefonar|telefone|contactar|contatar)\b${gap(80)}\b(?:cobrad|cobranç|debitad|renovad|descontad)\p{L}*`,
        // "Não foi você? Ligue …"; "Se não foi você, ligue …".
        String.raw`\b(?:se\s+não\s+foi\s+(?:você|o\s+senhor|a\s+senhora)|não\s+foi\s+(?:você|o\s+senhor|a\s+senhora)\s*\?)${gap(15)}\b(?:ligue|telefone|contate|contacte)\b`,
        // A renewal told with its charge, not its amount: "… foi renovada automaticamente e será cobrada …".
        String.raw`\b(?:assinatura|subscrição|plano|licença|adesão|mensalidade)\b${gap(30)}\b(?:foi|foram|acaba\s+de\s+ser)\s+(?:automaticamente\s+)?renovad[oa]s?\b${gap(80)}\b(?:cobrad|cobranç|debitad|descontad)\p{L}*`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:acesso(?=\s+(?:foi|está|ao\s+(?:seu\s+|teu\s+)?(?:computador|dispositivo|aparelho|pc|mac|sistema)|a\s+(?:este|esse|seu|sua)\b))|licença|conta|chave\s+(?:do\s+|de\s+)?produto|registro|registo|endereço\s+ip|id\s+apple)\b${gap(50)}\b(?:bloquead|suspens|desativad|desactivad|revogad|restringid)\p{L}*\s+(?:por\s+(?:motivos|razões)\s+de\s+segurança|devido\s+a\s+(?:uma\s+)?atividade|por\s+(?:causa\s+de\s+)?atividade\s+(?:suspeita|ilegal|incomum))`,
        String.raw`\b(?:licença|chave|registro|registo|conta)\s+(?:do\s+produto\s+)?(?:do\s+|da\s+|de\s+)?(?:windows|microsoft|macos|apple|icloud)\b${gap(30)}\b(?:suspens|bloquead|revogad|desativad)\p{L}*`,
        String.raw`\bacesso\s+(?:a|ao)\s+(?:este\s+|esse\s+|seu\s+|teu\s+)?(?:${DEVICE}|sistema|rede)\b${gap(30)}\b(?:bloquead|suspens|desativad|restringid|negad)\p{L}*`,
        String.raw`\bsuspensão\s+d[ao]\s+(?:sua|seu|tua|teu)\s+(?:licença|chave|conta|acesso|registro|registo)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`${NOT_IF}\b(?:bloqueamos|suspendemos|restringimos|congelamos|desativamos|limitamos)\s+(?:temporariamente\s+|preventivamente\s+)?(?:o\s+|a\s+|os\s+|as\s+)?(?:seu\s+|sua\s+|seus\s+|suas\s+)?(?:\p{L}+\s+)?(?:cart[aã]o|cartões|conta|acesso)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:cópia|versão|licença|instalação|chave)\s+(?:ilegal|pirata|pirateada|falsificada|não\s+autorizada|não\s+original|não\s+genuína)\s+d[oe]\s+(?:windows|macos|microsoft)`,
        String.raw`\b(?:windows|macos)\s+(?:pirata|pirateado|ilegal|falsificado|crackeado)\b`,
        String.raw`\b(?:cópia|versão|chave|licença)\s+d[oe]\s+(?:windows|macos)\b${gap(20)}\b(?:é|foi\s+detectada\s+como)\s+(?:ilegal|pirata|falsificada)`,
        String.raw`\bsoftware\s+(?:pirata|ilegal)\s+(?:detectado|encontrado)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\btentativas?\s+de\s+(?:hacking|invasão|intrusão|acesso\s+não\s+autorizado|ataque)\b${gap(40)}\b(?:detectad\p{L}*|bloquead\p{L}*|no\s+seu|do\s+seu|contra\s+o\s+seu|no\s+teu)`,
        String.raw`\b(?:acesso\s+não\s+autorizado|atividade\s+suspeita|conexão\s+suspeita|ligação\s+suspeita|atividade\s+incomum|tráfego\s+suspeito)\b${gap(40)}\b(?:no|do|ao|neste|deste|em\s+seu|de\s+seu)\s+(?:seu\s+|teu\s+)?(?:${DEVICE}|endereço\s+ip|ip|rede|sistema)\b`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|endereço\s+ip|rede|webcam|câmera|câmara)\b${gap(30)}\b(?:foi|está\s+sendo|está\s+a\s+ser)\s+(?:hackead|invadid|atacad|comprometid|controlad)\p{L}*`,
        String.raw`\b(?:hackers?|piratas\s+informáticos|criminosos\s+virtuais|cibercriminosos)\b${gap(30)}\b(?:estão\s+tentando|tentam|tenta|estão\s+a\s+tentar)\s+(?:de\s+)?(?:acessar|aceder|roubar|invadir|controlar)\s+(?:a\s+|ao\s+|o\s+|os\s+|as\s+)?(?:seu|seus|sua|suas|teu|teus|tua|tuas)\b`,
        String.raw`\b(?:trojan|troiano|spyware|malware|programa\s+espião)\b${gap(30)}\b(?:envia|enviando|transmite|rouba|roubando)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:código\s+de\s+erro|erro|código|code|error|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:código\s+de\s+erro|erro|error)\s*(?:#|n\.?º|no\.|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:alerta|aviso|advertência|alarme)\s+de\s+(?:segurança|v[íi]rus|firewall|ameaça)\b`,
        String.raw`\b(?:centro|central)\s+de\s+segurança\s+(?:do\s+|da\s+)?(?:windows|microsoft|apple)\b`,
        String.raw`\b(?:windows|microsoft)\s+defender\s+(?:alerta|aviso)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|alert)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:ligue|ligar|ligação|telefon\p{L}*|gratuit[oa]|grátis|contate|contacte|contato|contacto|suporte|assistência|técnicos?)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:golpe\p{L}*|golpista\p{L}*|fraude\p{L}*|burla\p{L}*|phishing|scam\p{L}*|falso\s+suporte|suporte\s+técnico\s+falso|falsos?\s+(?:técnicos?|alertas?|avisos?|mensagens?))\b`,
    String.raw`\b(?:cuidado\s+com|atenção\s+a(?:o|os|as)?)\b`,
    String.raw`\bé\s+(?:golpe|confiável|legítimo|fiável)\b`,
    String.raw`\b(?:nunca\s+ligue|não\s+ligue\s+para\s+(?:esse|este|o)\s+número)\b`,
    String.raw`\b(?:denunci\p{L}*|procon)\b`,
  ),
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:se|diz|dizem|afirma|afirmam|como|supostamente|alegadamente)\b`,
    String.raw`\b(?:clientes|usuários|utilizadores|proprietários|consumidores|assinantes|leitores|afetados)(?:\s+[\p{L}'-]+){0,4}?\s+(?:podem|poderão|poderiam|devem|deveriam|precisam)\b`,
  ),
  scamWords: phrase(String.raw`golpe`),
  nameEndings: [],
};
