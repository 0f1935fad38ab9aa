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

/** Local economic-development offices of the other demo cities. */
const offices: [slug: string, city: string, municipality: string][] = [
  ['beograd-ler', 'Beograd', 'beograd'],
  ['novi-sad-ler', 'Novi Sad', 'novi-sad'],
  ['subotica-ler', 'Subotica', 'subotica'],
  ['kraljevo-ler', 'Kraljevo', 'kraljevo'],
  ['leskovac-ler', 'Leskovac', 'leskovac'],
  ['pirot-ler', 'Pirot', 'pirot'],
  ['vranje-ler', 'Vranje', 'vranje'],
  ['zrenjanin-ler', 'Zrenjanin', 'zrenjanin'],
  ['sabac-ler', 'Šabac', 'sabac'],
  ['sombor-ler', 'Sombor', 'sombor'],
  ['uzice-ler', 'Užice', 'uzice'],
  ['zajecar-ler', 'Zaječar', 'zajecar'],
]

export const demoListingOrganisations: DemoListingOrganisation[] = offices.map(
  ([slug, city, municipality]) => ({
    name: `Grad ${city} — Kancelarija za lokalni ekonomski razvoj`,
    slug,
    kind: 'municipal_office',
    municipality,
    website: `https://${municipality}.example.rs`,
    description: `The City of ${city}'s local economic development office: investment locations, incentives and permits in one place.`,
  })
)

/** A kind of project, written once in both languages, placed in several cities below. */
interface Archetype {
  sectors: string[]
  type: OpportunityType
  stage: OpportunityStage
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
}

const jobGrant = (amountEur: number): DemoIncentive => ({
  kind: 'grant_per_job',
  amountEur,
  conditions:
    'Paid for each new job kept for at least three years (Regulation on investment incentives).',
})
const propertyTax: DemoIncentive = {
  kind: 'tax_relief',
  percentage: 50,
  conditions: 'Half of the local property tax for the first five years of operation.',
}
const feeWaiver: DemoIncentive = {
  kind: 'fee_waiver',
  percentage: 100,
  conditions: 'No building-land development fee for production facilities.',
}
const utilities: DemoIncentive = {
  kind: 'utility_connection',
  conditions: 'The city builds the power, water and sewage connections up to the parcel.',
}
const cheapLand = (amountEur: number): DemoIncentive => ({
  kind: 'subsidised_land',
  amountEur,
  conditions: 'Municipal land sold below market price against an investment and jobs commitment.',
})

const readySite = (motorwayKm: number, airportKm: number, railKm: number): SiteReadiness => ({
  landOwnership: 'municipal',
  cadastreStatus: 'registered',
  zoning: 'industrial',
  buildingPermit: 'not_applied',
  utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
  motorwayKm,
  airportKm,
  railKm,
})

