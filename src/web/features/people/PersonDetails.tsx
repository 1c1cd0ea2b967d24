import { Badge, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../lib/i18n/core';
import { languageNames, useFormat, useLanguage } from '../../app/i18n';
import { RegionLabel } from '../reference/regions/RegionLabel';
import type { PersonDto } from './people.api';
import { PersonSection, RecordsTable } from './PersonSection';
import { Fact } from '../../app/Fact';

/** The country's name in the interface language; the ISO code where the browser lacks the name. */
function useCountryName() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (code: string) => {
    // Browsers' region names are incomplete for Kazakh (Chromium answers in English), so the usual countries of origin are in the dictionary.
    const known = t(`people.countryNames.${code}`, { defaultValue: '' });
    if (known) return `${known} (${code})`;
    try {
      const name = new Intl.DisplayNames([language], { type: 'region' }).of(code);
      return name && name !== code ? `${name} (${code})` : code;
    } catch {
      return code;
    }
  };
}

/** Who the person is: names, birth date, documents (masked as the API sends them), where they live. */
export function PersonIdentity({ person }: { person: PersonDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const none = '—';
  return (
    <PersonSection
      id="person-identity"
      title={t('people.identity')}
      badges={
        <>
          {person.demo ? (
            <Badge color="grape" variant="light" radius="sm">
              {t('common.demo')}
            </Badge>
          ) : null}
          {person.anonymized ? (
            <Badge color="gray" variant="filled" radius="sm">
              {t('people.anonymizedBadge')}
            </Badge>
          ) : null}
          {person.masked ? (
            <Badge color="yellow" c="dark" variant="light" radius="sm">
              {t('people.maskedBadge')}
            </Badge>
          ) : null}
        </>
      }
    >
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md" m={0}>
        <Fact label={t('people.name')}>{person.fullName}</Fact>
        <Fact label={t('people.nameLatin')}>{person.nameLatin ?? none}</Fact>
        <Fact label={t('people.birthDate')}>{person.birthDate ? format.date(person.birthDate) : none}</Fact>
        <Fact label={t('people.iin')}>{person.iin ?? none}</Fact>
        <Fact label={t('people.passport')}>{person.passportNumber ?? none}</Fact>
        <Fact label={t('people.country')}>{person.country ? countryName(person.country) : none}</Fact>
        <Fact label={t('people.region')}>
          <RegionLabel code={person.regionCode} />
        </Fact>
        <Fact label={t('people.language')}>{person.language && isLanguage(person.language) ? languageNames[person.language] : (person.language ?? none)}</Fact>
        <Fact label={t('people.address')}>{person.address ?? none}</Fact>
        <Fact label={t('people.registeredAt')}>{format.date(person.createdAt)}</Fact>
      </SimpleGrid>
    </PersonSection>
  );
}

/** Every phone, e-mail, Telegram id and document the person ever gave, and where it came from first. */
export function PersonContacts({ person }: { person: PersonDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PersonSection id="person-contacts" title={t('people.contacts')} flush>
      {person.identifiers.length ? (
        <RecordsTable label={t('people.contactsTable')} minWidth={560} columns={[t('people.contactKind'), t('people.contactValue'), t('people.channel'), t('people.firstSeen')]}>
          {person.identifiers.map((identifier) => (
            <Table.Tr key={`${identifier.kind}:${identifier.value}`}>
              <Table.Td>{t(`people.kinds.${identifier.kind}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{identifier.value}</Table.Td>
              <Table.Td>{identifier.channel ? t(`cases.channel.${identifier.channel}`, { defaultValue: identifier.channel }) : '—'}</Table.Td>
              <Table.Td className="nowrap">
                <time dateTime={identifier.firstSeenAt}>{format.dateTime(identifier.firstSeenAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordsTable>
      ) : (
        <Text px="lg" pb="lg" c="dimmed">
          {t('people.noContacts')}
        </Text>
      )}
    </PersonSection>
  );
}
