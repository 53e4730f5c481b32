import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router-dom';
import { ADMIN_ROLE } from '../auth/roles';
import { FractalNav } from './FractalNav';
import { useSession } from './session';
import { useTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';

export const MAIN_ID = 'main';

/**
 * The frame of every signed-in page: skip link, header with navigation, and the page in <main>.
 * On narrow screens the navigation folds behind a Menu button (aria-expanded), and closes on navigation.
 */
export function Layout() {
  const session = useSession();
  const { theme, toggle } = useTheme();
  const fractal = useMatch('/fractals/:fractalId/*');
  const fractalId = fractal?.params.fractalId;
  const { pathname } = useLocation();
  const [menu, setMenu] = useState<{ open: boolean; at: string }>({ open: false, at: pathname });
  // The menu is open only for the page it was opened on: following a link closes it.
  const menuOpen = menu.open && menu.at === pathname;
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a client-side navigation, screen reader and keyboard users start at the new page's content
  // (as after a full page load), not on the link they followed. Not on the first render.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus();
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Fractal Goals
        </Link>
        <button
          type="button"
          className="secondary menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setMenu({ open: !menuOpen, at: pathname })}
        >
          Menu
        </button>
        <nav id="site-nav" className={menuOpen ? 'site-nav open' : 'site-nav'} aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                Fractals
              </NavLink>
            </li>
          </ul>
          {fractalId && <FractalNav fractalId={fractalId} />}
          <ul className="nav-list nav-account">
            <li>
              <NavLink to="/import">Import</NavLink>
            </li>
            <li>
              <NavLink to="/account">Account</NavLink>
            </li>
            {session.roles.includes(ADMIN_ROLE) && (
              <li>
                <NavLink to="/admin">Admin</NavLink>
              </li>
            )}
          </ul>
          <div className="account">
            <ThemeToggle theme={theme} onToggle={toggle} />
            <span className="user-name" data-testid="user-name">
              {session.name}
            </span>
            <button type="button" className="secondary" onClick={session.signOut}>
              Sign out
            </button>
          </div>
        </nav>
      </header>
      <main id={MAIN_ID} ref={main} className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
