import { ActionIcon, Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../app/errors';
import { useLanguage } from '../../../app/i18n';
import { placeName, useSaveShortlist, useSettlementCards } from '../advisor.api';
import { settlementPath } from '../ranking/RankingList';
import { useCompareChoice } from './compare-choice';
import { CompareAction, CompareCheckbox, CompareHint } from './CompareChoice';
import { useShortlistCodes } from './shortlist-store';
import { shortlistAppealPath, shortlistPath } from './shortlist-appeal';

/**
 * The family's shortlist while browsing: the places, compare the ticked two
 * to four, save the list (it gets an address), and send it to the support
 * center as an appeal.
 */
export function ShortlistPanel({ search }: { search: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { codes, toggle, clear } = useShortlistCodes();
  const cards = useSettlementCards(codes);
  const compare = useCompareChoice('local', codes);
  const save = useSaveShortlist();
  const saved = save.data && save.data.items.map((i) => i.kato).join() === codes.join() ? save.data : null;
  const link = saved ? `${window.location.origin}${shortlistPath(saved.id)}` : '';

  return (
    <Paper component="section" aria-labelledby="advisor-shortlist-title" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Text component="h2" id="advisor-shortlist-title" fw={700} fz="md" m={0}>
          {t('advisor.shortlist.title', { n: codes.length })}
        </Text>
        {codes.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('advisor.shortlist.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
            {codes.map((code, index) => {
              const card = cards[index]?.data;
              const name = card ? placeName(card.name, language) : code;
              return (
                <Group component="li" key={code} justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <CompareCheckbox compare={compare} code={code} name={name} />
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={settlementPath(code, search)} fw={600}>
                        {name}
                      </Anchor>
                      {card ? (
                        <Text fz="xs" c="dimmed">
                          {placeName(card.districtName, language)}, {placeName(card.regionName, language)}
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                  <ActionIcon variant="subtle" color="gray.8" onClick={() => toggle(code)} aria-label={t('advisor.shortlist.removeNamed', { name })}>
                    <IconX size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
          </Stack>
        )}
        {codes.length ? (
          <Group gap="xs">
            <CompareAction compare={compare} search={search} />
            <Button onClick={() => save.mutate({ codes, rankingQuery: search })} loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
              {t('advisor.shortlist.save')}
            </Button>
            <Button variant="default" onClick={clear}>
              {t('advisor.shortlist.clear')}
            </Button>
          </Group>
        ) : null}
        {codes.length ? <CompareHint compare={compare} /> : null}
        {save.error ? (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {errorMessage(save.error, t)}
          </Alert>
        ) : null}
        <div role="status" aria-live="polite">
          {saved ? (
            <Stack gap="xs">
              <Text fz="sm" c="teal.9" fw={600}>
                {t('advisor.shortlist.saved')}
              </Text>
              <TextInput readOnly label={t('advisor.shortlist.link')} value={link} onFocus={(e) => e.currentTarget.select()} />
              <Button component={Link} to={shortlistAppealPath(saved.id)} leftSection={<IconSend size={18} aria-hidden />}>
                {t('advisor.shortlist.sendAppeal')}
              </Button>
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
