import { Alert, Badge, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconFlask, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, useLanguage } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { regionName, useRegions } from '../reference/regions/regions.api';
import { BarChart, ChartCard, seriesColor, StackedColumns, type BarItem, type Series } from './Charts';
import { defaultStatsFilter, statsCsvUrl, statsXlsxUrl, useStats, type StatsFilter, type StatsReportDto } from './stats.api';
import { StatsFilters } from './StatsFilters';
import { TimesCard } from './TimesCard';

function Kpi({ label, value, hint }: { label: string; value: string; hint?: string | undefined }) {
  return (
    <Card withBorder radius="lg" padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}

/** Labels for the codes in the answer, in the interface language. */
function useLabels(report: StatsReportDto) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const topicNames = new Map(report.topics.map((topic) => [topic.code, topic.name[language]]));
  return {
    region: (code: string | null) => {
      if (!code) return t('stats.noRegion');
      const region = regions.data?.find((r) => r.code === code);
      return region ? regionName(region, language, t) : code;
    },
    topic: (code: string) => topicNames.get(code) ?? code,
  };
}

function StatsView({ report }: { report: StatsReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels(report);
  const table = (first: string, items: BarItem[]) => ({
    columns: [first, t('stats.columns.count')],
    rows: items.map((i) => ({ key: i.key, cells: [i.label, format.number(i.value)] })),
  });

  const channels: Series[] = report.byChannel.map((c, index) => ({ key: c.key, label: t(`stats.channels.${c.key}`), color: seriesColor(index) }));
  const usedChannels = channels.filter((s) => report.byMonth.some((m) => (m.byChannel[s.key] ?? 0) > 0));
  const byChannel = report.byChannel.map((c) => ({ key: c.key, label: t(`stats.channels.${c.key}`), value: c.count }));
  const byLine = report.byReportLine.map((l) => ({ key: l.key, label: t(`stats.lines.${l.key}`), value: l.count }));
  const byRegion = report.byRegion.map((r) => ({ key: r.key ?? 'none', label: labels.region(r.key), value: r.count }));
  const byTopic = report.byTopic.map((r) => ({ key: r.key, label: labels.topic(r.key), value: r.count }));
  const byAge = report.backlog.byAge.map((b) => ({ key: b.key, label: t(`stats.ages.${b.key}`), value: b.count }));
  const byStatus = report.backlog.byStatus.map((s) => ({ key: s.key, label: t(`stats.statuses.${s.key}`), value: s.count }));
  const { firstResponse } = report.times;
  const { deadlines } = report;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Kpi label={t('stats.kpi.total')} value={format.number(report.total)} />
        <Kpi label={t('stats.backlog')} value={format.number(report.open)} hint={`${t('stats.kpi.openOverdue')}: ${format.number(deadlines.openOverdue)}`} />
        <Kpi
          label={t('stats.kpi.medianFirstResponse')}
          value={firstResponse.medianHours === null ? t('stats.noValue') : t('stats.hours', { value: format.number(firstResponse.medianHours) })}
          hint={firstResponse.medianWorkingDays === null ? undefined : t('stats.workingDays', { count: firstResponse.medianWorkingDays })}
        />
        <Kpi
          label={t('stats.kpi.compliance')}
          value={deadlines.compliance === null ? t('stats.noValue') : format.number(Math.round(deadlines.compliance * 1000) / 10)}
          hint={t('stats.complianceOf', { onTime: format.number(deadlines.onTime), answered: format.number(deadlines.answered) })}
        />
      </SimpleGrid>

      <ChartCard
        title={t('stats.byMonth')}
        legend={usedChannels}
        table={{
          columns: [t('stats.columns.month'), t('stats.columns.count'), ...usedChannels.map((s) => s.label)],
          rows: report.byMonth.map((m) => ({ key: m.month, cells: [<span className="nowrap">{m.month}</span>, format.number(m.count), ...usedChannels.map((s) => format.number(m.byChannel[s.key] ?? 0))] })),
        }}
      >
        <StackedColumns title={t('stats.byMonth')} series={usedChannels} columns={report.byMonth.map((m) => ({ key: m.month, label: m.month, values: m.byChannel }))} />
      </ChartCard>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard title={t('stats.byChannel')} table={table(t('stats.columns.channel'), byChannel)}>
          <BarChart title={t('stats.byChannel')} items={byChannel} />
        </ChartCard>
        <ChartCard title={t('stats.byReportLine')} table={table(t('stats.columns.reportLine'), byLine)}>
          <BarChart title={t('stats.byReportLine')} items={byLine} color="teal.7" />
        </ChartCard>
        <ChartCard title={t('stats.byRegion')} table={table(t('stats.columns.region'), byRegion)}>
          <BarChart title={t('stats.byRegion')} items={byRegion} />
        </ChartCard>
        <ChartCard title={t('stats.byTopic')} table={table(t('stats.columns.topic'), byTopic)}>
          <BarChart title={t('stats.byTopic')} items={byTopic} color="grape.7" />
        </ChartCard>
        <ChartCard title={t('stats.backlogByAge')} table={table(t('stats.columns.age'), byAge)}>
          <BarChart title={t('stats.backlogByAge')} items={byAge} color="orange.8" />
        </ChartCard>
        <ChartCard title={t('stats.backlogByStatus')} table={table(t('stats.columns.status'), byStatus)}>
          <BarChart title={t('stats.backlogByStatus')} items={byStatus} color="orange.8" />
        </ChartCard>
      </SimpleGrid>

      <TimesCard report={report} />
    </Stack>
  );
}

/**
 * Appeal statistics: how many came by which channel, from where, on what and
 * when; how fast they were answered; what is still open.
 */
export default function StatsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  const [filter, setFilter] = useState<StatsFilter>(defaultStatsFilter);
  const stats = useStats(filter);
  const report = stats.data;
  const ownRegion = report?.regionRestricted ? report.filter.region : user?.role === 'front_office' ? (user.regionCode ?? null) : null;
  const regions = useRegions();
  const ownRegionUnit = regions.data?.find((r) => r.code === ownRegion);

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.lead')}
        actions={
          <>
            <Button component="a" href={statsCsvUrl(filter)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('stats.exportCsv')}
            </Button>
            <Button component="a" href={statsXlsxUrl(filter, language)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('stats.exportXlsx')}
            </Button>
          </>
        }
      />
      <StatsFilters filter={filter} onChange={setFilter} report={report} ownRegion={ownRegion} />
      {ownRegion ? (
        <Alert color="blue" variant="light" icon={<IconMapPin aria-hidden />} mb="md">
          {t('stats.ownRegion', { region: ownRegionUnit ? regionName(ownRegionUnit, language, t) : ownRegion })}
        </Alert>
      ) : null}
      <QueryState isPending={stats.isPending && stats.fetchStatus !== 'idle'} error={stats.error} onRetry={() => void stats.refetch()}>
        {report ? (
          <>
            <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
              {report.demo ? (
                <Badge color="yellow" c="dark" variant="light" leftSection={<IconFlask size={14} aria-hidden />} radius="sm">
                  {t('stats.demoIncluded', { count: report.demo })}
                </Badge>
              ) : null}
            </Text>
            {report.total || report.open ? <StatsView report={report} /> : <Text c="dimmed">{t('stats.empty')}</Text>}
          </>
        ) : null}
      </QueryState>
    </>
  );
}
