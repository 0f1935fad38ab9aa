/**
 * Word lists `opportunities:generate` composes synthetic listings from: per sector what
 * gets built (English and Serbian, Latin script), qualifiers, and sentences for summaries
 * and descriptions. Combined with the municipality, sizes and figures they give tens of
 * thousands of distinct titles and descriptions, so a search word matches a realistic
 * share of the listings (a few percent), not a twelfth of them.
 */

/** How often a sector leads a listing (relative weights, like the demo catalogue's mix). */
export const sectorWeights: Record<string, number> = {
  'agriculture-food': 16,
  'manufacturing': 15,
  'energy': 12,
  'ict': 10,
  'tourism': 9,
  'real-estate': 8,
  'logistics': 7,
  'automotive': 5,
  'construction': 4,
  'wood-furniture': 3,
  'textiles': 3,
  'health': 2,
  'mining-metals': 2,
  'education': 1,
  'creative-industries': 1,
  'environment': 1,
  'retail-services': 1,
  'finance': 0.5,
}

/** Four things to build per sector, [English, Serbian]. */
export const sectorObjects: Record<string, [string, string][]> = {
  'agriculture-food': [
    ['cold storage', 'hladnjača'],
    ['fruit processing plant', 'pogon za preradu voća'],
    ['dairy', 'mlekara'],
    ['winery', 'vinarija'],
  ],
  'manufacturing': [
    ['metalworking plant', 'pogon za obradu metala'],
    ['plastics factory', 'fabrika plastike'],
    ['packaging plant', 'fabrika ambalaže'],
    ['production hall', 'proizvodna hala'],
  ],
  'energy': [
    ['solar park', 'solarni park'],
    ['wind farm', 'vetropark'],
    ['biomass plant', 'elektrana na biomasu'],
    ['small hydropower plant', 'mala hidroelektrana'],
  ],
  'ict': [
    ['IT campus', 'IT kampus'],
    ['data centre', 'data centar'],
    ['software development hub', 'centar za razvoj softvera'],
    ['technology park', 'tehnološki park'],
  ],
  'tourism': [
    ['hotel', 'hotel'],
    ['spa resort', 'banjski kompleks'],
    ['mountain lodge', 'planinski dom'],
    ['wellness centre', 'velnes centar'],
  ],
  'real-estate': [
    ['business centre', 'poslovni centar'],
    ['residential complex', 'stambeni kompleks'],
    ['office building', 'poslovna zgrada'],
    ['shopping centre', 'tržni centar'],
  ],
  'logistics': [
    ['logistics hub', 'logistički centar'],
    ['distribution warehouse', 'distributivni magacin'],
    ['freight terminal', 'robni terminal'],
    ['intermodal terminal', 'intermodalni terminal'],
  ],
  'automotive': [
    ['car parts factory', 'fabrika auto-delova'],
    ['cable harness plant', 'pogon kablovskih snopova'],
    ['tyre warehouse', 'skladište guma'],
    ['assembly plant', 'montažni pogon'],
  ],
  'construction': [
    ['concrete plant', 'betonska baza'],
    ['brickworks', 'ciglana'],
    ['prefabricated housing plant', 'fabrika montažnih kuća'],
    ['building materials yard', 'stovarište građevinskog materijala'],
  ],
  'wood-furniture': [
    ['furniture factory', 'fabrika nameštaja'],
    ['sawmill', 'pilana'],
    ['pellet plant', 'fabrika peleta'],
    ['joinery workshop', 'stolarska radionica'],
  ],
  'textiles': [
    ['garment factory', 'konfekcija'],
    ['textile mill', 'tekstilna fabrika'],
    ['shoe factory', 'fabrika obuće'],
    ['knitwear plant', 'trikotaža'],
  ],
  'health': [
    ['private clinic', 'privatna klinika'],
    ['rehabilitation centre', 'rehabilitacioni centar'],
    ['pharmaceutical plant', 'farmaceutski pogon'],
    ['care home', 'dom za stare'],
  ],
  'mining-metals': [
    ['foundry', 'livnica'],
    ['quarry', 'kamenolom'],
    ['steel service centre', 'servisni centar za čelik'],
    ['copper processing plant', 'pogon za preradu bakra'],
  ],
  'education': [
    ['training centre', 'centar za obuku'],
    ['private school', 'privatna škola'],
    ['student residence', 'studentski dom'],
    ['vocational academy', 'stručna akademija'],
  ],
  'creative-industries': [
    ['film studio', 'filmski studio'],
    ['design centre', 'centar za dizajn'],
    ['game studio', 'studio za video igre'],
    ['creative hub', 'kreativni centar'],
  ],
  'environment': [
    ['recycling centre', 'reciklažni centar'],
    ['waste water plant', 'postrojenje za prečišćavanje voda'],
    ['composting plant', 'kompostana'],
    ['waste sorting plant', 'postrojenje za razvrstavanje otpada'],
  ],
  'retail-services': [
    ['retail park', 'tržni park'],
    ['service centre', 'servisni centar'],
    ['market hall', 'tržnica'],
    ['car dealership', 'auto salon'],
  ],
  'finance': [
    ['back office centre', 'bek ofis centar'],
    ['fintech hub', 'fintek centar'],
    ['shared services centre', 'centar zajedničkih usluga'],
    ['call centre', 'kol centar'],
  ],
}

