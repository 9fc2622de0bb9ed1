// Dutch user interface text with an English alternative; the language lives in the URL (?lang=en).
import { areasEn, areasNl } from './areas-i18n';
import { relatedEn, relatedNl } from './related-series';

export type Lang = 'nl' | 'en';

const nl = {
  ...areasNl,
  ...relatedNl,
  skipToPanel: 'Naar het profiel', searchLabel: 'Zoek een buurt, wijk of gemeente', searchPlaceholder: 'Zoek buurt, wijk, gemeente of code…',
  measure: 'Score', year: 'Jaar', source: 'Bron', viewsLabel: 'Weergave', viewMap: 'Kaart', viewTable: 'Tabel', viewCompare: 'Vergelijk',
  mapHeading: 'Kaart', mapLabel: 'Kaart van Nederland met leefbaarheid per gebied; gebruik de tabel voor een tekstversie',
  apiDocs: 'API-documentatie', total: 'Totaalscore', official: 'Leefbaarometer (officieel)', model: 'Leefbaar-model',
  legendTitle: 'Klasse', noData: 'geen gegevens', demo: 'Synthetische demodata — dit zijn geen echte metingen.',
  noResults: 'Geen gebieden gevonden', chooseArea: 'Klik op de kaart of zoek een gebied om het profiel te zien.',
  loading: 'Laden…', score: 'Score', deviation: 'Afwijking (afw)', release: 'Release', dimensions: 'Dimensies',
  dimensionsNote: 'Balk: afwijking (afw; 0 = geen afwijking) met waarde en klasse; zwarte streep: Nederland (gemiddelde, gewogen naar inwoners)', trend: 'Ontwikkeling', noTrend: 'Nog geen reeks met meerdere jaren.',
  contributions: 'Grootste bijdragen (model)',
  comparison: 'Vergelijking', thisArea: 'Dit gebied', gemeente: 'Gemeente', nederland: 'Nederland', indicators: 'Indicatoren',
  indicator: 'Indicator', value: 'Waarde', reliability: 'Betrouwbaarheid', officialNote: 'Officiële score van de Leefbaarometer 3.0 (Ministerie van BZK).',
  modelReliable: 'Modelscore betrouwbaar genoeg om te tonen.', modelUnreliable: 'Modelscore onzeker: te weinig gegevens of inwoners.',
  interval: 'Interval', modelCard: 'Modelkaart', noModel: 'Nog geen modelrelease.', downloadCsv: 'Download CSV', downloadGeoJson: 'Download GeoJSON', downloadCsvExcel: 'CSV voor Excel (NL)',
  downloadCsvExcelNote: 'Puntkomma als scheidingsteken en decimale komma, zoals Nederlandse Excel verwacht',
  downloadsOf: 'Gebieden van hetzelfde niveau in de gemeente', addCompare: 'Voeg toe aan vergelijking', inCompare: 'In vergelijking',
  close: 'Sluiten', compareTitle: 'Vergelijk gebieden', compareEmpty: 'Kies 2 tot 6 gebieden met “Voeg toe aan vergelijking”.',
  compareNeedTwo: 'Nog één gebied nodig om te vergelijken.', remove: 'Verwijder', tableTitle: 'Gebieden in tabelvorm', level: 'Niveau',
  name: 'Naam', code: 'Code', classLabel: 'Klasse', sortBy: 'Sorteer op', rows: 'rijen', parents: 'Ligt in', error: 'Fout',
  buurt: 'buurt', wijk: 'wijk', provincie: 'provincie', pc4: 'postcode', land: 'land', noScore: 'Geen score voor dit jaar.',
  otherLang: 'English', levelSwitch: 'Kaartniveau wisselt met de zoom:',
  sourceDefaultModel: 'Geen officiële scores voor {levels} in {year}: de kaart toont daarom het Leefbaar-model. Wissel met “Bron”.',
  sourceSwitchedArea: 'Geen officiële score voor {name}: bron op Leefbaar-model gezet. Wissel met “Bron”.',
  officialGap: 'Grijs in {provinces}: geen officiële score gepubliceerd ({release}); kies Bron: Leefbaar-model.',
  noOfficialScore: 'Geen officiële Leefbaarometer-score voor dit gebied.',
  officialWithheld: 'De officiële release {release} publiceert geen scores voor {province}.',
  modelShown: 'Hieronder de score van het Leefbaar-model.', officialShown: 'Hieronder de officiële score.',
  noModelScore: 'Geen Leefbaar-modelscore voor dit gebied.', noContributionsArea: 'Voor dit gebied zijn geen indicatorbijdragen opgeslagen.', interval90: '90%-interval', classRange: 'klassen', pWeak: 'kans op zwak of slechter (klasse 1–4)',
  reliableShort: 'betrouwbaar', unreliableShort: 'onzeker', sideBySide: 'Officieel en Leefbaar-model naast elkaar',
  dimension: 'Dimensie', reference: 'Mediaan NL', contribution: 'Bijdrage', pairedNote: 'Per dimensie boven: officieel; onder: Leefbaar-model (gestreept); waarde en klasse rechts; zwarte streep: Nederland (gemiddelde, gewogen naar inwoners)',
  officialPublished: 'officieel gepubliceerd', sourceOfficialShort: 'Officieel', sourceModelShort: 'Leefbaar-model',
  viewAnalysis: 'Analyse', analysisTitle: 'Analyse', analysisTabs: 'Analyses',
  tabDevelopment: 'Ontwikkeling', tabHotspots: 'Hotspots', tabWarning: 'Vroegsignalering', tabDistribution: 'Verdeling',
  computing: 'Berekenen…', analysisNone: 'Deze server biedt geen analyses.', analysisUnavailable: 'Deze analyse is niet beschikbaar voor deze gegevens:', from: 'Van', to: 'Tot',
  devNote: 'Verandering van de afwijking (afw) tussen twee jaren van één release — nooit tussen releases. Klasse 5 = geen verandering (LBM 2.0: gepubliceerde klassen 1–7, 4 = geen verandering).',
  devNone: 'Geen release met twee meetjaren op een kaartniveau in deze gegevens.', devClass: 'Ontwikkelingsklasse',
  areasCount: 'Gebieden', residents: 'Inwoners', noValue: 'geen waarde',
  hotNote: 'Lokale Moran (LISA) met buren die een grens of hoek delen: HH = hoge score tussen hoge buren, LL = lage score tussen lage buren, HL en LH = uitschieters. Alleen significant na correctie voor meervoudig toetsen (FDR, α = 0,05); de rest is grijs.',
  clusterHH: 'Hoog–hoog (HH)', clusterLL: 'Laag–laag (LL)', clusterHL: 'Hoog tussen laag (HL)', clusterLH: 'Laag tussen hoog (LH)', clusterNs: 'Niet significant',
  cluster: 'Cluster', permutations: 'permutaties', warnFraming: 'Een signaal om het gesprek aan te gaan — geen oordeel over bewoners.',
  warnNote: 'Kans dat een gebied dat nu voldoende of beter scoort in de volgende meetperiode minstens {delta} afw daalt (release {release}, {level}). “Verhoogd” en “sterk verhoogd” zijn de hoogste kansen.',
  area: 'Gebied', signal: 'Signaal', probability: 'Kans', riskMultiple: 'Risico × basiskans', riskFactors: 'Belangrijkste risicofactoren',
  show: 'Toon', all: 'alle', backtest: 'Terugtoets op latere perioden', split: 'Deel', periods: 'Perioden', events: 'Gebeurtenissen (val naar zwak)',
  baseRate: 'Basiskans', precisionTop5: 'Precisie top 5%', lift: 'Lift', flagsShown: '{n} van {total} signalen',
  factorsDutchOnly: '', distNote: 'Aandeel inwoners per klasse, gewogen naar inwoners ({release}, {level}, {year}).',
  modelCardEnglish: 'De modelkaart is in het Engels geschreven, zoals gebruikelijk voor modelkaarten; de tabellen noemen de indicatoren met hun code.', backToMap: '← Naar de kaart',
  errBusy: 'De gegevens worden nu bijgewerkt. Probeer het over een minuut opnieuw.', errTooMany: 'Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
  errNoReleaseId: 'Modelrelease {id} bestaat niet op deze server.', errNoEndpoint: 'Dit adres bestaat niet in de API.',
  errNoMeasurement: 'Release {release} heeft op niveau {level} geen meting in {year}.', errNotBuurt: '{code} is geen buurt in de gegevens van deze server.',
  errNoInputs: 'Voor {code} ontbreken de gegevens om een modelscore te berekenen.', errNoBuurtScores: 'Deze server heeft nog geen buurtscores: importeer de Leefbaarometer of fit het model.',
  indicatorsOwn: 'Eigen indicatoren van de gemeente (geen invoer van het standaardmodel)', ownSource: 'bron: {source}',
  indicatorsOther: 'Overige kerncijfers (geen invoer van het model)', indicatorsInputsNote: 'Invoer van het Leefbaar-model, per thema.',
  allData: 'Alle gegevens ({n} ruwe bronkolommen)', allDataNote: 'Kolommen zoals de bron ze levert (CBS StatLine, bodemgebruik, milieu), zonder bewerking en niet als zodanig in het model.',
  yearElsewhere: 'In {year} geen {source} scores voor {level}; wel voor {levels} ({releases}). Zoom uit of in naar dat niveau, of kies een ander jaar.',
  yearOtherLevels: 'Alleen op andere niveaus',
  distMissing: '“Nederland” is hier de {n} provincies met scores in {release}: zonder {provinces}, waar deze release geen scores publiceert.',
  distChooseModel: 'Kies Bron: Leefbaar-model voor alle twaalf provincies.', distAll: 'Alle twaalf provincies hebben scores in {release}.',
  nederlandWithout: 'Nederland zonder {provinces}',
  devNoMap: 'Geen grenzen voor {level} in deze gegevens: alleen de tabel, geen kaart.',
  grouping: 'Indeling', groupingGroups: 'Nederland en gemeentegroepen', groupingProvince: 'Provincies', groupingUrbanity: 'Stedelijkheid',
  onvoldoendeOrWorse: 'Onvoldoende of slechter', share: 'Aandeel', urbanityLabel: 'stedelijkheid',
  gemeenten: 'gemeenten', wijken: 'wijken', buurten: 'buurten', provincies: 'provincies', and: 'en',
  reportPdf: 'Wijkdiagnose (PDF)', reportHtml: 'Rapport (HTML)',
  errAreaMissing: 'Gebied {code} komt niet voor in de gegevens van deze server.',
  errNoScores: 'Geen {source} scores voor niveau {level} in {year}.', errNoRelease: 'Nog geen modelrelease: fit eerst het model.',
  errNoLevelScores: 'Geen officiële scores op niveau {level}; kies een release.', errNotFound: 'Niet gevonden: deze gegevens bestaan niet op deze server.',
  errBadParameter: 'Ongeldige waarde voor “{parameter}”.', errServer: 'De server gaf een fout ({status}). Probeer het later opnieuw.',
  errOffline: 'Geen verbinding met de server.', errUnknown: 'Er ging iets mis.', errMapStyle: 'De kaart is nog niet klaar met laden.',
  errAnalysis: 'de reeks die ze nodig heeft ontbreekt in de gegevens van deze server.', errEnglishDetail: 'Technische melding (Engels)',
  matchAlias: 'ook bekend als “{query}”', matchPostcode: 'meeste adressen in postcode {pc4}',
  srcOfficialWord: 'officiële', srcModelWord: 'Leefbaar-model',
  explainTitle: 'Waarom deze score? (Leefbaar-model)',
  explainNote: 'Per dimensie wat elk thema bijdraagt ten opzichte van een buurt waarin elke indicator op de landelijke mediaan ligt (release {release}, {year}). Basis + bijdragen = score. Een samenhang in het model, geen oorzaak en gevolg.',
  explainIndicator: '{name} ({value}; mediaan {median})', explainDownUp: 'Vooral {down} drukt de score; {up} tilt hem het meest op.',
  explainDown: 'Vooral {down} drukt de score.', explainUp: 'Vooral {up} tilt de score op.', explainNone: 'Geen indicator wijkt hier merkbaar af van de mediaan.',
  explainRest: '{n} andere indicatoren', explainSum: 'Basis {base} + bijdragen {sum} = {score}',
  medianNl: 'Mediaan NL', medianNote: 'Mediaan van de buurten waarop het model is gefit: de helft ligt hoger, de helft lager.',
  nederlandMean: 'Nederland (gemiddelde)', nederlandMeanNote: 'Landelijk cijfer van CBS: totaal over heel Nederland, dus een gemiddelde over alle inwoners of woningen — geen mediaan.',
  comparisonNote: 'Nederland: gemiddelde van alle buurten, gewogen naar inwoners.',
  tableAllProvincies: 'alle provincies', tableAllGemeenten: 'alle gemeenten', provincieLabel: 'Provincie', tablePageSize: 'Rijen per pagina',
  tableRange: 'Rijen {from}–{to} van {total}', tableNoRows: 'Geen gebieden met een score in deze selectie.',
  tableSourceOne: 'Bron: {source}, release {release}.',
  tableFilledAll: 'Geen officiële scores in deze selectie: alle rijen tonen de score van het Leefbaar-model (release {release}).',
  tableFilled: 'Bron: {source} ({release}); {n} gebieden zonder officiële score tonen de score van het Leefbaar-model (release {model}). Kolom “Bron” zegt per rij welke score het is.',
  tableFilledOne: 'Bron: {source} ({release}); 1 gebied zonder officiële score toont de score van het Leefbaar-model (release {model}). Kolom “Bron” zegt per rij welke score het is.',
  tableDownloads: 'Download precies de getoonde rijen ({n}; filter, volgorde en pagina zoals getoond):',
  tableDownloadsAll: 'Of alle {n} rijen van deze selectie in één bestand (zelfde filter en volgorde):',
  downloadGpkg: 'GeoPackage', downloadGpkgNote: 'Met grenzen (WGS84), voor QGIS of ArcGIS',
  pagerLabel: 'Pagina’s', pageFirst: '« Eerste', pagePrev: '‹ Vorige', pageNext: 'Volgende ›', pageLast: 'Laatste »', pageOf: 'Pagina {page} van {pages}',
  tableNoLayer: 'Geen {source} scores voor {level} in {year}. Wel voor: {levels}. Kies een ander niveau, jaar of andere bron.',
  whatifTitle: 'Wat als? (samenhang in het model)',
  whatifCaveat: 'Een samenhang in het model, geen voorspelling van oorzaak en gevolg: zo zou het model deze buurt scoren als alleen deze waarden anders waren.',
  whatifNone: 'Geen indicatoren van deze buurt om te veranderen.', whatifNew: 'nieuwe waarde', whatifNow: 'nu {value}; mediaan {median}',
  whatifRun: 'Bereken', whatifReset: 'Huidige waarden', whatifNothing: 'Verander eerst een waarde.', whatifBusy: 'Berekenen… (dit kan enkele seconden duren)',
  whatifBefore: 'Nu', whatifAfter: 'Wat als', whatifChange: 'Verschil', whatifSeen: 'gezien bij het fitten',
  whatifExtrapolated: 'Buiten het bereik waarop het model is gefit (extrapolatie): {inputs}.', whatifMoved: 'Bijdragen die veranderden (afw)',
  whatifNoteDerived: '{name} is een afgeleide indicator: direct gezet; de gegevens waaruit hij volgt zijn niet veranderd.',
  whatifNoteParent: '{name} is ook een invoer van het model; een verandering in één buurt verplaatst die niet.',
  whatifNoteExtrapolation: 'Een nieuwe waarde ligt buiten het bereik van de buurten waarop het model is gefit: het antwoord is een extrapolatie.',
  sheetOpen: 'Profiel uitklappen ▴', sheetClose: 'Kaart groter ▾', legend: 'Legenda', legendFold: 'Legenda inklappen', legendUnfold: 'Legenda uitklappen',
  pWeakShort: 'Kans op zwak of slechter',
  reportNote: 'Wijkdiagnose van de gemeente: kaart, alle wijken en buurten, de zwakste buurten, vergelijking en vroegsignalering.',
};

