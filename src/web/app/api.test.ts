import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from './api';

test('field errors come from 422 issues and from a conflict that names its field', () => {
  const invalid = new ApiError(422, 'validation_failed', 'Check the fields', [{ path: 'json.translation.title', code: 'too_small', message: 'Required' }]);
  assert.deepEqual(invalid.fieldErrors, { 'translation.title': 'Required' });
  const taken = new ApiError(409, 'slug_taken', 'This address is taken', { field: 'slug' });
  assert.deepEqual(taken.fieldErrors, { slug: 'This address is taken' });
  assert.deepEqual(new ApiError(404, 'not_found', 'No such article', { entity: 'article' }).fieldErrors, {});
});
