import { type ComponentChild, render } from 'preact';
import { getSettings } from '../extension/storage';
import { DEFAULT_SETTINGS } from '../extension/storage-schema';
import { type MessageKey, t, useLanguage } from './i18n';

/**
 * Show one of our pages in the person's language: read the language setting, load its messages,
 * then render. A storage failure must not leave a frightened person with a blank page, so it
 * falls back to the browser's language.
 */
export async function startPage(title: MessageKey, app: () => ComponentChild): Promise<void> {
  const settings = await getSettings().catch(() => DEFAULT_SETTINGS);
  await useLanguage(settings.language);
  document.title = t(title);
  render(app(), document.getElementById('app') as HTMLElement);
}
