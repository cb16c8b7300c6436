"use client";
// The lab calculators: stock-solution table, molarity, dilution and free base ↔ salt. All arithmetic is
// in lib/catalog/calculators.ts; this file only reads the inputs and shows the answers.
import { useId, useState, type ReactNode } from "react";
import {
  CONCENTRATION_UNITS,
  formatConcentration,
  formatMass,
  formatSignificant,
  formatVolume,
  MASS_UNITS,
  millimolarToMgPerMl,
  parseNumber,
  saltMassForBaseMass,
  baseMassForSaltMass,
  solveDilution,
  solveMolarity,
  stockTable,
  VOLUME_UNITS,
  type ConcentrationUnit,
  type MassUnit,
  type SolubilityLimit,
  type VolumeUnit,
} from "@/lib/catalog/calculators";

export type CalculatorProps = {
  /** The salt form's molecular weight (g/mol); undefined on /tools/calculators until one is given. */
  mw?: number;
  /** "LY3020371 hydrochloride (B8105958)" */
  label?: string;
  /** The free base or acid in this salt form, when it has one (calculators.ts parentFromInchi). */
  parent?: { molecularWeight: number; count: number; formula: string };
  /** True when the product is itself a free base or acid (one component): the converter's base is the product. */
  freeForm?: boolean;
  solubilities?: (SolubilityLimit & { note?: string })[];
};

const input = "block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
const select = "block min-h-11 rounded-md border border-line bg-white px-2 py-2 text-base";
// Three volume columns fit a 360 px phone with narrower cell padding (as the product page's prices do).
const tight = "max-sm:px-1.5";
const mwText = (mw: number | undefined) => (mw ? String(Math.round(mw * 100) / 100) : "");

export function Calculators({ mw, label, parent, freeForm, solubilities = [] }: CalculatorProps) {
  const [mwInput, setMwInput] = useState(mwText(mw));
  const molecularWeight = parseNumber(mwInput);
  const mwOk = molecularWeight > 0;
  const id = useId();
  return (
    <div className="space-y-6">
      <div className="max-w-xs">
        <label htmlFor={`${id}-mw`} className="block text-sm font-semibold">
          Molecular weight (g/mol)
        </label>
        <p id={`${id}-mw-hint`} className="text-xs text-ink-muted">
          {label ? `Of ${label}, as supplied (salt form included).` : "Of the form you weigh out, salt included."}
        </p>
        <input
          id={`${id}-mw`}
          inputMode="decimal"
          autoComplete="off"
          value={mwInput}
          onChange={(e) => setMwInput(e.target.value)}
          aria-describedby={`${id}-mw-hint${mwInput && !mwOk ? ` ${id}-mw-error` : ""}`}
          aria-invalid={mwInput && !mwOk ? true : undefined}
          className={`${input} mt-1`}
        />
        {mwInput && !mwOk ? (
          <p id={`${id}-mw-error`} className="mt-1 text-sm font-medium text-red-800">
            Enter the molecular weight as a number, e.g. 274.19
          </p>
        ) : null}
      </div>
      <StockTable mw={mwOk ? molecularWeight : undefined} solubilities={solubilities} />
      <Molarity mw={mwOk ? molecularWeight : undefined} />
      <Dilution />
      <SaltConverter mw={mwOk ? molecularWeight : undefined} parent={parent} freeForm={freeForm} />
    </div>
  );
}

function Panel({ title, children, description }: { title: string; description: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="card space-y-3 p-4">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="text-sm text-ink-muted">{description}</p>
      {children}
    </section>
  );
}

/** A labelled number box with its unit chooser; the error sits under the box. */
function NumberWithUnit<U extends string>({
  label,
  value,
  onChange,
  unit,
  units,
  onUnit,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  unit: U;
  units: readonly U[];
  onUnit: (u: U) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const bad = !disabled && value.trim() !== "" && !(parseNumber(value) > 0);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={disabled ? "" : value}
          disabled={disabled}
          placeholder={disabled ? "calculated" : undefined}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
          className={`${input} min-w-0 flex-1 disabled:bg-wash`}
        />
        <select aria-label={`${label}: unit`} value={unit} onChange={(e) => onUnit(e.target.value as U)} className={select}>
          {units.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </div>
      {bad ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          Enter a number above zero
        </p>
      ) : null}
    </div>
  );
}

