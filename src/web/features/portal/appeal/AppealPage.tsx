import { Anchor, Center, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useShortlistAppealMessage } from '../../advisor/shortlist/useShortlistAppealMessage';
import type { AppealCreated } from './appeal.api';
import { AppealFiled } from './AppealFiled';
import { AppealLayout } from './AppealLayout';
import { AppealForm } from './AppealForm';

/** /appeal: write to the support center from anywhere, most often from a phone. */
export default function AppealPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<AppealCreated | null>(null);
  // A new form (and with it a new idempotency key and proof of work) for each appeal.
  const [formKey, setFormKey] = useState(0);
  // A question the knowledge base could not answer (/appeal?message=…) starts the first form; the next one starts empty.
  const [params] = useSearchParams();
  const question = formKey === 0 ? (params.get('message') ?? '').slice(0, 10_000) : '';
  // So does a shortlist from the relocation advisor (/appeal?shortlist=…), once it has loaded.
  const shortlist = useShortlistAppealMessage(formKey === 0 ? params.get('shortlist') : null);
  return (
    <AppealLayout
      title={t('appeal.pageTitle')}
      lead={t('appeal.pageLead')}
      aside={
        created ? null : (
          <Text fz="sm">
            {t('appeal.haveCode')}{' '}
            <Anchor component={Link} to="/appeal/status" fw={600}>
              {t('appeal.checkStatus')}
            </Anchor>
          </Text>
        )
      }
    >
      {created ? (
        <AppealFiled
          created={created}
          onAnother={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : shortlist.pending ? (
        <Center py="xl" role="status">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <AppealForm key={formKey} onFiled={setCreated} initialMessage={shortlist.message ?? question} />
      )}
    </AppealLayout>
  );
}
