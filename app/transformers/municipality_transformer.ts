import type Municipality from '#models/municipality'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class MunicipalityTransformer extends BaseTransformer<Municipality> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'countryId',
      'slug',
      'nameEn',
      'nameSrLatn',
      'nameSrCyrl',
      'district',
      'latitude',
      'longitude',
    ])
  }
}
