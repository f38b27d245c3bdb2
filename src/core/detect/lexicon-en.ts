/** English scare and lock phrases of fake alerts. Each entry: a stable id and a pattern. */
export const SCARE_PHRASES_EN: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: 'infection', pattern: /\b(?:virus(?:es)?|trojan|malware|spyware|ransomware|zeus)\b[^.!\n]{0,40}\b(?:detected|found|infected|infection|attack)/i },
  { id: 'infected-device', pattern: /\b(?:computer|pc|device|mac|system|windows|browser)\b[^.!\n]{0,30}\b(?:is|has been|was|are|been)\s+(?:infected|blocked|locked|compromised|disabled|hacked)/i },
  { id: 'do-not-restart', pattern: /\bdo\s+not\s+(?:restart|shut\s*down|turn\s+off|close|ignore)\b/i },
  { id: 'error-code', pattern: /\b(?:error|code)\b[^.\n]{0,20}\b0x[0-9a-f]{3,8}\b/i },
  { id: 'access-suspended', pattern: /\b(?:access|account|license|licence)\b[^.!\n]{0,25}\b(?:suspended|blocked|locked|revoked|disabled)/i },
  { id: 'data-at-risk', pattern: /\b(?:personal|banking|credit card|your)\b[^.!\n]{0,25}\b(?:information|data|passwords?|details)\b[^.!\n]{0,25}\b(?:at risk|stolen|compromised|being stolen)/i },
  { id: 'call-support', pattern: /\bcall\b[^.!\n]{0,30}\b(?:microsoft|windows|apple|technician|tech(?:nical)? support|support (?:technician|agent)|help desk)/i },
  { id: 'security-alert', pattern: /\b(?:security|firewall|defender)\b[^.!\n]{0,15}\b(?:alert|warning|breach|notification)\b/i },
];

/** Words next to a number that ask the person to call it. */
export const CALL_TO_ACTION_EN = /\b(?:call|dial|phone|toll[\s-]?free|helpline|hotline|support|technician|contact)\b/i;
