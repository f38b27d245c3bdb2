import { gap, phrase } from './pattern';
import type { Lexicon } from './types';

/** No "sistema" with a gap after it: "su sistema inmunitario está comprometido" is health advice. */
const DEVICE = String.raw`(?:ordenador|computadora|computador|equipo|pc|mac|macbook|iphone|ipad|dispositivo|navegador|portátil|laptop|windows)`;
const DETERMINER = String.raw`(?:su|tu|este|esta|el\s+(?:suyo|tuyo))`;
const MALWARE = String.raw`(?:troyanos?|trojans?|malware|software\s+malicioso|programas?\s+malicioso|programas?\s+espías?|spyware|adware|ransomware|rootkits?|keyloggers?|zeus)`;
/** "Si su ordenador está bloqueado, …" is a help page, not an alert. */
const NOT_IF = String.raw`(?<!\b(?:si|cuando|en\s+caso\s+de\s+que|mientras)\s+)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!\b(?:actualiz|instal|bios|firmware)\p{L}*\b${gap(90)})`;
const NOT_UPDATE_AFTER = String.raw`(?!${gap(60)}\b(?:actualiz|instal|bios|firmware))`;
const DEVICE_OR_END = String.raw`(?:\s+(?:su|tu|el|este|esta)\s+(?:${DEVICE}|sistema|máquina)\b|\s*(?:[!.]|$))`;
const BRAND = String.raw`(?:microsoft(?![\s-]+teams)|apple(?![\s-]+(?:watch|tv|music|pay|carplay|arcade|card|pencil|store|airpods|id)\b))`;
const TARGET = String.raw`(?:${BRAND}|(?:windows|mac|macos|ms)\s*(?:support|soporte|seguridad|security|helpline|técnicos?|expertos?)|(?:soporte|asistencia|servicio\s+técnico|técnicos?|expertos?|línea\s+de\s+ayuda|centro\s+de\s+seguridad)\s+(?:técnic[oa]\s+)?(?:de\s+|del\s+)?(?:microsoft|apple|windows|mac)|soporte\s+técnico|técnicos?\s+certificad[oa]s?\s+(?:de\s+)?(?:microsoft|apple|windows)|centro\s+de\s+seguridad)`;
const DATA = String.raw`(?:contraseñas?|datos\s+(?:bancarios|personales|financieros|de\s+(?:su|tu)\s+tarjeta)|información\s+(?:bancaria|personal|financiera)|tarjetas?\s+de\s+crédito|fotos|fotografías|credenciales|inicios?\s+de\s+sesión|identidad|archivos|datos)`;

/** An amount of money as a lure writes it: "399,99 €", "$399.99", "US$ 399", "1.299 MXN". */
const AMOUNT = String.raw`(?:(?:us)?[$€£]\s?\d|\b(?:eur|usd|mxn)\s?\d|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euros?|usd|dólares|mxn|pesos)\b)`;
/** What was paid, and those nouns that only a charge can be ("su cargo"). */
const CHARGE = String.raw`(?:pago|cargo|cobro|transacci|transferencia|débito|adeudo|renovaci)\p{L}*`;
const PURCHASE = String.raw`(?:pago|cargo|cobro|transacci|transferencia|débito|adeudo|renovaci|compra|pedido|movimiento|operaci|suscripci)\p{L}*`;
const SUSPICIOUS = String.raw`(?:no\s+autorizad|fraudulent|sospechos|inusual|no\s+reconocid|no\s+solicitad)\p{L}*`;

