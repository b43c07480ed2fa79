// App settings that persist in IndexedDB: coder name and UI language; storage state.
import { getDb } from '../db/schema.ts';
import { getSetting, setSetting } from '../db/settings.ts';
import { translate, type Locale, type MessageKey } from '../i18n/messages.ts';

export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export class SettingsState {
  locale = $state<Locale>('zh-CN');
  coderName = $state('');
  storage = $state<StorageInfo>({ usage: null, quota: null, persisted: null });
  loaded = $state(false);

  async load() {
    const db = getDb();
    try {
      [this.locale, this.coderName] = await Promise.all([
        getSetting<Locale>(db, 'locale', 'zh-CN'),
        getSetting(db, 'coderName', ''),
      ]);
    } finally {
      // Views that wait for the language (the library's first paint) must not wait forever.
      this.loaded = true;
    }
    document.documentElement.lang = this.locale;
    await this.refreshStorage();
  }

  t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(this.locale, key, params);

  async setLocale(locale: Locale) {
    this.locale = locale;
    document.documentElement.lang = locale;
    await setSetting(getDb(), 'locale', locale);
  }

  async setCoderName(name: string) {
    this.coderName = name.trim();
    await setSetting(getDb(), 'coderName', this.coderName);
  }

  async refreshStorage() {
    const sm = navigator.storage;
    if (!sm?.estimate) return;
    const est = await sm.estimate();
    const persisted = sm.persisted ? await sm.persisted() : null;
    this.storage = { usage: est.usage ?? null, quota: est.quota ?? null, persisted };
  }

  /** Ask the browser to keep our data; it may refuse (the UI explains what that means). */
  async requestPersistence(): Promise<boolean> {
    const ok = (await navigator.storage?.persist?.()) ?? false;
    await this.refreshStorage();
    return ok;
  }
}

export const settings = new SettingsState();
