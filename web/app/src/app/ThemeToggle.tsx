import type { Theme } from './theme';

interface ThemeToggleProps {
  theme: Theme;
  onToggle: () => void;
}

export function ThemeToggle({ theme, onToggle }: ThemeToggleProps) {
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="secondary theme-toggle" onClick={onToggle} aria-label={`Switch to ${next} theme`}>
      {theme === 'dark' ? 'Light' : 'Dark'} theme
    </button>
  );
}
