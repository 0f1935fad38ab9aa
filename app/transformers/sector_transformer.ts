import type Sector from '#models/sector'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class SectorTransformer extends BaseTransformer<Sector> {
  toObject() {
    return this.pick(this.resource, ['id', 'slug', 'nameEn', 'nameSrLatn', 'nameSrCyrl'])
  }
}
