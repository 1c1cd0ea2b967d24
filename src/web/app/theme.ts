import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A deep steppe-teal, close to the blue of the flag but dark enough for white
 * text on filled buttons (shade 7: contrast 6.6:1) and for links on white.
 */
const otandas: MantineColorsTuple = [
  '#e6f4f7',
  '#cfe7ed',
  '#a2d0dc',
  '#71b7c9',
  '#48a2b9',
  '#2d8ea7',
  '#1b7a92',
  '#12657a',
  '#0c5365',
  '#073f4e',
];

/** The gold of the sun and the eagle on the flag; used only for accents, never for text. */
const sun: MantineColorsTuple = [
  '#fff9e0',
  '#fff0b3',
  '#ffe680',
  '#ffdb4d',
  '#fed126',
  '#fec50c',
  '#e6b000',
  '#b38900',
  '#806200',
  '#4d3b00',
];

const fontFamily =
  'Inter, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  primaryColor: 'otandas',
  primaryShade: 7,
  colors: { otandas, sun },
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Badges carry words (roles, states) in three languages: never cut them to "БЕЛ…".
    Badge: {
      defaultProps: { tt: 'none', fw: 600, radius: 'sm' },
      styles: { root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } },
    },
  },
});

/**
 * Three of Mantine's defaults fall below WCAG AA: the "dimmed" grey (gray-6,
 * 3.3:1 on white; gray-7 reaches 7:1), teal text on its light tint (4.3:1;
 * one step darker reaches 6:1) and the red of field errors (red-6, 3.3:1;
 * red-8 reaches 5.6:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-teal-light-color': '#06664a',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
