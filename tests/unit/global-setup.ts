/** Before any test file runs: the network's layouts are computed (or found up to date) once, in lib/generated/network.json, so no test file lays out the whole network itself. */
import { buildNetwork } from '../../lib/network/network';
import { networkComputed } from '../../lib/network/computed';
import { readDataset } from '../../lib/data/data';

export default function setup() {
  const { dataset } = readDataset(undefined, null);
  networkComputed(buildNetwork(dataset), ({ from }) => { if (from === 'computed') console.log('global-setup: computed lib/generated/network.json'); });
}
