// Runs before every test file (jsdom). miniprogram-simulate installs its own `wx` mock when it
// is first required; tests replace the calls they check with jest.fn (helpers/wx.js).
global.getCurrentPages = () => [];
