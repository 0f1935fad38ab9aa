export interface SectorRow {
  slug: string
  nameEn: string
  nameSrLatn: string
  nameSrCyrl: string
}

export const sectors: SectorRow[] = [
  {
    slug: 'agriculture-food',
    nameEn: 'Agriculture & food',
    nameSrLatn: 'Poljoprivreda i prehrana',
    nameSrCyrl: 'Пољопривреда и прехрана',
  },
  {
    slug: 'manufacturing',
    nameEn: 'Manufacturing',
    nameSrLatn: 'Prerađivačka industrija',
    nameSrCyrl: 'Прерађивачка индустрија',
  },
  {
    slug: 'ict',
    nameEn: 'Information & communication technology',
    nameSrLatn: 'Informaciono-komunikacione tehnologije',
    nameSrCyrl: 'Информационо-комуникационе технологије',
  },
  {
    slug: 'energy',
    nameEn: 'Energy & renewables',
    nameSrLatn: 'Energetika i obnovljivi izvori',
    nameSrCyrl: 'Енергетика и обновљиви извори',
  },
  {
    slug: 'tourism',
    nameEn: 'Tourism & hospitality',
    nameSrLatn: 'Turizam i ugostiteljstvo',
    nameSrCyrl: 'Туризам и угоститељство',
  },
  {
    slug: 'real-estate',
    nameEn: 'Real estate',
    nameSrLatn: 'Nekretnine',
    nameSrCyrl: 'Некретнине',
  },
  {
    slug: 'logistics',
    nameEn: 'Transport & logistics',
    nameSrLatn: 'Transport i logistika',
    nameSrCyrl: 'Транспорт и логистика',
  },
  {
    slug: 'health',
    nameEn: 'Health & medicine',
    nameSrLatn: 'Zdravstvo i medicina',
    nameSrCyrl: 'Здравство и медицина',
  },
  {
    slug: 'education',
    nameEn: 'Education',
    nameSrLatn: 'Obrazovanje',
    nameSrCyrl: 'Образовање',
  },
  {
    slug: 'creative-industries',
    nameEn: 'Creative industries',
    nameSrLatn: 'Kreativne industrije',
    nameSrCyrl: 'Креативне индустрије',
  },
  {
    slug: 'construction',
    nameEn: 'Construction',
    nameSrLatn: 'Građevinarstvo',
    nameSrCyrl: 'Грађевинарство',
  },
  {
    slug: 'automotive',
    nameEn: 'Automotive',
    nameSrLatn: 'Automobilska industrija',
    nameSrCyrl: 'Аутомобилска индустрија',
  },
  {
    slug: 'textiles',
    nameEn: 'Textiles & apparel',
    nameSrLatn: 'Tekstil i odeća',
    nameSrCyrl: 'Текстил и одећа',
  },
  {
    slug: 'wood-furniture',
    nameEn: 'Wood & furniture',
    nameSrLatn: 'Drvna industrija i nameštaj',
    nameSrCyrl: 'Дрвна индустрија и намештај',
  },
  {
    slug: 'mining-metals',
    nameEn: 'Mining & metals',
    nameSrLatn: 'Rudarstvo i metalurgija',
    nameSrCyrl: 'Рударство и металургија',
  },
  {
    slug: 'finance',
    nameEn: 'Finance & insurance',
    nameSrLatn: 'Finansije i osiguranje',
    nameSrCyrl: 'Финансије и осигурање',
  },
  {
    slug: 'retail-services',
    nameEn: 'Retail & services',
    nameSrLatn: 'Trgovina i usluge',
    nameSrCyrl: 'Трговина и услуге',
  },
  {
    slug: 'environment',
    nameEn: 'Environment (waste & water)',
    nameSrLatn: 'Zaštita životne sredine (otpad i voda)',
    nameSrCyrl: 'Заштита животне средине (отпад и вода)',
  },
]
