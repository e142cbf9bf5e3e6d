// [SDUI-4] The backend's golden page (tests/pages/test_golden.py exports it from the real API)
// draws the same sequence here as in the H5 shell, which compares with the same expected file.
const { renderPage, renderedSequence } = require("./helpers/sim");
const { installWx } = require("./helpers/wx");
const response = require("../../layouts/golden/platform_home.mp.json");
const expected = require("../../layouts/golden/platform_home.mp.sequence.json");

beforeEach(() => installWx());

test("[SDUI-4] draws the backend's golden platform home as the sequence both shells must produce", () => {
  const { comp } = renderPage(response);
  expect(renderedSequence(comp.dom)).toEqual(expected);
});
