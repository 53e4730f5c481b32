import { NavLink } from 'react-router-dom';

export const FRACTAL_SECTIONS = [
  { path: 'goals', label: 'Goals' },
  { path: 'sessions', label: 'Sessions' },
  { path: 'activities', label: 'Activities' },
  { path: 'templates', label: 'Templates' },
  { path: 'programs', label: 'Programs' },
  { path: 'analytics', label: 'Analytics' },
] as const;

/** The pages of one fractal. NavLink sets aria-current="page" on the current one (also on sub-pages). */
export function FractalNav({ fractalId }: { fractalId: string }) {
  const base = `/fractals/${encodeURIComponent(fractalId)}`;
  return (
    <ul className="nav-list" aria-label="This fractal">
      {FRACTAL_SECTIONS.map((section) => (
        <li key={section.path}>
          <NavLink to={`${base}/${section.path}`}>{section.label}</NavLink>
        </li>
      ))}
    </ul>
  );
}
