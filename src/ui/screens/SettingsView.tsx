// Settings and about: the interface's language, storage persistence and use, the connection
// settings, deleting all data, and the versions of app and content.

import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { storedLocale, storeLocale } from '../../i18n/choice.ts';
import { activate, t } from '../../i18n/i18n.ts';
import { formatBytes, formatNumber } from '../../i18n/intl.ts';
import type { Locale } from '../../i18n/locales.ts';
import { LOCALE_NAMES, LOCALES, pickLocale } from '../../i18n/locales.ts';
import { Words } from '../../i18n/Words.tsx';
import { SCHEMA_VERSION } from '../../storage/db.ts';
import { storedContentVersion } from '../../storage/libraryRepo.ts';
import { DeleteAllData } from '../components/DeleteAllData.tsx';
import { OfflineNote } from '../components/OfflineNote.tsx';
import { TransportSettings } from '../components/TransportSettings.tsx';

/** The browser's own choice, which a device follows until it picks a language. */
const BROWSER = 'browser';
type LanguageChoice = Locale | typeof BROWSER;

function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The language switch: the browser's language (the default), or one the person picks. The whole app rewords at once. */
function LanguageSettings() {
  const [choice, setChoice] = useState<LanguageChoice>(() => storedLocale() ?? BROWSER);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const browser = pickLocale(browserLanguages(), null);

  // The language last asked for: a slower load that ends after a later choice gives way to it.
  const wanted = useRef<Locale | undefined>(undefined);

  const choose = (next: LanguageChoice) => {
    const stored = next === BROWSER ? null : next;
    const locale = pickLocale(browserLanguages(), stored);
    setChoice(next);
    setProblem(undefined);
    storeLocale(stored);
    wanted.current = locale;
    activate(locale)
      .then(() => (wanted.current !== locale && wanted.current ? activate(wanted.current) : undefined))
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  const options: { value: LanguageChoice; name: ComponentChild }[] = [
    // One element, so the label's gap never splits the sentence around the language's name.
    {
      value: BROWSER,
      name: (
        <span>
          <Words id="settings.useBrowser" values={{ language: <span lang={browser}>{LOCALE_NAMES[browser]}</span> }} />
        </span>
      ),
    },
    ...LOCALES.map((locale) => ({ value: locale, name: <span lang={locale}>{LOCALE_NAMES[locale]}</span> })),
  ];
  return (
    <section aria-labelledby="language-heading" class="panel">
      <h2 id="language-heading">{t('settings.languageTitle')}</h2>
      <div role="radiogroup" aria-labelledby="language-heading" class="status-options">
        {options.map(({ value, name }) => (
          <label key={value} class="status-option">
            <input type="radio" name="language" value={value} checked={choice === value} onChange={() => choose(value)} />
            {name}
          </label>
        ))}
      </div>
      {problem && (
        <p class="form-error" role="alert">
          {t('settings.languageNotLoaded', { error: problem })}
        </p>
      )}
    </section>
  );
}

/** The settings screen. */
export function SettingsView() {
  const { device, library, db, contentVersion } = useApp();
  const [stored, setStored] = useState<string | undefined>(undefined);

  useEffect(() => {
    void device.refreshStorage();
    void storedContentVersion(db).then(setStored, () => setStored(undefined));
  }, []);

  const persisted = device.persisted.value;
  const use = device.storageUse.value;
  const bundled = library.modules.value?.filter((module) => module.source === 'bundled').length;
  const modules = bundled === undefined ? t('settings.bundledModulesUnknown') : t('settings.bundledModules', { count: bundled });
  const version = <code>{contentVersion}</code>;
  return (
    <div class="page-width settings">
      <h1>{t('app.settingsTitle')}</h1>

      <LanguageSettings />

      <section aria-labelledby="storage-heading" class="panel">
        <h2 id="storage-heading">{t('settings.storageTitle')}</h2>
        <dl class="facts">
          <dt>{t('settings.keptSafe')}</dt>
          <dd>
            {persisted === undefined && t('settings.checking')}
            {persisted === true && t('settings.persistedYes')}
            {persisted === false && t('settings.persistedNo')}
          </dd>
          <dt>{t('settings.spaceUsed')}</dt>
          <dd>{use ? t('settings.spaceOf', { usage: formatBytes(use.usage), quota: formatBytes(use.quota) }) : t('settings.notKnown')}</dd>
          <dt>{t('settings.modulesStored')}</dt>
          {/* On a first visit the library is still being stored: "0" would alarm for nothing. */}
          <dd>{library.ready.value ? formatNumber(library.modules.value?.length ?? 0) : t('settings.stillStoring')}</dd>
        </dl>
        {persisted === false && (
          <button type="button" onClick={() => void device.askPersist()}>
            {t('settings.askPersist')}
          </button>
        )}
      </section>

      <TransportSettings />

      <DeleteAllData />

      <section aria-labelledby="about-heading" class="panel">
        <h2 id="about-heading">{t('settings.aboutTitle')}</h2>
        {device.offlineUnavailable.value ? (
          <>
            <p>{t('settings.nothingSent')}</p>
            <OfflineNote />
          </>
        ) : (
          <p>{t('settings.worksOffline')}</p>
        )}
        <dl class="facts">
          <dt>{t('settings.appVersion')}</dt>
          <dd>{__APP_VERSION__}</dd>
          <dt>{t('settings.libraryContent')}</dt>
          <dd>
            {stored !== undefined && stored !== contentVersion ? (
              <Words id="settings.contentVersionStored" values={{ modules, version, stored }} />
            ) : (
              <Words id="settings.contentVersion" values={{ modules, version }} />
            )}
          </dd>
          <dt>{t('settings.schema')}</dt>
          <dd>{t('settings.schemaVersion', { version: String(SCHEMA_VERSION) })}</dd>
        </dl>
      </section>
    </div>
  );
}
