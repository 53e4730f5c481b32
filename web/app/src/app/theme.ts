import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

/** The only thing this app keeps in localStorage (never tokens). */
export const THEME_STORAGE_KEY = 'fractal.theme';

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function storedTheme(storage: ThemeStorage | null): Theme | null {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be disabled (privacy settings); the system preference still applies.
    return null;
  }
}

export function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

function browserStorage(): ThemeStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The theme in use: the user's choice if they made one, else the system's. The choice is applied as
 * `data-theme` on <html>, which the CSS variables in styles.css key on.
 */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const [theme, setTheme] = useState<Theme>(() => storedTheme(browserStorage()) ?? systemTheme());

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    // Stored only when the user chooses, so without a choice the system preference keeps deciding.
    try {
      browserStorage()?.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Not persisted; it still applies to this page.
    }
  }, [theme]);

  return { theme, toggle };
}
