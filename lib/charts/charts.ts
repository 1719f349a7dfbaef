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
  /**
   * Rows of other tables that the title, subtitle or note rest on besides the plotted rows (`table:id`), for the
   * claim check of `npm run validate` (lib/data/claims.ts): every figure and year the text states is one its rows give.
   */
  claimRows?: readonly string[];
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
  /** The rows the intro rests on (`table:id`), for the claim check. */
  introRows: readonly string[];
  /** Rows shown as the theme's headline figure on the home page (several when documents disagree). */
  headline: readonly string[];
  /** What the headline counts and out of what, under its figures; checked against the headline rows and `headlineRows`. */
  headlineText: string;
  headlineRows?: readonly string[];
}

export const THEMES: readonly ThemeSpec[] = [
  { table: 'collectivisation', slug: 'collectivisation', title: 'Collectivisation', headline: ['coll_farms_1936'],
    headlineText: 'the proportion of collective farms in 1936 (the document does not say of what total)',
    intro: 'How fast the collective farms grew after the turn of 1929, year by year as 001 gives it (the document does not say of what total).',
    introRows: ['collectivisation:coll_farms_1929', 'collectivisation:coll_farms_1936', 'events:ev_stalin_turn_1928'] },
  { table: 'agriculture', slug: 'agriculture', title: 'Agriculture and famine', headline: ['agri_famine_deaths_1931_33'],
    headlineText: 'deaths in the famine of 1931–33',
    intro: 'What collectivisation cost in grain and livestock by 1932, the famine, and the state of the countryside in the 1920s the oppositions argued over.',
    introRows: ['agriculture:agri_grain_fall_1932', 'agriculture:agri_famine_deaths_1931_33', 'agriculture:agri_top_holdings_1926', 'agriculture:agri_grain_sales_1926'] },
  { table: 'officer_corps', slug: 'officer-corps', title: 'The officer corps', headline: ['off_liquidated_001', 'off_liquidated_000'],
    headlineText: 'officers liquidated in the purge of the army: a range for 1937–38 in 001, "more than" with no year in 000',
    intro: 'The purge of the Red Army and Navy command in 1937–38, rank by rank, and the command it left in 1940.',
    introRows: ['officer_corps:off_liquidated_001', 'officer_corps:off_new_division_cmd_1940'] },
  { table: 'repression', slug: 'repression', title: 'Arrests, prisoners and executions', headline: ['rep_arrests_1935_40'],
    headlineText: 'arrests in 1935–40',
    intro: 'Arrests, prisoners, executions and deaths, the show trials, the camps, and the secret police purging itself.',
    introRows: ['repression:rep_arrests_1935_40'] },
  { table: 'congress', slug: 'congress', title: 'The 17th Congress', headline: ['cong_cc_victims_000', 'cong_cc_victims_001', 'cong_cc_victims_004'],
    headlineText: 'of the 139 members of the Central Committee elected at the 17th Congress in 1934: shot or sent to the camps (000), arrested by the beginning of 1939 (001), killed (004)',
    headlineRows: ['congress:cong_cc_members_000', 'events:ev_17th_congress_1934'],
    intro: 'What became of the delegates and the Central Committee elected at the 1934 "Congress of Victors", and of the Central Committee of 1917.',
    introRows: ['events:ev_17th_congress_1934', 'congress:cong_cc1917_survivors_001'] },
  { table: 'party', slug: 'party', title: 'The party', headline: ['party_members_1927_004'],
    headlineText: 'party members in 1927, as 004 gives them',
    intro: 'Party membership and its composition, the apparatus, and the size of the oppositions of the 1920s.',
    introRows: ['party:party_members_1927_004', 'party:party_statement_46', 'party:party_platform_1926_signatories'] },
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
  // collectivisation: the economy of the first plans
  { slug: 'plan-targets', theme: 'collectivisation', kind: 'bar', xLabel: 'Percent',
    title: 'How fast industry was to grow: Trotsky by 1925, Stalin in 1928',
    subtitle: 'The industrial growth Trotsky argued for (denounced for it in 1925) and the growth a year Stalin demanded after the 1928 Congress, percent (004)',
    series: one('growth', 'Industrial growth', ['coll_growth_argued_trotsky', 'coll_growth_demanded_stalin_1928']) },
  { slug: 'industrial-output', theme: 'collectivisation', kind: 'line', yLabel: 'Percent',
    title: 'Growth of gross industrial output, 1934–36',
    subtitle: 'Percent over the year before, as 001 gives it',
    series: one('output', 'Gross industrial output', ['coll_industrial_output_growth_1934', 'coll_industrial_output_growth_1935', 'coll_industrial_output_growth_1936']) },
  { slug: 'work-norms-1936', theme: 'collectivisation', kind: 'bar', xLabel: 'Percent increase',
    title: 'Work norms raised in early 1936',
    subtitle: 'Percent, by branch of industry; ranges for engineering and oil, as 001 gives them',
    series: one('norms', 'Norms raised', ['coll_norms_1936_engineering', 'coll_norms_1936_chemicals', 'coll_norms_1936_electricity', 'coll_norms_1936_coalmining', 'coll_norms_1936_oil']) },
  { slug: 'tools-prices-wages', theme: 'collectivisation', kind: 'figures',
    title: 'Machine tools, prices and wages, 1932–37',
    subtitle: 'Machine tools imported in 1932 and their share of those installed; retail prices, average wages and real wages over 1932–37 (Malafeyev); non-food prices in 1937',
    ids: ['coll_machine_tools_imported_1932', 'coll_machine_tools_imported_share_1932', 'coll_retail_prices_1932_37', 'coll_average_wages_1932_37', 'coll_real_wages_1932_37', 'coll_non_food_prices_1937'] },
  { slug: 'plan-pace', theme: 'collectivisation', kind: 'figures',
    title: 'The pace of the first Five-Year Plan',
    subtitle: 'The call to fulfil it in four years (December 1929), Stalin\'s call for three years in the basic branches (February 1931), and the big enterprises built during it (001)',
    ids: ['coll_plan_target_four_years_1929', 'coll_plan_target_three_years_1931', 'coll_first_plan_enterprises'] },
  { slug: 'plans-built', theme: 'collectivisation', kind: 'figures',
    title: 'What the plans built, and what the workers earned',
    subtitle: 'Railroad and canals undertaken, new cities and settlements, peasants entering industry (001), and the earnings of shock workers and of the rest (004): round words, each drawn at its floor',
    ids: ['coll_railway_canal_km', 'coll_new_cities', 'coll_peasants_into_industry', 'coll_shock_worker_earnings', 'coll_other_worker_earnings'] },
  // agriculture
  { slug: 'losses-1932', theme: 'agriculture', kind: 'bar', xLabel: 'Percent fall',
    title: 'Crops and livestock lost by 1932',
    subtitle: 'Fall by 1932, percent; the document gives no base year',
    series: one('fall', 'Fall by 1932', ['agri_sugar_beet_fall_1932', 'agri_horses_fall_1932', 'agri_cattle_fall_1932', 'agri_pigs_fall_1932', 'agri_sheep_fall_1932']) },
  { slug: 'grain-and-famine', theme: 'agriculture', kind: 'figures',
    title: 'Grain lost and famine deaths',
    subtitle: 'The fall in grain production by 1932, deaths in the famine of 1931–33 (001) and in the forced collectivisation (004, the floor of its words), and two testimonies: a novelist\'s and a villager\'s',
    ids: ['agri_grain_fall_1932', 'agri_famine_deaths_1931_33', 'agri_starved_collectivisation_004', 'agri_gremyachy_stock_halved', 'agri_petrovo_bloated'] },
  { slug: 'peasantry-1926', theme: 'agriculture', kind: 'bar', xLabel: 'Percent',
    title: 'The countryside in the mid-1920s',
    subtitle: 'Shares of the peasantry, of grain sales and of corn reserves, percent, as the opposition\'s Platform (1926 in 003, 1927 in 004) and 004 give them',
    claimRows: ['party:party_platform_1926_signatories', 'disagreements:platform_year_1', 'disagreements:platform_year_2'],
    series: one('share', 'Share', ['agri_poor_peasants_platform', 'agri_rich_peasants_platform', 'agri_rich_corn_reserves_platform', 'agri_top_holdings_1926', 'agri_grain_sales_1926']) },
  { slug: 'grain-strike-1927', theme: 'agriculture', kind: 'figures',
    title: 'The grain strike of 1927',
    subtitle: 'Grain deliveries to the cities cut, communists killed in the kulak terror before it, and Moscow\'s textile industry closed',
    ids: ['agri_grain_delivery_cut_1927', 'agri_communists_killed_1927', 'agri_moscow_textile_closed_1927'] },
  // officer corps
  { slug: 'officers-liquidated', theme: 'officer_corps', kind: 'bar', xLabel: 'Officers',
    title: 'Officers liquidated, as 000 and 001 give them',
    subtitle: 'Officers liquidated in the purge of the army: a range for 1937–38 in 001, "more than" with no year in 000',
    series: one('liquidated', 'Officers liquidated', ['off_liquidated_001', 'off_liquidated_000']) },
  { slug: 'executed-by-rank', theme: 'officer_corps', kind: 'bar', xLabel: 'Officers executed',
    title: 'Commanders executed, by rank',
    subtitle: 'Executed by GPU firing squads, in the passage on 1937–38',
    claimRows: ['officer_corps:off_liquidated_001'],
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
    title: 'Shares of the officer corps liquidated or arrested',
    subtitle: 'Percent of the officer corps, of generals and of colonels, as three documents put it',
    series: one('share', 'Share', ['off_corps_half_000', 'off_arrested_two_thirds_004', 'off_generals_share', 'off_colonels_share']) },
  { slug: 'supreme-military-council', theme: 'officer_corps', kind: 'units',
    title: 'The Supreme Military Council',
    subtitle: 'A square per member: members shot',
    panels: [{ name: 'Supreme Military Council', total: 'off_smc_members', parts: ['off_smc_shot'] }] },
  { slug: 'generals-condemned-1937', theme: 'officer_corps', kind: 'figures',
    title: 'The secret trial of June 1937',
    subtitle: 'Red Army generals condemned to death',
    ids: ['off_generals_condemned_1937'] },
  { slug: 'regimental-commanders-1940', theme: 'officer_corps', kind: 'units',
    title: 'Regimental commanders in the summer of 1940',
    subtitle: 'A square per commander on active duty, by the training they had',
    panels: [{ name: 'Regimental commanders, 1940', total: 'off_regimental_1940_total', parts: ['off_regimental_1940_academy', 'off_regimental_1940_school', 'off_regimental_1940_courses'] }] },
  { slug: 'new-in-post-1940', theme: 'officer_corps', kind: 'bar', xLabel: 'Percent in post for a year only',
    title: 'A command a year old, early 1940',
    subtitle: 'Percent of commanders and commissars who had held their post for a year only',
    series: one('share', 'In post one year', ['off_new_division_cmd_1940', 'off_new_regimental_cmd_1940', 'off_new_commissars_1940']) },
  // repression
  { slug: 'repression-scale', theme: 'repression', kind: 'bar', xLabel: 'People (households for deportations)', log: 'default',
    title: 'Arrests, executions and deaths, on one scale',
    subtitle: 'From the Cheka of the civil war to the 1935–40 arrests, on a logarithmic scale',
    note: 'The 680,000 is a figure a forum commentator posed in a question ("if there were in fact 680,000 executions"), without a source or a year; it is not an estimate.',
    series: one('people', 'People', ['rep_arrests_1935_40', 'rep_deaths_1935_40', 'rep_executions_680k', 'rep_dekulakised_households', 'rep_cheka_arrests_1918_19', 'rep_cheka_shot_1918_19', 'rep_kirov_executed', 'rep_trotsky_family']) },
  { slug: 'prisoners', theme: 'repression', kind: 'line', yLabel: 'Prisoners', log: 'offer',
    title: 'Prisoners, 1923–40',
    subtitle: 'Number of prisoners in the years the document gives, and the "political" prisoners of 1923',
    events: ['ev_political_prisoners_1926', 'ev_kirov_1934', 'ev_yezhov_replaces_yagoda_1936', 'ev_purge_trials_1936_38'],
    series: [
      { key: 'prisoners', name: 'Prisoners', ids: ['rep_prisoners_1923', 'rep_prisoners_1930', 'rep_prisoners_1940'] },
      { key: 'political', name: 'Political prisoners', ids: ['rep_political_prisoners_1923'] },
    ] },
  { slug: 'secret-police-purged', theme: 'repression', kind: 'units',
    title: 'The secret police purged',
    subtitle: 'A square per officer: Yagoda\'s commissars of state security, and Yezhov\'s top officers of 1937–38',
    panels: [
      { name: 'Yagoda\'s commissars of state security', total: 'rep_yagoda_commissars_total', parts: ['rep_yagoda_commissars_shot', 'rep_yagoda_commissar_poisoned'] },
      { name: 'Yezhov\'s top officers, liquidated by 1940', total: 'rep_yezhov_officers_total', parts: ['rep_yezhov_officers_liquidated'] },
    ] },
  { slug: 'show-trials', theme: 'repression', kind: 'bar', xLabel: 'People',
    title: 'The Moscow trials',
    subtitle: 'Defendants of the trials of 1936, 1937 and 1938 as 004 counts them, and the sixteen shot after the 1936 trial (001)',
    note: 'Which trial was the first is disputed: 004 counts the August 1936 trial as the first, 000 a trial of Zinoviev and Kamenev in January 1935 (see the chronology above).',
    claimRows: ['events:ev_trial_1935', 'events:ev_trial_1936'],
    series: one('defendants', 'Defendants or shot', ['rep_trial1_defendants_004', 'rep_trial1_poem_001', 'rep_trial1_german_004', 'rep_trial2_defendants_004', 'rep_trial2_others_000', 'rep_trial3_defendants_004']) },
  { slug: 'camp-resistance', theme: 'repression', kind: 'bar', xLabel: 'Prisoners', log: 'offer',
    title: 'Resistance and executions in the camps',
    subtitle: 'Hunger strikers and prisoners shot at Vorkuta and Magadan, 1936–38',
    series: one('prisoners', 'Prisoners', ['rep_vorkuta_strikers', 'rep_vorkuta_batches', 'rep_vorkuta_group', 'rep_vorkuta_shot_004', 'rep_trotskyist_cell', 'rep_magadan_strikers', 'rep_magadan_executed']) },
  { slug: 'police-and-camps', theme: 'repression', kind: 'figures',
    title: 'The NKVD, Leningrad and the camps',
    subtitle: 'NKVD forces at the height of the war, the toll on Leningrad, the camp ration and the Vorkuta strike',
    ids: ['rep_nkvd_troops', 'rep_nkvd_divisions', 'rep_leningrad_one_in_five', 'rep_camp_ration', 'rep_vorkuta_strike_months', 'rep_vorkuta_trotskyist_barracks'] },
  { slug: 'camp-and-exile-deaths', theme: 'repression', kind: 'figures',
    title: 'Death in the camps and in exile',
    subtitle: 'Deaths a day at Adak (001, the floor of its words), and life expectancy in Siberian exile (001)',
    ids: ['rep_adak_deaths_per_day', 'rep_siberia_exile_life_expectancy'] },
  { slug: 'purges-in-round-words', theme: 'repression', kind: 'bar', xLabel: 'People (the floor of the document\'s words)', log: 'default',
    title: 'The purges in round words',
    subtitle: 'Where 000, 001, 002 and 003 give no number, only words such as "millions", "thousands" or "several hundred", each figure is drawn at the floor of its words',
    series: one('people', 'People', ['rep_cheka_executed_1920', 'rep_purge_deaths_000', 'rep_camp_deaths_001', 'rep_purge_camps_001', 'rep_purge_shot_001', 'rep_purge_executions_002', 'rep_oppositionists_shot_1941', 'rep_oppositionists_jailed_003', 'rep_pows_condemned', 'rep_doctors_arrested']) },
  { slug: 'prisoners-1923', theme: 'repression', kind: 'figures',
    title: 'Prisoners in 1923, and against the US',
    subtitle: 'Prisoners and "political" prisoners in the USSR in 1923, and how many more per head of population the US held (004)',
    ids: ['rep_prisoners_1923', 'rep_political_prisoners_1923', 'rep_us_prisoners_ratio_1923'] },
  { slug: 'dewey-commission', theme: 'repression', kind: 'figures',
    title: 'The Dewey Commission, 1937',
    subtitle: 'The charges of the prosecution against Trotsky and Sedov, of which the Commission found them not guilty (001)',
    ids: ['rep_dewey_charges_1937'] },
  // congress
  { slug: 'central-committee-1934', theme: 'congress', kind: 'units',
    title: 'The Central Committee of 1934, as 000, 001 and 004 count its victims',
    subtitle: 'A square per member of the 139 elected at the 17th Congress; filled: the victims each document counts',
    note: 'The documents disagree: 000 and 001 give 110 (shot or sent to the camps; arrested by early 1939), 004 gives 98 killed. Nothing is averaged.',
    panels: [
      { name: '000: shot or sent to the camps', total: 'cong_cc_members_000', parts: ['cong_cc_victims_000'] },
      { name: '001: arrested by the beginning of 1939', total: 'cong_cc_members_000', parts: ['cong_cc_victims_001'] },
      { name: '004: killed', total: 'cong_cc_members_000', parts: ['cong_cc_victims_004'] },
    ] },
  { slug: 'delegates-1934', theme: 'congress', kind: 'units',
    title: 'The 1,966 delegates of the 17th Congress',
    subtitle: 'A square per delegate: charged with counter-revolutionary crimes, and present at the next Congress',
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
    subtitle: 'Party members arrested and how many perished, members of regional committees killed, and the 1934 vote',
    ids: ['cong_party_arrested_004', 'cong_party_perished_004', 'cong_regional_cc_killed_004', 'cong_kirov_votes'] },
  { slug: 'party-purged-in-round-words', theme: 'congress', kind: 'figures',
    title: 'The party purged, in round words',
    subtitle: 'Party activists consumed, rank and file murdered, Communist workers murdered and exiled: 000 and 001 give words, not numbers, each drawn at its floor',
    ids: ['cong_party_activists_000', 'cong_rank_and_file_murdered_001', 'cong_communist_workers_001'] },
  // party
  { slug: 'membership', theme: 'party', kind: 'bar', xLabel: 'Members', log: 'offer',
    title: 'Party membership',
    subtitle: 'Members at the dates 003 and 004 give, and the recruits of the Lenin Levy',
    note: 'The starting figures (23,000 and 400,000) are undated in the documents, so no time axis is drawn.',
    series: one('members', 'Members', ['party_members_before_003', 'party_members_1922_003', 'party_lenin_levy_003', 'party_members_from_004', 'party_members_1927_004']) },
  { slug: 'composition', theme: 'party', kind: 'bar', xLabel: 'Percent',
    title: 'Who the party was',
    subtitle: 'Old Bolsheviks, newcomers, full-time officials and pay, percent',
    series: one('share', 'Share', ['party_underground_share_1922', 'party_12th_congress_fulltime', 'party_12th_congress_parttime', 'party_lenin_levy_growth_004', 'party_joined_after_1924', 'party_lenin_pay_premium_1922']) },
  { slug: 'opposition-sizes', theme: 'party', kind: 'bar', xLabel: 'People', log: 'offer',
    title: 'The size of the oppositions',
    subtitle: 'The 1923 opposition, the 46, the platform of four of 1925, the Leningrad opposition, the signatories of the Platform (1926 in 003, 1927 in 004), the Joint Opposition and the growth of its support in 1927',
    claimRows: ['disagreements:platform_year_1', 'disagreements:platform_year_2'],
    series: one('people', 'People', ['party_plenum_1923_present', 'party_plenum_1923_opposition', 'party_statement_46', 'party_platform_of_four_1925', 'party_leningrad_opposition_dwindled', 'party_platform_1926_signatories', 'party_joint_opposition_size', 'party_lo_support_growth_1927']) },
  { slug: 'bureaucracy', theme: 'party', kind: 'figures',
    title: 'The bureaucracy',
    subtitle: 'Its size with families, its share of the population, the ruling caste; Lenin\'s pay and the Platform',
    ids: ['party_bureaucracy_people', 'party_bureaucracy_share', 'party_ruling_caste', 'party_lenin_pay_1922', 'party_platform_1926_pages', 'party_platform_unemployed'] },
  { slug: 'russia-1921', theme: 'party', kind: 'bar', xLabel: 'Percent',
    title: 'The country the party ruled in 1921',
    subtitle: 'At the end of the civil war: national income against 1913, industry, coal and iron against before the war, and the inhabitants left in Moscow and Petrograd, percent (Deutscher, quoted in 003)',
    series: one('share', 'Share', ['party_1921_national_income', 'party_1921_industry', 'party_1921_coal', 'party_1921_iron', 'party_1921_moscow_population', 'party_1921_petrograd_population']) },
  { slug: 'red-army', theme: 'party', kind: 'figures',
    title: 'The Red Army of the civil war',
    subtitle: 'Built by Trotsky "from almost nothing" in two years (003)',
    ids: ['party_red_army_built'] },
  { slug: 'ration-1921', theme: 'party', kind: 'figures',
    title: 'The bread ration of 1921',
    subtitle: 'Bread in the food ration of Moscow and Petrograd, in ounces, "for many months" at the end of the civil war (Deutscher, quoted in 003)',
    ids: ['party_1921_bread_ration'] },
  { slug: 'oppositions-in-time', theme: 'party', kind: 'figures',
    title: 'How long the Joint Opposition fought, and what was left of it',
    subtitle: 'The months of its struggle (003), and its delegates at the next congress (003)',
    ids: ['party_joint_opposition_months', 'party_congress_opposition_delegates'] },
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
