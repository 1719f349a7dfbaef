/**
 * Every chart of the dashboard, declared once: which theme it belongs to, which rows it plots (by row id,
 * so a reader can trace each mark to a CSV row and a seed line), how they are grouped, and the chart kind.
 * Pages, per-chart CSVs and the e2e mark counts are all derived from these declarations.
 */
import type { Dataset, StatTableName } from '../data/data';
import { disagreements } from '../data/stats';
import type { EventRow, StatRow } from '../data/schema';

export interface SeriesSpec {
  key: string;
  name: string;
  /** Row ids; for a grouped bar chart aligned by index with `categories` ('' where a series has no row). */
  ids: readonly string[];
}

export interface UnitPanelSpec {
  name: string;
  /** Row giving the whole (one mark per person). */
  total: string;
  /** Rows giving the parts, each drawn in its own colour. */
  parts: readonly string[];
}

interface Base {
  slug: string;
  theme: StatTableName;
  title: string;
  subtitle: string;
  /** Caveat shown under the chart, in addition to the rows' own notes. */
  note?: string;
}

export type ChartSpec = Base &
  (
    | { kind: 'line'; series: readonly SeriesSpec[]; yLabel: string; log?: 'offer'; /** events.csv ids drawn on the time axis */ events?: readonly string[] }
    | { kind: 'bar'; series: readonly SeriesSpec[]; categories?: readonly string[]; xLabel: string; log?: 'offer' | 'default' }
    | { kind: 'units'; panels: readonly UnitPanelSpec[] }
    | { kind: 'figures'; ids: readonly string[] }
  );

export type ChartKind = ChartSpec['kind'];

export interface ThemeSpec {
  table: StatTableName;
  slug: string;
  title: string;
  intro: string;
  /** Rows shown as the theme's headline figure on the home page (several when documents disagree). */
  headline: readonly string[];
}

export const THEMES: readonly ThemeSpec[] = [
  { table: 'collectivisation', slug: 'collectivisation', title: 'Collectivisation', headline: ['coll_farms_1936'],
    intro: 'How fast peasant households were driven into collective farms after the turn of 1929, as the documents give it year by year.' },
  { table: 'agriculture', slug: 'agriculture', title: 'Agriculture and famine', headline: ['agri_famine_deaths_1931_33'],
    intro: 'What collectivisation cost in grain and livestock by 1932, the famine, and the state of the countryside in the 1920s the oppositions argued over.' },
  { table: 'officer_corps', slug: 'officer-corps', title: 'The officer corps', headline: ['off_liquidated_001', 'off_liquidated_000'],
    intro: 'The purge of the Red Army and Navy command in 1937–38, rank by rank, and the command it left in 1940.' },
  { table: 'repression', slug: 'repression', title: 'Arrests, prisoners and executions', headline: ['rep_arrests_1935_40'],
    intro: 'Arrests, prisoners, executions and deaths, the show trials, the camps, and the secret police purging itself.' },
  { table: 'congress', slug: 'congress', title: 'The 17th Congress', headline: ['cong_cc_victims_000', 'cong_cc_victims_001', 'cong_cc_victims_004'],
    intro: 'What became of the delegates and the Central Committee elected at the 1934 "Congress of Victors", and of the Central Committee of 1917.' },
  { table: 'party', slug: 'party', title: 'The party', headline: ['party_members_1927_004'],
    intro: 'Party membership and its composition, the apparatus, and the size of the oppositions of the 1920s.' },
];

const one = (key: string, name: string, ids: readonly string[]): SeriesSpec[] => [{ key, name, ids }];

const RANKS: readonly [string, string][] = [
  ['Marshals', 'marshals'], ['Army commanders, 1st rank', 'army_commanders_1st'], ['Corps commanders', 'corps_commanders'],
  ['Division commanders', 'division_commanders'], ['Brigade commanders', 'brigade_commanders'],
  ['Fleet admirals, 1st rank', 'fleet_admirals_1st'], ['Fleet admirals, 2nd rank', 'fleet_admirals_2nd'],
  ['Admirals, 1st rank', 'admirals_1st'], ['Admirals, 2nd rank', 'admirals_2nd'],
  ['Army commissars, 1st rank', 'army_commissars_1st'], ['Army commissars, 2nd rank', 'army_commissars_2nd'],
  ['Corps commissars', 'corps_commissars'], ['Division commissars', 'division_commissars'], ['Brigade commissars', 'brigade_commissars'],
];

