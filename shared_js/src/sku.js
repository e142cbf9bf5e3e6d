// @ts-check
/**
 * The SKU picker's logic, shared by the H5 shell and the mini-program: which spec values can
 * still be chosen, which SKU a selection names, and prices/stock per sales unit (B2B-1). Pure
 * functions over the catalogue API's shapes; nothing is mutated.
 */

/**
 * @typedef {{name: string, values: string[]}} Spec
 * @typedef {{id: number, spec_values: string[], price: number, stock: number,
 *   unit_prices?: number[], available: boolean, image?: string}} Sku
 * @typedef {{name: string, factor: number}} Unit
 * @typedef {(string | null)[]} Selection one entry per spec: the chosen value or null
 * @typedef {{value: string, selected: boolean, disabled: boolean}} OptionState
 */

/**
 * @param {Selection | null | undefined} selected
 * @param {number} i
 * @returns {string | null}
 */
function chosen(selected, i) {
  if (!selected) return null;
  const v = selected[i];
  return v === undefined || v === null ? null : v;
}

/**
 * Whether a SKU matches the selection on every spec but `skip` (-1: all specs).
 * @param {Sku} sku
 * @param {Selection | null | undefined} selected
 * @param {number} count number of specs
 * @param {number} skip
 */
function matches(sku, selected, count, skip) {
  for (let j = 0; j < count; j++) {
    if (j === skip) continue;
    const v = chosen(selected, j);
    if (v !== null && sku.spec_values[j] !== v) return false;
  }
  return true;
}

/**
 * For each spec, its values as `{value, selected, disabled}`. A value is disabled when no
 * available SKU has it together with the other specs' current selections.
 *
 * @param {Spec[]} specs
 * @param {Sku[]} skus
 * @param {Selection} selected
 * @returns {OptionState[][]}
 */
export function optionStates(specs, skus, selected) {
  const count = specs.length;
  return specs.map(function (spec, i) {
    return spec.values.map(function (value) {
      const possible = skus.some(function (sku) {
        return sku.available && sku.spec_values[i] === value && matches(sku, selected, count, i);
      });
      return { value: value, selected: chosen(selected, i) === value, disabled: !possible };
    });
  });
}

/**
 * A new selection with `value` chosen for spec `specIndex`; choosing the chosen value again
 * clears it.
 *
 * @param {Spec[]} specs
 * @param {Selection} selected
 * @param {number} specIndex
 * @param {string} value
 * @returns {Selection}
 */
export function toggleOption(specs, selected, specIndex, value) {
  const next = specs.map(function (_spec, i) {
    return chosen(selected, i);
  });
  next[specIndex] = next[specIndex] === value ? null : value;
  return next;
}

/**
 * The SKU the selection names once every spec is chosen (the only SKU of a product without
 * specs), else null. The SKU may be unavailable: check `available` (or `maxQuantity`).
 *
 * @param {Spec[]} specs
 * @param {Sku[]} skus
 * @param {Selection} selected
 * @returns {Sku | null}
 */
export function selectedSku(specs, skus, selected) {
  if (!specs.length) return skus.length ? skus[0] : null;
  if (missingSpecs(specs, selected).length) return null;
  for (let k = 0; k < skus.length; k++) {
    if (matches(skus[k], selected, specs.length, -1)) return skus[k];
  }
  return null;
}

/**
 * Names of the specs not chosen yet, in order (for 「请选择 颜色 尺码」).
 *
 * @param {Spec[]} specs
 * @param {Selection} selected
 * @returns {string[]}
 */
export function missingSpecs(specs, selected) {
  const names = [];
  for (let i = 0; i < specs.length; i++) {
    if (chosen(selected, i) === null) names.push(specs[i].name);
  }
  return names;
}

/**
 * @param {Unit[] | null | undefined} units
 * @param {number} unitIndex
 * @returns {number}
 */
function factorOf(units, unitIndex) {
  const unit = units ? units[unitIndex] : undefined;
  return unit && unit.factor > 0 ? unit.factor : 1;
}

/**
 * Price in fen of one `units[unitIndex]` of the SKU: its `unit_prices` entry when present,
 * else the base price times the unit's factor.
 *
 * @param {Sku} sku
 * @param {Unit[] | null | undefined} units
 * @param {number} unitIndex
 * @returns {number}
 */
export function unitPrice(sku, units, unitIndex) {
  const prices = sku.unit_prices;
  if (prices && typeof prices[unitIndex] === "number") return prices[unitIndex];
  return sku.price * factorOf(units, unitIndex);
}

/**
 * How many `units[unitIndex]` can be bought: whole units out of the stock (kept in the base
 * unit); 0 for a missing or unavailable SKU.
 *
 * @param {Sku | null | undefined} sku
 * @param {Unit[] | null | undefined} units
 * @param {number} unitIndex
 * @returns {number}
 */
export function maxQuantity(sku, units, unitIndex) {
  if (!sku || !sku.available || !(sku.stock > 0)) return 0;
  return Math.floor(sku.stock / factorOf(units, unitIndex));
}

/**
 * Lowest and highest base price over the available SKUs (over all SKUs when none is
 * available; `{min: 0, max: 0}` when there are none).
 *
 * @param {Sku[]} skus
 * @returns {{min: number, max: number}}
 */
export function priceRange(skus) {
  const available = skus.filter(function (s) {
    return s.available;
  });
  const pool = available.length ? available : skus;
  if (!pool.length) return { min: 0, max: 0 };
  let min = pool[0].price;
  let max = pool[0].price;
  for (let k = 1; k < pool.length; k++) {
    if (pool[k].price < min) min = pool[k].price;
    if (pool[k].price > max) max = pool[k].price;
  }
  return { min: min, max: max };
}
