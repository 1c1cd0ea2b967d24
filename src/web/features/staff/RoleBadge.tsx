import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../lib/contracts/roles';

// Colours whose shade 9 on their light tint passes WCAG AA.
const roleColors: Record<Role, string> = {
  admin: 'red',
  operator: 'otandas',
  front_office: 'indigo',
  back_office: 'violet',
  analyst: 'cyan',
  media: 'grape',
  outreach: 'teal',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
