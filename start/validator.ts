/*
| VineJS additions shared by every validator.
*/
import vine from '@vinejs/vine'

// Empty form fields arrive as null (bodyparser convertEmptyStringsToNull); optional() accepts that.
vine.convertEmptyStringsToNull = true
