import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { JobDto, scheduleDto } from '../../../server/modules/admin/admin.schema';
import { api } from '../../app/api';

export type { JobDto };
export type ScheduleDto = z.infer<typeof scheduleDto>;
export const jobStates = ['queued', 'running', 'done', 'dead'] as const;
export type JobState = (typeof jobStates)[number];
export type JobsOverview = { counts: Record<string, number>; items: JobDto[]; schedules: ScheduleDto[] };

const jobsKey = ['admin', 'jobs'] as const;

export function useJobs(state: JobState | 'all') {
  return useQuery({
    queryKey: [...jobsKey, state],
    queryFn: ({ signal }) => api<JobsOverview>('/admin/jobs', { query: { state: state === 'all' ? undefined : state }, signal }),
    placeholderData: (previous) => previous,
    // Jobs move on their own; a slow poll keeps the counts honest without a reload.
    refetchInterval: 15_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<JobDto>(`/admin/jobs/${id}/retry`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}
