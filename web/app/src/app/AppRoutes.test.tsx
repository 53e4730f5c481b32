// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, renderInApp } from '../test/fakes';
import { AppRoutes } from './AppRoutes';

const nav = () => screen.getByRole('navigation', { name: 'Main' });

describe('AppRoutes', () => {
  it('shows the fractal selection at / without fractal links', async () => {
    renderInApp(<AppRoutes />, { path: '/' });
    expect(await screen.findByRole('heading', { name: 'Your fractals' })).toBeTruthy();
    expect(within(nav()).queryByRole('link', { name: 'Goals' })).toBeNull();
    expect(within(nav()).getByRole('link', { name: 'Fractals' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav()).getByRole('link', { name: 'Account' })).toBeTruthy();
    expect(screen.getByTestId('user-name').textContent).toBe('Alice Archer');
  });

  it('shows the fractal pages in the navigation once a fractal is selected, marking the current one', async () => {
    renderInApp(<AppRoutes />, { path: '/fractals/f-1/sessions/s-9' });
    expect(await screen.findByRole('heading', { name: 'Session' })).toBeTruthy();
    const fractalNav = within(nav()).getByRole('list', { name: 'This fractal' });
    const links = within(fractalNav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Goals',
      'Sessions',
      'Activities',
      'Templates',
      'Programs',
      'Analytics',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toContain('/fractals/f-1/analytics');
    expect(within(fractalNav).getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
    expect(within(fractalNav).getByRole('link', { name: 'Goals' }).getAttribute('aria-current')).toBeNull();
  });

  it('answers an unknown address with the not-found page inside the layout', () => {
    renderInApp(<AppRoutes />, { path: '/no/such/page' });
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#main');
  });

  it('lists Admin only for the admin role', () => {
    const { unmount } = renderInApp(<AppRoutes />, { path: '/nowhere' });
    expect(within(nav()).queryByRole('link', { name: 'Admin' })).toBeNull();
    unmount();
    renderInApp(<AppRoutes />, { path: '/nowhere', session: fakeSession({ roles: ['user', 'admin'] }) });
    expect(within(nav()).getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin');
  });

  it('folds the navigation behind Menu and closes it after following a link', async () => {
    renderInApp(<AppRoutes />, { path: '/fractals/f-1/goals' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(nav().classList.contains('open')).toBe(true);
    await userEvent.click(within(nav()).getByRole('link', { name: 'Templates' }));
    expect(await screen.findByRole('heading', { name: 'Templates' })).toBeTruthy();
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('reaches the import page from the navigation and from the fractal list', async () => {
    renderInApp(<AppRoutes />, { path: '/' });
    expect(await screen.findByRole('heading', { name: 'Your fractals' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import your data' }).getAttribute('href')).toBe('/import');
    await userEvent.click(within(nav()).getByRole('link', { name: 'Import' }));
    expect(await screen.findByRole('heading', { name: 'Import from Fractal Goals 1.2' })).toBeTruthy();
    expect(within(nav()).getByRole('link', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
  });

  it('sends a stale /callback to the fractals', async () => {
    renderInApp(<AppRoutes />, { path: '/callback' });
    expect(await screen.findByRole('heading', { name: 'Your fractals' })).toBeTruthy();
  });
});
