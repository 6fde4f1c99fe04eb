import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Localized } from '../api/types.ts';
import { en } from './en.ts';
import { enTools } from './en-tools.ts';
import { enPlacement } from './en-placement.ts';
import { enAccess } from './en-access.ts';
import { enAudit } from './en-audit.ts';
import { sv } from './sv.ts';
import { svTools } from './sv-tools.ts';
import { svPlacement } from './sv-placement.ts';
import { svAccess } from './sv-access.ts';
import { svAudit } from './sv-audit.ts';

export type Lang = 'sv' | 'en';
export type TKey = keyof typeof sv | keyof typeof svTools | keyof typeof svPlacement | keyof typeof svAccess | keyof typeof svAudit;
export type Vars = Record<string, string | number>;

const dictionaries: Record<Lang, Record<TKey, string>> = {
  sv: { ...sv, ...svTools, ...svPlacement, ...svAccess, ...svAudit },
  en: { ...en, ...enTools, ...enPlacement, ...enAccess, ...enAudit },
};

const STORAGE_KEY = 'infovakt.lang';

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'sv' || stored === 'en') return stored;
  } catch {
    // storage unavailable
  }
  return 'sv';
}

/** Whether a key built at run time (from a code the server sends) has a text. */
export function isKey(key: string): key is TKey {
  return Object.hasOwn(dictionaries.sv, key);
}

export function translate(lang: Lang, key: TKey, vars?: Vars): string {
  const text = dictionaries[lang][key] ?? dictionaries.sv[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: TKey, vars?: Vars): string;
  /** Pick the current language from a catalogue text ({sv, en} or a plain string). */
  loc(text: Localized | undefined | null): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  num(n: number): string;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' })));
  return f;
}

/** The texts and formats of one language (the provider makes one per language; tests use it directly). */
export function makeI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  // Made on first use: each costs milliseconds to create, and most pages need only one or two.
  const dateFmt = () => dateFormat(lang);
  const dateTimeFmt = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const numFmt = once(() => new Intl.NumberFormat(locale));
  const parse = (iso: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  return {
    lang,
    setLang,
    t: (key, vars) => translate(lang, key, vars),
    loc: (text) => (text == null ? '' : typeof text === 'string' ? text : (text[lang] ?? text.sv ?? '')),
    date: (iso) => (iso ? dateFmt().format(parse(iso)) : ''),
    dateTime: (iso) => (iso ? dateTimeFmt().format(parse(iso)) : ''),
    num: (n) => numFmt().format(n),
  };
}

/**
 * The first date format of a page load costs ~15 ms (the browser loads its locale and time-zone
 * data): main.tsx makes it while the landing page's code is still on its way.
 */
export function prepareDates(): void {
  dateFormat(initialLang());
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // ignore
    }
  }, []);

  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
