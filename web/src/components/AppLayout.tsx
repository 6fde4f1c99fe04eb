import { AppShell, Burger, Group, NavLink, SegmentedControl, Text, UnstyledButton, Button } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useLogout, useMe } from '../api/auth.tsx';
import { Brand } from './common.tsx';
import { type Lang, type TKey, useI18n } from '../i18n/index.tsx';

const navItems: { to: string; key: TKey; match: (p: string) => boolean; permission?: string }[] = [
  { to: '/', key: 'nav.dashboard', match: (p) => p === '/' },
  { to: '/departments', key: 'nav.departments', match: (p) => p.startsWith('/departments') },
  { to: '/assets', key: 'nav.assets', match: (p) => p.startsWith('/assets') },
  { to: '/workshops', key: 'nav.workshops', match: (p) => p.startsWith('/workshops') },
  { to: '/import-export', key: 'nav.importExport', match: (p) => p.startsWith('/import-export') },
  { to: '/services', key: 'nav.services', match: (p) => p.startsWith('/services') },
  { to: '/placement', key: 'nav.placement', match: (p) => p.startsWith('/placement') },
  { to: '/risks', key: 'nav.risks', match: (p) => p.startsWith('/risks') },
  { to: '/admin/users', key: 'nav.admin', match: (p) => p.startsWith('/admin'), permission: 'admin:users' },
  { to: '/audit', key: 'nav.audit', match: (p) => p.startsWith('/audit'), permission: 'audit:read' },
];

// The menu's links with the markup and classes of <NavLink variant="light" component={Link}>, without
// a Mantine component per link: the layout is part of every page's first render.
const navClass = `mantine-focus-auto iv-nav-link ${NavLink.classes.root} mantine-NavLink-root ${UnstyledButton.classes.root} mantine-UnstyledButton-root`;
const navVars = {
  '--nl-bg': 'var(--mantine-color-blue-light)',
  '--nl-hover': 'var(--mantine-color-blue-light-hover)',
  '--nl-color': 'var(--mantine-color-blue-light-color)',
} as CSSProperties;

function NavItem({ to, label, active }: { to: string; label: string; active: boolean }) {
  return (
    <Link to={to} className={navClass} data-variant="light" data-active={active || undefined} aria-current={active ? 'page' : undefined} style={navVars}>
      <div className={`${NavLink.classes.body} mantine-NavLink-body`}>
        <span className={`${NavLink.classes.label} mantine-NavLink-label`}>{label}</span>
        <span className={`${NavLink.classes.description} mantine-NavLink-description`} data-active={active || undefined} />
      </div>
    </Link>
  );
}

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={lang}
      onChange={(v) => setLang(v as Lang)}
      data={[
        { value: 'sv', label: <span lang="sv">Svenska</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const me = useMe().data;
  const logout = useLogout();
  const first = useRef(true);

  // On navigation, move focus to the page heading so screen-reader users hear where they are.
  useEffect(() => {
    close();
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (h1) {
        h1.tabIndex = -1;
        h1.focus({ preventScroll: false });
      }
    }, 50);
    return () => window.clearTimeout(id);
  }, [pathname, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a className="iv-skip" href="#main">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openMenu')} />
            <UnstyledButton component={Link} to="/" aria-label={`${t('app.name')} – ${t('nav.dashboard')}`}>
              <Brand size="lg" />
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageToggle />
            {me && (
              <Text size="sm" visibleFrom="md" c="dimmed">
                {t('app.loggedInAs', { name: me.displayName || me.username })}
              </Text>
            )}
            {me && (
              <Button component={Link} to="/account" variant="default" size="xs" aria-current={pathname === '/account' ? 'page' : undefined}>
                {t('nav.account')}
              </Button>
            )}
            <Button variant="default" size="xs" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('app.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('app.mainNav')}>
        {navItems.filter((item) => !item.permission || me?.permissions?.includes(item.permission)).map((item) => (
          <NavItem key={item.to} to={item.to} label={t(item.key)} active={item.match(pathname)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
