import { Box, Button } from '@mantine/core';
import { IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { lazy, Suspense, useState, type ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, useLanguage } from '../i18n';

const LanguageMenu = lazy(() => import('./LanguageMenu'));

/**
 * The switcher's button. On phones only the language icon shows; the
 * accessible name always says which language is on.
 */
export function LanguageButton(props: ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <Button
      variant="subtle"
      color="dark"
      px={8}
      leftSection={<IconLanguage size={20} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      aria-label={t('common.languageMenu', { language: languageNames[current] })}
      {...props}
    >
      <Box component="span" visibleFrom="sm">
        {languageNames[current]}
      </Box>
    </Button>
  );
}

/**
 * A menu rather than three buttons, so it fits a 360 px header. Each language
 * is named in itself. Until the menu's chunk arrives the same button stands in;
 * a click or focus on it carries over, so nothing a quick reader does is lost.
 */
export function LanguageSwitcher() {
  const [opened, setOpened] = useState(false);
  const [focused, setFocused] = useState(false);
  const standIn = (
    <LanguageButton
      aria-haspopup="menu"
      aria-expanded={opened}
      onClick={() => setOpened(true)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    />
  );
  return (
    <Suspense fallback={standIn}>
      <LanguageMenu opened={opened} focused={focused} />
    </Suspense>
  );
}
