import { errors } from '@vinejs/vine'

/**
 * A validation error on one field decided after validation (wrong password,
 * used link): rendered like any VineJS error, beside the field or as a 422.
 */
export function fieldError(field: string, message: string, rule = 'invalid') {
  return new errors.E_VALIDATION_ERROR([{ field, message, rule }])
}
