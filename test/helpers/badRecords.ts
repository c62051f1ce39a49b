// Damaged copies of a good stored record, for the tests of every table's reader: each field in
// turn missing, null, of the wrong type, and huge (a 1 MB string, or a list of 100,000 items).

/** How a field was damaged. */
export type Damage = 'missing' | 'null' | 'wrong type' | 'huge';

/** The four damages, in the order they are tried. */
export const DAMAGES: readonly Damage[] = ['missing', 'null', 'wrong type', 'huge'];

/** One damaged record: which field, how, and the record itself. */
export interface DamagedRecord {
  field: string;
  damage: Damage;
  record: Record<string, unknown>;
}

/** A string of one million characters. */
export const HUGE_TEXT = 'x'.repeat(1_000_000);
/** How many items a huge list holds. */
export const HUGE_LIST = 100_000;

/** A value of another type than `value`'s. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'x';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'abc';
  if (value === null) return 42;
  return 7;
}

/** A huge value of `value`'s own type where there is one (a number is made as large as a number goes). */
function huge(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from({ length: HUGE_LIST }, () => value[0] ?? 'x');
  if (typeof value === 'number') return Number.MAX_VALUE;
  return HUGE_TEXT;
}

/** Damages `value` as `damage` says; `undefined` means the field is left out. */
export function damaged(value: unknown, damage: Damage): unknown {
  if (damage === 'missing') return undefined;
  if (damage === 'null') return null;
  return damage === 'wrong type' ? wrongType(value) : huge(value);
}

/**
 * Every damaged copy of `good`: each of its fields (or of `fields`) with each damage. The key
 * field cannot be missing or null in IndexedDB, which refuses such a record, so those two are
 * left out for it; every other copy gets its own key from `keyOf`.
 */
export function damagedRecords(good: Record<string, unknown>, key: string, keyOf: (field: string, damage: Damage) => string, fields = Object.keys(good)): DamagedRecord[] {
  const out: DamagedRecord[] = [];
  for (const field of fields) {
    for (const damage of DAMAGES) {
      if (field === key && (damage === 'missing' || damage === 'null')) continue;
      const record: Record<string, unknown> = { ...good, [key]: keyOf(field, damage) };
      const value = damaged(good[field], damage);
      if (value === undefined) delete record[field];
      else record[field] = value;
      out.push({ field, damage, record });
    }
  }
  return out;
}

/** A short key for a damaged copy: `field-damage`. */
export function caseKey(field: string, damage: Damage): string {
  return `${field}-${damage.replace(' ', '')}`;
}