type Strings = typeof nl;

const en: Strings = {
  ...areasEn,
  ...relatedEn,
  skipToPanel: 'Skip to the profile', searchLabel: 'Search a neighbourhood, district or municipality', searchPlaceholder: 'Search buurt, wijk, gemeente or code…',
  measure: 'Score', year: 'Year', source: 'Source', viewsLabel: 'View', viewMap: 'Map', viewTable: 'Table', viewCompare: 'Compare',
  mapHeading: 'Map', mapLabel: 'Map of the Netherlands with livability per area; use the table for a text version',
  apiDocs: 'API documentation', total: 'Total score', official: 'Leefbaarometer (official)', model: 'Leefbaar model',
  legendTitle: 'Class', noData: 'no data', demo: 'Synthetic demo data — these are not real measurements.',
  noResults: 'No areas found', chooseArea: 'Click the map or search an area to see its profile.',
  loading: 'Loading…', score: 'Score', deviation: 'Deviation (afw)', release: 'Release', dimensions: 'Dimensions',
  dimensionsNote: 'Bar: deviation (afw; 0 = no deviation) with value and class; black tick: the Netherlands (mean, weighted by residents)', trend: 'Trend', noTrend: 'No multi-year series yet.',
  contributions: 'Largest contributions (model)',
  comparison: 'Comparison', thisArea: 'This area', gemeente: 'Municipality', nederland: 'Netherlands', indicators: 'Indicators',
  indicator: 'Indicator', value: 'Value', reliability: 'Reliability', officialNote: 'Official Leefbaarometer 3.0 score (Ministry of the Interior, BZK).',
  modelReliable: 'Model score reliable enough to show.', modelUnreliable: 'Model score uncertain: too little data or too few residents.',
  interval: 'Interval', modelCard: 'Model card', noModel: 'No model release yet.', downloadCsv: 'Download CSV', downloadGeoJson: 'Download GeoJSON', downloadCsvExcel: 'CSV for Dutch Excel',
  downloadCsvExcelNote: 'Semicolon separators and decimal commas, as Dutch Excel expects',
  downloadsOf: 'Areas of the same level in the municipality', addCompare: 'Add to comparison', inCompare: 'In comparison',
  close: 'Close', compareTitle: 'Compare areas', compareEmpty: 'Pick 2 to 6 areas with “Add to comparison”.',
  compareNeedTwo: 'One more area needed to compare.', remove: 'Remove', tableTitle: 'Areas as a table', level: 'Level',
  name: 'Name', code: 'Code', classLabel: 'Class', sortBy: 'Sort by', rows: 'rows', parents: 'Lies in', error: 'Error',
  buurt: 'neighbourhood', wijk: 'district', provincie: 'province', pc4: 'postcode', land: 'country', noScore: 'No score for this year.',
  otherLang: 'Nederlands', levelSwitch: 'The map level follows the zoom:',
  sourceDefaultModel: 'No official scores for {levels} in {year}: the map therefore shows the Leefbaar model. Switch with “Source”.',
  sourceSwitchedArea: 'No official score for {name}: source set to the Leefbaar model. Switch with “Source”.',
  officialGap: 'Grey in {provinces}: no official score published ({release}); choose Source: Leefbaar model.',
  noOfficialScore: 'No official Leefbaarometer score for this area.',
  officialWithheld: 'The official release {release} publishes no scores for {province}.',
  modelShown: 'Below: the Leefbaar model score.', officialShown: 'Below: the official score.',
  noModelScore: 'No Leefbaar model score for this area.', noContributionsArea: 'No indicator contributions are stored for this area.', interval90: '90% interval', classRange: 'classes', pWeak: 'chance of weak or worse (class 1–4)',
  reliableShort: 'reliable', unreliableShort: 'uncertain', sideBySide: 'Official and Leefbaar model side by side',
  dimension: 'Dimension', reference: 'Median NL', contribution: 'Contribution', pairedNote: 'Per dimension top: official; bottom: Leefbaar model (hatched); value and class on the right; black tick: the Netherlands (mean, weighted by residents)',
  officialPublished: 'officially published', sourceOfficialShort: 'Official', sourceModelShort: 'Leefbaar model',
  viewAnalysis: 'Analysis', analysisTitle: 'Analysis', analysisTabs: 'Analyses',
  tabDevelopment: 'Development', tabHotspots: 'Hot spots', tabWarning: 'Early warning', tabDistribution: 'Distribution',
  computing: 'Computing…', analysisNone: 'This server offers no analyses.', analysisUnavailable: 'This analysis is not available for this data:', from: 'From', to: 'To',
  devNote: 'Change of the deviation (afw) between two years of one release — never across releases. Class 5 = no change (LBM 2.0: its published classes 1–7, 4 = no change).',
  devNone: 'No release with two measurement years at a map level in this data.', devClass: 'Development class',
  areasCount: 'Areas', residents: 'Residents', noValue: 'no value',
  hotNote: 'Local Moran (LISA) with neighbours sharing a border or corner: HH = high score among high neighbours, LL = low among low, HL and LH = outliers. Significant only after correcting for multiple testing (FDR, α = 0.05); the rest is grey.',
  clusterHH: 'High–high (HH)', clusterLL: 'Low–low (LL)', clusterHL: 'High among low (HL)', clusterLH: 'Low among high (LH)', clusterNs: 'Not significant',
  cluster: 'Cluster', permutations: 'permutations', warnFraming: 'A signal to start a conversation — never a verdict on residents.',
  warnNote: 'Probability that an area scoring sufficient or better now loses at least {delta} afw in the next measurement period (release {release}, {level}). “Verhoogd” (elevated) and “sterk verhoogd” (strongly elevated) are the highest probabilities.',
  area: 'Area', signal: 'Signal', probability: 'Probability', riskMultiple: 'Risk × base rate', riskFactors: 'Main risk factors',
  show: 'Show', all: 'all', backtest: 'Backtest on later periods', split: 'Split', periods: 'Periods', events: 'Events (fall to weak)',
  baseRate: 'Base rate', precisionTop5: 'Precision top 5%', lift: 'Lift', flagsShown: '{n} of {total} signals',
  factorsDutchOnly: '(risk factors in Dutch)', distNote: 'Share of residents per class, weighted by residents ({release}, {level}, {year}).',
  modelCardEnglish: 'The model card is written in English, as model cards usually are; its tables name the indicators by code.', backToMap: '← Back to the map',
  errBusy: 'The data is being updated. Please try again in a minute.', errTooMany: 'Too many requests at once. Please wait and try again.',
  errNoReleaseId: 'Model release {id} does not exist on this server.', errNoEndpoint: 'This address does not exist in the API.',
  errNoMeasurement: 'Release {release} has no measurement in {year} at level {level}.', errNotBuurt: '{code} is not a buurt in this server\'s data.',
  errNoInputs: 'The data to compute a model score for {code} is missing.', errNoBuurtScores: 'This server has no buurt scores yet: import the Leefbaarometer or fit the model.',
  indicatorsOwn: "The gemeente's own indicators (not inputs of the default model)", ownSource: 'source: {source}',
  indicatorsOther: 'Other key figures (not model inputs)', indicatorsInputsNote: 'Inputs of the Leefbaar model, by theme.',
  allData: 'All data ({n} raw source columns)', allDataNote: 'Columns as the source delivers them (CBS StatLine, land use, environment), unprocessed and not used as such by the model.',
  yearElsewhere: 'No {source} scores for {level} in {year}; there are for {levels} ({releases}). Zoom to that level, or choose another year.',
  yearOtherLevels: 'Only at other levels',
  distMissing: '“Netherlands” here is the {n} provinces with scores in {release}: without {provinces}, where this release publishes no scores.',
  distChooseModel: 'Choose Source: Leefbaar model for all twelve provinces.', distAll: 'All twelve provinces have scores in {release}.',
  nederlandWithout: 'Netherlands without {provinces}',
  devNoMap: 'No boundaries for {level} in this data: the table only, no map.',
  grouping: 'Grouping', groupingGroups: 'Netherlands and municipality groups', groupingProvince: 'Provinces', groupingUrbanity: 'Urbanity',
  onvoldoendeOrWorse: 'Insufficient or worse', share: 'Share', urbanityLabel: 'urbanity',
  gemeenten: 'municipalities', wijken: 'districts', buurten: 'neighbourhoods', provincies: 'provinces', and: 'and',
  reportPdf: 'Neighbourhood diagnosis (PDF)', reportHtml: 'Report (HTML)',
  errAreaMissing: 'Area {code} is not in this server\'s data.',
  errNoScores: 'No {source} scores for level {level} in {year}.', errNoRelease: 'No model release yet: fit the model first.',
  errNoLevelScores: 'No official scores at level {level}; choose a release.', errNotFound: 'Not found: this data does not exist on this server.',
  errBadParameter: 'Invalid value for “{parameter}”.', errServer: 'The server returned an error ({status}). Please try again later.',
  errOffline: 'No connection to the server.', errUnknown: 'Something went wrong.', errMapStyle: 'The map has not finished loading yet.',
  errAnalysis: 'the series it needs is missing from this server\'s data.', errEnglishDetail: 'Technical message',
  matchAlias: 'also known as “{query}”', matchPostcode: 'most addresses in postcode {pc4}',
  srcOfficialWord: 'official', srcModelWord: 'Leefbaar model',
  explainTitle: 'Why this score? (Leefbaar model)',
  explainNote: 'Per dimension what each theme contributes compared with a neighbourhood where every indicator sits at the national median (release {release}, {year}). Base + contributions = score. An association in the model, not cause and effect.',
  explainIndicator: '{name} ({value}; median {median})', explainDownUp: 'Mostly {down} pulls the score down; {up} lifts it most.',
  explainDown: 'Mostly {down} pulls the score down.', explainUp: 'Mostly {up} lifts the score.', explainNone: 'No indicator differs noticeably from the median here.',
  explainRest: '{n} other indicators', explainSum: 'Base {base} + contributions {sum} = {score}',
  medianNl: 'Median NL', medianNote: 'Median of the neighbourhoods the model was fitted on: half lie above, half below.',
  nederlandMean: 'Netherlands (mean)', nederlandMeanNote: 'CBS national figure: a total over the whole country, so a mean over all residents or dwellings — not a median.',
  comparisonNote: 'Netherlands: mean of all neighbourhoods, weighted by residents.',
  tableAllProvincies: 'all provinces', tableAllGemeenten: 'all municipalities', provincieLabel: 'Province', tablePageSize: 'Rows per page',
  tableRange: 'Rows {from}–{to} of {total}', tableNoRows: 'No areas with a score in this selection.',
  tableSourceOne: 'Source: {source}, release {release}.',
  tableFilledAll: 'No official scores in this selection: every row shows the Leefbaar model score (release {release}).',
  tableFilled: 'Source: {source} ({release}); {n} areas without an official score show the Leefbaar model score (release {model}). The “Source” column says which score each row is.',
  tableFilledOne: 'Source: {source} ({release}); 1 area without an official score shows the Leefbaar model score (release {model}). The “Source” column says which score each row is.',
  tableDownloads: 'Download exactly the rows shown ({n}; filter, order and page as shown):',
  tableDownloadsAll: 'Or all {n} rows of this selection in one file (same filter and order):',
  downloadGpkg: 'GeoPackage', downloadGpkgNote: 'With boundaries (WGS84), for QGIS or ArcGIS',
  pagerLabel: 'Pages', pageFirst: '« First', pagePrev: '‹ Previous', pageNext: 'Next ›', pageLast: 'Last »', pageOf: 'Page {page} of {pages}',
  tableNoLayer: 'No {source} scores for {level} in {year}. Available: {levels}. Choose another level, year or source.',
  whatifTitle: 'What if? (association in the model)',
  whatifCaveat: 'An association in the model, not a causal prediction: how the model would score this neighbourhood if only these values were different.',
  whatifNone: 'No indicators of this neighbourhood to change.', whatifNew: 'new value', whatifNow: 'now {value}; median {median}',
  whatifRun: 'Calculate', whatifReset: 'Current values', whatifNothing: 'Change a value first.', whatifBusy: 'Calculating… (this can take a few seconds)',
  whatifBefore: 'Now', whatifAfter: 'What if', whatifChange: 'Change', whatifSeen: 'seen in fitting',
  whatifExtrapolated: 'Outside the range the model was fitted on (extrapolation): {inputs}.', whatifMoved: 'Contributions that moved (afw)',
  whatifNoteDerived: '{name} is a derived indicator: set directly; the data it follows from were not changed.',
  whatifNoteParent: '{name} is a model input too; a change in one neighbourhood does not move it.',
  whatifNoteExtrapolation: 'A new value lies outside the range of the neighbourhoods the model was fitted on: the answer is an extrapolation.',
  sheetOpen: 'Open the profile ▴', sheetClose: 'Larger map ▾', legend: 'Legend', legendFold: 'Fold the legend', legendUnfold: 'Unfold the legend',
  pWeakShort: 'Chance of weak or worse',
  reportNote: 'Neighbourhood diagnosis of the municipality: map, every district and neighbourhood, the weakest ones, comparison and early warning.',
};

