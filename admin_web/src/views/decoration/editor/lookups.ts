/** Options of `x-options` selects (`pages`, `shops`, `brands`), provided by the decorator view. */
import type { InjectionKey } from "vue";

import type { Option } from "./schema";

export type LookupLoader = (lookup: string) => Promise<Option[]>;

export const LOOKUP_KEY: InjectionKey<LookupLoader> = Symbol("sdui-lookup");
