/** The hand-written sentences of page ledes that speak of the documents, each with the rows it rests on (checked by `npm run validate`); counts and lists in the same ledes are made from the rows on the page. */

export interface LedeSentence { text: string; rows: readonly string[] }

/** The network page's opening sentence. */
export const NETWORK_LEDE: readonly LedeSentence[] = [
  {
    text: 'Who stood with whom, year by year: the Triumvirate, the Left Opposition, the Leningrad and Joint Oppositions, the Right, the capitulations and expulsions, and the executions that ended them.',
    rows: ['factions:triumvirate', 'factions:left_opposition', 'factions:leningrad_opposition', 'factions:joint_opposition', 'factions:right'],
  },
];