/** What comes before the object in a title, [English, Serbian] (Serbian ends in a colon: no gender agreement needed). */
export const qualifiers: [string, string][] = [
  ['New', 'Nova investicija:'],
  ['Modern', 'Moderan objekat:'],
  ['Expansion of a', 'Proširenje:'],
  ['Greenfield', 'Grinfild projekat:'],
  ['Brownfield', 'Braunfild lokacija:'],
  ['Ready-to-build', 'Spremno za gradnju:'],
  ['Joint venture:', 'Zajedničko ulaganje:'],
  ['Operating', 'Aktivan pogon:'],
  ['Planned', 'Planirano:'],
  ['Export-oriented', 'Izvozni projekat:'],
  ['Certified', 'Sertifikovan objekat:'],
  ['Energy-efficient', 'Energetski efikasan objekat:'],
]

/** First sentence of a description: the site. `{m}` is the municipality (Serbian: after "opština", so the name stays in the nominative). */
export const siteSentences: [string, string][] = [
  [
    'The site lies in the industrial zone of {m}.',
    'Lokacija je u industrijskoj zoni, opština {m}.',
  ],
  [
    'A fully serviced plot on the edge of {m}.',
    'Potpuno opremljena parcela na obodu grada, opština {m}.',
  ],
  [
    'An existing hall in {m} that needs refurbishment.',
    'Postojeća hala kojoj treba obnova, opština {m}.',
  ],
  ['Land next to the bypass road of {m}.', 'Zemljište uz obilaznicu, opština {m}.'],
  ['A former state-owned factory in {m}.', 'Nekadašnja državna fabrika, opština {m}.'],
  ['A plot in the free zone near {m}.', 'Parcela u slobodnoj zoni, opština {m}.'],
]

/** Second sentence: access and utilities. */
export const accessSentences: [string, string][] = [
  ['The motorway is 5 km away.', 'Autoput je udaljen 5 km.'],
  ['It has a railway siding.', 'Ima industrijski kolosek.'],
  ['Water, gas and a 10 kV line are on site.', 'Voda, gas i vod od 10 kV su na parceli.'],
  ['The river port is 12 km away.', 'Rečna luka je udaljena 12 km.'],
  ['The airport is a 40-minute drive.', 'Aerodrom je na 40 minuta vožnje.'],
  ['Fibre internet reaches the plot.', 'Optički internet stiže do parcele.'],
  ['A new access road was finished last year.', 'Novi pristupni put je završen prošle godine.'],
]

/** Third sentence: what the partner looks for. */
export const partnerSentences: [string, string][] = [
  ['The owner seeks an equity partner.', 'Vlasnik traži partnera za kapital.'],
  [
    'The municipality offers the land on a long lease.',
    'Opština nudi zemljište u dugoročni zakup.',
  ],
  [
    'Local suppliers and a trained workforce are nearby.',
    'U blizini su lokalni dobavljači i obučena radna snaga.',
  ],
  ['Building permits are in place.', 'Građevinske dozvole su izdate.'],
  [
    'State incentives per new job are available.',
    'Dostupni su državni podsticaji po novom radnom mestu.',
  ],
  ['The project can start within six months.', 'Projekat može da počne u roku od šest meseci.'],
  [
    'A feasibility study is ready for investors.',
    'Studija izvodljivosti je spremna za investitore.',
  ],
  ['The owner will consider a full sale.', 'Vlasnik razmatra i potpunu prodaju.'],
]