const archetypes: Record<string, Archetype> = {
  industrialParcel: {
    sectors: ['manufacturing', 'automotive'],
    type: 'greenfield',
    stage: 'ready_to_build',
    titleEn: 'Industrial parcel with full infrastructure',
    titleSr: 'Industrijska parcela sa kompletnom infrastrukturom',
    summaryEn:
      'A flat, fully equipped industrial parcel in the municipal business zone, ready for a factory.',
    summarySr:
      'Ravna, potpuno opremljena industrijska parcela u opštinskoj radnoj zoni, spremna za fabriku.',
    descriptionEn:
      'The parcel lies in the municipal business zone with registered municipal ownership and an adopted detailed regulation plan. Power, water, gas, sewage and fibre reach the boundary. The local labour market offers trained machinists and welders from the technical school, and the city office handles permits through a one-stop shop. Suited to automotive suppliers and metal processing.',
    descriptionSr:
      'Parcela se nalazi u opštinskoj radnoj zoni, u upisanom vlasništvu grada i sa usvojenim planom detaljne regulacije. Struja, voda, gas, kanalizacija i optika dovedeni su do granice parcele. Lokalno tržište rada nudi obučene bravare i zavarivače iz tehničke škole, a gradska kancelarija vodi dozvole po principu jednog šaltera. Pogodno za dobavljače auto-industrije i preradu metala.',
    minTicketEur: 800_000,
    totalSizeEur: 6_500_000,
    jobsExpected: 180,
    areaM2: 45_000,
    incentives: [jobGrant(5000), feeWaiver, propertyTax],
    site: readySite(3, 35, 2),
    timeline: 'Parcel available now; construction possible within 6 months of signing',
  },
  coldStorage: {
    sectors: ['agriculture-food', 'logistics'],
    type: 'greenfield',
    stage: 'permitted',
    titleEn: 'Cold storage for fruit and berries',
    titleSr: 'Hladnjača za voće i bobičasto voće',
    summaryEn:
      'A 5,000-tonne cold store with sorting and packing, next to the region’s raspberry and apple growers.',
    summarySr:
      'Hladnjača kapaciteta 5.000 tona sa sortiranjem i pakovanjem, pored proizvođača maline i jabuke.',
    descriptionEn:
      'Growers in the district produce more fruit than local cold stores can take, and sell at harvest prices. The project is a 5,000-tonne ULO cold store with a sorting and packing line for export to the EU. A building permit is issued and an agricultural cooperative of 140 growers has signed letters of intent for supply.',
    descriptionSr:
      'Proizvođači u okrugu proizvode više voća nego što lokalne hladnjače mogu da prime, pa prodaju po cenama iz berbe. Projekat je ULO hladnjača od 5.000 tona sa linijom za sortiranje i pakovanje za izvoz u EU. Građevinska dozvola je izdata, a zadruga od 140 proizvođača potpisala je pisma o namerama za snabdevanje.',
    minTicketEur: 300_000,
    totalSizeEur: 4_200_000,
    jobsExpected: 45,
    areaM2: 18_000,
    incentives: [jobGrant(4000), utilities],
    site: { ...readySite(8, 60, 5), buildingPermit: 'issued', zoning: 'agricultural' },
    timeline: 'Construction 2027, first harvest stored in autumn 2028',
  },
  winery: {
    sectors: ['agriculture-food', 'tourism'],
    type: 'expansion',
    stage: 'operating',
    titleEn: 'Family winery expanding cellar and tasting room',
    titleSr: 'Porodična vinarija širi podrum i degustacionu salu',
    summaryEn:
      'An award-winning family winery seeks a partner to double production and open to wine tourism.',
    summarySr:
      'Nagrađivana porodična vinarija traži partnera da udvostruči proizvodnju i otvori se za vinski turizam.',
    descriptionEn:
      'The winery farms 22 hectares of its own vineyards with Prokupac, Tamjanika and international varieties and sells out every vintage. The expansion adds a barrel cellar, a bottling line and a tasting room with eight guest rooms on the regional wine route. The family keeps majority ownership and offers a minority equity stake.',
    descriptionSr:
      'Vinarija obrađuje 22 hektara sopstvenih vinograda sa prokupcem, tamjanikom i međunarodnim sortama i rasproda svaku berbu. Proširenje donosi podrum za barike, liniju za punjenje i degustacionu salu sa osam soba na regionalnom vinskom putu. Porodica zadržava većinsko vlasništvo i nudi manjinski udeo.',
    minTicketEur: 150_000,
    totalSizeEur: 1_100_000,
    jobsExpected: 14,
    areaM2: 220_000,
    incentives: [propertyTax],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'agricultural',
      buildingPermit: 'applied',
      utilities: ['power', 'water'],
      motorwayKm: 15,
      airportKm: 70,
    },
    timeline: 'Cellar ready for the 2027 harvest; tasting room opens spring 2028',
  },
  solarPlant: {
    sectors: ['energy', 'environment'],
    type: 'public_private_partnership',
    stage: 'planning',
    titleEn: 'Solar power plant on a former landfill',
    titleSr: 'Solarna elektrana na bivšoj deponiji',
    summaryEn:
      'A 12 MW solar power plant on recultivated municipal land, with a grid connection approval in progress.',
    summarySr:
      'Solarna elektrana od 12 MW na rekultivisanom gradskom zemljištu, sa odobrenjem za priključenje u postupku.',
    descriptionEn:
      'The city offers 20 hectares of a closed and recultivated landfill for a ground-mounted solar plant under a public-private partnership. The transmission system operator has confirmed capacity at the nearby 110 kV substation. The city would buy part of the output for public buildings under a long-term agreement; the rest is sold on the market.',
    descriptionSr:
      'Grad nudi 20 hektara zatvorene i rekultivisane deponije za solarnu elektranu na zemlji u modelu javno-privatnog partnerstva. Operator prenosnog sistema potvrdio je kapacitet obližnje trafostanice 110 kV. Grad bi deo proizvodnje otkupljivao za javne zgrade po dugoročnom ugovoru, a ostatak se prodaje na tržištu.',
    minTicketEur: 1_000_000,
    totalSizeEur: 9_500_000,
    jobsExpected: 12,
    areaM2: 200_000,
    incentives: [utilities],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'pending',
      buildingPermit: 'not_applied',
      utilities: ['power'],
      motorwayKm: 6,
    },
    timeline: 'PPP tender 2027, construction 2028, grid connection 2029',
  },
  itCampus: {
    sectors: ['ict', 'education'],
    type: 'real_estate',
    stage: 'permitted',
    titleEn: 'IT campus next to the university',
    titleSr: 'IT kampus pored univerziteta',
    summaryEn:
      'Offices for 400 engineers with a training centre, where the faculties graduate 900 ICT students a year.',
    summarySr:
      'Kancelarije za 400 inženjera sa centrom za obuku, gde fakulteti godišnje daju 900 IT diplomaca.',
    descriptionEn:
      'A 9,000 m² office building with flexible floors, a training centre run with the faculty of electronics and a start-up floor. Software companies in the city grow by a fifth every year and lack modern space. The land is city-owned and the building permit is issued; the city seeks an investor-operator.',
    descriptionSr:
      'Poslovna zgrada od 9.000 m² sa fleksibilnim spratovima, centrom za obuku koji se vodi sa elektronskim fakultetom i spratom za startape. IT kompanije u gradu rastu petinu godišnje i nedostaje im moderan prostor. Zemljište je u vlasništvu grada, a građevinska dozvola je izdata; grad traži investitora-operatera.',
    minTicketEur: 500_000,
    totalSizeEur: 11_000_000,
    jobsExpected: 400,
    areaM2: 9_000,
    incentives: [jobGrant(7000), feeWaiver],
    site: {
      ...readySite(4, 6, 3),
      zoning: 'commercial',
      buildingPermit: 'issued',
    },
    timeline: 'Construction 2027–2028, first tenants early 2029',
  },
  logisticsHub: {
    sectors: ['logistics', 'retail-services'],
    type: 'greenfield',
    stage: 'ready_to_build',
    titleEn: 'Logistics and distribution centre on Corridor 10',
    titleSr: 'Logistički i distributivni centar na Koridoru 10',
    summaryEn: 'Land for a 25,000 m² warehouse at a motorway exit, with a rail siding option.',
    summarySr:
      'Zemljište za skladište od 25.000 m² kod izlaza sa autoputa, sa mogućnošću industrijskog koloseka.',
    descriptionEn:
      'The site sits two kilometres from a Corridor 10 motorway exit, on the route between Central Europe, Greece and Turkey. It suits regional distribution, cross-docking and e-commerce fulfilment. The city has registered the land, equipped the zone and offers a fast-track permit procedure.',
    descriptionSr:
      'Lokacija je na dva kilometra od izlaza sa autoputa Koridora 10, na putu između srednje Evrope, Grčke i Turske. Pogodna je za regionalnu distribuciju, pretovar i skladišta za e-trgovinu. Grad je upisao zemljište, opremio zonu i nudi ubrzan postupak izdavanja dozvola.',
    minTicketEur: 1_500_000,
    totalSizeEur: 14_000_000,
    jobsExpected: 150,
    areaM2: 80_000,
    incentives: [jobGrant(3000), propertyTax, cheapLand(400_000)],
    site: readySite(2, 40, 1),
    timeline: 'Available now; warehouse could operate within 18 months',
  },
  hotel: {
    sectors: ['tourism', 'real-estate'],
    type: 'brownfield',
    stage: 'planning',
    titleEn: 'Reconstruction of a city-centre hotel',
    titleSr: 'Rekonstrukcija hotela u centru grada',
    summaryEn:
      'A closed 1970s hotel in the city centre, to be rebuilt as a four-star hotel with a congress hall.',
    summarySr:
      'Zatvoren hotel iz sedamdesetih u centru grada, za obnovu u hotel sa četiri zvezdice i kongresnom salom.',
    descriptionEn:
      'The building has 96 rooms on seven floors and a sound concrete structure. Visitor numbers to the city have grown every year, and business travellers lack a four-star hotel. The city is the owner and offers a long-term lease or a sale through a public tender, with the obligation to reopen within three years.',
    descriptionSr:
      'Zgrada ima 96 soba na sedam spratova i očuvanu betonsku konstrukciju. Broj posetilaca grada raste svake godine, a poslovnim putnicima nedostaje hotel sa četiri zvezdice. Vlasnik je grad, koji nudi dugoročni zakup ili prodaju javnim nadmetanjem uz obavezu ponovnog otvaranja u roku od tri godine.',
    minTicketEur: 600_000,
    totalSizeEur: 7_800_000,
    jobsExpected: 85,
    areaM2: 6_400,
    incentives: [propertyTax],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
      airportKm: 30,
    },
    timeline: 'Tender in 2027, reopening 2030',
  },
  foodProcessing: {
    sectors: ['agriculture-food', 'manufacturing'],
    type: 'joint_venture',
    stage: 'operating',
    titleEn: 'Vegetable processing plant seeks a joint-venture partner',
    titleSr: 'Pogon za preradu povrća traži partnera za zajedničko ulaganje',
    summaryEn:
      'An operating processor of peppers and ajvar wants a partner for a second line and EU export.',
    summarySr:
      'Pogon za preradu paprike i proizvodnju ajvara traži partnera za drugu liniju i izvoz u EU.',
    descriptionEn:
      'The company processes 6,000 tonnes of peppers, tomatoes and cucumbers a year from contracted growers and sells under its own brand in the region. A second line for roasted peppers and ajvar would open exports to the diaspora markets of Germany, Austria and Switzerland, where retail buyers have already asked for volumes.',
    descriptionSr:
      'Kompanija godišnje prerađuje 6.000 tona paprike, paradajza i krastavca od ugovorenih proizvođača i prodaje pod sopstvenim brendom u regionu. Druga linija za pečenu papriku i ajvar otvorila bi izvoz na tržišta dijaspore u Nemačkoj, Austriji i Švajcarskoj, gde su trgovinski lanci već tražili količine.',
    minTicketEur: 250_000,
    totalSizeEur: 2_400_000,
    jobsExpected: 60,
    areaM2: 12_000,
    incentives: [jobGrant(4000)],
    site: null,
    timeline: 'Second line in production within 12 months of the agreement',
  },
  startup: {
    sectors: ['ict'],
    type: 'startup',
    stage: 'operating',
    titleEn: 'Seed round for an agritech software start-up',
    titleSr: 'Početna investicija za agritek softverski startap',
    summaryEn:
      'A team of eight building farm-management software used by 1,200 growers raises its seed round.',
    summarySr:
      'Tim od osam ljudi koji razvija softver za upravljanje gazdinstvom, sa 1.200 korisnika, traži početnu investiciju.',
    descriptionEn:
      'The product helps growers plan spraying, irrigation and harvest and connects them with cold stores and buyers. Revenue comes from subscriptions and grows 12% a month. The round finances sales in Romania and Bulgaria and a data team. Founders are alumni of the local faculty of electronics.',
    descriptionSr:
      'Proizvod pomaže proizvođačima da planiraju prskanje, navodnjavanje i berbu i povezuje ih sa hladnjačama i kupcima. Prihod dolazi od pretplata i raste 12% mesečno. Investicija finansira prodaju u Rumuniji i Bugarskoj i tim za podatke. Osnivači su bivši studenti lokalnog elektronskog fakulteta.',
    minTicketEur: 50_000,
    totalSizeEur: 600_000,
    jobsExpected: 10,
    areaM2: null,
    incentives: [],
    site: null,
    timeline: 'Round closes in Q2 2027',
  },
  incubator: {
    sectors: ['ict', 'creative-industries'],
    type: 'public_private_partnership',
    stage: 'idea',
    titleEn: 'Business incubator in a former barracks',
    titleSr: 'Biznis inkubator u bivšoj kasarni',
    summaryEn:
      'Turning a protected military building into an incubator for IT and creative start-ups.',
    summarySr: 'Pretvaranje zaštićene vojne zgrade u inkubator za IT i kreativne startape.',
    descriptionEn:
      'The city received the former barracks from the state and wants to open it to young companies: 3,500 m² of studios, a maker space and a co-working hall. The city contributes the building and part of the renovation; it seeks a private operator to co-invest and run the incubator with a mentoring programme.',
    descriptionSr:
      'Grad je od države dobio bivšu kasarnu i želi da je otvori mladim kompanijama: 3.500 m² studija, radionica i sala za zajednički rad. Grad ulaže zgradu i deo obnove, a traži privatnog operatera koji će suinvestirati i voditi inkubator sa programom mentorstva.',
    minTicketEur: 100_000,
    totalSizeEur: 1_800_000,
    jobsExpected: 120,
    areaM2: 3_500,
    incentives: [feeWaiver],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'in_progress',
      zoning: 'mixed_use',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
    },
    timeline: 'Design 2027, opening 2029',
  },
  furniture: {
    sectors: ['wood-furniture', 'manufacturing'],
    type: 'equity_stake',
    stage: 'operating',
    titleEn: 'Equity stake in a solid-wood furniture maker',
    titleSr: 'Vlasnički udeo u fabrici nameštaja od masivnog drveta',
    summaryEn:
      'An exporting furniture maker offers 30% to finance a CNC line and a showroom in Vienna.',
    summarySr:
      'Fabrika nameštaja koja izvozi nudi 30% udela za finansiranje CNC linije i salona u Beču.',
    descriptionEn:
      'The company employs 70 people and exports 80% of its oak and beech furniture to Austria, Germany and Scandinavia. Orders exceed capacity; a CNC line would double output. The owners offer a 30% stake and a seat on the board, and welcome a partner from the diaspora who knows the German-speaking market.',
    descriptionSr:
      'Kompanija zapošljava 70 ljudi i izvozi 80% nameštaja od hrasta i bukve u Austriju, Nemačku i Skandinaviju. Porudžbine prevazilaze kapacitet, a CNC linija bi udvostručila proizvodnju. Vlasnici nude 30% udela i mesto u upravnom odboru i rado bi primili partnera iz dijaspore koji poznaje tržište nemačkog govornog područja.',
    minTicketEur: 400_000,
    totalSizeEur: 1_500_000,
    jobsExpected: 40,
    areaM2: null,
    incentives: [jobGrant(3000)],
    site: null,
    timeline: 'New line operating 9 months after closing',
  },
  dataCentre: {
    sectors: ['ict', 'energy'],
    type: 'greenfield',
    stage: 'planning',
    titleEn: 'Regional data centre with renewable power',
    titleSr: 'Regionalni data centar na obnovljivu energiju',
    summaryEn:
      'A Tier III data centre powered by a dedicated solar plant, near two fibre backbones.',
    summarySr:
      'Data centar nivoa Tier III koji napaja namenska solarna elektrana, blizu dve optičke magistrale.',
    descriptionEn:
      'Two national fibre backbones cross the business zone and the grid has spare capacity. The concept is a 2 MW data centre built in phases, with a 5 MW solar plant on adjacent land. Local faculties supply network and systems engineers; public institutions have expressed interest in colocation.',
    descriptionSr:
      'Kroz radnu zonu prolaze dve nacionalne optičke magistrale, a mreža ima slobodan kapacitet. Koncept je data centar od 2 MW građen u fazama, sa solarnom elektranom od 5 MW na susednom zemljištu. Lokalni fakulteti obezbeđuju mrežne i sistemske inženjere, a javne institucije su iskazale interesovanje za kolokaciju.',
    minTicketEur: 2_000_000,
    totalSizeEur: 24_000_000,
    jobsExpected: 35,
    areaM2: 30_000,
    incentives: [feeWaiver, utilities, propertyTax],
    site: readySite(5, 25, 4),
    timeline: 'Phase one 2028, phase two 2030',
  },
  healthClinic: {
    sectors: ['health', 'real-estate'],
    type: 'greenfield',
    stage: 'planning',
    titleEn: 'Private rehabilitation clinic and spa',
    titleSr: 'Privatna klinika za rehabilitaciju sa banjom',
    summaryEn:
      'A 60-bed rehabilitation clinic on a thermal spring, for domestic and diaspora patients.',
    summarySr:
      'Klinika za rehabilitaciju sa 60 kreveta na termalnom izvoru, za pacijente iz zemlje i dijaspore.',
    descriptionEn:
      'The thermal spring has been used for rehabilitation for a century. The concept is a modern clinic for orthopaedic and neurological rehabilitation with a wellness centre. Diaspora patients from Germany and Austria already travel for such care; the clinic would partner with their health insurers.',
    descriptionSr:
      'Termalni izvor se vek koristi za rehabilitaciju. Koncept je moderna klinika za ortopedsku i neurološku rehabilitaciju sa velnes centrom. Pacijenti iz dijaspore iz Nemačke i Austrije već putuju radi takvog lečenja, a klinika bi sarađivala sa njihovim zdravstvenim osiguranjima.',
    minTicketEur: 700_000,
    totalSizeEur: 8_500_000,
    jobsExpected: 110,
    areaM2: 25_000,
    incentives: [jobGrant(5000), cheapLand(250_000)],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'tourism',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water', 'sewage'],
      airportKm: 45,
    },
    timeline: 'Permits 2027, opening 2029',
  },
  textile: {
    sectors: ['textiles', 'manufacturing'],
    type: 'brownfield',
    stage: 'ready_to_build',
    titleEn: 'Former textile factory for a new production line',
    titleSr: 'Bivša tekstilna fabrika za novu proizvodnu liniju',
    summaryEn:
      'A 14,000 m² production hall of a former textile plant, renovated roof, available for sale or lease.',
    summarySr:
      'Proizvodna hala bivše tekstilne fabrike od 14.000 m², sa obnovljenim krovom, za prodaju ili zakup.',
    descriptionEn:
      'The city bought the former textile complex in bankruptcy and renovated the roof and the power substation. The hall suits technical textiles, garment or light assembly. Hundreds of experienced seamstresses and technicians live within 20 minutes, and the secondary school runs a dual-education textile programme.',
    descriptionSr:
      'Grad je otkupio bivši tekstilni kompleks u stečaju i obnovio krov i trafostanicu. Hala je pogodna za tehnički tekstil, konfekciju ili laku montažu. U krugu od 20 minuta živi nekoliko stotina iskusnih šivačica i tehničara, a srednja škola ima dualni tekstilni program.',
    minTicketEur: 350_000,
    totalSizeEur: 3_200_000,
    jobsExpected: 220,
    areaM2: 14_000,
    incentives: [jobGrant(4500), propertyTax],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_needed',
      utilities: ['power', 'water', 'gas', 'sewage'],
      motorwayKm: 12,
      railKm: 1,
    },
    timeline: 'Available immediately',
  },
  recycling: {
    sectors: ['environment', 'manufacturing'],
    type: 'public_private_partnership',
    stage: 'planning',
    titleEn: 'Regional recycling and sorting centre',
    titleSr: 'Regionalni centar za reciklažu i sortiranje otpada',
    summaryEn:
      'A sorting plant for packaging waste from six municipalities, under a 25-year concession.',
    summarySr:
      'Postrojenje za sortiranje ambalažnog otpada iz šest opština, po koncesiji na 25 godina.',
    descriptionEn:
      'Six municipalities of the district signed an agreement for joint waste management in line with EU directives. The concession covers collection of recyclables, a sorting line of 40,000 tonnes a year and sale of secondary raw materials. Land next to the regional landfill is prepared.',
    descriptionSr:
      'Šest opština okruga potpisalo je sporazum o zajedničkom upravljanju otpadom u skladu sa direktivama EU. Koncesija obuhvata sakupljanje reciklabilnog otpada, liniju za sortiranje od 40.000 tona godišnje i prodaju sekundarnih sirovina. Zemljište pored regionalne deponije je pripremljeno.',
    minTicketEur: 900_000,
    totalSizeEur: 6_000_000,
    jobsExpected: 70,
    areaM2: 35_000,
    incentives: [utilities, feeWaiver],
    site: {
      landOwnership: 'municipal',
      cadastreStatus: 'registered',
      zoning: 'industrial',
      buildingPermit: 'not_applied',
      utilities: ['power', 'water'],
      motorwayKm: 10,
    },
    timeline: 'Concession tender 2027, operation 2029',
  },
  housing: {
    sectors: ['real-estate', 'construction'],
    type: 'real_estate',
    stage: 'permitted',
    titleEn: 'Residential block for returning families',
    titleSr: 'Stambeni blok za porodice povratnike',
    summaryEn:
      'Sixty energy-efficient apartments on a permitted plot, with priority sales to returning diaspora.',
    summarySr:
      'Šezdeset energetski efikasnih stanova na parceli sa dozvolom, uz prednost u kupovini za povratnike iz dijaspore.',
    descriptionEn:
      'A developer with a building permit seeks co-investors for a six-storey block near schools and the hospital. Demand comes from young families and returnees; the city supports the project within its programme for the return of the diaspora. Apartments are pre-sold off plan with bank escrow.',
    descriptionSr:
      'Investitor sa građevinskom dozvolom traži suinvestitore za zgradu od šest spratova blizu škola i bolnice. Potražnja dolazi od mladih porodica i povratnika, a grad podržava projekat u okviru programa za povratak dijaspore. Stanovi se prodaju u izgradnji uz bankarski eskrou.',
    minTicketEur: 200_000,
    totalSizeEur: 5_400_000,
    jobsExpected: 25,
    areaM2: 4_800,
    incentives: [feeWaiver],
    site: {
      landOwnership: 'private',
      cadastreStatus: 'registered',
      zoning: 'mixed_use',
      buildingPermit: 'issued',
      utilities: ['power', 'water', 'gas', 'sewage', 'fibre'],
    },
    timeline: 'Construction 2027–2029',
  },
}