function Result({ children }: { children: ReactNode }) {
  return (
    <output aria-live="polite" className="block min-h-7 rounded-md bg-wash px-3 py-2 font-semibold">
      {children}
    </output>
  );
}

function StockTable({ mw, solubilities }: { mw?: number; solubilities: (SolubilityLimit & { note?: string })[] }) {
  const id = useId();
  const [solvent, setSolvent] = useState(() => (solubilities.find((s) => /dmso/i.test(s.solvent)) ?? solubilities[0])?.solvent ?? "");
  const limit = solubilities.find((s) => s.solvent === solvent);
  const rows = mw ? stockTable(mw, limit) : [];
  return (
    <Panel
      title="Stock solutions"
      description="Volume of solvent to add to a mass of this compound for each concentration: volume = mass ÷ MW ÷ concentration."
    >
      {solubilities.length ? (
        <div>
          <label htmlFor={`${id}-solvent`} className="block text-sm font-semibold">
            Solvent (to check against its known solubility)
          </label>
          <select id={`${id}-solvent`} value={solvent} onChange={(e) => setSolvent(e.target.value)} className={`${select} mt-1`}>
            {solubilities.map((s) => (
              <option key={s.solvent} value={s.solvent}>
                {s.solvent} (max {s.atLeast ? "≥ " : ""}
                {formatSignificant(s.maxMgPerMl)} mg/mL)
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="text-sm">No solubility data yet, so the table cannot warn about a concentration that does not dissolve.</p>
      )}
      {mw ? (
        // Should the table ever not fit, the box scrolls; it is focusable and named so a keyboard can scroll it.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Stock-solution volumes">
          <table className="data-table text-sm sm:text-base">
            <caption className="sr-only">
              Volume of solvent to add, by concentration and mass, for MW {formatSignificant(mw, 6)} g/mol
            </caption>
            <thead>
              <tr>
                <th scope="col" className={tight}>
                  {/* The row labels (1 mM …) say it; the word would cost a phone the last column. */}
                  <span className="max-sm:sr-only">Concentration</span>
                </th>
                {rows[0]!.cells.map((c) => (
                  <th key={c.mg} scope="col" className={`text-right ${tight}`}>
                    {c.mg} mg
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.mM}>
                  <th scope="row" className={`font-normal whitespace-nowrap ${tight}`}>
                    {row.mM} mM
                    {row.check !== "ok" ? (
                      <span className="ml-1 font-semibold text-red-800" aria-hidden="true">
                        ⚠
                      </span>
                    ) : null}
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.mg}
                      className={`num whitespace-nowrap ${tight} ${row.check === "exceeds" ? "text-red-800 line-through" : ""}`}
                    >
                      {formatVolume(cell.volumeMl / 1000)}
                      {row.check === "exceeds" ? <span className="sr-only"> (above the solubility)</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">Enter the molecular weight to fill the table.</p>
      )}
      {mw && limit
        ? rows
            .filter((row) => row.check !== "ok")
            .map((row) => (
              <p key={row.mM} role="note" className="text-sm font-medium text-red-800">
                ⚠ {row.mM} mM is {formatSignificant(millimolarToMgPerMl(row.mM, mw))} mg/mL,{" "}
                {row.check === "exceeds"
                  ? `above the known solubility in ${limit.solvent} (${formatSignificant(limit.maxMgPerMl)} mg/mL${limit.note ? `, ${limit.note}` : ""}).`
                  : `above the highest concentration tested in ${limit.solvent} (≥ ${formatSignificant(limit.maxMgPerMl)} mg/mL): it may not dissolve.`}
              </p>
            ))
        : null}
    </Panel>
  );
}

type MolarityTarget = "mass" | "volume" | "concentration";

function Molarity({ mw }: { mw?: number }) {
  const id = useId();
  const [find, setFind] = useState<MolarityTarget>("mass");
  const [mass, setMass] = useState("");
  const [massUnit, setMassUnit] = useState<MassUnit>("mg");
  const [volume, setVolume] = useState("");
  const [volumeUnit, setVolumeUnit] = useState<VolumeUnit>("mL");
  const [conc, setConc] = useState("");
  const [concUnit, setConcUnit] = useState<ConcentrationUnit>("mM");
  const result = mw
    ? solveMolarity({
        mw,
        mass: find === "mass" ? undefined : { value: parseNumber(mass), unit: massUnit },
        volume: find === "volume" ? undefined : { value: parseNumber(volume), unit: volumeUnit },
        concentration: find === "concentration" ? undefined : { value: parseNumber(conc), unit: concUnit },
      })
    : null;
  const answer =
    result?.solve === "mass"
      ? `Mass: ${formatMass(result.grams)}`
      : result?.solve === "volume"
        ? `Volume: ${formatVolume(result.litres)}`
        : result?.solve === "concentration"
          ? `Concentration: ${formatConcentration(result.molar)}`
          : null;
  return (
    <Panel
      title="Molarity"
      description="mass = concentration × volume × molecular weight. Choose what to calculate and give the other two."
    >
      <div>
        <label htmlFor={`${id}-find`} className="block text-sm font-semibold">
          Calculate
        </label>
        <select id={`${id}-find`} value={find} onChange={(e) => setFind(e.target.value as MolarityTarget)} className={`${select} mt-1`}>
          <option value="mass">Mass</option>
          <option value="volume">Volume</option>
          <option value="concentration">Concentration</option>
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <NumberWithUnit
          label="Mass"
          value={mass}
          onChange={setMass}
          unit={massUnit}
          units={keys(MASS_UNITS)}
          onUnit={setMassUnit}
          disabled={find === "mass"}
        />
        <NumberWithUnit
          label="Volume"
          value={volume}
          onChange={setVolume}
          unit={volumeUnit}
          units={keys(VOLUME_UNITS)}
          onUnit={setVolumeUnit}
          disabled={find === "volume"}
        />
        <NumberWithUnit
          label="Concentration"
          value={conc}
          onChange={setConc}
          unit={concUnit}
          units={keys(CONCENTRATION_UNITS)}
          onUnit={setConcUnit}
          disabled={find === "concentration"}
        />
      </div>
      <Result>{mw ? (answer ?? "Fill in the other two values.") : "Enter the molecular weight first."}</Result>
    </Panel>
  );
}

type DilutionTerm = "c1" | "v1" | "c2" | "v2";

function Dilution() {
  const id = useId();
  const [find, setFind] = useState<DilutionTerm>("v1");
  const [values, setValues] = useState<Record<DilutionTerm, string>>({ c1: "", v1: "", c2: "", v2: "" });
  const [cUnits, setCUnits] = useState<Record<"c1" | "c2", ConcentrationUnit>>({ c1: "mM", c2: "µM" });
  const [vUnits, setVUnits] = useState<Record<"v1" | "v2", VolumeUnit>>({ v1: "µL", v2: "mL" });
  // In base units (M and L), so the two sides may use different units.
  const base = (term: DilutionTerm) => {
    if (term === find) return undefined;
    const n = parseNumber(values[term]);
    return term === "c1" || term === "c2" ? n * CONCENTRATION_UNITS[cUnits[term]] : n * VOLUME_UNITS[vUnits[term]];
  };
  const result = solveDilution({ c1: base("c1"), v1: base("v1"), c2: base("c2"), v2: base("v2") });
  const names: Record<DilutionTerm, string> = {
    c1: "Stock concentration (C₁)",
    v1: "Stock volume (V₁)",
    c2: "Final concentration (C₂)",
    v2: "Final volume (V₂)",
  };
  const set = (term: DilutionTerm) => (v: string) => setValues((old) => ({ ...old, [term]: v }));
  return (
    <Panel title="Dilution" description="C₁ × V₁ = C₂ × V₂. Choose what to calculate and give the other three.">
      <div>
        <label htmlFor={`${id}-find`} className="block text-sm font-semibold">
          Calculate
        </label>
        <select id={`${id}-find`} value={find} onChange={(e) => setFind(e.target.value as DilutionTerm)} className={`${select} mt-1`}>
          {(Object.keys(names) as DilutionTerm[]).map((t) => (
            <option key={t} value={t}>
              {names[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {(["c1", "c2"] as const).map((t) => (
          <NumberWithUnit
            key={t}
            label={names[t]}
            value={values[t]}
            onChange={set(t)}
            unit={cUnits[t]}
            units={keys(CONCENTRATION_UNITS)}
            onUnit={(u) => setCUnits((old) => ({ ...old, [t]: u }))}
            disabled={find === t}
          />
        ))}
        {(["v1", "v2"] as const).map((t) => (
          <NumberWithUnit
            key={t}
            label={names[t]}
            value={values[t]}
            onChange={set(t)}
            unit={vUnits[t]}
            units={keys(VOLUME_UNITS)}
            onUnit={(u) => setVUnits((old) => ({ ...old, [t]: u }))}
            disabled={find === t}
          />
        ))}
      </div>
      <Result>
        {result
          ? `${names[result.solve]}: ${result.solve.startsWith("c") ? formatConcentration(result.value) : formatVolume(result.value)}`
          : "Fill in the other three values."}
      </Result>
      {result?.solve === "v1" && base("v2") !== undefined && result.value < base("v2")! ? (
        <p className="text-sm">
          Add {formatVolume(base("v2")! - result.value)} of diluent to {formatVolume(result.value)} of stock.
        </p>
      ) : null}
    </Panel>
  );
}

function SaltConverter({ mw, parent, freeForm }: { mw?: number; parent?: CalculatorProps["parent"]; freeForm?: boolean }) {
  const id = useId();
  // A salt form converts to its parent; a free form is the parent, and the salt is the one typed.
  const saltMw = freeForm ? undefined : mw;
  const [baseMw, setBaseMw] = useState(mwText(freeForm ? mw : parent?.molecularWeight));
  const [saltMwInput, setSaltMwInput] = useState<string | null>(freeForm ? "" : null);
  const [count, setCount] = useState(String(parent?.count ?? 1));
  const [direction, setDirection] = useState<"toSalt" | "toBase">("toSalt");
  const [mass, setMass] = useState("");
  const [unit, setUnit] = useState<MassUnit>("mg");
  // The salt MW follows the calculator's MW until it is typed here.
  const salt = saltMwInput === null ? (saltMw ?? NaN) : parseNumber(saltMwInput);
  const base = parseNumber(baseMw);
  const n = parseNumber(count);
  const m = parseNumber(mass) * MASS_UNITS[unit];
  const ok = salt > 0 && base > 0 && n > 0 && Number.isInteger(n) && m > 0;
  const grams = !ok
    ? null
    : direction === "toSalt"
      ? saltMassForBaseMass({ baseMass: m, baseMw: base, saltMw: salt, basePerSalt: n })
      : baseMassForSaltMass({ saltMass: m, baseMw: base, saltMw: salt, basePerSalt: n });
  const field = (key: string, label: string, value: string, onChange: (v: string) => void, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${key}`} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-${key}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        className={`${input} mt-1`}
      />
    </div>
  );
  return (
    <Panel
      title="Free base ↔ salt"
      description="A dose stated as free base (or free acid) needs more of a salt: the same number of parent molecules, so mass × MW(salt) ÷ (n × MW(base))."
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {field(
          "base-mw",
          "Free base MW (g/mol)",
          baseMw,
          setBaseMw,
          parent ? `Computed from the formula ${parent.formula}` : freeForm ? "This product is the free form" : "e.g. ketamine 237.73",
        )}
        {field("salt-mw", "Salt MW (g/mol)", saltMwInput ?? mwText(saltMw), setSaltMwInput, "e.g. ketamine HCl 274.19")}
        {field("count", "Bases per salt formula unit (n)", count, setCount, "1 for a hydrochloride; 2 for a hemisulfate")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-direction`} className="block text-sm font-semibold">
            The mass is
          </label>
          <select
            id={`${id}-direction`}
            value={direction}
            onChange={(e) => setDirection(e.target.value as "toSalt" | "toBase")}
            className={`${select} mt-1 w-full`}
          >
            <option value="toSalt">as free base → salt to weigh</option>
            <option value="toBase">of salt → free base in it</option>
          </select>
        </div>
        <NumberWithUnit label="Mass" value={mass} onChange={setMass} unit={unit} units={keys(MASS_UNITS)} onUnit={setUnit} />
      </div>
      <Result>
        {grams === null
          ? "Give both molecular weights, n and a mass."
          : direction === "toSalt"
            ? `Weigh ${formatMass(grams)} of the salt (ratio ${formatSignificant(salt / (n * base))})`
            : `Contains ${formatMass(grams)} of free base`}
      </Result>
    </Panel>
  );
}

function keys<U extends string>(table: Record<U, number>) {
  return Object.keys(table) as U[];
}
