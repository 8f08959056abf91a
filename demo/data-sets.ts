// The playground's data sets. Each entry makes a fresh `FriendDataSource`; more are added with
// `registerDataSet()` (demo/emulator-data-set.ts, demo/kakao-app-data-set.ts) without touching the
// selector code in main.ts.
import { ArrayFriendSource } from '../src/index.js';
import type { Friend, FriendDataSource } from '../src/index.js';
import { generateFriends, generateProfile } from './data/generate-friends.js';
import { sampleFriends, sampleProfile } from './data/sample-friends.js';

/** What the playground offers when loading failed with `consent-required`. */
export interface ConsentAction {
  /** The button's label. */
  label: string;
  /** One sentence under the button: what pressing it does (e.g. that it leaves the page). */
  hint?: string;
  run(requiredScopes: string[]): void | Promise<void>;
}

export interface DemoDataSet {
  /** Stable id, used in the URL (`?data=…`). */
  id: string;
  /** Label of the option in the data set selector. */
  label: string;
  /** One sentence shown under the selector. */
  description?: string;
  /** A new source each call, so switching back reloads from scratch. */
  createSource(): FriendDataSource | Promise<FriendDataSource>;
  /** The id of the element of index.html with this data set's own controls (shown while chosen). */
  panel?: string;
  /** Called when the data set is chosen, and when it is left for another. */
  activate?(): void;
  deactivate?(): void;
  /** Called whenever the picker starts loading from this data set (new source or `reload()`). */
  onLoadStart?(): void;
  /** How this data set lets the user grant a missing scope (see the consent panel in main.ts). */
  consentAction?(requiredScopes: string[]): ConsentAction | undefined;
}

const registry = new Map<string, DemoDataSet>();

/** Adds (or replaces, by id) a data set; the selector lists them in registration order. */
export function registerDataSet(dataSet: DemoDataSet): void {
  registry.set(dataSet.id, dataSet);
}

export function dataSets(): DemoDataSet[] {
  return [...registry.values()];
}

export function findDataSet(id: string): DemoDataSet | undefined {
  return registry.get(id);
}

// Generating 100,000 friends takes a moment: do it once per size, on first use.
const generated = new Map<number, Friend[]>();
function generatedFriends(count: number): Friend[] {
  let friends = generated.get(count);
  if (friends === undefined) {
    friends = generateFriends(count);
    generated.set(count, friends);
  }
  return friends;
}

registerDataSet({
  id: 'sample',
  label: '12 friends (ko, en, ja, digits)',
  description:
    'Korean, Latin, Japanese and digit-led names, 3 favorites, missing, broken and refused avatars; your own profile has a uuid, so it can be picked.',
  createSource: () => new ArrayFriendSource(sampleFriends, { profile: sampleProfile }),
});

for (const count of [1_000, 100_000]) {
  registerDataSet({
    id: `generated-${count}`,
    label: `${count.toLocaleString('en')} generated friends`,
    description:
      'Seeded names (mostly Korean, some Latin, Japanese, digit-led), about 5% favorites and 15% without a photo.',
    createSource: () =>
      new ArrayFriendSource(generatedFriends(count), { profile: generateProfile() }),
  });
}
