import type { ReactNode } from 'react';
import { PublicPageLayout } from '../PublicPageLayout';

type Props = { title: string; lead: string; aside?: ReactNode; children: ReactNode };

/** The column of an appeal page: the narrowest of the portal's, a form reads best so. */
export function AppealLayout(props: Props) {
  return <PublicPageLayout size="sm" {...props} />;
}
