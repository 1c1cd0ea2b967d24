import { Button, Card, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPencil } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { TableFrame } from '../../app/TableFrame';
import { regionName, sortByName, usePriorityRegions } from '../reference/regions/regions.api';
import { useRegionProgrammes, useSaveRegionProgramme, type RegionProgrammeDto } from './settlementsAdmin.api';

const uiLanguages = ['kk', 'ru', 'en'] as const;
type Draft = { quota: number | ''; aid: Record<(typeof uiLanguages)[number], string>; source: string };
const emptyDraft = (): Draft => ({ quota: '', aid: { kk: '', ru: '', en: '' }, source: '' });
const draftOf = (p: RegionProgrammeDto | undefined): Draft =>
  p ? { quota: p.quota ?? '', aid: p.aid ?? { kk: '', ru: '', en: '' }, source: p.source ?? '' } : emptyDraft();

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 5 }, (_, i) => String(thisYear - 1 + i));

/** The quota for kandas and the aid on offer, per priority region and year, as the region overview shows them. */
export default function RegionProgrammesPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const regions = usePriorityRegions();
  const [region, setRegion] = useState<string | null>(null);
  const [year, setYear] = useState(String(thisYear));
  const options = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((r) => ({ value: r.regionCode, label: regionName(r, language, t) }));
  const chosen = region ?? options[0]?.value ?? null;

  return (
    <>
      <PageHeader title={t('settlementsAdmin.programmesTitle')} description={t('settlementsAdmin.programmesLead')} />
      <QueryState isPending={regions.isPending} error={regions.error} onRetry={() => void regions.refetch()}>
        <Stack gap="lg">
          <Group align="flex-end" wrap="wrap">
            <Select label={t('settlementsAdmin.region')} data={options} value={chosen} onChange={setRegion} allowDeselect={false} searchable w={320} />
            <Select label={t('settlementsAdmin.year')} data={years} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={140} />
          </Group>
          {chosen ? <RegionProgrammes kato={chosen} year={Number(year)} onEditYear={(y) => setYear(String(y))} /> : <Text c="dimmed">{t('settlementsAdmin.noPriorityRegions')}</Text>}
        </Stack>
      </QueryState>
    </>
  );
}

function RegionProgrammes({ kato, year, onEditYear }: { kato: string; year: number; onEditYear: (year: number) => void }) {
  const { t } = useTranslation();
  const { dateTime, number, language } = useFormat();
  const programmes = useRegionProgrammes(kato);
  const current = programmes.data?.find((p) => p.year === year);
  return (
    <QueryState isPending={programmes.isPending} error={programmes.error} onRetry={() => void programmes.refetch()}>
      {/* A new form for each region and year, filled from what is saved. */}
      <ProgrammeForm key={`${kato}:${year}:${current?.updatedAt ?? ''}`} kato={kato} year={year} saved={current} />
      <Card withBorder radius="lg" padding={0} mt="lg">
        <Title order={2} size="h4" p="md">
          {t('settlementsAdmin.programmeYears')}
        </Title>
        {programmes.data?.length ? (
          <TableFrame label={t('settlementsAdmin.programmeYears')} minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('settlementsAdmin.year')}</Table.Th>
                  <Table.Th scope="col">{t('settlementsAdmin.quota')}</Table.Th>
                  <Table.Th scope="col">{t('settlementsAdmin.aid')}</Table.Th>
                  <Table.Th scope="col">{t('settlementsAdmin.updated')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('settlementsAdmin.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programmes.data.map((p) => (
                  <Table.Tr key={p.year}>
                    <Table.Td fw={600}>{p.year}</Table.Td>
                    <Table.Td>{p.quota === null ? '—' : number(p.quota)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {p.aid?.[language] ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{dateTime(p.updatedAt)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEditYear(p.year)} aria-label={t('settlementsAdmin.editYear', { year: p.year })}>
                        {t('settlementsAdmin.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        ) : (
          <Text c="dimmed" p="md" pt={0}>
            {t('settlementsAdmin.noProgrammes')}
          </Text>
        )}
      </Card>
    </QueryState>
  );
}

function ProgrammeForm({ kato, year, saved }: { kato: string; year: number; saved: RegionProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const save = useSaveRegionProgramme(kato);
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [partialAid, setPartialAid] = useState(false);
  const errors = fieldErrors(save.error);
  const aidTexts = uiLanguages.map((l) => draft.aid[l].trim());
  const hasAid = aidTexts.some(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Aid is told in all three languages or not at all.
    setPartialAid(hasAid && !aidTexts.every(Boolean));
    if (hasAid && !aidTexts.every(Boolean)) return;
    try {
      await save.mutateAsync({ year, input: { quota: draft.quota === '' ? null : draft.quota, aid: hasAid ? draft.aid : null, source: draft.source.trim() || null } });
      notifications.show({ color: 'teal', message: t('settlementsAdmin.programmeSaved', { year }), closeButtonProps: { 'aria-label': t('common.close') } });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t), closeButtonProps: { 'aria-label': t('common.close') } });
    }
  };

  return (
    <Card withBorder radius="lg" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-labelledby="programme-form-title">
      <Title order={2} size="h4" mb="md" id="programme-form-title">
        {t('settlementsAdmin.programmeFor', { year })}
      </Title>
      <Stack gap="md">
        <NumberInput
          label={t('settlementsAdmin.quota')}
          description={t('settlementsAdmin.quotaHint')}
          value={draft.quota}
          onChange={(v) => setDraft({ ...draft, quota: typeof v === 'number' ? v : '' })}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          error={errors.quota}
          w={220}
        />
        <Fieldset legend={t('settlementsAdmin.aid')} variant="unstyled">
          <SimpleGrid cols={1} spacing="xs">
            {uiLanguages.map((l) => (
              <Textarea
                key={l}
                label={t(`topicsAdmin.languages.${l}`)}
                lang={l}
                value={draft.aid[l]}
                onChange={(e) => setDraft({ ...draft, aid: { ...draft.aid, [l]: e.currentTarget.value } })}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={2000}
                error={errors[`aid.${l}`] ?? (partialAid && !draft.aid[l].trim() ? t('settlementsAdmin.aidAllLanguages') : undefined)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <TextInput
          label={t('settlementsAdmin.source')}
          description={t('settlementsAdmin.sourceHint')}
          value={draft.source}
          onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })}
          maxLength={500}
          error={errors.source}
        />
        <Group>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
