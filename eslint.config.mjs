import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  // A key written after a spread makes the compiler fall back to createElement, which takes the
  // children as an unkeyed list: React then warns "Each child in a list should have a unique key".
  // (react/jsx-key's checkKeyMustBeforeSpread only looks inside lists, so it missed a render prop's <select>.)
  {
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXSpreadAttribute ~ JSXAttribute[name.name='key']",
          message: "Put `key` before any {...spread}: after it, React warns about unkeyed children.",
        },
      ],
    },
  },
  // CommonJS scripts (loaded synchronously by playwright.config.ts) use require().
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/ketcher/**",
    ],
  },
];

export default config;
