import type {
  IncentiveKind,
  OpportunityStage,
  OpportunityType,
  SiteReadiness,
} from '#enums/opportunity'

/** Partner organisations that list projects in the demo but have no demo login (seeded as approved). */
export interface DemoListingOrganisation {
  name: string
  slug: string
  kind: 'municipal_office' | 'company' | 'technology_park'
  municipality: string
  website: string | null
  description: string
}

export interface DemoIncentive {
  kind: IncentiveKind
  amountEur?: number
  percentage?: number
  conditions: string
}

export interface DemoOpportunity {
  organisation: string
  municipality: string
  sectors: string[]
  type: OpportunityType
  stage: OpportunityStage
  status: 'published' | 'draft' | 'in_review'
  titleEn: string
  titleSr: string
  summaryEn: string
  summarySr: string
  descriptionEn: string
  descriptionSr: string
  minTicketEur: number
  totalSizeEur: number
  jobsExpected: number
  areaM2: number | null
  incentives: DemoIncentive[]
  site: SiteReadiness | null
  timeline: string
  contactName: string
  contactEmail: string
  publishedDaysAgo: number
}

export const demoListingOrganisations: DemoListingOrganisation[] = [
  {
    name: 'Grad Beograd — Sekretarijat za privredu',
    slug: 'beograd-privreda',
    kind: 'municipal_office',
    municipality: 'beograd',
    website: 'https://beograd.example.rs',
    description:
      'The City of Belgrade Secretariat for Economy presents city-owned investment locations and public-private partnership projects in the capital.',
  },
  {
    name: 'Grad Novi Sad — Kancelarija za lokalni ekonomski razvoj',
    slug: 'novi-sad-ler',
    kind: 'municipal_office',
    municipality: 'novi-sad',
    website: 'https://novisad.example.rs',
    description:
      'The local economic development office of Novi Sad helps investors find land in the city business zones and guides them through permits and incentives.',
  },
  {
    name: 'Agrosens d.o.o.',
    slug: 'agrosens',
    kind: 'company',
    municipality: 'novi-sad',
    website: 'https://agrosens.example.rs',
    description:
      'A Novi Sad agritech start-up that builds soil sensors and irrigation software for farms in Vojvodina.',
  },
  {
    name: 'Grad Subotica — Kancelarija za lokalni ekonomski razvoj',
    slug: 'subotica-ler',
    kind: 'municipal_office',
    municipality: 'subotica',
    website: 'https://subotica.example.rs',
    description:
      'The Subotica investment office markets the Subotica Free Zone and the city business zones on the Belgrade–Budapest corridor.',
  },
  {
    name: 'Grad Kraljevo — Kancelarija za lokalni ekonomski razvoj',
    slug: 'kraljevo-ler',
    kind: 'municipal_office',
    municipality: 'kraljevo',
    website: 'https://kraljevo.example.rs',
    description:
      'The local economic development office of Kraljevo presents business zones near Morava Airport and the Morava Corridor motorway.',
  },
  {
    name: 'Grad Pirot — Kancelarija za lokalni ekonomski razvoj',
    slug: 'pirot-ler',
    kind: 'municipal_office',
    municipality: 'pirot',
    website: 'https://pirot.example.rs',
    description:
      'The Pirot investment office supports companies in the Pirot Free Zone and local food producers on Corridor 10 towards Sofia.',
  },
  {
    name: 'Grad Vranje — Kancelarija za lokalni ekonomski razvoj',
    slug: 'vranje-ler',
    kind: 'municipal_office',
    municipality: 'vranje',
    website: 'https://vranje.example.rs',
    description:
      'The local economic development office of Vranje offers serviced land in the Vranje Free Zone and projects around the thermal springs of Vranjska Banja.',
  },
  {
    name: 'Grad Zrenjanin — Kancelarija za lokalni ekonomski razvoj',
    slug: 'zrenjanin-ler',
    kind: 'municipal_office',
    municipality: 'zrenjanin',
    website: 'https://zrenjanin.example.rs',
    description:
      'The Zrenjanin investment office manages the Southeast industrial zone and supports agri-food companies in central Banat.',
  },
  {
    name: 'Grad Šabac — Kancelarija za lokalni ekonomski razvoj',
    slug: 'sabac-ler',
    kind: 'municipal_office',
    municipality: 'sabac',
    website: 'https://sabac.example.rs',
    description:
      'The local economic development office of Šabac presents industrial land near the Ruma–Šabac motorway and regional infrastructure projects in Mačva.',
  },
  {
    name: 'Grad Sombor — Kancelarija za lokalni ekonomski razvoj',
    slug: 'sombor-ler',
    kind: 'municipal_office',
    municipality: 'sombor',
    website: 'https://sombor.example.rs',
    description:
      'The Sombor investment office promotes the Sombor–Apatin free zone on the Danube and tourism projects in the salaš farmsteads of West Bačka.',
  },
  {
    name: 'Grad Užice — Kancelarija za lokalni ekonomski razvoj',
    slug: 'uzice-ler',
    kind: 'municipal_office',
    municipality: 'uzice',
    website: 'https://uzice.example.rs',
    description:
      'The local economic development office of Užice supports the Sevojno metals cluster and tourism investments around Mokra Gora and Tara.',
  },
  {
    name: 'Opština Inđija — Kancelarija za lokalni ekonomski razvoj',
    slug: 'indjija-ler',
    kind: 'municipal_office',
    municipality: 'indjija',
    website: 'https://indjija.example.rs',
    description:
      'The Inđija investment office runs the business zones on Corridor 10 between Belgrade and Novi Sad and is known for fast permits.',
  },
  {
    name: 'Dunavski terminal Smederevo d.o.o.',
    slug: 'dunavski-terminal-smederevo',
    kind: 'company',
    municipality: 'smederevo',
    website: 'https://dunavski-terminal.example.rs',
    description:
      'A river port operator in Smederevo handling bulk and general cargo on the Danube, where the waterway meets Corridor 10.',
  },
]

