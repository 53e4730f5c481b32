// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../test/fakes';
import { THEME_STORAGE_KEY, storedTheme, useTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';

function Harness() {
  const { theme, toggle } = useTheme();
  return <ThemeToggle theme={theme} onToggle={toggle} />;
}

function prefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark'), media: query }));
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  vi.unstubAllGlobals();
});

describe('theme', () => {
  it('starts from the system preference and stores nothing until the user chooses', () => {
    prefersDark(true);
    render(<Harness />);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('toggles, persists the choice under fractal.theme and uses it on the next start', async () => {
    prefersDark(false);
    const { unmount } = render(<Harness />);
    expect(document.documentElement.dataset.theme).toBe('light');

    await userEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('fractal.theme')).toBe('dark');
    // Only the theme: nothing else goes to localStorage.
    expect(localStorage.length).toBe(1);
    unmount();

    render(<Harness />);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('ignores stored values that are not a theme, and storage that throws', () => {
    expect(storedTheme({ getItem: () => 'purple', setItem: () => undefined })).toBeNull();
    expect(
      storedTheme({
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => undefined,
      }),
    ).toBeNull();
  });
});
