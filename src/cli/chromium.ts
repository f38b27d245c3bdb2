import { existsSync } from 'node:fs';

/*
 * How we start Chromium with the built extension: the same flags for the demo, the end-to-end
 * tests and the evaluation. Debian's Chromium by default; HANGUP_CHROMIUM names another binary.
 */

export function chromiumPath(): string {
  const candidates = [process.env.HANGUP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium was not found (looked at ${candidates.join(', ')}). On Debian or Ubuntu: sudo apt-get install chromium. Or set HANGUP_CHROMIUM to a Chromium or Chrome binary.`,
    );
  }
  return found;
}

/**
 * `hosts` is the host-resolver pattern sent to the local server: `*` (every host, for tests and
 * the evaluation) or one host name (the demo, so the rest of the web still works).
 */
export function extensionArgs(extensionDir: string, serverPort: number, hosts = '*'): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Every host name reaches our local server, so pages keep the addresses they are tested at.
    `--host-resolver-rules=MAP ${hosts} 127.0.0.1:${serverPort}`,
    // Chromium refuses to start its sandbox as root (containers, CI); elsewhere keep it on.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Plain-http test hosts must not be retried over https.
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    // Pages act on timers; a background tab must not slow them down.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ];
}
