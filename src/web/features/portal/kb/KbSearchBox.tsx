import { Box, Button, Group, Paper } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Language } from '../../../app/i18n';
import { articleHref, searchHref, useKbSuggest, type KbSuggestion } from './kb.api';
import { Highlighted } from './Highlighted';
import './kb-search.css';

type Props = {
  /** The language searched, the interface's unless the reader chose another. */
  lang: Language;
  initialQuery?: string;
  /** `hero`: white label on the portal's dark band. */
  tone?: 'hero' | 'page';
  /** Keeps a chosen other language when the search is sent from the search page. */
  keepLang?: boolean;
};

/**
 * The knowledge-base search box: titles are suggested as the reader types
 * (an ARIA 1.2 combobox with a list: arrows move, Enter opens, Escape closes);
 * sending the form opens the search page with the question in its address.
 */
export function KbSearchBox({ lang, initialQuery = '', tone = 'page', keepLang = false }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [value, setValue] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(value, 150);
  const suggest = useKbSuggest(debounced, lang);
  const items: KbSuggestion[] = value.trim().length >= 2 ? (suggest.data ?? []) : [];
  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (item: KbSuggestion) => {
    setOpen(false);
    window.location.assign(articleHref(lang, item.slug));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    if (!q) return;
    setOpen(false);
    navigate(searchHref(q, keepLang ? lang : undefined));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past either end the focus goes back to the typed text, as in a browser's address bar.
      setActive((current) => {
        const next = current + step;
        return next < -1 ? items.length - 1 : next >= items.length ? -1 : next;
      });
    } else if (event.key === 'Enter' && expanded && active >= 0 && items[active]) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const hero = tone === 'hero';
  return (
    <form role="search" onSubmit={onSubmit} aria-label={t('kbSearch.searchLandmark')}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Box pos="relative" style={{ flex: 1, minWidth: 0 }}>
          {/* A plain input rather than Mantine's: the box is on the portal's first screen, and every kilobyte counts there. */}
          <label htmlFor={inputId} className={hero ? 'kb-search-label kb-search-label-hero' : 'kb-search-label'}>
            {t('kbSearch.boxLabel')}
          </label>
          <div className="kb-search-field">
            <IconSearch size={20} aria-hidden className="kb-search-icon" />
            <input
              id={inputId}
              className="kb-search-input"
              type="search"
              name="q"
              placeholder={t('kbSearch.boxPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              maxLength={300}
              value={value}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setOpen(true);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
          </div>
          <Paper
            component="ul"
            id={listId}
            role="listbox"
            aria-label={t('kbSearch.suggestionsLabel')}
            withBorder
            shadow="md"
            radius="md"
            p={4}
            m={0}
            style={{ display: expanded ? 'block' : 'none', position: 'absolute', zIndex: 40, top: '100%', left: 0, right: 0, marginTop: 4, listStyle: 'none' }}
          >
            {items.map((item, index) => (
              // The options are not buttons: an option's content is presentational, and the box keeps the focus.
              <Box
                component="li"
                key={item.slug}
                role="option"
                id={optionId(index)}
                aria-selected={index === active}
                px="sm"
                py={10}
                bg={index === active ? 'otandas.0' : undefined}
                c="dark.9"
                style={{ borderRadius: 'var(--mantine-radius-sm)', cursor: 'pointer' }}
                // Keeps the focus in the box, so the click lands before the list closes on blur.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(item)}
              >
                <Highlighted text={item.title} ranges={item.highlights} />
              </Box>
            ))}
          </Paper>
          <span role="status" aria-live="polite" className="kb-visually-hidden">
            {expanded ? t('kbSearch.suggestionsCount', { count: items.length }) : ''}
          </span>
        </Box>
        <Button type="submit" size="lg" color={hero ? 'sun.5' : undefined} c={hero ? 'dark.9' : undefined} px={{ base: 'md', sm: 'xl' }}>
          {t('kbSearch.submit')}
        </Button>
      </Group>
    </form>
  );
}