export type Key = keyof Strings;
let current: Lang = 'nl';

export function setLang(lang: Lang): void { current = lang; }
export function lang(): Lang { return current; }
export function t(key: Key): string { return (current === 'nl' ? nl : en)[key]; }

// A text with {name} placeholders filled in.
export function tf(key: Key, vars: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

// "a", "a en b", "a, b en c".
export function listText(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${t('and')} ${items[items.length - 1]}`;
}

export function levelPlural(level: string): string {
  const key = ({ gemeente: 'gemeenten', wijk: 'wijken', buurt: 'buurten', provincie: 'provincies' } as Record<string, Key>)[level];
  return key ? t(key) : level;
}

export function levelName(level: string): string {
  if (level === 'gemeente') return current === 'nl' ? 'gemeente' : 'municipality';
  return (t(level as Key) as string | undefined) ?? level;
}

const indicatorNames: Record<string, [string, string]> = {
  population: ['Inwoners', 'Residents'], population_0_14: ['Inwoners 0–14 jaar', 'Residents aged 0–14'],
  population_65plus: ['Inwoners 65+', 'Residents 65+'], population_density: ['Bevolkingsdichtheid (per km²)', 'Population density (per km²)'],
  households: ['Huishoudens', 'Households'], household_size: ['Gemiddelde huishoudensgrootte', 'Average household size'],
  owner_occupied_pct: ['Koopwoningen (%)', 'Owner-occupied homes (%)'], single_family_pct: ['Eengezinswoningen (%)', 'Single-family homes (%)'],
  address_density: ['Omgevingsadressendichtheid', 'Address density'], land_area_ha: ['Oppervlakte land (ha)', 'Land area (ha)'],
  dist_gp_km: ['Afstand tot huisarts (km)', 'Distance to GP (km)'], dist_supermarket_km: ['Afstand tot supermarkt (km)', 'Distance to supermarket (km)'],
  dist_school_km: ['Afstand tot school (km)', 'Distance to school (km)'], schools_within_3km: ['Scholen binnen 3 km', 'Schools within 3 km'],
  crime_per_1000: ['Geregistreerde misdrijven per 1000 inwoners', 'Registered crimes per 1000 residents'],
  crime_count: ['Geregistreerde misdrijven', 'Registered crimes'], health_good_pct: ['Goed ervaren gezondheid (%)', 'Good self-rated health (%)'],
  income_per_inhabitant: ['Inkomen per inwoner (× €1000)', 'Income per resident (× €1000)'], urbanity: ['Stedelijkheid (1 = zeer sterk)', 'Urbanity (1 = very high)'],
  woz: ['Gemiddelde WOZ-waarde (× €1000)', 'Average property value (× €1000)'],
};

// Names from the API's indicator catalogue (/api/v1/indicators) win over the built-in list above.
export function setIndicatorNames(list: { code: string; nl: string; en: string }[]): void {
  for (const i of list) indicatorNames[i.code] = [i.nl, i.en];
}

export function indicatorName(code: string): string {
  const names = indicatorNames[code];
  return names ? names[current === 'nl' ? 0 : 1] : code;
}

export function formatNumber(v: number | undefined, digits = 2): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  return v.toLocaleString(current === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits });
}

// Applies the language to the static page: data-i18n (text), data-i18n-placeholder and data-i18n-aria (aria-label).
export function translatePage(): void {
  document.documentElement.lang = current;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n as Key); });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder as Key); });
  document.querySelectorAll<HTMLElement>('[data-i18n-aria]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nAria as Key)); });
}
