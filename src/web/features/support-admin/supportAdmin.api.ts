import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDayDto, PutCalendarDayInput } from '../../../server/modules/calendar/calendar.schema';
import type { Team, TopicDto, TopicUpdateInput } from '../../../server/modules/support/support.schema';
import type { LocalizedText } from '../../../lib/contracts/localized';
import { api } from '../../app/api';

export type { CalendarDayDto, LocalizedText, PutCalendarDayInput, Team, TopicDto, TopicUpdateInput };
export type TopicFieldInput = TopicUpdateInput['fields'][number];
export type TopicDocumentInput = TopicUpdateInput['documents'][number];

export const teamOptions: readonly Team[] = ['front_office', 'back_office', 'contact_center'];
export const emptyText = (): LocalizedText => ({ kk: '', ru: '', en: '' });

const topicsKey = ['support-admin', 'topics'] as const;
const calendarKey = ['support-admin', 'calendar'] as const;

export function useTopics() {
  return useQuery({
    queryKey: topicsKey,
    queryFn: ({ signal }) => api<{ items: TopicDto[] }>('/support/topics', { signal }),
  });
}

export function usePutTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: TopicUpdateInput }) =>
      api<TopicDto>(`/support/topics/${encodeURIComponent(code)}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicsKey }),
  });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: ({ signal }) => api<{ items: CalendarDayDto[] }>('/calendar/days', { query: { year }, signal }),
    placeholderData: (previous) => previous,
  });
}

export function usePutCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ day, input }: { day: string; input: PutCalendarDayInput }) =>
      api<CalendarDayDto>(`/calendar/days/${encodeURIComponent(day)}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}

export function useDeleteCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (day: string) => api<void>(`/calendar/days/${encodeURIComponent(day)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}

export function useDeadlineCheck() {
  return useMutation({
    mutationFn: ({ from, days }: { from: string; days: number }) => api<{ dueAt: string }>('/calendar/deadline', { query: { from, days } }),
  });
}