type Placement = [
  archetype: keyof typeof archetypes,
  municipality: string,
  organisation: string,
  status: 'published' | 'draft' | 'in_review',
]

/** Where each project is: city, the partner listing it, and its status. */
const placements: Placement[] = [
  ['industrialParcel', 'nis', 'nis-kancelarija-za-dijasporu', 'published'],
  ['itCampus', 'nis', 'ntp-nis', 'published'],
  ['logisticsHub', 'nis', 'nis-kancelarija-za-dijasporu', 'published'],
  ['startup', 'nis', 'nisdata-labs', 'published'],
  ['dataCentre', 'nis', 'ntp-nis', 'published'],
  ['hotel', 'nis', 'nis-kancelarija-za-dijasporu', 'published'],
  ['incubator', 'nis', 'ntp-nis', 'published'],
  ['housing', 'nis', 'nis-kancelarija-za-dijasporu', 'published'],
  ['solarPlant', 'nis', 'nis-kancelarija-za-dijasporu', 'published'],
  ['industrialParcel', 'kragujevac', 'kragujevac-ler', 'published'],
  ['textile', 'kragujevac', 'kragujevac-ler', 'published'],
  ['solarPlant', 'kragujevac', 'kragujevac-ler', 'published'],
  ['itCampus', 'kragujevac', 'kragujevac-ler', 'published'],
  ['coldStorage', 'cacak', 'cacak-ler', 'published'],
  ['foodProcessing', 'cacak', 'cacak-ler', 'published'],
  ['furniture', 'cacak', 'cacak-ler', 'published'],
  ['coldStorage', 'leskovac', 'vocar-fruit', 'published'],
  ['foodProcessing', 'leskovac', 'vocar-fruit', 'published'],
  ['textile', 'leskovac', 'leskovac-ler', 'published'],
  ['logisticsHub', 'beograd', 'beograd-ler', 'published'],
  ['dataCentre', 'beograd', 'beograd-ler', 'published'],
  ['housing', 'beograd', 'beograd-ler', 'published'],
  ['itCampus', 'novi-sad', 'novi-sad-ler', 'published'],
  ['startup', 'novi-sad', 'novi-sad-ler', 'published'],
  ['hotel', 'novi-sad', 'novi-sad-ler', 'published'],
  ['industrialParcel', 'subotica', 'subotica-ler', 'published'],
  ['winery', 'subotica', 'subotica-ler', 'published'],
  ['logisticsHub', 'subotica', 'subotica-ler', 'published'],
  ['industrialParcel', 'kraljevo', 'kraljevo-ler', 'published'],
  ['furniture', 'kraljevo', 'kraljevo-ler', 'published'],
  ['healthClinic', 'kraljevo', 'kraljevo-ler', 'published'],
  ['coldStorage', 'pirot', 'pirot-ler', 'published'],
  ['industrialParcel', 'pirot', 'pirot-ler', 'published'],
  ['logisticsHub', 'vranje', 'vranje-ler', 'published'],
  ['textile', 'vranje', 'vranje-ler', 'published'],
  ['foodProcessing', 'zrenjanin', 'zrenjanin-ler', 'published'],
  ['solarPlant', 'zrenjanin', 'zrenjanin-ler', 'published'],
  ['recycling', 'sabac', 'sabac-ler', 'published'],
  ['industrialParcel', 'sabac', 'sabac-ler', 'published'],
  ['winery', 'sombor', 'sombor-ler', 'published'],
  ['hotel', 'uzice', 'uzice-ler', 'published'],
  ['healthClinic', 'uzice', 'uzice-ler', 'published'],
  ['winery', 'zajecar', 'zajecar-ler', 'published'],
  ['recycling', 'zajecar', 'zajecar-ler', 'published'],
  ['coldStorage', 'nis', 'nis-kancelarija-za-dijasporu', 'draft'],
  ['recycling', 'kragujevac', 'kragujevac-ler', 'draft'],
  ['winery', 'cacak', 'cacak-ler', 'draft'],
  ['healthClinic', 'nis', 'nis-kancelarija-za-dijasporu', 'in_review'],
]