export const CHARTS: readonly ChartSpec[] = [
  // collectivisation
  { slug: 'collective-farms', theme: 'collectivisation', kind: 'line', yLabel: 'Percent',
    title: 'The proportion of collective farms, 1929–36',
    subtitle: 'Collective farms and the share of crop area collectivised, percent, by year',
    note: 'The document says "the proportion of collective farms" without saying of what total (households or farms).',
    events: ['ev_stalin_turn_1928', 'ev_right_removed_1930', 'ev_famine_1931_33'],
    series: [
      { key: 'farms', name: 'Collective farms', ids: ['coll_farms_1929', 'coll_farms_1930', 'coll_farms_1931', 'coll_farms_1932', 'coll_farms_1933', 'coll_farms_1934', 'coll_farms_1935', 'coll_farms_1936'] },
      { key: 'crop', name: 'Crop area collectivised', ids: ['coll_crop_area_1930', 'coll_crop_area_1935'] },
      { key: 'start', name: 'Level before the 1929 rise', ids: ['coll_farms_before_1929'] },
    ] },
  { slug: 'cultivated-land', theme: 'collectivisation', kind: 'bar', xLabel: 'Percent of cultivated land',
    title: 'Cultivated land collectivised within two years',
    subtitle: 'Percent of cultivated land, at the start of the drive and two years later (undated in the document)',
    series: one('land', 'Cultivated land collectivised', ['coll_land_two_years_start', 'coll_land_two_years_end']) },
  // agriculture
  { slug: 'losses-1932', theme: 'agriculture', kind: 'bar', xLabel: 'Percent fall',
    title: 'Crops and livestock lost by 1932',
    subtitle: 'Fall by 1932, percent; the document gives no base year',
    series: one('fall', 'Fall by 1932', ['agri_sugar_beet_fall_1932', 'agri_horses_fall_1932', 'agri_cattle_fall_1932', 'agri_pigs_fall_1932', 'agri_sheep_fall_1932']) },
  { slug: 'grain-and-famine', theme: 'agriculture', kind: 'figures',
    title: 'Grain lost and famine deaths',
    subtitle: 'The fall in grain production by 1932, deaths in the famine of 1931–33, and a novelist\'s testimony',
    ids: ['agri_grain_fall_1932', 'agri_famine_deaths_1931_33', 'agri_gremyachy_stock_halved'] },
  { slug: 'peasantry-1926', theme: 'agriculture', kind: 'bar', xLabel: 'Percent',
    title: 'The countryside in 1926',
    subtitle: 'Shares of the peasantry, of grain sales and of corn reserves, percent, as the 1926 Platform and 004 give them',
    series: one('share', 'Share', ['agri_poor_peasants_platform', 'agri_rich_peasants_platform', 'agri_rich_corn_reserves_platform', 'agri_top_holdings_1926', 'agri_grain_sales_1926']) },
  { slug: 'grain-strike-1927', theme: 'agriculture', kind: 'figures',
    title: 'The grain strike of 1927',
    subtitle: 'Grain deliveries to the cities cut, and communists killed in the kulak terror before it',
    ids: ['agri_grain_delivery_cut_1927', 'agri_communists_killed_1927'] },
  // officer corps
  { slug: 'officers-liquidated', theme: 'officer_corps', kind: 'bar', xLabel: 'Officers',
    title: 'Officers liquidated: two documents, two figures',
    subtitle: 'Officers liquidated in the purge of the army, 1937–38; a range in one document, "more than" in the other',
    series: one('liquidated', 'Officers liquidated', ['off_liquidated_001', 'off_liquidated_000']) },
  { slug: 'executed-by-rank', theme: 'officer_corps', kind: 'bar', xLabel: 'Officers executed',
    title: 'Commanders executed, by rank',
    subtitle: 'Executed by GPU firing squads, in the passage on 1937–38',
    series: one('executed', 'Executed', ['off_executed_marshals', 'off_executed_commanders', 'off_executed_corps_commanders', 'off_executed_division_commanders', 'off_executed_brigade_commanders']) },
  { slug: 'arrested-by-rank', theme: 'officer_corps', kind: 'bar', xLabel: 'Officers', log: 'offer',
    title: 'Arrested, against the number in post, by rank',
    subtitle: 'Army, Navy and political commanders arrested, and the number holding each rank',
    categories: RANKS.map(([name]) => name),
    series: [
      { key: 'arrested', name: 'Arrested', ids: RANKS.map(([, k]) => `off_arrested_${k}`) },
      { key: 'in_post', name: 'In post', ids: RANKS.map(([, k]) => `off_strength_${k}`) },
    ] },
  { slug: 'officer-shares', theme: 'officer_corps', kind: 'bar', xLabel: 'Percent',
    title: 'Shares of the officer corps lost',
    subtitle: 'Percent of the officer corps, of generals and of colonels, as three documents put it',
    series: one('share', 'Share', ['off_corps_half_000', 'off_arrested_two_thirds_004', 'off_generals_share', 'off_colonels_share']) },
  { slug: 'supreme-military-council', theme: 'officer_corps', kind: 'units',
    title: 'The Supreme Military Council',
    subtitle: 'One square per member: members shot',
    panels: [{ name: 'Supreme Military Council', total: 'off_smc_members', parts: ['off_smc_shot'] }] },
  { slug: 'generals-condemned-1937', theme: 'officer_corps', kind: 'figures',
    title: 'The secret trial of June 1937',
    subtitle: 'Red Army generals condemned to death',
    ids: ['off_generals_condemned_1937'] },
  { slug: 'regimental-commanders-1940', theme: 'officer_corps', kind: 'units',
    title: 'Regimental commanders in the summer of 1940',
    subtitle: 'One square per commander on active duty, by the training they had',
    panels: [{ name: 'Regimental commanders, 1940', total: 'off_regimental_1940_total', parts: ['off_regimental_1940_academy', 'off_regimental_1940_school', 'off_regimental_1940_courses'] }] },
  { slug: 'new-in-post-1940', theme: 'officer_corps', kind: 'bar', xLabel: 'Percent in post for a year only',
    title: 'A command one year old, early 1940',
    subtitle: 'Percent of commanders and commissars who had held their post for a year only',
    series: one('share', 'In post one year', ['off_new_division_cmd_1940', 'off_new_regimental_cmd_1940', 'off_new_commissars_1940']) },
  // repression
  { slug: 'repression-scale', theme: 'repression', kind: 'bar', xLabel: 'People (households for deportations)', log: 'default',
    title: 'Arrests, executions and deaths, on one scale',
    subtitle: 'From the Cheka of the civil war to the 1935–40 arrests; logarithmic scale, as the figures span four orders of magnitude',
    note: 'The 680,000 "in an individual year" is a forum commentator\'s figure, given without a source or a year.',
    series: one('people', 'People', ['rep_arrests_1935_40', 'rep_deaths_1935_40', 'rep_executions_680k', 'rep_dekulakised_households', 'rep_cheka_arrests_1918_19', 'rep_cheka_shot_1918_19', 'rep_kirov_executed', 'rep_trotsky_family']) },
  { slug: 'prisoners', theme: 'repression', kind: 'line', yLabel: 'Prisoners', log: 'offer',
    title: 'Prisoners, 1923–40',
    subtitle: 'Number of prisoners in the years the document gives, and the "political" prisoners of 1923',
    events: ['ev_kirov_1934', 'ev_purge_trials_1936_38'],
    series: [
      { key: 'prisoners', name: 'Prisoners', ids: ['rep_prisoners_1923', 'rep_prisoners_1930', 'rep_prisoners_1940'] },
      { key: 'political', name: 'Political prisoners', ids: ['rep_political_prisoners_1923'] },
    ] },
  { slug: 'secret-police-purged', theme: 'repression', kind: 'units',
    title: 'The secret police purged',
    subtitle: 'One square per officer: Yagoda\'s commissars of state security, and Yezhov\'s top officers of 1937–38',
    panels: [
      { name: 'Yagoda\'s commissars of state security', total: 'rep_yagoda_commissars_total', parts: ['rep_yagoda_commissars_shot', 'rep_yagoda_commissar_poisoned'] },
      { name: 'Yezhov\'s top officers, liquidated by 1940', total: 'rep_yezhov_officers_total', parts: ['rep_yezhov_officers_liquidated'] },
    ] },
  { slug: 'show-trials', theme: 'repression', kind: 'bar', xLabel: 'Defendants',
    title: 'The Moscow trials',
    subtitle: 'Defendants of the three show trials, 1936–38',
    series: one('defendants', 'Defendants', ['rep_trial1_defendants_004', 'rep_trial1_poem_001', 'rep_trial1_german_004', 'rep_trial2_defendants_004', 'rep_trial2_others_000', 'rep_trial3_defendants_004']) },
  { slug: 'camp-resistance', theme: 'repression', kind: 'bar', xLabel: 'Prisoners', log: 'offer',
    title: 'Resistance and executions in the camps',
    subtitle: 'Hunger strikers and prisoners shot at Vorkuta and Magadan, 1936–38',
    series: one('prisoners', 'Prisoners', ['rep_vorkuta_strikers', 'rep_vorkuta_batches', 'rep_vorkuta_group', 'rep_trotskyist_cell', 'rep_magadan_strikers', 'rep_magadan_executed']) },
  { slug: 'police-and-camps', theme: 'repression', kind: 'figures',
    title: 'The NKVD, Leningrad and the camps',
    subtitle: 'NKVD forces at the height of the war, the toll on Leningrad, the camp ration and the Vorkuta strike',
    ids: ['rep_nkvd_troops', 'rep_nkvd_divisions', 'rep_leningrad_one_in_five', 'rep_camp_ration', 'rep_vorkuta_strike_months'] },
  // congress
  { slug: 'central-committee-1934', theme: 'congress', kind: 'units',
    title: 'The Central Committee of 1934: three documents, two figures',
    subtitle: 'One square per member of the 139 elected at the 17th Congress; filled: the victims each document counts',
    note: 'The documents disagree: 000 and 001 give 110 (shot or sent to the camps; arrested by early 1939), 004 gives 98 killed. Nothing is averaged.',
    panels: [
      { name: '000: shot or sent to the camps', total: 'cong_cc_members_000', parts: ['cong_cc_victims_000'] },
      { name: '001: arrested by the beginning of 1939', total: 'cong_cc_members_000', parts: ['cong_cc_victims_001'] },
      { name: '004: killed', total: 'cong_cc_members_000', parts: ['cong_cc_victims_004'] },
    ] },
  { slug: 'delegates-1934', theme: 'congress', kind: 'units',
    title: 'The 1,966 delegates of the 17th Congress',
    subtitle: 'One square per delegate: charged with counter-revolutionary crimes, and present at the next Congress',
    panels: [
      { name: 'Charged with counter-revolutionary crimes (Khrushchev)', total: 'cong_delegates_001', parts: ['cong_delegates_charged_001'] },
      { name: 'Delegates at the next Congress, five years later', total: 'cong_delegates_000', parts: ['cong_delegates_reappeared_000'] },
    ] },
  { slug: 'central-committee-1917', theme: 'congress', kind: 'bar', xLabel: 'Members',
    title: 'The Central Committee of 1917',
    subtitle: 'What became of its members; the two documents disagree on how many survived',
    series: one('members', 'Members', ['cong_cc1917_civil_war', 'cong_cc1917_baku', 'cong_cc1917_accident', 'cong_cc1917_sverdlov', 'cong_cc1917_suicide', 'cong_cc1917_executed', 'cong_cc1917_survivors_004', 'cong_cc1917_survivors_001']) },
  { slug: 'party-members-arrested', theme: 'congress', kind: 'figures',
    title: 'Party members and regional committees',
    subtitle: 'Party members arrested and how many perished, regional committees killed, and the 1934 vote',
    ids: ['cong_party_arrested_004', 'cong_party_perished_004', 'cong_regional_cc_killed_004', 'cong_kirov_votes'] },
  // party
  { slug: 'membership', theme: 'party', kind: 'bar', xLabel: 'Members', log: 'offer',
    title: 'Party membership',
    subtitle: 'Members at the dates two documents give, and the recruits of the Lenin Levy',
    note: 'The starting figures (23,000 and 400,000) are undated in the documents, so no time axis is drawn.',
    series: one('members', 'Members', ['party_members_before_003', 'party_members_1922_003', 'party_lenin_levy_003', 'party_members_from_004', 'party_members_1927_004']) },
  { slug: 'composition', theme: 'party', kind: 'bar', xLabel: 'Percent',
    title: 'Who the party was',
    subtitle: 'Old Bolsheviks, newcomers, full-time officials and pay, percent',
    series: one('share', 'Share', ['party_underground_share_1922', 'party_12th_congress_fulltime', 'party_12th_congress_parttime', 'party_lenin_levy_growth_004', 'party_joined_after_1924', 'party_lenin_pay_premium_1922']) },
  { slug: 'opposition-sizes', theme: 'party', kind: 'bar', xLabel: 'People', log: 'offer',
    title: 'The size of the oppositions',
    subtitle: 'The 1923 opposition, the 46, the 1926 Platform and the Joint Opposition',
    series: one('people', 'People', ['party_plenum_1923_present', 'party_plenum_1923_opposition', 'party_statement_46', 'party_platform_1926_signatories', 'party_joint_opposition_size']) },
  { slug: 'bureaucracy', theme: 'party', kind: 'figures',
    title: 'The bureaucracy',
    subtitle: 'Its size with families, its share of the population, the ruling caste; Lenin\'s pay and the Platform',
    ids: ['party_bureaucracy_people', 'party_bureaucracy_share', 'party_ruling_caste', 'party_lenin_pay_1922', 'party_platform_1926_pages'] },
];

