import { describe, expect, it } from "vitest";

import type { PageResponse } from "@/core/types";

import { mountPage, renderedSequence } from "./helpers";

// The backend exports these from its real API (tests/pages/test_golden.py); the mini-program's
// tests render the same response and compare with the same expected sequence.
import response from "@layouts/golden/platform_home.h5.json";
import expected from "@layouts/golden/platform_home.h5.sequence.json";

describe("golden page from the backend", () => {
  it("[SDUI-4] draws the backend's golden platform home as the sequence both shells must produce", async () => {
    const { wrapper } = await mountPage(response as unknown as PageResponse);
    expect(renderedSequence(wrapper.element)).toEqual(expected);
  });

  it("[SDUI-3] shows the server-resolved prices of the golden products", async () => {
    const { wrapper } = await mountPage(response as unknown as PageResponse);
    const grid = wrapper.find("[data-section-id='hot-goods']");
    expect(grid.text()).toContain("不锈钢保温杯 500ml");
    expect(grid.text()).toContain("19");
  });
});