/** City names as they appear in titles (English and Serbian Latin). */
const cityNames: Record<string, [en: string, sr: string]> = {
  'nis': ['Niš', 'Niš'],
  'kragujevac': ['Kragujevac', 'Kragujevac'],
  'cacak': ['Čačak', 'Čačak'],
  'leskovac': ['Leskovac', 'Leskovac'],
  'beograd': ['Belgrade', 'Beograd'],
  'novi-sad': ['Novi Sad', 'Novi Sad'],
  'subotica': ['Subotica', 'Subotica'],
  'kraljevo': ['Kraljevo', 'Kraljevo'],
  'pirot': ['Pirot', 'Pirot'],
  'vranje': ['Vranje', 'Vranje'],
  'zrenjanin': ['Zrenjanin', 'Zrenjanin'],
  'sabac': ['Šabac', 'Šabac'],
  'sombor': ['Sombor', 'Sombor'],
  'uzice': ['Užice', 'Užice'],
  'zajecar': ['Zaječar', 'Zaječar'],
}

const contacts = [
  ['Dragana Ilić', 'investicije'],
  ['Marko Đorđević', 'ler'],
  ['Jovana Stanković', 'razvoj'],
  ['Nemanja Pavlović', 'investicije'],
  ['Tamara Milošević', 'kancelarija'],
] as const

export const demoOpportunities: DemoOpportunity[] = placements.map(
  ([archetype, municipality, organisation, status], index) => {
    const base = archetypes[archetype]
    const [cityEn, citySr] = cityNames[municipality]
    const [contactName, mailbox] = contacts[index % contacts.length]
    // Vary the figures a little so no two listings look copied.
    const scale = 0.8 + ((index * 37) % 50) / 100
    const round = (value: number) => Math.round((value * scale) / 10_000) * 10_000
    const totalSizeEur = round(base.totalSizeEur)
    return {
      ...base,
      organisation,
      municipality,
      status,
      titleEn: `${base.titleEn} — ${cityEn}`,
      titleSr: `${base.titleSr} — ${citySr}`,
      totalSizeEur,
      minTicketEur: Math.min(round(base.minTicketEur), totalSizeEur),
      jobsExpected: Math.max(3, Math.round(base.jobsExpected * scale)),
      contactName,
      contactEmail: `${mailbox}@${municipality}.most.demo`,
      publishedDaysAgo: 1 + ((index * 13) % 80),
    }
  }
)
