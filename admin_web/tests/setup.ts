import { enableAutoUnmount } from "@vue/test-utils";
import { afterEach } from "vitest";

// Every component a test mounts is unmounted after it.
enableAutoUnmount(afterEach);

// async-validator (Element Plus form rules) logs every failed rule in development builds.
(globalThis as { ASYNC_VALIDATOR_NO_WARNING?: number }).ASYNC_VALIDATOR_NO_WARNING = 1;
