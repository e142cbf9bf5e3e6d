// Jest runs the mini-program components in jsdom through miniprogram-simulate (j-component +
// the official wcc compiler). babel-jest turns the ES modules (our code, the synced shared core
// and Vant Weapp's dist) into CommonJS.
module.exports = {
  testEnvironment: "jsdom",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.js"],
  transform: { "\\.js$": "babel-jest" },
  setupFiles: ["<rootDir>/tests/helpers/setup.js"],
  testTimeout: 30000,
};