/** One plotted row: the data row, the series and category it is drawn in, and whether documents dispute it. */
export interface PlotRow {
  row: StatRow;
  series: string;
  category: string;
  disputed: boolean;
}

export interface ResolvedChart {
  spec: ChartSpec;
  rows: PlotRow[];
  /** Dated events drawn on a time axis (line charts), each with its own provenance. */
  events: EventRow[];
}

export class ChartSpecError extends Error {}

/** Every row id a chart plots, in order, without repeats. */
export function chartIds(spec: ChartSpec): string[] {
  const ids: string[] = [];
  const add = (id: string) => { if (id && !ids.includes(id)) ids.push(id); };
  if (spec.kind === 'figures') spec.ids.forEach(add);
  else if (spec.kind === 'units') spec.panels.forEach((p) => { add(p.total); p.parts.forEach(add); });
  else spec.series.forEach((s) => s.ids.forEach(add));
  return ids;
}

/** Looks up a chart's rows in the dataset; throws naming the chart and id when a row is missing. */
export function resolveChart(spec: ChartSpec, data: Dataset): ResolvedChart {
  const table = data.stats[spec.theme];
  const byId = new Map(table.map((r) => [r.id, r]));
  const disputed = new Set(disagreements(table).flatMap((g) => g.rows.map((r) => r.id)));
  const get = (id: string): StatRow => {
    const r = byId.get(id);
    if (!r) throw new ChartSpecError(`chart "${spec.slug}": row "${id}" is not in data/${spec.theme}.csv`);
    return r;
  };
  const plot = (id: string, series: string, category: string): PlotRow => ({ row: get(id), series, category, disputed: disputed.has(id) });
  let rows: PlotRow[];
  if (spec.kind === 'figures') rows = spec.ids.map((id) => plot(id, 'figure', get(id).label));
  else if (spec.kind === 'units') {
    rows = [];
    for (const p of spec.panels) {
      if (!rows.some((r) => r.row.id === p.total)) rows.push(plot(p.total, 'total', p.name));
      for (const id of p.parts) rows.push(plot(id, 'part', p.name));
    }
  } else {
    const cats = spec.kind === 'bar' ? spec.categories : undefined;
    rows = spec.series.flatMap((s) => s.ids.flatMap((id, i) => (id ? [plot(id, s.key, cats?.[i] ?? get(id).label)] : [])));
  }
  const events = (spec.kind === 'line' ? spec.events ?? [] : []).map((id) => {
    const e = data.events.find((x) => x.id === id);
    if (!e) throw new ChartSpecError(`chart "${spec.slug}": event "${id}" is not in data/events.csv`);
    return e;
  });
  return { spec, rows, events };
}

export function chartBySlug(slug: string): ChartSpec | undefined {
  return CHARTS.find((c) => c.slug === slug);
}

export function chartsOfTheme(table: StatTableName): ChartSpec[] {
  return CHARTS.filter((c) => c.theme === table);
}

export function themeBySlug(slug: string): ThemeSpec | undefined {
  return THEMES.find((t) => t.slug === slug);
}

export function themeOfTable(table: string): ThemeSpec | undefined {
  return THEMES.find((t) => t.table === table);
}

/** Number of marks a chart draws: bars, points and cards per row; one square per person in a unit chart. */
export function markCount(c: ResolvedChart): { marks: number; filled: number } {
  if (c.spec.kind !== 'units') return { marks: c.rows.length, filled: 0 };
  let marks = 0;
  let filled = 0;
  const byId = new Map(c.rows.map((r) => [r.row.id, r.row]));
  for (const p of c.spec.panels) {
    const total = byId.get(p.total)?.value ?? 0;
    marks += total;
    filled += Math.min(total, p.parts.reduce((s, id) => s + (byId.get(id)?.value ?? 0), 0));
  }
  return { marks, filled };
}
