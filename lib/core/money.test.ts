import { describe, expect, it } from "vitest";
import { currencyForCountry, euMemberState } from "@/lib/core/countries";
import { formatMoney, formatPercent, lineAmounts, minorToDecimal, parseMoney, parsePercent, quoteTotals } from "@/lib/core/money";

describe("money", () => {
  it("parses amounts with at most two decimals into minor units, refusing anything else", () => {
    expect(parseMoney("12.50")).toBe(1250);
    expect(parseMoney("12.5")).toBe(1250);
    expect(parseMoney("0.07")).toBe(7);
    expect(parseMoney("1,250.00")).toBe(125000);
    expect(parseMoney("0.1")).toBe(10); // 0.1 + 0.2 would not be exact as a float; as text it is.
    for (const bad of ["", "12.345", "-3", "1e3", "12,50", "abc", "1,25.00", "10000000.01"]) expect(parseMoney(bad), bad).toBeNull();
  });

  it("formats each currency with its own symbol, from the exact decimal", () => {
    expect(formatMoney(1250, "USD")).toBe("$12.50");
    expect(formatMoney(123456705, "EUR")).toBe("€1,234,567.05");
    expect(formatMoney(9, "GBP")).toBe("£0.09");
    expect(minorToDecimal(-1205)).toBe("-12.05");
  });

  it("rounds a line's discount half up to the minor unit", () => {
    // 3 × 19.99 = 59.97; 12.5% of it is 7.49625 → 7.50; the line is 52.47.
    expect(lineAmounts({ quantity: 3, unitPriceMinor: 1999, discountBasisPoints: 1250 })).toEqual({
      grossMinor: 5997,
      discountMinor: 750,
      totalMinor: 5247,
    });
    // Exactly half a cent: 1 × 0.01 at 50% → discount 0.005 → 0.01 (half up), line 0.00.
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 1, discountBasisPoints: 5000 }).totalMinor).toBe(0);
    // Just under half: 1 × 0.01 at 49.99% → discount 0.004999 → 0.00.
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 1, discountBasisPoints: 4999 }).totalMinor).toBe(1);
  });

  it("stays exact where floats would not: large amounts, many lines", () => {
    // Beyond what is stored, the arithmetic is still exact. Float arithmetic (gross × 0.0333) would give 33,299,666,996,670.035… with
    // an error in the last places. Worked with integers by hand: discount 33,299,666,996,670.
    expect(lineAmounts({ quantity: 99_999, unitPriceMinor: 9_999_999_999, discountBasisPoints: 333 })).toEqual({
      grossMinor: 999_989_999_900_001,
      discountMinor: 33_299_666_996_670,
      totalMinor: 966_690_332_903_331,
    });
    const lines = Array.from({ length: 10 }, () => ({ quantity: 1, unitPriceMinor: 10, discountBasisPoints: 0 }));
    expect(quoteTotals(lines, 20)).toEqual({ subtotalMinor: 100, shippingMinor: 20, totalMinor: 120 });
  });

  it("reads discounts as percentages", () => {
    expect(parsePercent("12.5")).toBe(1250);
    expect(parsePercent("5%")).toBe(500);
    expect(parsePercent("100")).toBe(10000);
    expect(parsePercent("100.01")).toBeNull();
    expect(parsePercent("-1")).toBeNull();
    expect(formatPercent(1250)).toBe("12.5%");
    expect(formatPercent(500)).toBe("5%");
    expect(formatPercent(1234)).toBe("12.34%");
  });
});

describe("currency by country", () => {
  it("quotes pounds in the UK, euros in the EU, dollars elsewhere", () => {
    expect(currencyForCountry("United Kingdom")).toBe("GBP");
    expect(currencyForCountry(" uk ")).toBe("GBP");
    expect(currencyForCountry("Germany")).toBe("EUR");
    expect(currencyForCountry("Deutschland")).toBe("EUR");
    expect(currencyForCountry("SE")).toBe("EUR");
    expect(currencyForCountry("Switzerland")).toBe("USD");
    expect(currencyForCountry("United States")).toBe("USD");
    expect(euMemberState("The Netherlands")).toBe("NL");
    expect(euMemberState("Norway")).toBeNull();
  });
});
