import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { changeLanguage, languageNames, languages, useLanguage } from '../i18n';
import { LanguageButton } from './LanguageSwitcher';

/**
 * The language menu proper. It needs Mantine's floating dropdown machinery
 * (Popover, floating-ui, focus trap), which no other public page uses, so it is
 * a chunk of its own that LanguageSwitcher fetches right after the first render.
 */
export default function LanguageMenu({ opened, focused }: { opened: boolean; focused: boolean }) {
  const current = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" defaultOpened={opened}>
      <Menu.Target>
        <LanguageButton autoFocus={focused} />
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