export const LEXICON_ES: Lexicon = {
  lang: 'es',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b${MALWARE}\b${gap(40)}\b(?:detectad|encontrad|descubiert|identificad|infectad)\p{L}*`,
        String.raw`\bse\s+(?:ha|han)\s+(?:detectado|encontrado|descubierto)\s+(?:un\s+|una\s+|unos\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:amenazas?|infecciones?|virus)\s+(?:detectad|encontrad)\p{L}*\s*[:–—-]\s*(?:\(?\d+\)?\s*)?(?:troyano|trojan|virus|malware|spyware|adware|ransomware|zeus)`,
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema(?=\s+(?:está|ha)\b))\b${gap(40)}\b(?:está|están|ha\s+sido|han\s+sido|fue|puede\s+estar|podría\s+estar|parece\s+estar)\s+(?:gravemente\s+|seriamente\s+)?infectad\p{L}*`,
        String.raw`\binfectad[oa]s?\s+(?:con|por)\s+(?:un\s+|una\s+|el\s+|\(?\d+\)?\s+)?${MALWARE}`,
        String.raw`\b(?:virus|amenazas?|${MALWARE})\b${gap(30)}\b(?:detectad|encontrad|descubiert)\p{L}*\s+en\s+(?:su|tu|este|esta)\s+(?:${DEVICE}|sistema)\b`,
        String.raw`\b(?:detectado|encontrado|detectamos|encontramos)\b${gap(30)}\b(?:virus|amenazas?|${MALWARE})\s+en\s+(?:su|tu|este|esta)\s+(?:${DEVICE}|sistema)\b`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b${DETERMINER}\s+(?:${DEVICE}|sistema|dirección\s+ip)\b${gap(40)}\b(?:ha\s+sido|han\s+sido|está|están|fue|queda|quedó|se\s+ha)\s+(?:temporalmente\s+|permanentemente\s+|completamente\s+)?(?:bloquead|desactivad|congelad|secuestrad)\p{L}*`,
        String.raw`\b(?:ordenador|computadora|pc|navegador|windows|mac|iphone|dispositivo)\s+(?:ha\s+sido\s+|está\s+)?bloquead[oa]\s*(?:!|$|[(:–—-])`,
        String.raw`\bhemos\s+bloqueado\s+(?:su|tu|este|esta)\s+${DEVICE}\b`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bno\s+(?:reinicie|reinicies|reiniciar|apague|apagues|apagar)\b${NOT_UPDATE_BEFORE}${DEVICE_OR_END}${NOT_UPDATE_AFTER}`,
        String.raw`\bno\s+(?:ignore|ignores|ignorar)\s+(?:esta|este|la|el)\s+(?:advertencia|alerta|aviso|mensaje|notificación)\b(?!\s+(?:señal|de\s+tu\s+cuerpo))`,
        String.raw`\bno\s+(?:cierre|cierres|cerrar|abandone)\s+(?:esta|este|la|el)\s+(?:ventana|página|navegador|pestaña)\b${gap(40)}\b(?:reinici|apag|ordenador|computadora|llam|virus|riesgo|peligro|técnico|microsoft|apple)`,
        String.raw`\b(?:cerrar|salir\s+de|abandonar|ignorar)\s+(?:esta|este)\s+(?:página|ventana|advertencia)\b${gap(60)}\b(?:en\s+riesgo|en\s+peligro|suspensión|bloque\p{L}*|desactiv\p{L}*|pérdida)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:llame|llamar|llama|llámenos|contacte|contactar|contacta|comuníquese\s+con|comunícate\s+con|póngase\s+en\s+contacto\s+con|ponte\s+en\s+contacto\s+con|marque)\b${gap(40)}\b${TARGET}`,
        String.raw`\b(?:microsoft|windows|apple|mac)\s+(?:support|soporte|seguridad)\s*(?:\(\s*)?(?:línea\s+)?(?:gratuita|gratis|sin\s+costo)`,
        String.raw`\bhable\s+con\s+(?:un|nuestros)\s+(?:técnicos?|expertos?)\s+(?:certificados?\s+)?(?:de\s+)?(?:microsoft|apple|windows)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:sus|tus|su|tu)\s+${DATA}\b${gap(50)}\b(?:en\s+riesgo|en\s+peligro|(?:robad|comprometid|expuest|filtrad|hackead|sustraíd)\p{L}*)`,
        String.raw`\b(?:robar|robarle|robarte|roban|robando|sustraer)\s+(?:sus|tus|su|tu)\s+${DATA}`,
        String.raw`\blos\s+siguientes\s+datos\s+(?:han\s+sido|fueron)\s+(?:vulnerados|robados|comprometidos|expuestos)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        // "Reclame un cargo no autorizado desde la app" is the bank's own help text.
        String.raw`(?<!\b(?:si|cuando|reporte|reportar|reclame|reclamar|caso\s+de)\s+(?:(?:un|una|el|la|algún|alguna)\s+)?)\b(?:compra|pago|cargo|cobro|transacci|transferencia|pedido|débito|adeudo|movimiento|operaci)\p{L}*\s+${SUSPICIOUS}\b${gap(40)}\b(?:detectad\p{L}*|(?:de|por)\s+(?:un\s+(?:importe|monto|valor)\s+de\s+)?${AMOUNT}|(?:ha|han)\s+sido\s+(?:realizad|efectuad|cargad|procesad|aprobad)\p{L}*|(?:fue|fueron)\s+(?:realizad|efectuad|cargad|procesad|aprobad)\p{L}*)`,
        String.raw`\b(?:se\s+(?:ha|han)\s+(?:detectado|registrado|identificado)|hemos\s+(?:detectado|identificado))\s+(?:un|una|unos|unas)\s+(?:compra|pago|cargo|cobro|transacci|transferencia|pedido|débito|movimiento|operaci)\p{L}*\s+${SUSPICIOUS}`,
        String.raw`\bsi\s+(?:usted\s+|tú\s+)?no\s+(?:fue\s+usted\s+quien\s+|fuiste\s+tú\s+quien\s+|ha\s+|has\s+)?(?:realiz|autoriz|solicit|reconoc|efectu|hizo|hiciste|hecho)\p{L}*\s+(?:esta|este|esa|ese|estas|estos|esas|esos|dicha|dicho|el|la|los|las)\s+${PURCHASE}`,
        String.raw`\b(?:ll[aá]m\p{L}*|contáctenos|contáctanos|contacte|comuníquese|póngase\s+en\s+contacto)\b${gap(50)}\bpara\s+(?:cancelar|anular|bloquear|detener|frenar|impugnar|disputar|revertir|suspender|parar)\s+(?:(?:este|esta|ese|esa|el|la|dicho|dicha)\s+${PURCHASE}|(?:su|tu)\s+${CHARGE})`,
        String.raw`\b(?:suscripción|membresía|plan|licencia|abono|afiliación)\b${gap(30)}\b(?:ha\s+sido|fue|se\s+ha|se)\s+(?:automáticamente\s+)?(?:renovad[oa]|renovó|prorrogad[oa]|prorrogó)\b${gap(60)}${AMOUNT}`,
        String.raw`\b(?:si\s+no\s+(?:nos\s+)?(?:llama|llamas|llamara|llamase|contacta)|de\s+no\s+(?:llamar|recibir\s+su\s+llamada))\b${gap(80)}\b(?:cobr|carg|renov|debit|adeud|import)\p{L}*`,
        // Asked without "si": "¿No reconoce esta compra?"; "¿No fue usted? Llame …".
        String.raw`(?<!\bsi\s+(?:usted\s+|tú\s+)?)\bno\s+(?:reconoce|reconoces|ha\s+realizado|has\s+realizado|realizó|realizaste|autorizó|autorizaste|ha\s+autorizado|has\s+autorizado|hizo|hiciste)\s+(?:esta|este|esa|ese|estas|estos|esas|esos|dicha|dicho|el|la|los|las)\s+${PURCHASE}`,
        String.raw`\b(?:si\s+no\s+(?:fue|ha\s+sido)\s+(?:usted|tú)|no\s+fue\s+(?:usted|tú)\s*\?)${gap(15)}\b(?:ll[aá]m\p{L}*|comuníquese)`,
        // A renewal told with its charge, not its amount: "… se ha renovado automáticamente. El cargo aparecerá …".
        String.raw`\b(?:suscripción|membresía|plan|licencia|abono|afiliación)\b${gap(40)}\b(?:ha\s+sido|fue|se\s+ha|se)\s+(?:automáticamente\s+)?(?:renovad[oa]|renovó|prorrogad[oa]|prorrogó)\b${gap(80)}\b(?:cargo|cobro|importe|cobrad[oa]|cargad[oa]|debitad[oa])\b`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`${NOT_IF}\b(?:acceso(?=\s+(?:ha|está|fue|a\s+(?:su|tu|este|esta)\b))|licencia|cuenta|clave\s+de\s+producto|registro|dirección\s+ip|id\s+de\s+apple)\b${gap(50)}\b(?:bloquead|suspendid|desactivad|revocad|restringid)\p{L}*\s+(?:por\s+(?:motivos|razones)\s+de\s+seguridad|debido\s+a\s+(?:una\s+)?actividad|por\s+(?:una\s+)?actividad\s+(?:sospechosa|ilegal|inusual))`,
        String.raw`\b(?:licencia|clave|registro|cuenta)\s+(?:de\s+producto\s+)?(?:de\s+)?(?:windows|microsoft|macos|apple|icloud)\b${gap(30)}\b(?:suspendid|bloquead|revocad|desactivad)\p{L}*`,
        String.raw`\bacceso\s+a\s+(?:este|esta|su|tu)\s+(?:${DEVICE}|sistema|red)\b${gap(30)}\b(?:bloquead|suspendid|desactivad|restringid|denegad)\p{L}*`,
        String.raw`\bsuspensión\s+de\s+(?:su|tu)\s+(?:licencia|clave|cuenta|acceso|registro)`,
        // The account-lock callback: "we have blocked your card / account" (as in English).
        String.raw`\bhemos\s+(?:bloqueado|suspendido|restringido|congelado|desactivado|limitado)\s+(?:temporalmente\s+|preventivamente\s+)?(?:su|tu)\s+(?:\p{L}+\s+){0,2}?(?:cuenta|tarjeta|acceso)\b`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`\b(?:copia|versión|licencia|instalación|clave)\s+(?:ilegal|pirata|falsificada|no\s+autorizada|no\s+original|no\s+genuina)\s+(?:de\s+|del\s+)?(?:windows|macos|microsoft)`,
        String.raw`\b(?:windows|macos)\s+(?:pirata|ilegal|falsificado|crackeado)\b`,
        String.raw`\b(?:copia|versión|clave|licencia)\s+de\s+(?:windows|macos)\b${gap(20)}\b(?:es|ha\s+sido\s+detectada\s+como)\s+(?:ilegal|pirata|falsificada)`,
        String.raw`\bsoftware\s+(?:pirata|ilegal)\s+(?:detectado|encontrado)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`\bintentos?\s+de\s+(?:hackeo|pirateo|intrusión|acceso\s+no\s+autorizado|ataque)\b${gap(40)}\b(?:detectad\p{L}*|bloquead\p{L}*|en\s+su|en\s+tu|desde\s+su|desde\s+tu|contra\s+su)`,
        String.raw`\b(?:acceso\s+no\s+autorizado|actividad\s+sospechosa|conexión\s+sospechosa|actividad\s+inusual|tráfico\s+sospechoso)\b${gap(40)}\b(?:en|desde|a|hacia)\s+(?:su|tu|este|esta)\s+(?:${DEVICE}|dirección\s+ip|ip|red|sistema|conexión)\b`,
        String.raw`${NOT_IF}\b(?:su|tu|este|esta)\s+(?:ordenador|computadora|computador|pc|mac|dispositivo|navegador|dirección\s+ip|red|cámara|webcam)\b${gap(30)}\b(?:ha\s+sido|está\s+siendo|fue)\s+(?:hackead|pirate|atacad|comprometid|controlad)\p{L}*`,
        String.raw`\b(?:hackers?|piratas\s+informáticos|ciberdelincuentes)\b${gap(30)}\b(?:intentan|están\s+intentando|intenta|está\s+intentando)\s+(?:acceder|robar|hackear|controlar|entrar)\s+(?:a\s+|en\s+)?(?:su|sus|tu|tus|este|esta)\b`,
        String.raw`\b(?:troyano|spyware|malware|software\s+espía)\b${gap(30)}\b(?:envía|enviando|transmite|roba|robando)\b`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:código\s+de\s+error|error|código|code|err|er)\s*[#:.-]?\s*0x[0-9a-f]{3,8}\b`,
        String.raw`#\s?0x[0-9a-f]{3,8}\b`,
        String.raw`\b(?:código\s+de\s+error|error)\s*(?:#|n\.?º|no\.|:)\s*:?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}\b`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`\b(?:alerta|advertencia|alarma)\s+de\s+(?:seguridad|virus|firewall|cortafuegos|amenaza)\b`,
        String.raw`\bcentro\s+de\s+seguridad\s+(?:de\s+)?(?:windows|microsoft|apple)\b`,
        String.raw`\b(?:windows|microsoft)\s+defender\s+(?:alerta|advertencia)\b`,
        String.raw`\b(?:apple|windows)\s+security\s+(?:center|alert)\b`,
      ),
    },
  ],
  callToAction: phrase(
    String.raw`\b(?:llame|llamar|llámenos|llama|llamada|teléfono|telefono|línea\s+(?:gratuita|de\s+asistencia)|gratuit[oa]|gratis|contacte|contactar|contacto|soporte|asistencia|técnicos?)\b`,
  ),
  discussion: phrase(
    String.raw`\b(?:estafa\p{L}*|estafador\p{L}*|fraude\p{L}*|timo|timos|timador\p{L}*|phishing|scam\p{L}*|suplantación|falso\s+soporte|soporte\s+técnico\s+falso|falsos?\s+(?:técnicos?|mensajes?|llamadas?|avisos?|alertas?))\b`,
    String.raw`\b(?:cuidado\s+con|ojo\s+con|alerta\s+por)\b`,
    String.raw`\bes\s+(?:esto\s+)?(?:una\s+estafa|legítimo|fiable|real)\b`,
    String.raw`\b(?:nunca\s+llame|no\s+llame\s+(?:a\s+)?(?:ese|este|ningún)\s+número)\b`,
    String.raw`\b(?:denunci\p{L}*|incibe|osi\s+alerta)\b`,
  ),
  // And what news and notices say others can or should do ("customers can call …").
  framing: phrase(
    String.raw`\b(?:si|dice|dicen|afirma|afirman|como|supuestamente)\b`,
    String.raw`\b(?:clientes|usuarios|usuarias|propietarios|consumidores|suscriptores|lectores|afectados)(?:\s+[\p{L}'-]+){0,4}?\s+(?:pueden|podrán|podrían|deben|deberían|tienen\s+que)\b`,
  ),
  scamWords: phrase(String.raw`estafa`),
  nameEndings: [],
};
