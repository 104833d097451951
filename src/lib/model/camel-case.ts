/**
 * The geodata files name their fields in snake_case (`place_inferred`, `modern_ru`), the app in
 * camelCase (`placeInferred`, `modernRu`): this is the one renaming between the two, as a type for
 * `atlas-data.ts` and as the function the build applies, so that a new field needs neither.
 */

/** `modern_ru` → `modernRu`. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** `T` with its keys in camelCase (optional and readonly as they were). */
export type Camelized<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** `value` with its keys in camelCase, in the same order. */
export function camelKeys<T extends object>(value: T): Camelized<T> {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), v])
  ) as Camelized<T>;
}
