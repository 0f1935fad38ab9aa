import type Country from '#models/country'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class CountryTransformer extends BaseTransformer<Country> {
  toObject() {
    return this.pick(this.resource, ['id', 'code', 'nameEn', 'nameSrLatn', 'nameSrCyrl'])
  }
}
