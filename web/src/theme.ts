import { createTheme } from '@mantine/core';
import type { AspectId } from './api/types.ts';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on primary buttons above the 4.5:1 contrast of WCAG AA.
  primaryShade: 8,
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
});

/**
 * Default colours per consequence level 0–4 with a text colour that keeps AA contrast. The scale in
 * catalog/classification/scale.json is the source; these are used until it has loaded.
 */
export const levelColors: { bg: string; fg: string }[] = [
  { bg: '#4A5A6A', fg: '#FFFFFF' },
  { bg: '#1B6E3A', fg: '#FFFFFF' },
  { bg: '#9A5200', fg: '#FFFFFF' },
  { bg: '#B3261E', fg: '#FFFFFF' },
  { bg: '#5B1A7A', fg: '#FFFFFF' },
];

export const aspects: AspectId[] = ['K', 'R', 'T', 'S'];
