// The environment figures (kpis.md "Environment"), declared once each: unit, principles, targets,
// direction, headline, chart, input files, label and formula in Danish and English.

import type { FigureDefinition } from './types.ts';
import { declareIn } from './types.ts';

/** The ids other modules name (derived facts, charts); every other id is used only by the module
 * that computes it and through the registry. */
export const ENV = {
  scope1: 'env.scope1_t',
  scope2Location: 'env.scope2_location_t',
  scope2Market: 'env.scope2_market_t',
  scope3Travel: 'env.scope3_travel_t',
  totalLocation: 'env.total_location_t',
} as const;

const fig = declareIn('environment');
const TRAVEL = ['travel.csv'] as const;
const TRAVEL_FACTORS = ['travel.csv', 'emission-factors.csv'] as const;
const ENERGY = ['energy.csv'] as const;
const ENERGY_FACTORS = ['energy.csv', 'emission-factors.csv'] as const;
const TOTALS = ['travel.csv', 'energy.csv', 'emission-factors.csv'] as const;
const INTENSITY = ['travel.csv', 'energy.csv', 'emission-factors.csv', 'employees.csv'] as const;
const MEETINGS = ['meetings.csv'] as const;

export const ENVIRONMENT_FIGURES: readonly FigureDefinition[] = [
  fig({
    id: ENV.scope1, unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY_FACTORS,
    datapoints: { vsme: 'vsme:GrossScope1GreenhouseGasEmissions', esrs: ['E1-6'], gri: ['305-1'], esg: ['co2e_scope1'] },
    chart: 'emissions-trend',
    da: ['Scope 1', 'naturgas og fyringsolie gange deres emissionsfaktorer'],
    en: ['Scope 1', 'natural gas and heating oil times their emission factors'],
  }),
  fig({
    id: ENV.scope2Location, unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY_FACTORS,
    datapoints: { vsme: 'vsme:GrossLocationBasedScope2GreenhouseGasEmissions', esrs: ['E1-6'], gri: ['305-2'], esg: ['co2e_scope2'] },
    chart: 'emissions-trend',
    da: ['Scope 2, lokationsbaseret', 'el gange den gennemsnitlige elfaktor plus fjernvarme gange dens faktor'],
    en: ['Scope 2, location-based', 'electricity times the average grid factor plus district heating times its factor'],
  }),
  fig({
    id: ENV.scope2Market, unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY_FACTORS,
    datapoints: { vsme: 'vsme:GrossMarketBasedScope2GreenhouseGasEmissions', esrs: ['E1-6'], gri: ['305-2'] },
    chart: 'emissions-trend',
    da: ['Scope 2, markedsbaseret', 'el, der ikke er dækket af oprindelsesgarantier, gange residualfaktoren plus fjernvarme gange dens faktor'],
    en: ['Scope 2, market-based', 'electricity not covered by guarantees of origin times the residual-mix factor plus district heating times its factor'],
  }),
  fig({
    id: ENV.scope3Travel, unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    datapoints: { vsme: 'vsme:GrossScope3GreenhouseGasEmissions', esrs: ['E1-6'], gri: ['305-3'] },
    chart: 'emissions-trend',
    da: ['Scope 3, forretningsrejser', 'alle rejser: afstand × 2 ved retur × rejsende (ved faktorer pr. personkm) × faktor (GHG-protokollen, scope 3 kategori 6)'],
    en: ['Scope 3, business travel', 'all journeys: distance × 2 for a return trip × travellers (for per-passenger-km factors) × factor (GHG Protocol scope 3, category 6)'],
  }),
  fig({
    id: 'env.travel.flight_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Fly, udledning', 'udledning fra rejser med fly'],
    en: ['Flights, emissions', 'emissions of journeys by flights'],
  }),
  fig({
    id: 'env.travel.rail_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Tog, udledning', 'udledning fra rejser med tog'],
    en: ['Rail, emissions', 'emissions of journeys by rail'],
  }),
  fig({
    id: 'env.travel.car_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Bil, udledning', 'udledning fra rejser med bil'],
    en: ['Car, emissions', 'emissions of journeys by car'],
  }),
  fig({
    id: 'env.travel.taxi_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Taxi, udledning', 'udledning fra rejser med taxi'],
    en: ['Taxi, emissions', 'emissions of journeys by taxi'],
  }),
  fig({
    id: 'env.travel.bus_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Bus, udledning', 'udledning fra rejser med bus'],
    en: ['Bus, emissions', 'emissions of journeys by bus'],
  }),
  fig({
    id: 'env.travel.ferry_t', unit: 't CO2e', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: TRAVEL_FACTORS,
    chart: 'travel-modes',
    da: ['Færge, udledning', 'udledning fra rejser med færge'],
    en: ['Ferry, emissions', 'emissions of journeys by ferry'],
  }),
  fig({
    id: 'env.travel.flight_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Fly, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Flights, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: 'env.travel.rail_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Tog, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Rail, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: 'env.travel.car_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Bil, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Car, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: 'env.travel.taxi_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Taxi, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Taxi, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: 'env.travel.bus_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Bus, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Bus, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: 'env.travel.ferry_km', unit: 'km', gc: [8], sdg: [], direction: 'lower', inputs: TRAVEL,
    da: ['Færge, personkilometer', 'afstand × 2 ved retur × rejsende'],
    en: ['Ferry, passenger-km', 'distance × 2 for a return trip × travellers'],
  }),
  fig({
    id: ENV.totalLocation, unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: TOTALS,
    datapoints: { vsme: 'vsme:TotalGrossLocationBasedGHGEmissions', esrs: ['E1-6'] },
    headline: true, chart: 'emissions-trend',
    da: ['Samlet udledning, lokationsbaseret', 'scope 1 + scope 2 lokationsbaseret + scope 3 rejser; ikke opgjort uden rejse- eller energidata'],
    en: ['Total emissions, location-based', 'scope 1 + scope 2 location-based + scope 3 travel; not reported without travel or energy data'],
  }),
  fig({
    id: 'env.total_market_t', unit: 't CO2e', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: TOTALS,
    datapoints: { vsme: 'vsme:TotalGrossMarketBasedGHGEmissions', esrs: ['E1-6'] },
    headline: true, chart: 'emissions-trend',
    da: ['Samlet udledning, markedsbaseret', 'scope 1 + scope 2 markedsbaseret + scope 3 rejser; ikke opgjort uden rejse- eller energidata'],
    en: ['Total emissions, market-based', 'scope 1 + scope 2 market-based + scope 3 travel; not reported without travel or energy data'],
  }),
  fig({
    id: 'env.intensity_location_t_per_fte', unit: 't CO2e/FTE', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: INTENSITY,
    datapoints: { gri: ['305-4'] },
    headline: true,
    da: ['Udledning pr. årsværk', 'samlet lokationsbaseret udledning divideret med gennemsnitlige årsværk'],
    en: ['Emissions per FTE', 'total location-based emissions divided by the average FTE'],
  }),
  fig({
    id: 'env.energy_mwh', unit: 'MWh', gc: [7, 8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY,
    datapoints: { vsme: 'vsme:TotalEnergyConsumption', esrs: ['E1-5'], gri: ['302-1'], esg: ['energy_consumption'] },
    headline: true,
    da: ['Energiforbrug', 'alle energiaflæsninger i MWh, med den del af perioden, der ligger i året'],
    en: ['Energy use', 'all energy readings in MWh, counting the part of each period that lies in the year'],
  }),
  fig({
    id: 'env.electricity_mwh', unit: 'MWh', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY,
    datapoints: { vsme: 'vsme:EnergyConsumptionFromElectricity', esrs: ['E1-5'], gri: ['302-1'] },
    da: ['Elforbrug', 'elaflæsninger i MWh'],
    en: ['Electricity', 'electricity readings in MWh'],
  }),
  fig({
    id: 'env.district_heating_mwh', unit: 'MWh', gc: [8], sdg: ['9.4'], direction: 'lower', inputs: ENERGY,
    da: ['Fjernvarme', 'fjernvarmeaflæsninger i MWh'],
    en: ['District heating', 'district-heating readings in MWh'],
  }),
  fig({
    id: 'env.renewable_electricity_share', unit: 'share', gc: [8, 9], sdg: ['9.4'], direction: 'higher', inputs: ENERGY,
    datapoints: { esrs: ['E1-5'], esg: ['renewable_energy_share'] },
    headline: true,
    da: ['Vedvarende el, andel', 'summen af el × andel dækket af oprindelsesgarantier divideret med samlet el'],
    en: ['Renewable electricity, share', 'sum of electricity × share covered by guarantees of origin divided by total electricity'],
  }),
  fig({
    id: 'env.meetings.total', unit: 'count', gc: [8], sdg: [], direction: 'neutral', inputs: MEETINGS,
    da: ['Møder i alt', 'fysiske + virtuelle + hybride møder'],
    en: ['Meetings in total', 'physical + virtual + hybrid meetings'],
  }),
  fig({
    id: 'env.meetings.virtual_share', unit: 'share', gc: [8, 9], sdg: ['9.c'], direction: 'higher', inputs: MEETINGS,
    headline: true,
    da: ['Virtuelle møder, andel', 'virtuelle møder divideret med møder i alt'],
    en: ['Virtual meetings, share', 'virtual meetings divided by all meetings'],
  }),
  fig({
    id: 'env.meetings.hybrid_share', unit: 'share', gc: [8, 9], sdg: ['9.c'], direction: 'higher', inputs: MEETINGS,
    da: ['Hybride møder, andel', 'hybride møder divideret med møder i alt'],
    en: ['Hybrid meetings, share', 'hybrid meetings divided by all meetings'],
  }),
  fig({
    id: 'env.reduction_vs_base_location', unit: 'share', gc: [7, 8], sdg: ['9.4'], direction: 'higher', inputs: TOTALS,
    headline: true,
    da: ['Reduktion siden basisåret', '1 − samlet lokationsbaseret udledning i året divideret med den i basisåret (negativ, når udledningen er steget)'],
    en: ['Reduction since the base year', '1 − total location-based emissions of the year divided by those of the base year (negative when emissions grew)'],
  }),
];
