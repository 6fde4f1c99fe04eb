// The list page draws badges as Mantine's markup without Mantine's component (speed, see
// docs/PERFORMANCE.md). This guards that copy: after a Mantine upgrade, a difference shows here.
import { Badge, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlainBadge } from './badges.tsx';

/** The element markup with each tag's attributes sorted (React orders them by prop order). */
function render(node: ReactNode): string {
  const html = renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>).replace(/<style[^>]*>[^<]*<\/style>/g, '');
  return html.replace(/<(\w+)((?:\s[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g, (_, tag: string, attrs: string, close: string) => {
    const sorted = (attrs.match(/\s[\w:-]+(?:="[^"]*")?/g) ?? []).map((a) => a.trim()).sort();
    return `<${[tag, ...sorted].join(' ')}${close}>`;
  });
}

describe('PlainBadge renders what Mantine Badge renders', () => {
  it('filled, small, square-ish, coloured by style', () => {
    const style = { background: 'rgb(1, 2, 3)', color: 'white', textTransform: 'none', flexShrink: 0 } as const;
    const mantine = render(
      <Badge size="sm" radius="sm" title="K 3" styles={{ root: style, label: { overflow: 'visible' } }}>
        K 3
      </Badge>,
    );
    const plain = render(
      <PlainBadge size="sm" radius="sm" title="K 3" style={style} labelStyle={{ overflow: 'visible' }}>
        K 3
      </PlainBadge>,
    );
    expect(plain).toBe(mantine);
  });
  it('outline in a colour', () => {
    const mantine = render(
      <Badge variant="outline" color="gray.7" size="md">
        –
      </Badge>,
    );
    const plain = render(
      <PlainBadge size="md" outline="var(--mantine-color-gray-7)">
        –
      </PlainBadge>,
    );
    expect(plain).toBe(mantine);
  });
});
