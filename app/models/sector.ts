import { SectorSchema } from '#database/schema'

export default class Sector extends SectorSchema {}
