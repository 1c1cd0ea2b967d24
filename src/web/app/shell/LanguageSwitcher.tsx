import { Box, Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languageNames, languages, useLanguage } from '../i18n';

/**
 * A menu rather than three buttons, so it fits a 360 px header. Each language
 * is named in itself. On phones only the language icon shows; the accessible
 * name always says which language is on.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px={8}
          leftSection={<IconLanguage size={20} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('common.languageMenu', { language: languageNames[current] })}
        >
          <Box component="span" visibleFrom="sm">
            {languageNames[current]}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => void changeLanguage(language)}
            rightSection={language === current ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={language === current ? 'true' : undefined}
          >
            {languageNames[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
