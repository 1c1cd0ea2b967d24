import { z } from '@hono/zod-openapi';
import { emailField, iinField, phoneField } from '../../people';

/**
 * Open311 GeoReport v2 parameters. Names follow the specification; kz_*
 * are our extensions. Unknown parameters are dropped, as the specification
 * lets servers do.
 */
const text = (max: number) => z.string().trim().max(max);

const attributeValue = z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(20)]);

const flag = z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((v) => v === true || v === 'true' || v === '1');

export const serviceRequestInput = z.object({
  service_code: z.string().trim().min(1).max(40),
  description: z.string().trim().min(1).max(10_000),
  first_name: text(100).optional(),
  last_name: text(100).optional(),
  email: emailField.optional(),
  phone: phoneField.optional(),
  kz_iin: iinField.optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  long: z.coerce.number().min(-180).max(180).optional(),
  address_string: text(500).optional(),
  address_id: text(100).optional(),
  device_id: text(100).optional(),
  account_id: text(100).optional(),
  jurisdiction_id: text(100).optional(),
  /** Kept as a link for staff; we do not fetch partners' URLs. */
  media_url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  /** The partner collected the applicant's consent to the processing of personal data. */
  consent: flag.optional(),
  attribute: z.record(z.string().max(60), attributeValue).default({}),
});
export type ServiceRequestInput = z.infer<typeof serviceRequestInput>;

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(4000)
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(1000));

const dateParam = z
  .string()
  .trim()
  .max(40)
  .refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), { message: 'date_invalid', params: { code: 'date_invalid' } })
  .transform((value) => new Date(value));

export const serviceRequestsQuery = z.object({
  service_request_id: commaList(z.string().max(20)).optional(),
  service_code: commaList(z.string().max(40)).optional(),
  status: commaList(z.enum(['open', 'closed'])).optional(),
  start_date: dateParam.optional(),
  end_date: dateParam.optional(),
  jurisdiction_id: text(100).optional(),
});
export type ServiceRequestsQuery = z.infer<typeof serviceRequestsQuery>;

export type ServiceDto = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
};

export type ServiceAttributeDto = {
  variable: true;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: Array<{ key: string; name: string }>;
};

export type ServiceDefinitionDto = { service_code: string; attributes: ServiceAttributeDto[] };

export type ServiceRequestDto = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: null;
  service_notice: null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string | null;
  address_string: string | null;
  address_id: string | null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

export type ServiceRequestCreated = { service_request_id: string; service_notice: string; account_id: null; kz_access_code: string | null };