export const demoOpportunities: DemoOpportunity[] = [
  // 1
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['manufacturing', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Industrial Zone North, Niš — fully serviced parcel 4',
    titleSr: 'Industrijska zona Sever, Niš — opremljena parcela 4',
    summaryEn:
      'A flat, fully serviced 62,000 m² parcel in the Industrial Zone North of Niš, one kilometre from the Corridor 10 motorway.',
    summarySr:
      'Ravna, potpuno opremljena parcela od 62.000 m² u Industrijskoj zoni Sever u Nišu, kilometar od autoputa na Koridoru 10.',
    descriptionEn:
      'Parcel 4 is the last large undivided plot in the Industrial Zone North, where automotive and electronics suppliers already employ several thousand people. The land is owned by the city, registered in the cadastre and zoned for industry under an adopted detailed regulation plan; power, gas, water, sewage and fibre reach the boundary. The Faculty of Mechanical Engineering and the Faculty of Electronic Engineering in Niš graduate about 1,200 engineers a year, and three technical schools run dual-education programmes with companies in the zone. The investor gets the land at a subsidised price, a grant per new job and a building permit within 30 days through the city one-stop shop.',
    descriptionSr:
      'Parcela 4 je poslednja velika nepodeljena parcela u Industrijskoj zoni Sever, gde dobavljači auto-industrije i elektronike već zapošljavaju nekoliko hiljada ljudi. Zemljište je u vlasništvu grada, upisano u katastar i namenjeno industriji po usvojenom planu detaljne regulacije; struja, gas, voda, kanalizacija i optika dovedeni su do granice parcele. Mašinski i Elektronski fakultet u Nišu godišnje daju oko 1.200 inženjera, a tri tehničke škole sprovode dualno obrazovanje sa kompanijama iz zone. Investitor dobija zemljište po subvencionisanoj ceni, podsticaj po novom radnom mestu i građevinsku dozvolu za 30 dana preko gradskog jednošalterskog sistema.',
    minTicketEur: 1_000_000,
    totalSizeEur: 18_000_000,
    jobsExpected: 350,
    areaM2: 62_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions:
          'Paid for each new job kept for at least three years, under the Regulation on investment incentives.',
      },
      {
        kind: 'subsidised_land',
        percentage: 60,
        conditions:
          'City land sold at 40% of its appraised value against a commitment of at least 150 new jobs within three years.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee for production buildings in the zone.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 1,
      airportKm: 6,
      railKm: 2,
    },
    timeline: 'Land available now; construction 2027, production from Q2 2028',
    contactName: 'Dragana Ilić',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 3,
  },
  // 2
  {
    organisation: 'ntp-nis',
    municipality: 'nis',
    sectors: ['ict', 'education'],
    type: 'real_estate',
    stage: 'permitted',
    status: 'published',
    titleEn: 'IT campus of the Science Technology Park Niš — phase two',
    titleSr: 'IT kampus Naučno-tehnološkog parka Niš — druga faza',
    summaryEn:
      'A 12,000 m² office and training building for 500 engineers, next to the Faculty of Electronic Engineering.',
    summarySr:
      'Poslovna i obrazovna zgrada od 12.000 m² za 500 inženjera, pored Elektronskog fakulteta.',
    descriptionEn:
      'The first building of the Science Technology Park Niš has been fully let since it opened, and more than 40 companies are on the waiting list. Phase two is an IT campus of 12,000 m² with flexible office floors, a training centre run with the Faculty of Electronic Engineering, a hardware lab and a floor for start-ups. The faculties of the University of Niš graduate about 900 ICT students a year, and salaries remain well below those in Belgrade and Novi Sad. The building permit is issued; the park seeks an investor for a minority stake in the project company, with rental income backed by pre-let agreements.',
    descriptionSr:
      'Prva zgrada Naučno-tehnološkog parka Niš potpuno je popunjena od otvaranja, a na listi čekanja je više od 40 kompanija. Druga faza je IT kampus od 12.000 m² sa fleksibilnim poslovnim spratovima, centrom za obuku koji se vodi zajedno sa Elektronskim fakultetom, laboratorijom za hardver i spratom za startape. Fakulteti Univerziteta u Nišu godišnje daju oko 900 diplomaca iz oblasti IKT, a zarade su i dalje znatno niže nego u Beogradu i Novom Sadu. Građevinska dozvola je izdata; park traži investitora za manjinski udeo u projektnoj kompaniji, uz prihod od zakupa obezbeđen predugovorima.',
    minTicketEur: 250_000,
    totalSizeEur: 16_500_000,
    jobsExpected: 500,
    areaM2: 12_000,
    incentives: [
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions:
          'Building-land development fee waived for the campus as a project of public interest.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for the first five years of operation.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'commercial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 3,
      airportKm: 5,
      railKm: 2,
    },
    timeline: 'Construction from Q1 2027, first tenants move in Q3 2028',
    contactName: 'Stefan Nikolić',
    contactEmail: 'office@ntp-nis.most.demo',
    publishedDaysAgo: 12,
  },
  // 3
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['logistics', 'agriculture-food'],
    type: 'public_private_partnership',
    stage: 'planning',
    status: 'published',
    titleEn: 'Air cargo and logistics centre at Niš Constantine the Great Airport',
    titleSr: 'Kargo i logistički centar na aerodromu Konstantin Veliki u Nišu',
    summaryEn:
      'A public-private partnership for a cargo terminal, bonded warehouse and cold room on 45,000 m² next to the runway.',
    summarySr:
      'Javno-privatno partnerstvo za kargo terminal, carinsko skladište i hladnu komoru na 45.000 m² pored piste.',
    descriptionEn:
      'Niš Constantine the Great Airport has direct flights to many European cities where the diaspora lives, but no modern cargo terminal. The city offers 45,000 m² of land inside the airport perimeter under a 30-year PPP for a cargo terminal, a bonded warehouse and a cold room for pharmaceuticals and fresh fruit. The site is five minutes from the Corridor 10 motorway junction and the Niš–Sofia railway, so goods can switch between air, road and rail. The private partner builds and operates the terminal and shares revenue with the city.',
    descriptionSr:
      'Aerodrom Konstantin Veliki u Nišu ima direktne letove ka mnogim evropskim gradovima u kojima živi dijaspora, ali nema moderan kargo terminal. Grad nudi 45.000 m² zemljišta unutar aerodromskog kompleksa po modelu javno-privatnog partnerstva na 30 godina, za kargo terminal, carinsko skladište i hladnu komoru za lekove i sveže voće. Lokacija je pet minuta od petlje autoputa na Koridoru 10 i pruge Niš–Sofija, pa roba lako prelazi sa vazdušnog na drumski i železnički saobraćaj. Privatni partner gradi terminal i upravlja njime, a prihod deli sa gradom.',
    minTicketEur: 2_000_000,
    totalSizeEur: 22_000_000,
    jobsExpected: 120,
    areaM2: 45_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions:
          'The city builds the access road and brings power, water and sewage to the plot boundary.',
      },
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions:
          'No local property tax on the terminal for the first ten years of the partnership.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'fibre'],
      motorwayKm: 3,
      airportKm: 0,
      railKm: 2,
    },
    timeline: 'PPP tender 2027, construction 2028, terminal operating from 2029',
    contactName: 'Nenad Stojiljković',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 21,
  },
  // 4
  {
    organisation: 'nisdata-labs',
    municipality: 'nis',
    sectors: ['ict', 'manufacturing'],
    type: 'startup',
    stage: 'operating',
    status: 'published',
    titleEn: 'NišData Labs — seed round for predictive-maintenance software',
    titleSr: 'NišData Labs — početna investicija za softver za prediktivno održavanje',
    summaryEn:
      'A Niš start-up whose sensors and machine-learning models predict machine failures raises a seed round to win customers in Germany.',
    summarySr:
      'Niški startap čiji senzori i modeli mašinskog učenja predviđaju kvarove mašina prikuplja početnu investiciju za osvajanje kupaca u Nemačkoj.',
    descriptionEn:
      'NišData Labs was founded in 2023 by four engineers from the Faculty of Electronic Engineering and already runs its predictive-maintenance platform in nine factories in Niš and Kragujevac. Customers report about 30% less unplanned downtime on presses and injection-moulding machines. The seed round of 600,000 EUR pays for a sales office in Munich, certification to German industrial standards and six more engineers in Niš. Investors receive preferred shares with a pro-rata right in the next round.',
    descriptionSr:
      'NišData Labs su 2023. osnovala četiri inženjera sa Elektronskog fakulteta, a njihova platforma za prediktivno održavanje već radi u devet fabrika u Nišu i Kragujevcu. Kupci beleže oko 30% manje neplaniranih zastoja presa i mašina za brizganje plastike. Početna investicija od 600.000 evra finansira prodajnu kancelariju u Minhenu, sertifikaciju po nemačkim industrijskim standardima i još šest inženjera u Nišu. Investitori dobijaju prioritetne akcije sa pravom srazmernog učešća u sledećoj rundi.',
    minTicketEur: 50_000,
    totalSizeEur: 600_000,
    jobsExpected: 12,
    areaM2: null,
    incentives: [],
    site: null,
    timeline: 'Round closes Q2 2027; Munich office opens Q4 2027',
    contactName: 'Miloš Savić',
    contactEmail: 'milos@nisdata.most.demo',
    publishedDaysAgo: 7,
  },
  // 5
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['manufacturing', 'ict'],
    type: 'brownfield',
    stage: 'planning',
    status: 'published',
    titleEn: 'Former electronics factory hall in Niš for new production',
    titleSr: 'Hala bivše fabrike elektronike u Nišu za novu proizvodnju',
    summaryEn:
      'A 24,000 m² production hall of the former electronics industry complex, offered with 38,000 m² of land.',
    summarySr:
      'Proizvodna hala bivšeg kompleksa elektronske industrije od 24.000 m², u ponudi sa 38.000 m² zemljišta.',
    descriptionEn:
      'Niš was the centre of Yugoslav electronics, and the city now owns one of the former factory halls in the eastern industrial area of Medijana. The reinforced concrete structure is sound, while the roof, façade and installations need renovation, and a conversion project is being prepared. The hall suits electronics assembly, cable harnesses or light engineering, and many experienced workers still live nearby. The city will sell the complex in a public tender at a price that takes the cost of renovation into account.',
    descriptionSr:
      'Niš je bio centar jugoslovenske elektronske industrije, a grad je danas vlasnik jedne od nekadašnjih fabričkih hala u istočnoj industrijskoj zoni na Medijani. Armiranobetonska konstrukcija je očuvana, dok krov, fasada i instalacije traže obnovu, a projekat prenamene je u pripremi. Hala je pogodna za montažu elektronike, kablovske snopove ili laku mašinsku industriju, a u blizini i dalje živi mnogo iskusnih radnika. Grad će kompleks prodati javnim nadmetanjem po ceni koja uzima u obzir troškove obnove.',
    minTicketEur: 500_000,
    totalSizeEur: 7_500_000,
    jobsExpected: 280,
    areaM2: 38_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'State grant per new job in manufacturing, for jobs kept at least three years.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for five years after production starts.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'in_progress',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 4,
      airportKm: 9,
      railKm: 1,
    },
    timeline: 'Public tender Q3 2027, renovation 2028, production from 2029',
    contactName: 'Nenad Stojiljković',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 34,
  },
  // 6
  {
    organisation: 'ntp-nis',
    municipality: 'nis',
    sectors: ['manufacturing', 'ict', 'automotive'],
    type: 'expansion',
    stage: 'operating',
    status: 'published',
    titleEn: 'Expansion of an electronics assembly company from the Niš technology park',
    titleSr: 'Proširenje kompanije za montažu elektronike iz niškog tehnološkog parka',
    summaryEn:
      'A profitable maker of printed circuit board assemblies needs a partner to build its own 6,000 m² plant.',
    summarySr:
      'Profitabilni proizvođač sklopova štampanih ploča traži partnera za izgradnju sopstvenog pogona od 6.000 m².',
    descriptionEn:
      'The company started in the Science Technology Park Niš in 2018 and now assembles printed circuit boards for industrial, medical and automotive customers in Germany, Italy and Slovenia, with a turnover of 9 million EUR. It has outgrown its rented space and has bought a 20,000 m² plot in the Industrial Zone North with a permit for a 6,000 m² plant and two new SMT lines. The founders offer a 25% stake and a board seat to a partner. The technology park supports the listing and the application for state incentives.',
    descriptionSr:
      'Kompanija je počela u Naučno-tehnološkom parku Niš 2018. godine, a danas sklapa štampane ploče za industrijske, medicinske i automobilske kupce u Nemačkoj, Italiji i Sloveniji, sa prometom od 9 miliona evra. Prerasla je iznajmljeni prostor i kupila parcelu od 20.000 m² u Industrijskoj zoni Sever, sa dozvolom za pogon od 6.000 m² i dve nove SMT linije. Osnivači partneru nude 25% udela i mesto u upravnom odboru. Tehnološki park podržava oglas i prijavu za državne podsticaje.',
    minTicketEur: 500_000,
    totalSizeEur: 5_800_000,
    jobsExpected: 140,
    areaM2: 20_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions:
          'State grant per new job for manufacturing projects above 500,000 EUR, with jobs kept three years.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 1,
      airportKm: 6,
      railKm: 2,
    },
    timeline: 'Construction starts Q2 2027; new lines in production Q3 2028',
    contactName: 'Jelena Mitić',
    contactEmail: 'office@ntp-nis.most.demo',
    publishedDaysAgo: 15,
  },
  // 7
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['tourism', 'health'],
    type: 'joint_venture',
    stage: 'idea',
    status: 'published',
    titleEn: 'Thermal wellness hotel in Niška Banja — joint venture with the city',
    titleSr: 'Velnes hotel na termalnom izvoru u Niškoj Banji — zajedničko ulaganje sa gradom',
    summaryEn:
      'The city brings land and thermal water rights and seeks a hotel partner for a 120-room spa resort ten kilometres from Niš.',
    summarySr:
      'Grad ulaže zemljište i pravo korišćenja termalne vode, a traži hotelskog partnera za banjski kompleks sa 120 soba, deset kilometara od Niša.',
    descriptionEn:
      'Niška Banja has radon-rich thermal springs at 37 °C and a spa tradition of more than a century, but no modern hotel. The city proposes a joint venture in which it contributes 30,000 m² of land in the spa park and the thermal water rights, and the partner builds and runs a 120-room wellness hotel with pools and a medical spa. Diaspora visitors already fill the town in summer, and Niš airport is 15 minutes away. The idea is at an early stage, and the city will adapt the structure to a serious partner.',
    descriptionSr:
      'Niška Banja ima termalne izvore bogate radonom, temperature 37 °C, i banjsku tradiciju dužu od jednog veka, ali nema moderan hotel. Grad predlaže zajedničko ulaganje u koje unosi 30.000 m² zemljišta u banjskom parku i pravo korišćenja termalne vode, a partner gradi i vodi velnes hotel sa 120 soba, bazenima i medicinskim spa centrom. Posetioci iz dijaspore leti već pune banju, a niški aerodrom je udaljen 15 minuta. Ideja je u ranoj fazi i grad će strukturu prilagoditi ozbiljnom partneru.',
    minTicketEur: 1_500_000,
    totalSizeEur: 18_000_000,
    jobsExpected: 150,
    areaM2: 30_000,
    incentives: [
      {
        kind: 'subsidised_land',
        amountEur: 1_800_000,
        conditions:
          'City land in the spa park is contributed as the city stake in the joint venture, valued by an independent appraiser.',
      },
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'Local property tax waived for the first three years of operation.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 8,
      airportKm: 14,
      railKm: 2,
    },
    timeline: 'Partner selection 2027, design 2028, opening 2031',
    contactName: 'Dragana Ilić',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 48,
  },
  // 8
  {
    organisation: 'ntp-nis',
    municipality: 'nis',
    sectors: ['creative-industries', 'ict'],
    type: 'equity_stake',
    stage: 'operating',
    status: 'published',
    titleEn: 'Equity stake in a Niš game development studio',
    titleSr: 'Vlasnički udeo u niškom studiju za razvoj video igara',
    summaryEn:
      'A 45-person studio with two published titles offers 20% to fund its first own console game.',
    summarySr:
      'Studio sa 45 zaposlenih i dve objavljene igre nudi 20% udela za finansiranje prve sopstvene igre za konzole.',
    descriptionEn:
      'The studio grew from a student team at the technology park and now co-develops games for publishers in Sweden and Poland, with a turnover of 2.4 million EUR. Its two own mobile titles have passed three million downloads. The founders offer a 20% stake to fund a console game and 15 new hires, recruited partly from the new game-design course at the Faculty of Electronic Engineering. A diaspora partner with contacts among publishers or platforms would be especially welcome.',
    descriptionSr:
      'Studio je nastao od studentskog tima u tehnološkom parku, a danas razvija igre zajedno sa izdavačima iz Švedske i Poljske, sa prometom od 2,4 miliona evra. Njegove dve sopstvene mobilne igre preuzete su više od tri miliona puta. Osnivači nude 20% udela za finansiranje igre za konzole i 15 novih zaposlenih, delom sa novog kursa za dizajn igara na Elektronskom fakultetu. Partner iz dijaspore sa kontaktima među izdavačima ili platformama bio bi posebno dobrodošao.',
    minTicketEur: 100_000,
    totalSizeEur: 1_200_000,
    jobsExpected: 15,
    areaM2: null,
    incentives: [],
    site: null,
    timeline: 'Funding in 2027, game release planned for late 2028',
    contactName: 'Stefan Nikolić',
    contactEmail: 'office@ntp-nis.most.demo',
    publishedDaysAgo: 26,
  },
  // 9
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['tourism', 'real-estate'],
    type: 'brownfield',
    stage: 'permitted',
    status: 'published',
    titleEn: 'Reconstruction of a 1960s hotel in central Niš',
    titleSr: 'Rekonstrukcija hotela iz šezdesetih godina u centru Niša',
    summaryEn:
      'A closed city-owned hotel by the Niš Fortress, with a building permit for a 110-room four-star reconstruction.',
    summarySr:
      'Zatvoren gradski hotel kod Niške tvrđave, sa građevinskom dozvolom za rekonstrukciju u hotel sa četiri zvezdice i 110 soba.',
    descriptionEn:
      'The hotel stands on the Nišava riverbank, a few minutes on foot from the Niš Fortress and the pedestrian zone, and has been closed since 2015. The city has obtained a building permit for a reconstruction with 110 rooms, a congress hall for 300 guests and a rooftop restaurant. Overnight stays in Niš have doubled in ten years thanks to low-cost flights, yet the city has few four-star rooms. The city offers a 49-year lease or a sale through a public tender, with an obligation to reopen within three years.',
    descriptionSr:
      'Hotel se nalazi na obali Nišave, nekoliko minuta hoda od Niške tvrđave i pešačke zone, i zatvoren je od 2015. godine. Grad je pribavio građevinsku dozvolu za rekonstrukciju sa 110 soba, kongresnom salom za 300 gostiju i restoranom na krovu. Broj noćenja u Nišu udvostručen je za deset godina zahvaljujući niskotarifnim letovima, a grad i dalje ima malo soba sa četiri zvezdice. Grad nudi zakup na 49 godina ili prodaju javnim nadmetanjem, uz obavezu ponovnog otvaranja u roku od tri godine.',
    minTicketEur: 800_000,
    totalSizeEur: 9_500_000,
    jobsExpected: 90,
    areaM2: 7_200,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for five years after reopening.',
      },
      {
        kind: 'fee_waiver',
        percentage: 50,
        conditions: 'Half of the building-land development fee waived for the reconstruction.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 4,
      airportKm: 4,
      railKm: 2,
    },
    timeline: 'Tender Q2 2027, reconstruction 2027–2029, reopening spring 2030',
    contactName: 'Nenad Stojiljković',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 61,
  },
  // 10
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['real-estate', 'construction'],
    type: 'real_estate',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Residential quarter for returning diaspora families in Niš',
    titleSr: 'Stambeno naselje za porodice povratnike iz dijaspore u Nišu',
    summaryEn:
      'Three energy-efficient buildings with 140 apartments on a fully serviced city plot in Pantelej.',
    summarySr:
      'Tri energetski efikasne zgrade sa 140 stanova na potpuno opremljenoj gradskoj parceli na Panteleju.',
    descriptionEn:
      'Demand for new flats in Niš comes from young families, students and returnees, and prices are still about half of those in Belgrade. The city offers a 9,500 m² plot in Pantelej with an adopted plan, utilities and location conditions for three five-storey buildings, close to schools and a new health centre. The investor builds and sells the apartments; 20% are offered first to diaspora families returning under the city programme, who receive a city grant towards the purchase. Off-plan sales run through a bank escrow account.',
    descriptionSr:
      'Potražnju za novim stanovima u Nišu čine mlade porodice, studenti i povratnici, a cene su i dalje oko upola niže nego u Beogradu. Grad nudi parcelu od 9.500 m² na Panteleju sa usvojenim planom, infrastrukturom i lokacijskim uslovima za tri zgrade od pet spratova, blizu škola i novog doma zdravlja. Investitor gradi i prodaje stanove, a 20% se prvo nudi porodicama iz dijaspore koje se vraćaju kroz gradski program i dobijaju gradsku pomoć za kupovinu. Prodaja u izgradnji ide preko bankarskog eskrou računa.',
    minTicketEur: 300_000,
    totalSizeEur: 14_000_000,
    jobsExpected: 60,
    areaM2: 9_500,
    incentives: [
      {
        kind: 'fee_waiver',
        percentage: 30,
        conditions:
          'Development fee reduced by 30% for residential projects with priority sales to returning families.',
      },
      {
        kind: 'utility_connection',
        conditions:
          'The city connects the plot to district heating, water and sewage at its own cost.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'mixed_use',
      buildingPermit: 'applied',
      utilities: ['power', 'water', 'sewage', 'fibre'],
      motorwayKm: 5,
      airportKm: 8,
    },
    timeline: 'Construction 2027–2029, first keys handed over in late 2029',
    contactName: 'Dragana Ilić',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 9,
  },
  // 11
  {
    organisation: 'kragujevac-ler',
    municipality: 'kragujevac',
    sectors: ['automotive', 'manufacturing'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Parcel for automotive suppliers in the Grošnica business zone, Kragujevac',
    titleSr: 'Parcela za dobavljače auto-industrije u radnoj zoni Grošnica, Kragujevac',
    summaryEn:
      'A 95,000 m² serviced industrial parcel ten minutes from the Kragujevac car plant and the Corridor 10 motorway.',
    summarySr:
      'Opremljena industrijska parcela od 95.000 m², deset minuta od kragujevačke fabrike automobila i autoputa na Koridoru 10.',
    descriptionEn:
      'Kragujevac has built cars for eighty years, and the car plant and its suppliers are sourcing more parts locally for new electric models. The Grošnica zone offers a 95,000 m² parcel that can be split from 20,000 m², with a 35 kV connection, gas and water at the boundary. The University of Kragujevac and the technical schools train mechanical and electrical engineers, and the city runs its own retraining programme with employers. Investors get land at a subsidised price, a city grant on top of the state job grant and help with hiring.',
    descriptionSr:
      'Kragujevac proizvodi automobile već osamdeset godina, a fabrika automobila i njeni dobavljači sve više delova nabavljaju lokalno za nove električne modele. Radna zona Grošnica nudi parcelu od 95.000 m² koja se može deliti od 20.000 m², sa priključkom od 35 kV, gasom i vodom do granice parcele. Univerzitet u Kragujevcu i tehničke škole obrazuju mašinske i elektro inženjere, a grad sa poslodavcima sprovodi sopstveni program prekvalifikacije. Investitori dobijaju zemljište po subvencionisanoj ceni, gradski podsticaj uz državni podsticaj po radnom mestu i pomoć pri zapošljavanju.',
    minTicketEur: 1_200_000,
    totalSizeEur: 25_000_000,
    jobsExpected: 450,
    areaM2: 95_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 7_000,
        conditions:
          'Combined state and city grant per new job for automotive investments, for jobs kept at least five years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 70,
        conditions:
          'Land sold at 30% of its appraised value against a commitment of at least 200 jobs.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee for production buildings.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 9,
      airportKm: 55,
      railKm: 3,
    },
    timeline: 'Land available now; production possible from mid-2028',
    contactName: 'Marko Đorđević',
    contactEmail: 'investicije@kragujevac.most.demo',
    publishedDaysAgo: 5,
  },
  // 12
  {
    organisation: 'kragujevac-ler',
    municipality: 'kragujevac',
    sectors: ['mining-metals', 'manufacturing'],
    type: 'brownfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Metalworking hall in the former Zastava industrial complex, Kragujevac',
    titleSr: 'Hala za obradu metala u bivšem industrijskom kompleksu Zastava, Kragujevac',
    summaryEn:
      'A renovated 11,000 m² hall with overhead cranes and a rail siding, for sale or long-term lease.',
    summarySr:
      'Renovirana hala od 11.000 m² sa kranovima i industrijskim kolosekom, za prodaju ili dugoročni zakup.',
    descriptionEn:
      'The city has taken over and renovated a forging and machining hall in the former Zastava complex, a short drive from the city centre. The hall has two 20-tonne overhead cranes, a 4 MW power connection and a new roof, and sits on a 26,000 m² plot with a rail siding. It suits metal processing, forging, steel structures or metal recycling. Experienced machinists and welders are available, and the city pays part of the training cost for new employees.',
    descriptionSr:
      'Grad je preuzeo i obnovio halu za kovanje i mašinsku obradu u bivšem kompleksu Zastava, nedaleko od centra grada. Hala ima dve mosne dizalice nosivosti 20 tona, priključak snage 4 MW i novi krov, a nalazi se na parceli od 26.000 m² sa industrijskim kolosekom. Pogodna je za obradu metala, kovanje, čelične konstrukcije ili reciklažu metala. Na raspolaganju su iskusni strugari i zavarivači, a grad finansira deo obuke novih radnika.',
    minTicketEur: 400_000,
    totalSizeEur: 3_600_000,
    jobsExpected: 160,
    areaM2: 26_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'City and state grant per new job, for jobs kept at least three years.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for the first three years.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_needed',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 7,
      airportKm: 55,
      railKm: 0,
    },
    timeline: 'Available immediately; production could start within six months',
    contactName: 'Marko Đorđević',
    contactEmail: 'investicije@kragujevac.most.demo',
    publishedDaysAgo: 40,
  },
  // 13
  {
    organisation: 'kragujevac-ler',
    municipality: 'kragujevac',
    sectors: ['energy', 'environment'],
    type: 'public_private_partnership',
    stage: 'planning',
    status: 'published',
    titleEn: 'Solar power plant on a closed city landfill, Kragujevac',
    titleSr: 'Solarna elektrana na zatvorenoj gradskoj deponiji, Kragujevac',
    summaryEn:
      'A 15 MW solar power plant under a public-private partnership, with the city as the anchor buyer of electricity.',
    summarySr:
      'Solarna elektrana od 15 MW u modelu javno-privatnog partnerstva, sa gradom kao glavnim kupcem električne energije.',
    descriptionEn:
      'The city is closing and recultivating its old landfill and offers 24 hectares of it for a ground-mounted solar power plant. The transmission system operator has confirmed a connection at a 110 kV substation 2 km away. Under a 25-year PPP the private partner builds and operates the plant, and the city buys 40% of the output for schools, hospitals and street lighting at an agreed price. The rest is sold on the market or to industrial buyers in the nearby business zones.',
    descriptionSr:
      'Grad zatvara i rekultiviše staru deponiju i nudi 24 hektara za solarnu elektranu na zemlji. Operator prenosnog sistema potvrdio je priključenje na trafostanicu 110 kV udaljenu 2 km. Po modelu javno-privatnog partnerstva na 25 godina privatni partner gradi elektranu i upravlja njome, a grad po ugovorenoj ceni otkupljuje 40% proizvodnje za škole, bolnice i javnu rasvetu. Ostatak se prodaje na tržištu ili industrijskim kupcima u obližnjim radnim zonama.',
    minTicketEur: 1_000_000,
    totalSizeEur: 11_000_000,
    jobsExpected: 15,
    areaM2: 240_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions: 'The city builds the access road and the cable route to the substation.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power'],
      motorwayKm: 6,
      airportKm: 60,
      railKm: 4,
    },
    timeline: 'PPP tender 2027, construction 2028, connected to the grid in 2029',
    contactName: 'Vesna Radović',
    contactEmail: 'investicije@kragujevac.most.demo',
    publishedDaysAgo: 18,
  },
  // 14
  {
    organisation: 'cacak-ler',
    municipality: 'cacak',
    sectors: ['agriculture-food', 'logistics'],
    type: 'greenfield',
    stage: 'permitted',
    status: 'published',
    titleEn: 'Cold storage for raspberries and fruit near Čačak',
    titleSr: 'Hladnjača za malinu i voće kod Čačka',
    summaryEn:
      'A 6,000-tonne cold storage with a freezing tunnel and a packing line, in the heart of the raspberry region.',
    summarySr:
      'Hladnjača kapaciteta 6.000 tona sa tunelom za zamrzavanje i linijom za pakovanje, u srcu malinogorja.',
    descriptionEn:
      'Western Serbia grows most of the country’s raspberries, and growers around Čačak, Arilje and Ivanjica still sell much of the crop at harvest prices because cold-storage capacity is short. The project is a 6,000-tonne cold storage with a fast-freezing tunnel, controlled-atmosphere chambers for apples and plums and a packing line for EU retail. The building permit is issued for a 22,000 m² plot next to the Miloš Veliki motorway at Preljina, and a cooperative of 180 growers has signed letters of intent for supply. The investor can take a stake in the operating company alongside the local fruit trader who started the project.',
    descriptionSr:
      'Zapadna Srbija daje najveći deo srpske maline, a proizvođači oko Čačka, Arilja i Ivanjice i dalje veliki deo roda prodaju po cenama iz berbe jer nedostaje hladnjača. Projekat je hladnjača kapaciteta 6.000 tona sa tunelom za brzo zamrzavanje, komorama sa kontrolisanom atmosferom za jabuku i šljivu i linijom za pakovanje za trgovinske lance u EU. Građevinska dozvola je izdata za parcelu od 22.000 m² pored autoputa Miloš Veliki kod Preljine, a zadruga od 180 proizvođača potpisala je pisma o namerama za snabdevanje. Investitor može ući u vlasništvo kompanije koja upravlja hladnjačom, zajedno sa lokalnim otkupljivačem voća koji je pokrenuo projekat.',
    minTicketEur: 300_000,
    totalSizeEur: 4_800_000,
    jobsExpected: 55,
    areaM2: 22_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'State grant per new permanent job for agri-food processing investments.',
      },
      {
        kind: 'utility_connection',
        conditions: 'The city brings a 1 MW power connection and water to the plot boundary.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 1,
      airportKm: 35,
      railKm: 6,
    },
    timeline: 'Construction from spring 2027, first raspberry harvest stored in June 2028',
    contactName: 'Ivana Kovačević',
    contactEmail: 'investicije@cacak.most.demo',
    publishedDaysAgo: 11,
  },
  // 15
  {
    organisation: 'cacak-ler',
    municipality: 'cacak',
    sectors: ['manufacturing', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Industrial parcel in the Preljina business zone, Čačak',
    titleSr: 'Industrijska parcela u radnoj zoni Preljina, Čačak',
    summaryEn:
      'A 48,000 m² serviced parcel at the Preljina junction of the Miloš Veliki motorway, 30 minutes from Morava Airport.',
    summarySr:
      'Opremljena parcela od 48.000 m² kod petlje Preljina na autoputu Miloš Veliki, 30 minuta od aerodroma Morava.',
    descriptionEn:
      'The Preljina zone lies where the Miloš Veliki motorway to Belgrade meets the Morava Corridor, which brings Corridor 10 within 45 minutes. The city offers a 48,000 m² parcel with power, gas, water, sewage and fibre, registered and zoned for industry. Čačak has a strong metalworking and plastics base, and the Faculty of Technical Sciences trains engineers locally. The investor gets discounted land, a city job grant on top of the state grant and a building permit within a month.',
    descriptionSr:
      'Radna zona Preljina nalazi se na mestu gde se autoput Miloš Veliki ka Beogradu spaja sa Moravskim koridorom, pa je Koridor 10 udaljen 45 minuta. Grad nudi parcelu od 48.000 m² sa strujom, gasom, vodom, kanalizacijom i optikom, upisanu i namenjenu industriji. Čačak ima snažnu metaloprerađivačku i plastičarsku industriju, a Fakultet tehničkih nauka obrazuje inženjere u samom gradu. Investitor dobija zemljište uz popust, gradski podsticaj po radnom mestu uz državni i građevinsku dozvolu u roku od mesec dana.',
    minTicketEur: 700_000,
    totalSizeEur: 9_000_000,
    jobsExpected: 220,
    areaM2: 48_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 3_000,
        conditions:
          'City grant per new job on top of the state incentive, for jobs kept at least three years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 50,
        conditions: 'Land sold at half of its appraised value for investments above 3 million EUR.',
      },
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'No local property tax for the first three years of operation.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 1,
      airportKm: 30,
      railKm: 4,
    },
    timeline: 'Available now; construction 2027, production from 2028',
    contactName: 'Ivana Kovačević',
    contactEmail: 'investicije@cacak.most.demo',
    publishedDaysAgo: 29,
  },
  // 16
  {
    organisation: 'cacak-ler',
    municipality: 'cacak',
    sectors: ['wood-furniture', 'manufacturing'],
    type: 'equity_stake',
    stage: 'operating',
    status: 'published',
    titleEn: 'Equity stake in a solid-oak furniture maker from Čačak',
    titleSr: 'Vlasnički udeo u fabrici nameštaja od masivnog hrasta iz Čačka',
    summaryEn:
      'An exporting family furniture company offers 30% to finance a CNC line and a showroom in Vienna.',
    summarySr:
      'Porodična fabrika nameštaja koja izvozi nudi 30% udela za finansiranje CNC linije i salona u Beču.',
    descriptionEn:
      'The company employs 75 people and exports 80% of its oak and beech tables, chairs and beds to Austria, Germany and Switzerland, under its own brand and for furniture chains. Orders exceed capacity by about a third, and a five-axis CNC line with a new drying kiln would double output. The owners offer a 30% stake for 1.2 million EUR, with a board seat and a say in the export strategy. A partner from the diaspora who knows furniture retail in the German-speaking countries would add the most value.',
    descriptionSr:
      'Kompanija zapošljava 75 ljudi i izvozi 80% svojih stolova, stolica i kreveta od hrasta i bukve u Austriju, Nemačku i Švajcarsku, pod sopstvenim brendom i za lance nameštaja. Porudžbine premašuju kapacitet za oko trećinu, a petoosna CNC linija sa novom sušarom udvostručila bi proizvodnju. Vlasnici nude 30% udela za 1,2 miliona evra, uz mesto u upravnom odboru i reč u izvoznoj strategiji. Najviše bi doprineo partner iz dijaspore koji poznaje prodaju nameštaja u zemljama nemačkog govornog područja.',
    minTicketEur: 400_000,
    totalSizeEur: 1_200_000,
    jobsExpected: 40,
    areaM2: null,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 3_000,
        conditions: 'State grant per new job in manufacturing, for jobs kept at least three years.',
      },
    ],
    site: null,
    timeline: 'New line in operation nine months after closing',
    contactName: 'Goran Lazić',
    contactEmail: 'investicije@cacak.most.demo',
    publishedDaysAgo: 52,
  },
  // 17
  {
    organisation: 'vocar-fruit',
    municipality: 'leskovac',
    sectors: ['agriculture-food', 'manufacturing'],
    type: 'expansion',
    stage: 'operating',
    status: 'published',
    titleEn: 'Voćar Fruit — second IQF freezing line for berries and vegetables',
    titleSr: 'Voćar Fruit — druga IQF linija za zamrzavanje bobičastog voća i povrća',
    summaryEn:
      'A Leskovac fruit processor exporting to the EU needs a second freezing line and 3,000 tonnes of new storage.',
    summarySr:
      'Leskovački prerađivač voća koji izvozi u EU treba drugu liniju za zamrzavanje i 3.000 tona novog skladišnog prostora.',
    descriptionEn:
      'Voćar Fruit buys raspberries, blackberries, sour cherries and peppers from about 900 growers in the Jablanica district and exports frozen fruit to Germany, France and Scandinavia. Its single IQF line runs at full capacity during the season, so the company turns growers away each summer. The expansion adds a second IQF line of 4 tonnes per hour, 3,000 tonnes of deep-freeze storage and a BRC-certified packing room on the company’s own land. The company offers an investor a minority stake or a convertible loan with a fixed return.',
    descriptionSr:
      'Voćar Fruit otkupljuje malinu, kupinu, višnju i papriku od oko 900 proizvođača iz Jablaničkog okruga i izvozi smrznuto voće u Nemačku, Francusku i Skandinaviju. Jedina IQF linija tokom sezone radi punim kapacitetom, pa kompanija svakog leta odbija proizvođače. Proširenje donosi drugu IQF liniju kapaciteta 4 tone na sat, 3.000 tona prostora za duboko zamrzavanje i prostoriju za pakovanje sa BRC sertifikatom, na sopstvenom zemljištu kompanije. Kompanija investitoru nudi manjinski udeo ili konvertibilni zajam sa fiksnim prinosom.',
    minTicketEur: 250_000,
    totalSizeEur: 3_400_000,
    jobsExpected: 45,
    areaM2: 15_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions:
          'State grant per new job for agri-food investments in the Jablanica district, a less developed area.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions:
          'Leskovac waives half of the local property tax on the new buildings for five years.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'applied',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 4,
      airportKm: 45,
      railKm: 3,
    },
    timeline: 'Construction autumn 2027, line ready for the 2028 season',
    contactName: 'Ana Jovanović',
    contactEmail: 'ana@vocar-fruit.most.demo',
    publishedDaysAgo: 2,
  },
  // 18
  {
    organisation: 'vocar-fruit',
    municipality: 'leskovac',
    sectors: ['agriculture-food', 'retail-services'],
    type: 'joint_venture',
    stage: 'operating',
    status: 'published',
    titleEn: 'Joint venture for freeze-dried fruit and fruit powders, Leskovac',
    titleSr: 'Zajedničko ulaganje u liofilizovano voće i voćne prahove, Leskovac',
    summaryEn:
      'Voćar Fruit seeks a partner with access to EU retail for a freeze-drying plant next to its cold stores.',
    summarySr:
      'Voćar Fruit traži partnera sa pristupom trgovinskim lancima u EU za pogon za liofilizaciju pored svojih hladnjača.',
    descriptionEn:
      'Freeze-dried raspberries and fruit powders sell at five to ten times the price of frozen fruit, and demand from muesli, snack and baby-food makers keeps growing. Voćar Fruit will bring the raw material, the site and its grower network to a joint venture that builds a freeze-drying plant for 600 tonnes a year. It seeks a partner who brings equity and a sales channel in the EU, for example a food brand or distributor owned by diaspora entrepreneurs. Ownership can be split 50/50, with Voćar Fruit running production.',
    descriptionSr:
      'Liofilizovana malina i voćni prahovi prodaju se po ceni pet do deset puta višoj od smrznutog voća, a potražnja proizvođača musli mešavina, grickalica i hrane za bebe stalno raste. Voćar Fruit u zajedničko ulaganje unosi sirovinu, lokaciju i mrežu proizvođača, a zajednička kompanija gradi pogon za liofilizaciju kapaciteta 600 tona godišnje. Traži se partner koji donosi kapital i prodajni kanal u EU, na primer prehrambeni brend ili distributer u vlasništvu preduzetnika iz dijaspore. Vlasništvo se može podeliti 50/50, a proizvodnjom bi upravljao Voćar Fruit.',
    minTicketEur: 500_000,
    totalSizeEur: 2_900_000,
    jobsExpected: 30,
    areaM2: 6_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions: 'State grant per new job in a less developed area, for jobs kept three years.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 4,
      airportKm: 45,
      railKm: 3,
    },
    timeline: 'Partner agreement 2027, plant operating from autumn 2028',
    contactName: 'Ana Jovanović',
    contactEmail: 'ana@vocar-fruit.most.demo',
    publishedDaysAgo: 37,
  },
  // 19
  {
    organisation: 'beograd-privreda',
    municipality: 'beograd',
    sectors: ['logistics', 'retail-services'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Logistics park plot near Belgrade Nikola Tesla Airport',
    titleSr: 'Parcela za logistički park kod aerodroma Nikola Tesla u Beogradu',
    summaryEn:
      'A 110,000 m² plot in Surčin between the airport, the Belgrade bypass and the Corridor 10 motorway.',
    summarySr:
      'Parcela od 110.000 m² u Surčinu između aerodroma, beogradske obilaznice i autoputa na Koridoru 10.',
    descriptionEn:
      'Belgrade is the main distribution hub for the Western Balkans, and the belt around Surčin and Dobanovci has the lowest vacancy of modern warehouses in the region. The 110,000 m² plot is zoned for logistics and light industry, lies 4 km from the airport cargo terminal and has direct access to the Belgrade bypass. It suits a regional distribution centre, e-commerce fulfilment or a multi-tenant logistics park built in phases. The city sells the land in a public tender and completes the utilities up to the boundary.',
    descriptionSr:
      'Beograd je glavno distributivno čvorište Zapadnog Balkana, a pojas oko Surčina i Dobanovaca ima najmanje slobodnog modernog skladišnog prostora u regionu. Parcela od 110.000 m² namenjena je logistici i lakoj industriji, udaljena je 4 km od aerodromskog kargo terminala i ima direktan pristup beogradskoj obilaznici. Pogodna je za regionalni distributivni centar, skladište za e-trgovinu ili logistički park za više zakupaca koji se gradi u fazama. Grad prodaje zemljište javnim nadmetanjem i završava infrastrukturu do granice parcele.',
    minTicketEur: 2_000_000,
    totalSizeEur: 40_000_000,
    jobsExpected: 400,
    areaM2: 110_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions:
          'The city completes the collector road, water and sewage to the plot boundary before handover.',
      },
      {
        kind: 'tax_relief',
        percentage: 30,
        conditions:
          'Property tax reduced by 30% for three years for investments above 10 million EUR.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 4,
      railKm: 5,
    },
    timeline: 'Tender Q2 2027; first warehouse can open in 2029',
    contactName: 'Aleksandra Todorović',
    contactEmail: 'investicije@beograd.most.demo',
    publishedDaysAgo: 14,
  },
  // 20
  {
    organisation: 'beograd-privreda',
    municipality: 'beograd',
    sectors: ['real-estate', 'ict'],
    type: 'real_estate',
    stage: 'permitted',
    status: 'published',
    titleEn: 'Office building for technology companies in New Belgrade',
    titleSr: 'Poslovna zgrada za tehnološke kompanije na Novom Beogradu',
    summaryEn:
      'A permitted 18,000 m² office building in Block 42, with 60% of the space covered by letters of intent from software companies.',
    summarySr:
      'Poslovna zgrada od 18.000 m² sa građevinskom dozvolom u Bloku 42, za čijih je 60% prostora potpisano pismo o namerama softverskih kompanija.',
    descriptionEn:
      'Grade A office space in New Belgrade is almost fully let, and international software and engineering centres are looking for larger floors. A local developer holds the land and the building permit for a nine-storey office building with 18,000 m² of lettable area, a green roof and underground parking. Letters of intent from tenants cover 60% of the space. The developer seeks co-investors for the equity part of the financing, with returns from rent or from the sale of the finished building.',
    descriptionSr:
      'Poslovni prostor A klase na Novom Beogradu gotovo je potpuno izdat, a međunarodni softverski i inženjerski centri traže veće spratove. Lokalni investitor ima zemljište i građevinsku dozvolu za poslovnu zgradu od devet spratova sa 18.000 m² prostora za zakup, zelenim krovom i podzemnom garažom. Pisma o namerama zakupaca pokrivaju 60% prostora. Investitor traži suinvestitore za kapitalni deo finansiranja, sa prinosom od zakupa ili od prodaje završene zgrade.',
    minTicketEur: 1_000_000,
    totalSizeEur: 36_000_000,
    jobsExpected: 60,
    areaM2: 18_000,
    incentives: [],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'commercial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 12,
      railKm: 3,
    },
    timeline: 'Construction 2027–2029, tenants move in early 2030',
    contactName: 'Aleksandra Todorović',
    contactEmail: 'investicije@beograd.most.demo',
    publishedDaysAgo: 44,
  },
  // 21
  {
    organisation: 'novi-sad-ler',
    municipality: 'novi-sad',
    sectors: ['manufacturing', 'ict', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Industrial parcel in the North IV business zone, Novi Sad',
    titleSr: 'Industrijska parcela u radnoj zoni Sever IV, Novi Sad',
    summaryEn:
      'A 36,000 m² serviced parcel for electronics or precision manufacturing, next to the Belgrade–Budapest motorway and railway.',
    summarySr:
      'Opremljena parcela od 36.000 m² za elektroniku ili preciznu proizvodnju, pored autoputa i pruge Beograd–Budimpešta.',
    descriptionEn:
      'North IV is the largest business zone of Novi Sad, home to automotive electronics, cable and food companies that together employ several thousand people. The parcel is registered, zoned for industry and connected to all utilities, and the high-speed Belgrade–Budapest railway stops in Novi Sad, 15 minutes away. The University of Novi Sad and its Faculty of Technical Sciences form one of the largest engineering schools in the region. The city offers a discount on the land and a fast-track permit procedure for investors who create high-skilled jobs.',
    descriptionSr:
      'Sever IV je najveća radna zona Novog Sada, u kojoj posluju kompanije iz oblasti automobilske elektronike, kablova i prehrane sa nekoliko hiljada zaposlenih. Parcela je upisana, namenjena industriji i priključena na svu infrastrukturu, a brza pruga Beograd–Budimpešta staje u Novom Sadu, 15 minuta dalje. Univerzitet u Novom Sadu sa Fakultetom tehničkih nauka jedna je od najvećih inženjerskih škola u regionu. Grad nudi popust na cenu zemljišta i ubrzan postupak izdavanja dozvola za investitore koji otvaraju visokokvalifikovana radna mesta.',
    minTicketEur: 600_000,
    totalSizeEur: 12_000_000,
    jobsExpected: 250,
    areaM2: 36_000,
    incentives: [
      {
        kind: 'subsidised_land',
        percentage: 30,
        conditions: 'Land price reduced by 30% for investments with at least 100 new jobs.',
      },
      {
        kind: 'grant_per_job',
        amountEur: 6_000,
        conditions: 'State grant per new job for investments with a high share of engineers.',
      },
      {
        kind: 'fee_waiver',
        percentage: 50,
        conditions: 'Half of the building-land development fee waived for production facilities.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 75,
      railKm: 3,
    },
    timeline: 'Available now; production possible from Q3 2028',
    contactName: 'Milan Babić',
    contactEmail: 'investicije@novisad.most.demo',
    publishedDaysAgo: 6,
  },
  // 22
  {
    organisation: 'novi-sad-ler',
    municipality: 'novi-sad',
    sectors: ['creative-industries', 'tourism', 'real-estate'],
    type: 'brownfield',
    stage: 'planning',
    status: 'published',
    titleEn: 'Creative quarter in a former industrial block on the Danube, Novi Sad',
    titleSr: 'Kreativna četvrt u bivšem industrijskom bloku na Dunavu, Novi Sad',
    summaryEn:
      'Old warehouses and workshops near the Danube quay, to be converted into studios, offices and a concert venue.',
    summarySr:
      'Stara skladišta i radionice kod dunavskog keja, za pretvaranje u studije, kancelarije i koncertni prostor.',
    descriptionEn:
      'After its year as European Capital of Culture, Novi Sad wants to keep its creative scene in the city, and artists and small studios already use part of an old industrial block near the Danube. The city owns 14,000 m² of warehouses and workshops there and is preparing a plan for their conversion into studios, co-working space, a music venue and a food hall. It seeks a private partner to co-invest in the renovation and operate the quarter under a long-term lease. Novi Sad has a large student population, and its summer festivals bring tens of thousands of visitors.',
    descriptionSr:
      'Posle godine u kojoj je bio Evropska prestonica kulture, Novi Sad želi da zadrži kreativnu scenu u gradu, a umetnici i mali studiji već koriste deo starog industrijskog bloka kod Dunava. Grad je tamo vlasnik 14.000 m² skladišta i radionica i priprema plan za njihovo pretvaranje u studije, prostor za zajednički rad, muzički klub i halu sa hranom. Traži privatnog partnera koji će suinvestirati u obnovu i upravljati četvrti po dugoročnom zakupu. Novi Sad ima veliki broj studenata, a letnji festivali dovode desetine hiljada posetilaca.',
    minTicketEur: 300_000,
    totalSizeEur: 6_500_000,
    jobsExpected: 180,
    areaM2: 14_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'No local property tax for the first two years after opening.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No development fee for the conversion of the existing buildings.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'in_progress',
      zoning: 'mixed_use',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 5,
      airportKm: 80,
      railKm: 2,
    },
    timeline: 'Plan adopted 2027, first buildings open 2028, full quarter by 2030',
    contactName: 'Milan Babić',
    contactEmail: 'investicije@novisad.most.demo',
    publishedDaysAgo: 57,
  },
  // 23
  {
    organisation: 'agrosens',
    municipality: 'novi-sad',
    sectors: ['agriculture-food', 'ict', 'environment'],
    type: 'startup',
    stage: 'idea',
    status: 'published',
    titleEn: 'Agrosens — pre-seed round for smart irrigation in Vojvodina',
    titleSr: 'Agrosens — prva investicija za pametno navodnjavanje u Vojvodini',
    summaryEn:
      'Two researchers from Novi Sad turn soil-moisture sensors and satellite data into irrigation advice for farmers.',
    summarySr:
      'Dvoje istraživača iz Novog Sada pretvara podatke senzora vlažnosti zemljišta i satelitske snimke u preporuke za navodnjavanje.',
    descriptionEn:
      'Droughts have cut maize and soybean yields in Vojvodina several times in the last decade, while most farms still irrigate by rule of thumb. Agrosens combines low-cost soil-moisture sensors with satellite images and weather forecasts to tell farmers when and how much to water. A prototype tested on 400 hectares near Bačka Palanka used 20% less water for the same yield. The pre-seed round funds the first production batch of sensors, a mobile app and a pilot with two agricultural cooperatives.',
    descriptionSr:
      'Suše su u poslednjoj deceniji nekoliko puta smanjile prinose kukuruza i soje u Vojvodini, a većina gazdinstava i dalje navodnjava napamet. Agrosens kombinuje jeftine senzore vlažnosti zemljišta sa satelitskim snimcima i vremenskom prognozom i poljoprivrednicima javlja kada i koliko da zalivaju. Prototip testiran na 400 hektara kod Bačke Palanke trošio je 20% manje vode uz isti prinos. Prva investicija finansira prvu seriju senzora, mobilnu aplikaciju i pilot-projekat sa dve zemljoradničke zadruge.',
    minTicketEur: 50_000,
    totalSizeEur: 250_000,
    jobsExpected: 6,
    areaM2: null,
    incentives: [],
    site: null,
    timeline: 'Pilot season 2027, commercial launch 2028',
    contactName: 'Sanja Vuković',
    contactEmail: 'sanja@agrosens.most.demo',
    publishedDaysAgo: 19,
  },
  // 24
  {
    organisation: 'subotica-ler',
    municipality: 'subotica',
    sectors: ['manufacturing', 'automotive', 'logistics'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Parcel in the Subotica Free Zone',
    titleSr: 'Parcela u Slobodnoj zoni Subotica',
    summaryEn:
      'A 70,000 m² plot with customs and tax benefits, 10 km from the Hungarian border and the EU single market.',
    summarySr:
      'Parcela od 70.000 m² sa carinskim i poreskim olakšicama, 10 km od mađarske granice i jedinstvenog tržišta EU.',
    descriptionEn:
      'The Subotica Free Zone sits on the Belgrade–Budapest motorway and railway, about two hours from Budapest airport and 10 km from the Kelebija and Horgoš border crossings. Goods produced in the zone for export are free of VAT and customs duties on imported equipment and materials. The 70,000 m² plot is fully serviced and can be divided; neighbouring tenants include automotive and electrical equipment makers. Subotica is a bilingual city with a strong technical school tradition, and many workers also speak Hungarian.',
    descriptionSr:
      'Slobodna zona Subotica nalazi se na autoputu i pruzi Beograd–Budimpešta, oko dva sata od budimpeštanskog aerodroma i 10 km od graničnih prelaza Kelebija i Horgoš. Roba proizvedena u zoni za izvoz oslobođena je PDV-a, a uvezena oprema i materijal carina. Parcela od 70.000 m² je potpuno opremljena i može se deliti, a u susedstvu posluju proizvođači delova za automobile i električne opreme. Subotica je dvojezičan grad sa jakom tradicijom tehničkog obrazovanja, a mnogi radnici govore i mađarski.',
    minTicketEur: 1_000_000,
    totalSizeEur: 20_000_000,
    jobsExpected: 380,
    areaM2: 70_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions: 'State grant per new job, for jobs kept at least three years.',
      },
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions:
          'No local property tax for five years for companies operating in the free zone.',
      },
      {
        kind: 'utility_connection',
        conditions:
          'The zone operator connects power, gas and water to the building at its own cost.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 190,
      railKm: 1,
    },
    timeline: 'Plots available now; production from 2028',
    contactName: 'Dejan Vojnić',
    contactEmail: 'investicije@subotica.most.demo',
    publishedDaysAgo: 8,
  },
  // 25
  {
    organisation: 'subotica-ler',
    municipality: 'subotica',
    sectors: ['agriculture-food', 'tourism'],
    type: 'expansion',
    stage: 'operating',
    status: 'published',
    titleEn: 'Family winery near Palić expanding its cellar and wine tourism',
    titleSr: 'Porodična vinarija kod Palića širi podrum i vinski turizam',
    summaryEn:
      'A winery on the Subotica–Horgoš sands seeks a minority partner to double production and add a tasting room with guest rooms.',
    summarySr:
      'Vinarija na Subotičko-horgoškoj peščari traži manjinskog partnera da udvostruči proizvodnju i otvori degustacionu salu sa sobama.',
    descriptionEn:
      'The winery farms 28 hectares on the sandy soils between Subotica and Palić, where vines have been grown for centuries, and is known for its Kadarka and Welschriesling. It sells out every vintage through restaurants in Belgrade and Novi Sad and shops in Hungary. The expansion adds a barrel cellar, a bottling line and a tasting room with ten guest rooms on the Palić wine route, five minutes from Lake Palić. The family keeps majority control and offers up to 35% to a partner.',
    descriptionSr:
      'Vinarija obrađuje 28 hektara na peskovitom zemljištu između Subotice i Palića, gde se vinova loza gaji vekovima, a poznata je po kadarki i graševini. Svaku berbu rasproda preko restorana u Beogradu i Novom Sadu i prodavnica u Mađarskoj. Proširenje donosi podrum za barike, liniju za punjenje i degustacionu salu sa deset soba na palićkom vinskom putu, pet minuta od Palićkog jezera. Porodica zadržava većinsko vlasništvo i partneru nudi do 35% udela.',
    minTicketEur: 150_000,
    totalSizeEur: 1_300_000,
    jobsExpected: 14,
    areaM2: 280_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions:
          'Half of the local property tax on the new cellar and guest rooms waived for five years.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'agricultural',
      buildingPermit: 'applied',
      utilities: ['power', 'water'],
      motorwayKm: 8,
      airportKm: 190,
      railKm: 6,
    },
    timeline: 'Cellar ready for the 2027 harvest; tasting room opens spring 2028',
    contactName: 'Marina Dulić',
    contactEmail: 'investicije@subotica.most.demo',
    publishedDaysAgo: 31,
  },
  // 26
  {
    organisation: 'pirot-ler',
    municipality: 'pirot',
    sectors: ['manufacturing', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Industrial parcel in the Pirot Free Zone',
    titleSr: 'Industrijska parcela u Slobodnoj zoni Pirot',
    summaryEn:
      'A 40,000 m² plot in the free zone on Corridor 10, one hour from Sofia and 45 minutes from Niš airport.',
    summarySr:
      'Parcela od 40.000 m² u slobodnoj zoni na Koridoru 10, sat vremena od Sofije i 45 minuta od niškog aerodroma.',
    descriptionEn:
      'Pirot has a long industrial tradition in rubber and tyres, and its free zone is home to one of the largest tyre factories in the region. The plot lies next to the Niš–Sofia motorway, with the Bulgarian border 25 km away, so both the EU and the Serbian market are within easy reach. Companies in the zone import equipment and materials free of customs duties and VAT. The city adds its own incentives and helps with recruitment through the local technical school, which trains machine operators and rubber technologists.',
    descriptionSr:
      'Pirot ima dugu industrijsku tradiciju u preradi gume i proizvodnji guma, a u slobodnoj zoni radi jedna od najvećih fabrika guma u regionu. Parcela se nalazi pored autoputa Niš–Sofija, a bugarska granica je 25 km dalje, pa su i tržište EU i srpsko tržište nadohvat ruke. Kompanije u zoni uvoze opremu i materijal bez carine i PDV-a. Grad dodaje sopstvene podsticaje i pomaže pri zapošljavanju preko lokalne tehničke škole, koja obrazuje rukovaoce mašinama i tehnologe za gumu.',
    minTicketEur: 500_000,
    totalSizeEur: 8_000_000,
    jobsExpected: 200,
    areaM2: 40_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 6_000,
        conditions:
          'State grant per new job in a less developed municipality, kept for three years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 80,
        conditions:
          'Land sold at 20% of its market price for investments with at least 50 new jobs.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee in the free zone.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 70,
      railKm: 2,
    },
    timeline: 'Available now; construction can start within three months',
    contactName: 'Bojan Ranđelović',
    contactEmail: 'investicije@pirot.most.demo',
    publishedDaysAgo: 23,
  },
  // 27
  {
    organisation: 'pirot-ler',
    municipality: 'pirot',
    sectors: ['agriculture-food'],
    type: 'expansion',
    stage: 'operating',
    status: 'published',
    titleEn: 'Pirot kashkaval dairy — new ripening cellar and export line',
    titleSr: 'Mlekara za pirotski kačkavalj — nova zrionica i linija za izvoz',
    summaryEn:
      'A traditional dairy using sheep and cow milk from Stara Planina needs capacity to meet demand from diaspora shops in Europe.',
    summarySr:
      'Tradicionalna mlekara koja prerađuje ovčije i kravlje mleko sa Stare planine treba veći kapacitet zbog potražnje prodavnica dijaspore u Evropi.',
    descriptionEn:
      'Pirot kashkaval is a cheese with a protected geographical indication, made from the milk of sheep and cows grazing on Stara Planina. The dairy processes 12,000 litres of milk a day from 300 small farmers and sells out its stock every winter; Serbian shops in Austria, Germany and Switzerland ask for more than it can supply. The expansion adds a climate-controlled ripening cellar for 200 tonnes of cheese, a vacuum-packing line and EU export certification. The owner offers a minority stake or a profit-sharing loan.',
    descriptionSr:
      'Pirotski kačkavalj je sir sa zaštićenom oznakom geografskog porekla, od mleka ovaca i krava sa pašnjaka Stare planine. Mlekara dnevno prerađuje 12.000 litara mleka od 300 malih proizvođača i svake zime rasproda zalihe, a srpske prodavnice u Austriji, Nemačkoj i Švajcarskoj traže više nego što može da isporuči. Proširenje donosi klimatizovanu zrionicu za 200 tona sira, liniju za vakuum pakovanje i sertifikat za izvoz u EU. Vlasnik nudi manjinski udeo ili zajam sa učešćem u dobiti.',
    minTicketEur: 100_000,
    totalSizeEur: 950_000,
    jobsExpected: 18,
    areaM2: 3_500,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'State grant per new job in food processing in a less developed municipality.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 3,
      airportKm: 70,
      railKm: 2,
    },
    timeline: 'Cellar operating for the 2027–2028 season',
    contactName: 'Snežana Ćirić',
    contactEmail: 'investicije@pirot.most.demo',
    publishedDaysAgo: 66,
  },
  // 28
  {
    organisation: 'vranje-ler',
    municipality: 'vranje',
    sectors: ['manufacturing', 'textiles', 'logistics'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Parcel in the Vranje Free Zone on Corridor 10',
    titleSr: 'Parcela u Slobodnoj zoni Vranje na Koridoru 10',
    summaryEn:
      'A 55,000 m² serviced parcel on the motorway to Skopje and Thessaloniki, with the highest state incentives in Serbia.',
    summarySr:
      'Opremljena parcela od 55.000 m² na autoputu ka Skoplju i Solunu, sa najvišim državnim podsticajima u Srbiji.',
    descriptionEn:
      'Vranje is classed as a devastated area under Serbian law, so investors receive the highest job grants the state offers. The free zone lies next to the Corridor 10 motorway, about four hours by road from the port of Thessaloniki and 90 minutes from Niš airport. Textile, footwear and automotive-cable companies in the town employ thousands of people, and the technical and textile schools train new staff every year. The 55,000 m² parcel is fully serviced and can be split into two plots.',
    descriptionSr:
      'Vranje spada u devastirana područja po zakonu, pa investitori dobijaju najviše državne podsticaje po radnom mestu. Slobodna zona nalazi se pored autoputa na Koridoru 10, oko četiri sata vožnje od luke Solun i 90 minuta od niškog aerodroma. Tekstilne, obućarske kompanije i proizvođači kablova za automobile u gradu zapošljavaju hiljade ljudi, a tehnička i tekstilna škola svake godine obrazuju nove radnike. Parcela od 55.000 m² potpuno je opremljena i može se podeliti na dve parcele.',
    minTicketEur: 400_000,
    totalSizeEur: 9_000_000,
    jobsExpected: 300,
    areaM2: 55_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 7_000,
        conditions:
          'The highest state grant per new job, available in devastated-area municipalities, for jobs kept three years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 100,
        conditions:
          'Land can be transferred free of charge for investments with at least 100 new jobs.',
      },
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'No local property tax for the first ten years.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 1,
      airportKm: 100,
      railKm: 2,
    },
    timeline: 'Available now; production possible from 2028',
    contactName: 'Ivan Stojković',
    contactEmail: 'investicije@vranje.most.demo',
    publishedDaysAgo: 16,
  },
  // 29
  {
    organisation: 'vranje-ler',
    municipality: 'vranje',
    sectors: ['agriculture-food', 'energy'],
    type: 'joint_venture',
    stage: 'planning',
    status: 'published',
    titleEn: 'Geothermal greenhouses at Vranjska Banja — joint venture',
    titleSr: 'Geotermalni staklenici u Vranjskoj Banji — zajedničko ulaganje',
    summaryEn:
      'The hottest thermal springs in Serbia, at 96 °C, to heat 8 hectares of greenhouses for tomatoes and peppers.',
    summarySr:
      'Najtopliji termalni izvori u Srbiji, od 96 °C, za grejanje 8 hektara staklenika za paradajz i papriku.',
    descriptionEn:
      'The springs of Vranjska Banja reach 96 °C, and most of their heat is wasted today. The city and its utility company propose a joint venture that uses the geothermal water to heat 8 hectares of modern greenhouses, cutting heating costs by about 70% compared with gas. The city contributes the land and the water rights, and the partner brings greenhouse technology, capital and buyers. Tomatoes and peppers would be sold to retail chains in Serbia and exported to Bulgaria and North Macedonia.',
    descriptionSr:
      'Izvori Vranjske Banje dostižu 96 °C, a najveći deo njihove toplote danas se ne koristi. Grad i njegovo javno komunalno preduzeće predlažu zajedničko ulaganje u kome se geotermalna voda koristi za grejanje 8 hektara modernih staklenika, uz troškove grejanja oko 70% niže nego na gas. Grad ulaže zemljište i pravo korišćenja vode, a partner donosi tehnologiju staklenika, kapital i kupce. Paradajz i paprika prodavali bi se trgovinskim lancima u Srbiji i izvozili u Bugarsku i Severnu Makedoniju.',
    minTicketEur: 800_000,
    totalSizeEur: 12_000_000,
    jobsExpected: 120,
    areaM2: 80_000,
    incentives: [
      {
        kind: 'subsidised_land',
        amountEur: 600_000,
        conditions:
          'City land and geothermal water rights contributed as the city share in the joint venture.',
      },
      {
        kind: 'grant_per_job',
        amountEur: 7_000,
        conditions: 'State grant per new job in a devastated-area municipality.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'agricultural',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water'],
      motorwayKm: 3,
      airportKm: 110,
      railKm: 2,
    },
    timeline: 'Feasibility study 2027, first 4 hectares planted in 2029',
    contactName: 'Ivan Stojković',
    contactEmail: 'investicije@vranje.most.demo',
    publishedDaysAgo: 73,
  },
  // 30
  {
    organisation: 'kraljevo-ler',
    municipality: 'kraljevo',
    sectors: ['manufacturing', 'automotive', 'wood-furniture'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Serviced parcel in the Jarčujak business zone near Morava Airport, Kraljevo',
    titleSr: 'Opremljena parcela u radnoj zoni Jarčujak kod aerodroma Morava, Kraljevo',
    summaryEn: 'A 52,000 m² parcel on the Morava Corridor motorway, 10 km from Morava Airport.',
    summarySr: 'Parcela od 52.000 m² na autoputu Moravski koridor, 10 km od aerodroma Morava.',
    descriptionEn:
      'The Morava Corridor motorway links Kraljevo to Corridor 10 at Pojate in about 40 minutes, and Morava Airport at Lađevci has regular flights to several European cities. The Jarčujak zone offers a 52,000 m² parcel in registered city ownership, zoned for industry, with all utilities at the boundary. Kraljevo has a tradition in rail vehicles, wood processing and metalworking, and the Faculty of Mechanical and Civil Engineering trains engineers in the city. Investors get subsidised land, a city job grant and a building permit within 30 days.',
    descriptionSr:
      'Autoput Moravski koridor povezuje Kraljevo sa Koridorom 10 kod Pojata za oko 40 minuta, a aerodrom Morava u Lađevcima ima redovne letove ka nekoliko evropskih gradova. Radna zona Jarčujak nudi parcelu od 52.000 m² u upisanom vlasništvu grada, namenjenu industriji, sa kompletnom infrastrukturom do granice parcele. Kraljevo ima tradiciju u proizvodnji šinskih vozila, preradi drveta i metala, a Fakultet za mašinstvo i građevinarstvo obrazuje inženjere u gradu. Investitori dobijaju subvencionisano zemljište, gradski podsticaj po radnom mestu i građevinsku dozvolu u roku od 30 dana.',
    minTicketEur: 500_000,
    totalSizeEur: 10_000_000,
    jobsExpected: 240,
    areaM2: 52_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions:
          'Combined city and state grant per new job, for jobs kept at least three years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 60,
        conditions:
          'Land sold at 40% of its appraised value against a commitment of at least 120 jobs.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee for production buildings.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 2,
      airportKm: 10,
      railKm: 2,
    },
    timeline: 'Available now; production from 2028',
    contactName: 'Nikola Milovanović',
    contactEmail: 'investicije@kraljevo.most.demo',
    publishedDaysAgo: 10,
  },
  // 31
  {
    organisation: 'kraljevo-ler',
    municipality: 'kraljevo',
    sectors: ['health', 'tourism'],
    type: 'greenfield',
    stage: 'planning',
    status: 'published',
    titleEn: 'Rehabilitation clinic and spa hotel in Mataruška Banja, Kraljevo',
    titleSr: 'Klinika za rehabilitaciju i banjski hotel u Mataruškoj Banji, Kraljevo',
    summaryEn:
      'An 80-bed private rehabilitation clinic on sulphur thermal springs, for patients from Serbia and the diaspora.',
    summarySr:
      'Privatna klinika za rehabilitaciju sa 80 kreveta na sumpornim termalnim izvorima, za pacijente iz Srbije i dijaspore.',
    descriptionEn:
      'Mataruška Banja, 7 km from Kraljevo, has used its sulphur springs for orthopaedic and rheumatic treatment for more than a hundred years. The city offers a 25,000 m² plot in the spa park for a private clinic for orthopaedic, neurological and post-surgery rehabilitation with a wellness hotel. Patients from the diaspora in Germany, Austria and Switzerland already travel home for such care, and the clinic would seek contracts with their health insurers. Morava Airport is 15 minutes away, and the city supports the project with discounted land and a job grant.',
    descriptionSr:
      'Mataruška Banja, 7 km od Kraljeva, više od sto godina koristi sumporne izvore za lečenje ortopedskih i reumatskih bolesti. Grad nudi parcelu od 25.000 m² u banjskom parku za privatnu kliniku za ortopedsku, neurološku i postoperativnu rehabilitaciju sa velnes hotelom. Pacijenti iz dijaspore u Nemačkoj, Austriji i Švajcarskoj već dolaze kući radi ovakvog lečenja, a klinika bi tražila ugovore sa njihovim zdravstvenim osiguranjima. Aerodrom Morava je udaljen 15 minuta, a grad podržava projekat zemljištem uz popust i podsticajem po radnom mestu.',
    minTicketEur: 700_000,
    totalSizeEur: 9_500_000,
    jobsExpected: 130,
    areaM2: 25_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions: 'State grant per new job in health and tourism services, kept for three years.',
      },
      {
        kind: 'subsidised_land',
        amountEur: 350_000,
        conditions:
          'The plot is sold about 350,000 EUR below its appraised value against the jobs commitment.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 5,
      airportKm: 15,
      railKm: 1,
    },
    timeline: 'Design and permits 2027, construction 2028, opening 2030',
    contactName: 'Nikola Milovanović',
    contactEmail: 'investicije@kraljevo.most.demo',
    publishedDaysAgo: 27,
  },
  // 32
  {
    organisation: 'kraljevo-ler',
    municipality: 'kraljevo',
    sectors: ['mining-metals', 'environment'],
    type: 'brownfield',
    stage: 'planning',
    status: 'published',
    titleEn: 'Former refractory materials plant in Kraljevo for metal recycling',
    titleSr: 'Bivša fabrika vatrostalnog materijala u Kraljevu za reciklažu metala',
    summaryEn:
      'A 90,000 m² industrial site with halls, a rail siding and a 35 kV substation, offered for metal processing or recycling.',
    summarySr:
      'Industrijski kompleks od 90.000 m² sa halama, industrijskim kolosekom i trafostanicom od 35 kV, za preradu ili reciklažu metala.',
    descriptionEn:
      'The plant made refractory bricks for steel mills across Yugoslavia and closed after a failed privatisation; the city has bought the site out of bankruptcy. It has 30,000 m² of halls, a rail siding on the Kraljevo–Kruševac line and a 35 kV substation. The city is preparing a regulation plan that allows metal recycling, foundry work or the production of building materials, and will clean up the site before the sale. The local workforce includes former plant staff with experience of kilns, furnaces and heavy machinery.',
    descriptionSr:
      'Fabrika je proizvodila vatrostalnu opeku za železare širom Jugoslavije i zatvorena je posle neuspele privatizacije, a grad je kompleks otkupio iz stečaja. Ima 30.000 m² hala, industrijski kolosek na pruzi Kraljevo–Kruševac i trafostanicu od 35 kV. Grad priprema plan regulacije koji dozvoljava reciklažu metala, livnicu ili proizvodnju građevinskog materijala i očistiće lokaciju pre prodaje. Lokalna radna snaga uključuje bivše radnike fabrike sa iskustvom u radu sa pećima i teškim mašinama.',
    minTicketEur: 600_000,
    totalSizeEur: 8_500_000,
    jobsExpected: 150,
    areaM2: 90_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for five years.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No development fee for the renovation of the existing halls.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'in_progress',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas'],
      motorwayKm: 4,
      airportKm: 12,
      railKm: 0,
    },
    timeline: 'Regulation plan 2027, sale by public tender in 2028',
    contactName: 'Tijana Jevremović',
    contactEmail: 'investicije@kraljevo.most.demo',
    publishedDaysAgo: 79,
  },
  // 33
  {
    organisation: 'zrenjanin-ler',
    municipality: 'zrenjanin',
    sectors: ['manufacturing', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Large parcel in the Southeast industrial zone, Zrenjanin',
    titleSr: 'Velika parcela u industrijskoj zoni Jugoistok, Zrenjanin',
    summaryEn:
      'A 120,000 m² serviced parcel for a large factory, with a rail siding, 75 minutes from Belgrade airport.',
    summarySr:
      'Opremljena parcela od 120.000 m² za veliku fabriku, sa industrijskim kolosekom, 75 minuta od beogradskog aerodroma.',
    descriptionEn:
      'The Southeast zone of Zrenjanin has attracted several large manufacturers in recent years, including one of the biggest tyre investments in Europe. The city offers a 120,000 m² parcel with gas, water, a rail siding and the option of a 110 kV connection, on the new fast road to Novi Sad and Belgrade. Zrenjanin draws on a large industrial workforce from the surrounding Banat villages and a technical faculty that trains engineers. Investors get subsidised land, a city top-up to the state job grant and a dedicated project manager in the city office.',
    descriptionSr:
      'Industrijska zona Jugoistok u Zrenjaninu privukla je poslednjih godina nekoliko velikih proizvođača, uključujući jednu od najvećih investicija u proizvodnju guma u Evropi. Grad nudi parcelu od 120.000 m² sa gasom, vodom, industrijskim kolosekom i mogućnošću priključka od 110 kV, na novoj brzoj saobraćajnici ka Novom Sadu i Beogradu. Zrenjanin se oslanja na veliku industrijsku radnu snagu iz okolnih banatskih sela i tehnički fakultet koji obrazuje inženjere. Investitori dobijaju subvencionisano zemljište, gradski dodatak na državni podsticaj po radnom mestu i posebnog menadžera projekta u gradskoj kancelariji.',
    minTicketEur: 2_000_000,
    totalSizeEur: 38_000_000,
    jobsExpected: 600,
    areaM2: 120_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions:
          'City top-up to the state grant per new job, for jobs kept at least five years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 50,
        conditions:
          'Land sold at half of its appraised value for investments above 20 million EUR.',
      },
      {
        kind: 'utility_connection',
        conditions:
          'The city builds the 110 kV connection and extends the rail siding to the parcel.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 45,
      airportKm: 75,
      railKm: 0,
    },
    timeline: 'Available now; construction 2027–2028',
    contactName: 'Dragan Popov',
    contactEmail: 'investicije@zrenjanin.most.demo',
    publishedDaysAgo: 4,
  },
  // 34
  {
    organisation: 'zrenjanin-ler',
    municipality: 'zrenjanin',
    sectors: ['agriculture-food', 'manufacturing'],
    type: 'equity_stake',
    stage: 'operating',
    status: 'published',
    titleEn: 'Equity stake in a Banat vegetable processor, Zrenjanin',
    titleSr: 'Vlasnički udeo u banatskoj kompaniji za preradu povrća, Zrenjanin',
    summaryEn:
      'A maker of pickled vegetables and ajvar offers 25% to fund a second line and exports to diaspora markets.',
    summarySr:
      'Proizvođač turšije i ajvara nudi 25% udela za finansiranje druge linije i izvoz na tržišta dijaspore.',
    descriptionEn:
      'The company processes 7,000 tonnes of peppers, cucumbers and cabbage a year from contracted growers in Banat and sells under its own brand in Serbia and the region. Retail chains in Austria, Germany and Switzerland that serve the Balkan diaspora have asked for larger volumes of roasted peppers and ajvar. A second line for roasted peppers and a new jar-filling machine would raise capacity by 60%. The owners offer a 25% stake and a seat on the board.',
    descriptionSr:
      'Kompanija godišnje prerađuje 7.000 tona paprike, krastavca i kupusa od ugovorenih proizvođača iz Banata i prodaje pod sopstvenim brendom u Srbiji i regionu. Trgovinski lanci u Austriji, Nemačkoj i Švajcarskoj koji snabdevaju balkansku dijasporu traže veće količine pečene paprike i ajvara. Druga linija za pečenu papriku i nova mašina za punjenje tegli povećale bi kapacitet za 60%. Vlasnici nude 25% udela i mesto u upravnom odboru.',
    minTicketEur: 300_000,
    totalSizeEur: 1_600_000,
    jobsExpected: 45,
    areaM2: null,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'State grant per new job in food processing, kept for at least three years.',
      },
    ],
    site: null,
    timeline: 'New line in production twelve months after closing',
    contactName: 'Marija Balać',
    contactEmail: 'investicije@zrenjanin.most.demo',
    publishedDaysAgo: 35,
  },
  // 35
  {
    organisation: 'sabac-ler',
    municipality: 'sabac',
    sectors: ['environment', 'logistics'],
    type: 'public_private_partnership',
    stage: 'planning',
    status: 'published',
    titleEn: 'Regional recycling and sorting centre, Šabac',
    titleSr: 'Regionalni centar za reciklažu i sortiranje otpada, Šabac',
    summaryEn:
      'A 25-year concession for a 40,000-tonne sorting plant serving seven municipalities of the Mačva region.',
    summarySr:
      'Koncesija na 25 godina za postrojenje za sortiranje od 40.000 tona godišnje za sedam opština Mačve.',
    descriptionEn:
      'Seven municipalities around Šabac have signed an agreement on joint waste management in line with EU directives and Serbia’s accession obligations. The concession covers separate collection of packaging waste, a sorting line for 40,000 tonnes a year and the sale of secondary raw materials to paper, plastics and metal recyclers. The plot next to the regional sanitary landfill is prepared and connected to power and water. The concessionaire receives a gate fee from the municipalities and keeps the revenue from recyclables.',
    descriptionSr:
      'Sedam opština oko Šapca potpisalo je sporazum o zajedničkom upravljanju otpadom u skladu sa direktivama EU i obavezama Srbije u pristupanju. Koncesija obuhvata odvojeno sakupljanje ambalažnog otpada, liniju za sortiranje kapaciteta 40.000 tona godišnje i prodaju sekundarnih sirovina reciklerima papira, plastike i metala. Parcela pored regionalne sanitarne deponije je pripremljena i priključena na struju i vodu. Koncesionar od opština dobija naknadu po toni, a zadržava prihod od reciklabilnog materijala.',
    minTicketEur: 900_000,
    totalSizeEur: 7_000_000,
    jobsExpected: 75,
    areaM2: 35_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions: 'The city extends the access road and the sewage line to the plot.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee for the sorting plant.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water'],
      motorwayKm: 6,
      airportKm: 70,
      railKm: 5,
    },
    timeline: 'Concession tender 2027, operation from 2029',
    contactName: 'Vladan Jovanović',
    contactEmail: 'investicije@sabac.most.demo',
    publishedDaysAgo: 42,
  },
  // 36
  {
    organisation: 'sabac-ler',
    municipality: 'sabac',
    sectors: ['manufacturing', 'logistics'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Parcel in the West industrial zone, Šabac',
    titleSr: 'Parcela u industrijskoj zoni Zapad, Šabac',
    summaryEn:
      'A 34,000 m² serviced parcel near the Ruma–Šabac motorway, 45 minutes from Belgrade airport.',
    summarySr:
      'Opremljena parcela od 34.000 m² blizu autoputa Ruma–Šabac, 45 minuta od beogradskog aerodroma.',
    descriptionEn:
      'Since the Ruma–Šabac motorway opened, Šabac is within 45 minutes of Belgrade airport and connected to Corridor 10 at Ruma. The West zone has a 34,000 m² parcel with all utilities in registered city ownership, next to chemical, food and packaging companies. The Sava river port and the local technical college support logistics and training. The city offers the land at a discount and pays part of the training of new workers.',
    descriptionSr:
      'Otkako je otvoren autoput Ruma–Šabac, Šabac je 45 minuta od beogradskog aerodroma i povezan sa Koridorom 10 kod Rume. Zona Zapad ima parcelu od 34.000 m² sa kompletnom infrastrukturom, u upisanom vlasništvu grada, pored hemijskih, prehrambenih i kompanija za ambalažu. Rečna luka na Savi i lokalna visoka tehnička škola olakšavaju logistiku i obuku. Grad nudi zemljište uz popust i finansira deo obuke novih radnika.',
    minTicketEur: 500_000,
    totalSizeEur: 7_000_000,
    jobsExpected: 170,
    areaM2: 34_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 4_000,
        conditions: 'State and city grant per new job, for jobs kept at least three years.',
      },
      {
        kind: 'subsidised_land',
        percentage: 40,
        conditions: 'Land price reduced by 40% for investments with at least 80 new jobs.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for the first five years.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 3,
      airportKm: 55,
      railKm: 2,
    },
    timeline: 'Available now; production possible from mid-2028',
    contactName: 'Milica Pantelić',
    contactEmail: 'investicije@sabac.most.demo',
    publishedDaysAgo: 13,
  },
  // 37
  {
    organisation: 'sombor-ler',
    municipality: 'sombor',
    sectors: ['agriculture-food', 'logistics'],
    type: 'greenfield',
    stage: 'permitted',
    status: 'published',
    titleEn: 'Grain terminal and food logistics plot in the Sombor–Apatin free zone',
    titleSr: 'Parcela za žitni terminal i logistiku hrane u slobodnoj zoni Sombor–Apatin',
    summaryEn:
      'A 60,000 m² plot next to the Apatin port on the Danube, with a permit for silos and a dry warehouse.',
    summarySr:
      'Parcela od 60.000 m² pored luke Apatin na Dunavu, sa dozvolom za silose i suvo skladište.',
    descriptionEn:
      'West Bačka is one of the richest grain regions in Europe, but most of its harvest leaves by truck at harvest-time prices. The plot in the Sombor–Apatin free zone has a building permit for 80,000 tonnes of silos, a 10,000 m² warehouse and a conveyor to the Danube quay, from where barges reach Austria, Germany and the Black Sea. Goods stored and processed in the free zone are free of VAT and customs until they enter the Serbian market. The investor can run the terminal alone or with local agricultural cooperatives that have offered long-term contracts.',
    descriptionSr:
      'Zapadna Bačka je jedan od najbogatijih žitnih regiona u Evropi, ali najveći deo roda odlazi kamionima po cenama iz žetve. Parcela u slobodnoj zoni Sombor–Apatin ima građevinsku dozvolu za silose kapaciteta 80.000 tona, skladište od 10.000 m² i transporter do dunavskog pristana, odakle barže stižu do Austrije, Nemačke i Crnog mora. Roba koja se skladišti i prerađuje u slobodnoj zoni oslobođena je PDV-a i carine dok ne uđe na srpsko tržište. Investitor može sam upravljati terminalom ili zajedno sa lokalnim zemljoradničkim zadrugama koje su ponudile dugoročne ugovore.',
    minTicketEur: 1_000_000,
    totalSizeEur: 16_000_000,
    jobsExpected: 60,
    areaM2: 60_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'No local property tax for five years for companies in the free zone.',
      },
      {
        kind: 'utility_connection',
        conditions: 'The city and the port company extend power and the access road to the plot.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: null,
      airportKm: 170,
      railKm: 0,
    },
    timeline: 'Construction 2027, silos ready for the 2028 harvest',
    contactName: 'Jelena Kovačić',
    contactEmail: 'investicije@sombor.most.demo',
    publishedDaysAgo: 20,
  },
  // 38
  {
    organisation: 'sombor-ler',
    municipality: 'sombor',
    sectors: ['tourism', 'real-estate'],
    type: 'brownfield',
    stage: 'permitted',
    status: 'published',
    titleEn: 'Salaš estate near Sombor for a boutique hotel and restaurant',
    titleSr: 'Salaš kod Sombora za butik hotel i restoran',
    summaryEn:
      'A 19th-century farmstead with 4 hectares of land, permitted for conversion into a 24-room boutique hotel.',
    summarySr:
      'Salaš iz 19. veka sa 4 hektara zemljišta, sa dozvolom za pretvaranje u butik hotel sa 24 sobe.',
    descriptionEn:
      'Sombor is known for its baroque centre, green avenues and the salaš farmsteads of the surrounding plain, which draw weekend visitors from Novi Sad, Belgrade and Hungary. The estate has a long manor house, barns and a courtyard, and holds a permit for conversion into a 24-room hotel, a restaurant serving local food and a small wine cellar. The nearby Danube wetlands of Gornje Podunavlje offer birdwatching, cycling and fishing. The owner seeks an investor-operator for a joint company or an outright sale.',
    descriptionSr:
      'Sombor je poznat po baroknom centru, zelenim alejama i salašima u okolnoj ravnici, koji vikendom privlače posetioce iz Novog Sada, Beograda i Mađarske. Imanje ima dugu kuću, ambare i dvorište, kao i dozvolu za pretvaranje u hotel sa 24 sobe, restoran sa domaćom kuhinjom i mali vinski podrum. Obližnje dunavske močvare Gornjeg Podunavlja nude posmatranje ptica, biciklizam i ribolov. Vlasnik traži investitora-operatera za zajedničku firmu ili prodaju imanja.',
    minTicketEur: 200_000,
    totalSizeEur: 1_900_000,
    jobsExpected: 25,
    areaM2: 40_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax waived for five years for tourism facilities.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'issued',
      utilities: ['power', 'water'],
      motorwayKm: null,
      airportKm: 170,
      railKm: 5,
    },
    timeline: 'Renovation 2027, opening for the 2028 season',
    contactName: 'Jelena Kovačić',
    contactEmail: 'investicije@sombor.most.demo',
    publishedDaysAgo: 50,
  },
  // 39
  {
    organisation: 'uzice-ler',
    municipality: 'uzice',
    sectors: ['tourism', 'real-estate'],
    type: 'greenfield',
    stage: 'planning',
    status: 'published',
    titleEn: 'Mountain hotel site near the Šargan Eight railway, Mokra Gora',
    titleSr: 'Lokacija za planinski hotel kod Šarganske osmice, Mokra Gora',
    summaryEn:
      'A 30,000 m² plot for a 90-room hotel between Tara National Park and the Šargan Eight heritage railway.',
    summarySr:
      'Parcela od 30.000 m² za hotel sa 90 soba između Nacionalnog parka Tara i muzejske pruge Šarganska osmica.',
    descriptionEn:
      'Mokra Gora, part of the City of Užice, receives hundreds of thousands of visitors a year for the Šargan Eight narrow-gauge railway, the Drvengrad village and Tara National Park, but has few quality hotel rooms. The city offers a 30,000 m² plot zoned for tourism, with a plan that allows a 90-room hotel with a spa and chalets. Zlatibor, the most visited mountain in Serbia, is 30 minutes away. The city is completing the water and sewage network and seeks an investor who will build and operate the hotel.',
    descriptionSr:
      'Mokru Goru, koja pripada gradu Užicu, godišnje poseti više stotina hiljada ljudi zbog uskotračne pruge Šarganska osmica, Drvengrada i Nacionalnog parka Tara, ali ima malo kvalitetnih hotelskih soba. Grad nudi parcelu od 30.000 m² namenjenu turizmu, sa planom koji dozvoljava hotel sa 90 soba, spa centrom i planinskim kućama. Zlatibor, najposećenija planina u Srbiji, udaljen je 30 minuta. Grad završava vodovodnu i kanalizacionu mrežu i traži investitora koji će izgraditi hotel i upravljati njime.',
    minTicketEur: 700_000,
    totalSizeEur: 12_000_000,
    jobsExpected: 110,
    areaM2: 30_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 100,
        conditions: 'No local property tax for the first three years of operation.',
      },
      {
        kind: 'utility_connection',
        conditions: 'The city finishes the water and sewage network up to the plot in 2027.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'not_applied',
      utilities: ['power'],
      motorwayKm: null,
      airportKm: 150,
      railKm: 1,
    },
    timeline: 'Design 2027, construction 2028–2029, opening for the 2029/2030 winter season',
    contactName: 'Milena Tomić',
    contactEmail: 'investicije@uzice.most.demo',
    publishedDaysAgo: 38,
  },
  // 40
  {
    organisation: 'uzice-ler',
    municipality: 'uzice',
    sectors: ['mining-metals', 'manufacturing', 'automotive'],
    type: 'expansion',
    stage: 'operating',
    status: 'published',
    titleEn: 'Copper wire and cable maker in Sevojno — capacity expansion',
    titleSr: 'Proizvođač bakarne žice i kablova u Sevojnu — proširenje kapaciteta',
    summaryEn:
      'An exporting cable maker in the Užice metals cluster seeks a partner for a new line of electric-vehicle charging cables.',
    summarySr:
      'Proizvođač kablova iz užičkog metalskog klastera koji izvozi traži partnera za novu liniju kablova za punjenje električnih vozila.',
    descriptionEn:
      'Sevojno, on the edge of Užice, has processed copper for seventy years, and the local metals cluster supplies wire, strip and tubes to European industry. The company makes enamelled wire and power cables for customers in Germany and Italy and has secured a framework contract for cables for electric-vehicle chargers. It needs a new extrusion and insulation line in a 7,000 m² hall on its own land next to the existing plant. The owners offer a minority stake or a joint company for the new line.',
    descriptionSr:
      'Sevojno, na ivici Užica, prerađuje bakar već sedamdeset godina, a lokalni metalski klaster isporučuje žicu, trake i cevi evropskoj industriji. Kompanija proizvodi lakiranu žicu i energetske kablove za kupce u Nemačkoj i Italiji i ugovorila je okvirni posao za kablove za punjače električnih vozila. Potrebna joj je nova linija za ekstruziju i izolaciju u hali od 7.000 m² na sopstvenom zemljištu pored postojećeg pogona. Vlasnici nude manjinski udeo ili zajedničku firmu za novu liniju.',
    minTicketEur: 600_000,
    totalSizeEur: 6_200_000,
    jobsExpected: 90,
    areaM2: 18_000,
    incentives: [
      {
        kind: 'grant_per_job',
        amountEur: 5_000,
        conditions: 'State grant per new job in manufacturing, for jobs kept at least three years.',
      },
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions: 'Half of the local property tax on the new hall waived for five years.',
      },
    ],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 20,
      airportKm: 90,
      railKm: 1,
    },
    timeline: 'Hall built in 2027, line running from Q2 2028',
    contactName: 'Radomir Lazarević',
    contactEmail: 'investicije@uzice.most.demo',
    publishedDaysAgo: 24,
  },
  // 41
  {
    organisation: 'indjija-ler',
    municipality: 'indjija',
    sectors: ['logistics', 'manufacturing'],
    type: 'greenfield',
    stage: 'ready_to_build',
    status: 'published',
    titleEn: 'Logistics and manufacturing parcel on Corridor 10, Inđija',
    titleSr: 'Parcela za logistiku i proizvodnju na Koridoru 10, Inđija',
    summaryEn:
      'A 65,000 m² parcel halfway between Belgrade and Novi Sad, 30 minutes from Belgrade airport.',
    summarySr:
      'Parcela od 65.000 m² na pola puta između Beograda i Novog Sada, 30 minuta od beogradskog aerodroma.',
    descriptionEn:
      'Inđija has built its economy on business zones along the Corridor 10 motorway and today hosts dozens of foreign and domestic companies. The 65,000 m² parcel next to the motorway junction is registered, zoned for industry and connected to all utilities, with the Belgrade–Budapest railway 2 km away. Belgrade, Novi Sad and the airport are all within half an hour, which suits distribution, light assembly and packaging. The municipality is known for fast permits and offers land at a discount for larger investments.',
    descriptionSr:
      'Inđija je svoju privredu izgradila na radnim zonama uz autoput na Koridoru 10 i danas u njima posluju desetine stranih i domaćih kompanija. Parcela od 65.000 m² pored petlje autoputa upisana je, namenjena industriji i priključena na svu infrastrukturu, a pruga Beograd–Budimpešta je 2 km dalje. Beograd, Novi Sad i aerodrom udaljeni su manje od pola sata, što odgovara distribuciji, lakoj montaži i pakovanju. Opština je poznata po brzom izdavanju dozvola i nudi zemljište uz popust za veće investicije.',
    minTicketEur: 800_000,
    totalSizeEur: 15_000_000,
    jobsExpected: 260,
    areaM2: 65_000,
    incentives: [
      {
        kind: 'subsidised_land',
        percentage: 30,
        conditions: 'Land price reduced by 30% for investments above 5 million EUR.',
      },
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions: 'No building-land development fee for production and warehouse buildings.',
      },
      {
        kind: 'grant_per_job',
        amountEur: 3_000,
        conditions: 'State grant per new job, for jobs kept at least three years.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 1,
      airportKm: 30,
      railKm: 2,
    },
    timeline: 'Available now; first phase could open in 2028',
    contactName: 'Stefan Grujić',
    contactEmail: 'investicije@indjija.most.demo',
    publishedDaysAgo: 1,
  },
  // 42
  {
    organisation: 'subotica-ler',
    municipality: 'subotica',
    sectors: ['energy', 'agriculture-food', 'environment'],
    type: 'greenfield',
    stage: 'idea',
    status: 'published',
    titleEn: 'Agrivoltaic solar power plant near Subotica',
    titleSr: 'Solarna elektrana sa poljoprivrednom proizvodnjom kod Subotice',
    summaryEn:
      'A 20 MW solar power plant on raised frames above 35 hectares of orchards and vegetables, at an early stage.',
    summarySr:
      'Solarna elektrana od 20 MW na povišenim konstrukcijama iznad 35 hektara voćnjaka i povrća, u ranoj fazi.',
    descriptionEn:
      'Northern Bačka has plenty of sun and flat land, and the City of Subotica wants to combine energy with farming rather than take land out of production. The idea is a 20 MW agrivoltaic plant on raised frames above orchards and vegetables on 35 hectares of city land near the Kelebija road. The panels protect crops from hail and summer heat and reduce irrigation needs, while the plant sells power under a long-term purchase agreement. The city seeks a developer to take the project through studies, grid connection and permits.',
    descriptionSr:
      'Severna Bačka ima mnogo sunca i ravnog zemljišta, a grad Subotica želi da spoji energetiku i poljoprivredu umesto da zemljište izuzme iz proizvodnje. Ideja je agrosolarna elektrana od 20 MW na povišenim konstrukcijama iznad voćnjaka i povrća, na 35 hektara gradskog zemljišta kod puta za Kelebiju. Paneli štite useve od grada i letnje žege i smanjuju potrebu za navodnjavanjem, a elektrana prodaje struju po dugoročnom ugovoru o otkupu. Grad traži razvojnog partnera koji će projekat provesti kroz studije, priključenje na mrežu i dozvole.',
    minTicketEur: 500_000,
    totalSizeEur: 16_000_000,
    jobsExpected: 20,
    areaM2: 350_000,
    incentives: [
      {
        kind: 'subsidised_land',
        percentage: 50,
        conditions: 'City land leased for 30 years at half the market rent.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'agricultural',
      buildingPermit: 'not_applied',
      utilities: ['power'],
      motorwayKm: 6,
      airportKm: 190,
      railKm: 4,
    },
    timeline: 'Studies and grid connection 2027–2028, construction 2029',
    contactName: 'Dejan Vojnić',
    contactEmail: 'investicije@subotica.most.demo',
    publishedDaysAgo: 59,
  },
  // 43
  {
    organisation: 'beograd-privreda',
    municipality: 'beograd',
    sectors: ['energy', 'logistics', 'environment'],
    type: 'public_private_partnership',
    stage: 'planning',
    status: 'published',
    titleEn: 'Electric bus depot with a solar roof, Belgrade',
    titleSr: 'Depo za električne autobuse sa solarnim krovom, Beograd',
    summaryEn:
      'A PPP to build and run a depot and charging hub for 150 electric city buses in Zemun.',
    summarySr:
      'Javno-privatno partnerstvo za izgradnju i upravljanje depoom i stanicom za punjenje 150 električnih gradskih autobusa u Zemunu.',
    descriptionEn:
      'Belgrade is replacing its diesel bus fleet with electric buses, and the public transport company needs depots with charging capacity. The city offers 42,000 m² of land in Zemun for a depot with 150 charging points, a maintenance hall and a 3 MW solar roof over the parking area. Under a 20-year PPP the private partner builds and operates the depot and the charging infrastructure, and the city pays an availability fee. The project is part of the city plan for cleaner air and can draw on international climate financing.',
    descriptionSr:
      'Beograd zamenjuje dizel autobuse električnim, a gradskom saobraćajnom preduzeću potrebni su depoi sa kapacitetom za punjenje. Grad nudi 42.000 m² zemljišta u Zemunu za depo sa 150 mesta za punjenje, halom za održavanje i solarnim krovom od 3 MW iznad parkinga. Po modelu javno-privatnog partnerstva na 20 godina privatni partner gradi depo i infrastrukturu za punjenje i upravlja njima, a grad plaća naknadu za raspoloživost. Projekat je deo gradskog plana za čistiji vazduh i može koristiti međunarodna klimatska sredstva.',
    minTicketEur: 2_000_000,
    totalSizeEur: 32_000_000,
    jobsExpected: 80,
    areaM2: 42_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions: 'The city provides a 20 kV connection sized for the charging hub.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 3,
      airportKm: 10,
      railKm: 2,
    },
    timeline: 'PPP tender 2027, first 50 buses charging at the depot in 2029',
    contactName: 'Petar Milić',
    contactEmail: 'investicije@beograd.most.demo',
    publishedDaysAgo: 30,
  },
  // 44
  {
    organisation: 'dunavski-terminal-smederevo',
    municipality: 'smederevo',
    sectors: ['logistics', 'mining-metals'],
    type: 'joint_venture',
    stage: 'planning',
    status: 'published',
    titleEn: 'Danube river terminal for containers and bulk cargo, Smederevo',
    titleSr: 'Rečni terminal za kontejnere i rasuti teret na Dunavu, Smederevo',
    summaryEn:
      'A joint venture with a port operator to add a container and bulk terminal on the Danube, 45 km from Belgrade.',
    summarySr:
      'Zajedničko ulaganje sa lučkim operaterom u kontejnerski terminal i terminal za rasuti teret na Dunavu, 45 km od Beograda.',
    descriptionEn:
      'Smederevo lies where the Danube waterway meets the Corridor 10 motorway and the railway to the south, and the steelworks and the surrounding industry already move millions of tonnes by river. The port operator proposes a joint venture to build a container terminal, a 15,000 m² warehouse and a bulk quay on 75,000 m² of port land. Barges connect to Austria, Germany and the Black Sea ports, and the terminal would serve exporters from central Serbia. The partner brings capital and terminal-operating experience for a 40–49% stake.',
    descriptionSr:
      'Smederevo se nalazi na mestu gde se plovni put Dunava susreće sa autoputem na Koridoru 10 i prugom ka jugu, a železara i okolna industrija već rekom prevoze milione tona. Lučki operater predlaže zajedničko ulaganje u kontejnerski terminal, skladište od 15.000 m² i pristan za rasuti teret na 75.000 m² lučkog zemljišta. Barže povezuju luku sa Austrijom, Nemačkom i crnomorskim lukama, a terminal bi služio izvoznicima iz centralne Srbije. Partner donosi kapital i iskustvo u upravljanju terminalima za udeo od 40 do 49%.',
    minTicketEur: 1_500_000,
    totalSizeEur: 28_000_000,
    jobsExpected: 140,
    areaM2: 75_000,
    incentives: [
      {
        kind: 'tax_relief',
        percentage: 50,
        conditions:
          'The city waives half of the local property tax on new port facilities for five years.',
      },
      {
        kind: 'utility_connection',
        conditions: 'The city rebuilds the access road and the rail link to the terminal.',
      },
    ],
    site: {
      landOwnership: 'mixed',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      motorwayKm: 8,
      airportKm: 60,
      railKm: 0,
    },
    timeline: 'Partner selection 2027, first berth operating in 2029',
    contactName: 'Goran Nikolić',
    contactEmail: 'razvoj@dunavski-terminal.most.demo',
    publishedDaysAgo: 46,
  },
  // 45
  {
    organisation: 'nis-kancelarija-za-dijasporu',
    municipality: 'nis',
    sectors: ['agriculture-food', 'logistics'],
    type: 'greenfield',
    stage: 'idea',
    status: 'draft',
    titleEn: 'Cold storage and fresh produce distribution centre, Niš',
    titleSr: 'Hladnjača i distributivni centar za sveže voće i povrće, Niš',
    summaryEn:
      'An early idea for a 4,000-tonne cold storage next to the Niš wholesale market, serving growers from southern Serbia.',
    summarySr:
      'Rana ideja za hladnjaču od 4.000 tona pored niške kvantaške pijace, za proizvođače iz južne Srbije.',
    descriptionEn:
      'Growers from the Niš, Toplica and Jablanica districts bring fruit and vegetables to the Niš wholesale market, but there is no modern cold storage where they could keep produce and sell later at better prices. The city is considering a 4,000-tonne cold storage with a sorting and packing line on 20,000 m² of city land next to the market and the Corridor 10 motorway. The project would be run by a private operator, possibly with growers as co-owners. The concept and figures are still being prepared.',
    descriptionSr:
      'Proizvođači iz Nišavskog, Topličkog i Jablaničkog okruga donose voće i povrće na nišku kvantašku pijacu, ali nema moderne hladnjače u kojoj bi čuvali robu i kasnije je prodali po boljoj ceni. Grad razmatra hladnjaču od 4.000 tona sa linijom za sortiranje i pakovanje na 20.000 m² gradskog zemljišta pored pijace i autoputa na Koridoru 10. Projektom bi upravljao privatni operater, moguće uz proizvođače kao suvlasnike. Koncept i brojke su još u pripremi.',
    minTicketEur: 250_000,
    totalSizeEur: 3_500_000,
    jobsExpected: 35,
    areaM2: 20_000,
    incentives: [
      {
        kind: 'utility_connection',
        conditions: 'The city would bring power and water to the plot boundary.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water'],
      motorwayKm: 2,
      airportKm: 7,
      railKm: 3,
    },
    timeline: 'Feasibility study in 2027',
    contactName: 'Dragana Ilić',
    contactEmail: 'investicije@nis.most.demo',
    publishedDaysAgo: 0,
  },
  // 46
  {
    organisation: 'kragujevac-ler',
    municipality: 'kragujevac',
    sectors: ['education', 'automotive'],
    type: 'public_private_partnership',
    stage: 'idea',
    status: 'draft',
    titleEn: 'Dual-education training centre for the automotive industry, Kragujevac',
    titleSr: 'Centar za dualno obrazovanje za automobilsku industriju, Kragujevac',
    summaryEn:
      'A public-private partnership for workshops that train 400 technicians a year for car-industry suppliers.',
    summarySr:
      'Javno-privatno partnerstvo za radionice koje godišnje obučavaju 400 tehničara za dobavljače auto-industrije.',
    descriptionEn:
      'Suppliers in Kragujevac say that the shortage of trained technicians is now their main limit on growth. The city proposes a training centre with workshops for mechatronics, welding, robotics and electric-vehicle systems, built on city land next to the technical school and run together with employers. A private partner would build and equip the centre and earn fees from companies that train their staff there. The concept is being discussed with the school, the University of Kragujevac and employers.',
    descriptionSr:
      'Dobavljači u Kragujevcu kažu da je nedostatak obučenih tehničara danas glavna prepreka njihovom rastu. Grad predlaže centar za obuku sa radionicama za mehatroniku, zavarivanje, robotiku i sisteme električnih vozila, na gradskom zemljištu pored tehničke škole, kojim bi se upravljalo zajedno sa poslodavcima. Privatni partner bi izgradio i opremio centar i naplaćivao obuku kompanijama koje tamo šalju zaposlene. O konceptu se razgovara sa školom, Univerzitetom u Kragujevcu i poslodavcima.',
    minTicketEur: 300_000,
    totalSizeEur: 3_000_000,
    jobsExpected: 30,
    areaM2: 6_000,
    incentives: [
      {
        kind: 'fee_waiver',
        percentage: 100,
        conditions:
          'No building-land development fee for an education facility of public interest.',
      },
    ],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      motorwayKm: 8,
      airportKm: 55,
      railKm: 2,
    },
    timeline: 'Concept 2027, opening 2029',
    contactName: 'Marko Đorđević',
    contactEmail: 'investicije@kragujevac.most.demo',
    publishedDaysAgo: 0,
  },
  // 47
  {
    organisation: 'cacak-ler',
    municipality: 'cacak',
    sectors: ['agriculture-food', 'tourism'],
    type: 'expansion',
    stage: 'planning',
    status: 'draft',
    titleEn: 'Winery and tasting room in the Ovčar-Kablar Gorge, Čačak',
    titleSr: 'Vinarija sa degustacionom salom u Ovčarsko-kablarskoj klisuri, Čačak',
    summaryEn:
      'A small winery on the slopes above the West Morava plans a new cellar and a tasting room for visitors to the gorge.',
    summarySr:
      'Mala vinarija na padinama iznad Zapadne Morave planira novi podrum i degustacionu salu za posetioce klisure.',
    descriptionEn:
      'The Ovčar-Kablar Gorge with its medieval monasteries draws many visitors, and the slopes of Jelica and Ovčar have a long wine tradition. A family winery with 9 hectares of vines plans a new cellar for 80,000 bottles and a tasting room with a terrace above the river. The city supports the project as part of its tourism development plan. Figures and the offer to investors are being finalised.',
    descriptionSr:
      'Ovčarsko-kablarska klisura sa srednjovekovnim manastirima privlači mnogo posetilaca, a padine Jelice i Ovčara imaju dugu vinogradarsku tradiciju. Porodična vinarija sa 9 hektara vinograda planira novi podrum za 80.000 boca i degustacionu salu sa terasom iznad reke. Grad podržava projekat u okviru plana razvoja turizma. Brojke i ponuda investitorima su u završnoj pripremi.',
    minTicketEur: 100_000,
    totalSizeEur: 650_000,
    jobsExpected: 8,
    areaM2: 90_000,
    incentives: [],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'agricultural',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water'],
      motorwayKm: 12,
      airportKm: 40,
      railKm: 3,
    },
    timeline: 'Cellar construction in 2028',
    contactName: 'Ivana Kovačević',
    contactEmail: 'investicije@cacak.most.demo',
    publishedDaysAgo: 0,
  },
  // 48
  {
    organisation: 'ntp-nis',
    municipality: 'nis',
    sectors: ['health', 'ict'],
    type: 'startup',
    stage: 'idea',
    status: 'in_review',
    titleEn: 'Remote cardiac monitoring start-up from the Niš technology park',
    titleSr: 'Startap za daljinsko praćenje srčanih pacijenata iz niškog tehnološkog parka',
    summaryEn:
      'Cardiologists and engineers from Niš raise a pre-seed round for a wearable ECG patch and a monitoring service.',
    summarySr:
      'Kardiolozi i inženjeri iz Niša prikupljaju prvu investiciju za nosivi EKG flaster i uslugu praćenja pacijenata.',
    descriptionEn:
      'The team combines two cardiologists from the University Clinical Centre Niš and three engineers from the Faculty of Electronic Engineering. Their wearable ECG patch records for 14 days and flags rhythm disorders with an algorithm, replacing bulky Holter devices. A pilot with 120 patients is under way, and the round funds CE certification and the first contracts with private clinics in Serbia and the region. The technology park provides space and mentoring.',
    descriptionSr:
      'Tim čine dva kardiologa iz Univerzitetskog kliničkog centra Niš i tri inženjera sa Elektronskog fakulteta. Njihov nosivi EKG flaster snima 14 dana i algoritmom označava poremećaje ritma, pa zamenjuje glomazne holter uređaje. Pilot-projekat sa 120 pacijenata je u toku, a investicija finansira CE sertifikaciju i prve ugovore sa privatnim klinikama u Srbiji i regionu. Tehnološki park obezbeđuje prostor i mentorstvo.',
    minTicketEur: 50_000,
    totalSizeEur: 400_000,
    jobsExpected: 9,
    areaM2: null,
    incentives: [],
    site: null,
    timeline: 'CE certification 2027, market launch 2028',
    contactName: 'Stefan Nikolić',
    contactEmail: 'office@ntp-nis.most.demo',
    publishedDaysAgo: 0,
  },
]
