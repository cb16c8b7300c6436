// Technical comparison guides for Reagent Desk. Every factual statement cites a reference by key:
// keys defined below (guideReferences) or in catalog.ts (`references`). A paper appears under one
// key only across both files. Fields that could not be confirmed are left out, never guessed.
//
// Reused from catalog.ts: witkin2017jpet, witkin2017pbb, kingston1998, schoepp1997, monn1997,
// maksymetz2017, marek2020, berman2000, zarate2006, wong1986, woodruff1987, zanos2016, zanos2018,
// kavalali2018.
import type { GuideSeed, ReferenceSeed } from "./types";

export const guideReferences: ReferenceSeed[] = [
  // --- Ketamine: clinical trials and mechanism -------------------------------------------------
  {
    key: "murrough2013",
    authors: "Murrough JW, Iosifescu DV, Chang LC, et al.",
    title: "Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial",
    journal: "Am J Psychiatry",
    year: 2013,
    volume: "170",
    pages: "1134-1142",
    pmid: "23982301",
    doi: "10.1176/appi.ajp.2013.13030392",
  },
  {
    key: "li2010",
    authors: "Li N, Lee B, Liu RJ, et al.",
    title: "mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists",
    journal: "Science",
    year: 2010,
    volume: "329",
    pages: "959-964",
    pmid: "20724638",
    doi: "10.1126/science.1190287",
  },
  {
    key: "autry2011",
    authors: "Autry AE, Adachi M, Nosyreva E, et al.",
    title: "NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses",
    journal: "Nature",
    year: 2011,
    volume: "475",
    pages: "91-95",
    pmid: "21677641",
    doi: "10.1038/nature10130",
  },
  {
    // DOI not confirmed; left out.
    key: "maeng2008",
    authors: "Maeng S, Zarate CA Jr, Du J, et al.",
    title:
      "Cellular mechanisms underlying the antidepressant effects of ketamine: role of alpha-amino-3-hydroxy-5-methylisoxazole-4-propionic acid receptors",
    journal: "Biol Psychiatry",
    year: 2008,
    volume: "63",
    pages: "349-352",
    pmid: "17643398",
  },
  {
    key: "gideons2014",
    authors: "Gideons ES, Kavalali ET, Monteggia LM",
    title: "Mechanisms underlying differential effectiveness of memantine and ketamine in rapid antidepressant responses",
    journal: "Proc Natl Acad Sci U S A",
    year: 2014,
    volume: "111",
    pages: "8649-8654",
    pmid: "24912158",
    doi: "10.1073/pnas.1323920111",
  },
  {
    key: "trujillo2020",
    authors: "Trujillo KA, Iñiguez SD",
    title: "Ketamine beyond anesthesia: antidepressant effects and abuse potential",
    journal: "Behav Brain Res",
    year: 2020,
    volume: "394",
    pages: "112841",
    pmid: "32739287",
    doi: "10.1016/j.bbr.2020.112841",
  },
  // --- Esketamine trials ------------------------------------------------------------------------
  {
    key: "daly2018",
    authors: "Daly EJ, Singh JB, Fedgchin M, et al.",
    title:
      "Efficacy and safety of intranasal esketamine adjunctive to oral antidepressant therapy in treatment-resistant depression: a randomized clinical trial",
    journal: "JAMA Psychiatry",
    year: 2018,
    volume: "75",
    pages: "139-148",
    pmid: "29282469",
    doi: "10.1001/jamapsychiatry.2017.3739",
  },
  {
    // TRANSFORM-2.
    key: "popova2019",
    authors: "Popova V, Daly EJ, Trivedi M, et al.",
    title:
      "Efficacy and safety of flexibly dosed esketamine nasal spray combined with a newly initiated oral antidepressant in treatment-resistant depression: a randomized double-blind active-controlled study",
    journal: "Am J Psychiatry",
    year: 2019,
    volume: "176",
    pages: "428-438",
    pmid: "31109201",
    doi: "10.1176/appi.ajp.2019.19020172",
  },
  // --- Enantiomers, metabolites and the HNK debate -----------------------------------------------
  {
    // DOI not confirmed; left out.
    key: "ebert1997",
    authors: "Ebert B, Mikkelsen S, Thorkildsen C, Borgbjerg FM",
    title: "Norketamine, the main metabolite of ketamine, is a non-competitive NMDA receptor antagonist in the rat cortex and spinal cord",
    journal: "Eur J Pharmacol",
    year: 1997,
    volume: "333",
    pages: "99-104",
    pmid: "9311667",
  },
  {
    key: "suzuki2017",
    authors: "Suzuki K, Nosyreva E, Hunt KW, Kavalali ET, Monteggia LM",
    title: "Effects of a ketamine metabolite on synaptic NMDAR function",
    journal: "Nature",
    year: 2017,
    volume: "546",
    pages: "E1-E3",
    pmid: "28640258",
    doi: "10.1038/nature22084",
  },
  {
    key: "shirayama2018",
    authors: "Shirayama Y, Hashimoto K",
    title: "Lack of antidepressant effects of (2R,6R)-hydroxynorketamine in a rat learned helplessness model: comparison with (R)-ketamine",
    journal: "Int J Neuropsychopharmacol",
    year: 2018,
    volume: "21",
    pages: "84-88",
    doi: "10.1093/ijnp/pyx108",
  },
  {
    // PMID not confirmed; left out.
    key: "zanos2019",
    authors: "Zanos P, Highland JN, Stewart BW, et al.",
    title: "(2R,6R)-hydroxynorketamine exerts mGlu2 receptor-dependent antidepressant actions",
    journal: "Proc Natl Acad Sci U S A",
    year: 2019,
    volume: "116",
    pages: "6441-6450",
    doi: "10.1073/pnas.1819540116",
  },
  {
    key: "bonaventura2022",
    authors: "Bonaventura J, Gomez JL, Carlton ML, et al.",
    title: "Target deconvolution studies of (2R,6R)-hydroxynorketamine: an elusive search",
    journal: "Mol Psychiatry",
    year: 2022,
    volume: "27",
    pages: "4144-4156",
    pmid: "35768639",
    doi: "10.1038/s41380-022-01673-w",
  },
  // --- mGlu2/3 antagonists as antidepressant candidates ----------------------------------------
  {
    key: "chaki2017",
    authors: "Chaki S",
    title: "mGlu2/3 receptor antagonists as novel antidepressants",
    journal: "Trends Pharmacol Sci",
    year: 2017,
    volume: "38",
    pages: "569-580",
    pmid: "28413097",
    doi: "10.1016/j.tips.2017.03.008",
  },
];

const AUTHOR = "Reagent Desk scientific support team";

const ly3020371VsKetamine: GuideSeed = {
  slug: "ly3020371-hydrochloride-vs-ketamine",
  title: "LY3020371 hydrochloride vs. ketamine: preclinical antidepressant profiles",
  summary:
    "How an orthosteric mGlu2/3 receptor antagonist and an NMDA receptor channel blocker compare in rodent assays relevant to rapid antidepressant action, what is known about their side-effect signals and clinical standing, and which reference compounds to order for a head-to-head study.",
  kind: "comparison",
  author: AUTHOR,
  publishedAt: "2026-09-15",
  body: `## At a glance

Ketamine is the clinical benchmark for fast-onset antidepressant effects, and most attempts to find a better-tolerated successor are judged against it. LY3020371 belongs to a different pharmacological class, the group II metabotropic glutamate (mGlu2/3) receptor antagonists, yet in a published head-to-head comparison in rodents it reproduced much of ketamine's neurophysiological and behavioural signature [@witkin2017jpet].

| | LY3020371 hydrochloride | Ketamine hydrochloride (racemic) |
|---|---|---|
| Primary target | mGlu2 and mGlu3 receptors, orthosteric antagonist [@witkin2017jpet; @witkin2017pbb] | NMDA receptor, blocker at the channel site labelled by [3H]MK-801 [@wong1986] |
| Shared rodent readouts | VTA dopamine cell activity, anterior cingulate O2 signal, wakefulness, prefrontal monoamine efflux, forced-swim test [@witkin2017jpet] | Same panel, same direction of effect [@witkin2017jpet] |
| Ketamine-type liabilities in rodents | Not predicted by the developers' safety-pharmacology package [@witkin2017pbb] | Abuse potential and dissociative effects are well described [@trujillo2020] |
| Evidence in patients with depression | No published clinical study found | Randomized controlled trials [@berman2000; @zarate2006; @murrough2013] |

## Mechanism: two different entry points into glutamate signalling

### Ketamine: NMDA receptor channel block

Ketamine competes for the binding site of MK-801 in brain membranes [@wong1986], a site associated with use-dependent block within the NMDA receptor channel [@woodruff1987]. The antidepressant-relevant consequences appear to run through AMPA receptors and activity-dependent protein synthesis. In mice, pretreatment with the AMPA receptor antagonist NBQX weakened ketamine's antidepressant-like behaviour [@maeng2008]. In rat prefrontal cortex, ketamine switched on mTOR signalling, raised synaptic protein levels and increased spine synapse number, and the mTOR inhibitor rapamycin prevented both the synaptic and the behavioural effects [@li2010]. A complementary line of work showed that NMDA receptor block at rest deactivates eEF2 kinase, relieving the brake on BDNF translation, and that rapid BDNF synthesis is needed for the behavioural response [@autry2011].

### LY3020371: orthosteric mGlu2/3 antagonism

Group II mGlu receptors are negatively coupled to adenylyl cyclase (agonists suppress forskolin-stimulated cAMP in cells expressing the human receptors [@schoepp1997]) and much of their influence on excitatory transmission is exerted by limiting glutamate release [@maksymetz2017]. An antagonist at these presynaptic brakes is therefore expected to increase glutamate output and, downstream, AMPA receptor activation. LY3020371 is a potent and selective orthosteric antagonist of this receptor pair [@witkin2017jpet; @witkin2017pbb]; its binding and functional potencies at recombinant human mGlu2 and mGlu3 are listed, with their source, on the product record for B8105958.

### Where the two pathways meet

A review of the mGlu2/3 antagonist class describes antidepressant-like effects in rodents and synaptic mechanisms that resemble ketamine's, and discusses AMPA receptor activation among them [@chaki2017]. A ketamine metabolite adds a further link: the antidepressant-relevant effects of (2R,6R)-hydroxynorketamine in mice depended on mGlu2 receptors, and subeffective doses of the mGlu2/3 antagonist LY341495 and the metabolite acted synergistically [@zanos2019]. Much of the molecular evidence for convergence comes from other antagonists of the class; for LY3020371 itself, the published comparison is at the level of systems physiology and behaviour [@witkin2017jpet].

## Preclinical efficacy: what the head-to-head study measured

Witkin and colleagues reported the same direction of effect for both compounds on each of the endpoints below [@witkin2017jpet].

| Readout | Preparation | Outcome for both compounds |
|---|---|---|
| Spontaneously active VTA dopamine neurons | Anaesthetised rats | More spontaneously active cells |
| O2 signal in anterior cingulate cortex | Rodents | Increased |
| Sleep–wake EEG | Rodents | Wakefulness promoted |
| Biogenic amine efflux, prefrontal cortex | Rodents | Increased |
| Forced-swim test | Rats | Antidepressant-like effect |

For LY3020371, the forced-swim effect occurred at cerebrospinal fluid concentrations that matched those needed to block mGlu2/3 receptors functionally in native rat brain tissue, which ties the behavioural result to target engagement [@witkin2017jpet]. Doses and time courses are not reproduced here; take them from the original paper when planning a replication.

## Side-effect profile

Ketamine's translational problem is well known: alongside its rapid antidepressant action it has dissociative effects and a recognised abuse potential [@trujillo2020]. In TRANSFORM-2, dissociation, nausea, vertigo, dysgeusia and dizziness were more frequent with esketamine nasal spray plus an oral antidepressant than with the oral antidepressant plus a placebo spray [@popova2019].

A companion study from the LY3020371 team asked whether the compound would share ketamine's preclinical liabilities across five domains: neurotoxicity, motor impairment, cognitive impairment, ketamine-like subjective effects and abuse-related behaviour. The authors concluded that, on these predictors, LY3020371 would not produce the ketamine-associated effects [@witkin2017pbb]. Two caveats apply. These are rodent assays run at the doses and exposures chosen by the developers, and a negative safety-pharmacology result does not establish an absence of risk in people.

## Clinical status

### Ketamine and esketamine

The first placebo-controlled, double-blind test of a single intravenous ketamine dose in depressed patients reported symptom improvement within 72 hours in a small crossover sample [@berman2000]. A randomized trial in treatment-resistant major depression found an effect that began within hours of one infusion and remained significant for a week [@zarate2006]. A larger two-site trial used the anaesthetic midazolam as an active placebo and again found a rapid antidepressant advantage for ketamine [@murrough2013]. The S-enantiomer, esketamine, was approved by the US Food and Drug Administration in 2019 for treatment-resistant depression [@trujillo2020]. Its clinical programme used intranasal dosing, including a phase 2 dose-finding trial [@daly2018] and the phase 3 TRANSFORM-2 study, in which esketamine was combined with a newly started oral antidepressant [@popova2019].

### LY3020371

The peer-reviewed record we could find for LY3020371 is preclinical: rodent efficacy and rodent safety studies [@witkin2017jpet; @witkin2017pbb], plus the in vitro pharmacology report cited on the product record. We found no published report of the compound being tested in patients with depression. That is a statement about the public literature only; it says nothing about unpublished work, and we do not speculate about development decisions.

## What to order for this experiment

| Product | Catalog no. | Role in the design |
|---|---|---|
| LY3020371 hydrochloride | B8105958 | Test compound: orthosteric mGlu2/3 antagonist |
| Ketamine hydrochloride | B8106012 | Comparator and clinical reference: NMDA receptor channel blocker |
| LY379268 | B8106102 | mGlu2/3 agonist for occlusion or reversal experiments [@maksymetz2017] |
| LY354740 | B8106103 | Alternative mGlu2/3 agonist with published human-receptor potencies [@schoepp1997] |
| LY341495 | B8106101 | Second mGlu2/3 antagonist of a different chemotype [@kingston1998] |
| (+)-MK-801 hydrogen maleate | B8106204 | High-affinity NMDA channel blocker [@wong1986; @woodruff1987] |
| Memantine hydrochloride | B8106205 | Channel blocker with weaker rapid antidepressant-like action than ketamine [@gideons2014] |
| LY3020371 (free acid) | B8105959 | Optional: salt-form comparison |
| Esketamine hydrochloride | B8106013 | Optional: enantiomer arm |

Why the controls matter. If an LY3020371 effect is mediated by mGlu2/3 blockade, pretreatment with an agonist such as LY379268 or LY354740 should blunt it; the same logic was used to show that pretreatment with an mGlu2/3 agonist prevents the antidepressant-relevant effects of (2R,6R)-hydroxynorketamine in mice [@zanos2019]. LY341495 tests whether a result is a class effect rather than a property of one molecule, but it is not clean at higher concentrations: its IC50 values are 21 and 14 nM at human mGlu2 and mGlu3, against 0.17 µM at mGlu8 and 0.99 µM at mGlu7 [@kingston1998]. MK-801 and memantine bracket ketamine on the NMDA side. MK-801 produced antidepressant-like effects in mice that did not last as long as ketamine's [@maeng2008], and memantine differs from ketamine in how well it blocks NMDA receptors under resting conditions, which has been linked to its weaker rapid effects [@gideons2014].

### Practical notes

- **Vehicle controls.** Give every group the same vehicle, route, volume and handling. Prepare LY3020371 hydrochloride and its free acid in the same vehicle if you compare them, and calculate doses for the form actually weighed.
- **Dose–response, not single doses.** Test each compound over several doses and, where you can, measure plasma or CSF exposure. The link between CSF concentration and forced-swim efficacy is what made the published LY3020371 data interpretable [@witkin2017jpet].
- **Blinding and randomization.** Code the solutions, assign animals to groups at random and score behaviour without knowledge of treatment. Check general activity separately, because changes in locomotion can be mistaken for changes in immobility.
- **Time points.** Include both an early and a next-day test if the question is rapid versus sustained action.
- **Regulatory status.** Ketamine and esketamine are controlled substances in many jurisdictions and ship only against the appropriate registration; see their product pages.
`,
  products: [
    { catalogNumber: "B8105958", role: "Test compound — orthosteric mGlu2/3 receptor antagonist" },
    { catalogNumber: "B8106012", role: "Comparator — NMDA receptor channel blocker and clinical reference" },
    { catalogNumber: "B8106102", role: "Positive control — mGlu2/3 agonist for occlusion/reversal" },
    { catalogNumber: "B8106103", role: "Positive control — alternative mGlu2/3 agonist" },
    { catalogNumber: "B8106101", role: "Tool antagonist — mGlu2/3 antagonist of a second chemotype" },
    { catalogNumber: "B8106204", role: "NMDA comparator — high-affinity channel blocker" },
    { catalogNumber: "B8106205", role: "NMDA comparator — low-affinity channel blocker" },
    { catalogNumber: "B8105959", role: "Optional — free acid for salt-form comparison" },
    { catalogNumber: "B8106013", role: "Optional — S-enantiomer of ketamine" },
  ],
};

const mglu23AgonistsVsAntagonists: GuideSeed = {
  slug: "mglu2-3-agonists-vs-antagonists-research-tools",
  title: "mGlu2/3 receptor agonists vs antagonists as research tools",
  summary:
    "A side-by-side look at LY354740 and LY379268 (agonists) and LY341495 and LY3020371 (antagonists): what each does at group II metabotropic glutamate receptors, the potencies and selectivity published for them, and the pitfalls to plan around.",
  kind: "comparison",
  author: AUTHOR,
  publishedAt: "2026-10-06",
  body: `## Overview

The group II metabotropic glutamate receptors, mGlu2 and mGlu3, are G protein-coupled receptors whose activation lowers cAMP [@schoepp1997] and restrains glutamate release [@maksymetz2017]. This guide compares four orthosteric ligands: two agonists that activate the receptors (LY354740, LY379268) and two antagonists that block them (LY341495, LY3020371). Where recombinant human data are published, potencies at mGlu2 and mGlu3 lie within about an order of magnitude of each other [@schoepp1997; @kingston1998], so these tools address the receptor pair rather than a single subtype.

## The agonists

### LY354740 (eglumegad)

LY354740 is a conformationally constrained glutamate analogue. In non-neuronal cells expressing human receptors it suppressed forskolin-stimulated cAMP with an EC50 of 5.1 nM at mGlu2 and 24.3 nM at mGlu3, so it is about five-fold weaker at mGlu3 (24.3 / 5.1 ≈ 4.8). It neither activated nor blocked group I (mGlu1a, mGlu5a) or group III (mGlu4, mGlu7) receptors at concentrations up to 100 µM, and it had no appreciable action at recombinant AMPA (GluR4) or kainate (GluR6) receptors [@schoepp1997]. It is active after oral dosing in mice, with anxiolytic-like and anticonvulsant effects [@monn1997].

### LY379268

LY379268, a 2-oxa heterobicyclic analogue from the same chemical series (see the product record for its structure), is used as an mGlu2/3 agonist in rodent models related to schizophrenia [@maksymetz2017]. It has also served as the agonist probe in studies asking whether a rapid-antidepressant candidate acts through mGlu2/3 receptors [@zanos2019]. We do not quote potency values for LY379268 here because we could not confirm them in a primary report.

## The antagonists

### LY341495

LY341495 is a xanthyl-substituted carboxycyclopropyl glycine. At human recombinant receptors it blocked agonist inhibition of forskolin-stimulated cAMP with IC50 values of 21 nM (mGlu2) and 14 nM (mGlu3), and it displaced group II binding in rat brain membranes without appreciable displacement of ionotropic glutamate receptor ligands [@kingston1998]. In antidepressant research it has been combined with (2R,6R)-hydroxynorketamine, where subeffective doses of both acted synergistically on cortical gamma oscillations and behaviour in mice [@zanos2019].

### LY3020371

LY3020371 is an orthosteric mGlu2/3 antagonist described by its developers as potent and selective [@witkin2017jpet]. In rats it reproduced a broad set of ketamine's effects, from VTA dopamine neuron activity to forced-swim behaviour [@witkin2017jpet], and a companion safety-pharmacology study predicted that it would not share ketamine's neurotoxic, motor, cognitive, subjective or abuse-related effects [@witkin2017pbb]. Its recombinant-receptor potencies are given, with their source, on the product record (B8105958).

## Published potency and selectivity

| Compound | Class | mGlu2 | mGlu3 | Other mGlu subtypes | Source |
|---|---|---|---|---|---|
| LY354740 | Agonist | EC50 5.1 nM | EC50 24.3 nM | No activity at mGlu1a, mGlu5a, mGlu4, mGlu7 up to 100 µM | [@schoepp1997] |
| LY379268 | Agonist | not quoted | not quoted | not quoted | [@maksymetz2017] |
| LY341495 | Antagonist | IC50 21 nM | IC50 14 nM | mGlu8 0.17 µM; mGlu7 0.99 µM; mGlu1a 7.8 µM; mGlu5a 8.2 µM; mGlu4 22 µM | [@kingston1998] |
| LY3020371 | Antagonist | see B8105958 | see B8105958 | reported as selective for mGlu2/3 | [@witkin2017jpet] |

All values are from cells expressing human recombinant receptors: the mGlu2, mGlu3, mGlu4, mGlu7 and mGlu8 values from cAMP assays, the mGlu1a and mGlu5a values from phosphoinositide hydrolysis assays [@kingston1998; @schoepp1997]. Potency in native tissue, or in another species, may differ.

## Typical uses

- **Testing receptor necessity.** An antagonist given alone asks whether endogenous mGlu2/3 tone constrains the process under study. Antagonists of this class produce antidepressant-like effects in rodents through mechanisms resembling ketamine's [@chaki2017].
- **Occlusion and reversal.** An agonist given before an antagonist (or before a drug suspected of acting through mGlu2/3 receptors) should blunt a receptor-mediated effect; pretreatment with an mGlu2/3 agonist prevented the antidepressant-relevant effects of (2R,6R)-hydroxynorketamine in mice [@zanos2019].
- **Negative comparator in antidepressant screens.** mGlu2/3 agonists generally do not behave like antidepressants in preclinical screens, and LY354740 did not resemble clinically validated antidepressants on the DRL 72-s schedule in rats, although an mGlu2/3 agonist and its prodrug showed anxiolytic efficacy in trials in generalized anxiety disorder [@marek2020].

## Pitfalls

- **LY341495 is selective only within a window.** Its IC50 at mGlu8 (0.17 µM) is about 8-fold its mGlu2 value and 12-fold its mGlu3 value, its IC50 at mGlu7 (0.99 µM) about 50- and 70-fold, and at micromolar concentrations group I receptors are also blocked [@kingston1998]. Keep concentrations near the group II range. A second antagonist such as LY3020371, which its developers report as selective for mGlu2/3 [@witkin2017jpet], is a useful check, but not an independent one: both are glutamate-analogue amino acids acting at the same orthosteric site. Knockout mice answer what such pairs cannot [@zanos2019].
- **mGlu2 versus mGlu3.** The orthosteric ligands with published recombinant data do not separate the two subtypes sharply, and LY354740 is not equipotent at them [@schoepp1997; @kingston1998]. Subtype questions need genetic tools: the mGlu2 dependence of (2R,6R)-hydroxynorketamine's effects was shown with Grm2 and Grm3 knockout mice [@zanos2019].
- **Agonists are not antidepressant positive controls.** Use ketamine or an mGlu2/3 antagonist for that role [@marek2020; @witkin2017jpet].
- **Form and dosing.** These compounds are amino acids supplied as free acids or salts; calculate doses for the form weighed and give vehicle-matched controls.
`,
  products: [
    { catalogNumber: "B8106103", role: "Agonist — LY354740, mGlu2 > mGlu3 in recombinant human assays" },
    { catalogNumber: "B8106102", role: "Agonist — LY379268, occlusion/reversal control" },
    { catalogNumber: "B8106101", role: "Antagonist — LY341495, reference mGlu2/3 blocker (watch mGlu8/mGlu7 at higher concentrations)" },
    { catalogNumber: "B8105958", role: "Antagonist — LY3020371 hydrochloride, selective orthosteric mGlu2/3 antagonist" },
  ],
};

const ketamineEsketamineHnk: GuideSeed = {
  slug: "ketamine-esketamine-2r6r-hydroxynorketamine-compared",
  title: "Ketamine, esketamine and (2R,6R)-hydroxynorketamine compared",
  summary:
    "Racemic ketamine, its S-enantiomer and the metabolite (2R,6R)-hydroxynorketamine differ in stereochemistry, NMDA receptor affinity and clinical standing. This guide sets out what is measured, where the evidence conflicts, and how to choose between them.",
  kind: "comparison",
  author: AUTHOR,
  publishedAt: "2026-10-27",
  body: `## Overview

Three related molecules dominate rapid-antidepressant research: racemic ketamine, its S-enantiomer esketamine, and the ketamine metabolite (2R,6R)-hydroxynorketamine ((2R,6R)-HNK). They share a chemical lineage but not a consensus mechanism. For a full review of ketamine and metabolite pharmacology, see Zanos and colleagues [@zanos2018].

## Stereochemistry and metabolism

Ketamine has one stereocentre. The racemate is a 1:1 mixture of (S)-ketamine (esketamine) and (R)-ketamine (arketamine). In the liver, (R)-ketamine is metabolised stereoselectively to (R)-norketamine and then to (2R,6R)-HNK [@shirayama2018]. The metabolite therefore carries two defined stereocentres, and its biological data apply to that single isomer.

## NMDA receptor affinity

| Compound | Ki, [3H]MK-801 displacement (rat brain) | Source |
|---|---|---|
| (S)-ketamine | 0.3 µM | [@ebert1997] |
| (R)-ketamine | 1.4 µM | [@ebert1997] |
| (S)-norketamine | 1.7 µM | [@ebert1997] |
| (R)-norketamine | 13 µM | [@ebert1997] |
| (2R,6R)-HNK | — (not tested in this assay; see below) | [@bonaventura2022] |

In the same binding assay, esketamine had about five-fold higher affinity for the NMDA receptor channel site than arketamine [@ebert1997]. For (2R,6R)-HNK the picture is less simple. A broad pharmacological survey found no direct binding to any known or proposed ketamine target, and target-deconvolution screens covering thousands of human proteins did not identify a direct binding partner [@bonaventura2022]. Electrophysiology in hippocampal neurons, however, showed that (2R,6R)-HNK reduced NMDA receptor-mediated miniature currents, behaved as an open-channel blocker and lowered eEF2 phosphorylation [@suzuki2017; @kavalali2018].

## The HNK hypothesis

Zanos and colleagues reported that metabolism of ketamine to hydroxynorketamine was needed for its antidepressant actions in mice, and that (2R,6R)-HNK alone produced rapid and sustained antidepressant-like effects. In their hands these effects did not depend on NMDA receptor inhibition but did require AMPA receptor activation, and the metabolite lacked the side effects associated with ketamine [@zanos2016]. A later study placed mGlu2 receptors in the pathway: the behavioural and gamma-oscillation effects of (2R,6R)-HNK were prevented by an mGlu2/3 agonist, were absent in mice lacking mGlu2 (but not mGlu3), and combining subeffective doses of the metabolite and the mGlu2/3 antagonist LY341495 produced synergistic effects [@zanos2019].

## The debate

- **Does HNK block NMDA receptors?** Monteggia and Kavalali's group argued that it does, at synapses, and that this block drives downstream signalling linked to antidepressant effects [@suzuki2017; @kavalali2018]. This is opposite to the NMDA-independent mechanism proposed by Zanos and colleagues [@zanos2016].
- **Is HNK needed, or sufficient?** In a rat learned-helplessness model a single dose of (R)-ketamine was effective, whereas (R)-norketamine and (2R,6R)-HNK were not, leading the authors to argue that conversion to HNK is not essential [@shirayama2018].
- **What does HNK bind?** The absence of any identified direct target [@bonaventura2022] leaves the upstream mechanism open.

Different species, models, routes and doses underlie these discrepancies, so a single positive or negative HNK result should not be generalised. Where possible, run racemic ketamine in parallel as the reference.

## Clinical status

- **Racemic ketamine.** Randomized, double-blind studies have shown rapid antidepressant effects of a single intravenous dose, first in a small crossover study [@berman2000], then in treatment-resistant major depression [@zarate2006] and in a two-site trial against the active placebo midazolam [@murrough2013].
- **Esketamine.** Esketamine was approved by the US Food and Drug Administration in 2019 for treatment-resistant depression [@trujillo2020]. A phase 2 trial found an ascending dose–response over one week when esketamine was added to oral antidepressants [@daly2018], and the phase 3 TRANSFORM-2 study found greater improvement at day 28 with esketamine plus a newly started oral antidepressant than with the antidepressant plus placebo spray [@popova2019].
- **(2R,6R)-HNK.** The metabolite has entered clinical testing. A phase 1 study in healthy volunteers (NCT04711005) gave single intravenous doses of 0.1–4 mg/kg and repeated doses of 1–2 mg/kg and reported on safety, pharmacokinetics and EEG effects [@raja2024]. We cite no efficacy trial in depression here; the mechanistic evidence above is preclinical.

## Choosing between them in the laboratory

| Question | Compound | Catalog no. |
|---|---|---|
| Reproduce the clinical reference condition | Ketamine hydrochloride (racemic) | B8106012 |
| Enantiomer-specific effects; link to the approved nasal-spray drug | Esketamine hydrochloride | B8106013 |
| Contribution of metabolism; NMDA-independent hypotheses | (2R,6R)-Hydroxynorketamine hydrochloride | B8106306 |
| Reference NMDA channel block | (+)-MK-801 hydrogen maleate | B8106204 |
| Test mGlu2 convergence with HNK | LY341495 | B8106101 |

Practical points, stated as general laboratory practice:

- When comparing the racemate with esketamine, do not apply the five-fold difference between the enantiomers: the racemate is half esketamine, so from the Ki values above its affinity is only about two-fold lower than esketamine's, while (R)-ketamine's is about five-fold lower [@ebert1997]. Take that into account in dose selection.
- For HNK studies, confirm the stereochemical identity and purity of the lot, since the published work concerns the (2R,6R) isomer.
- Measure parent compound and metabolites where you can; systemic ketamine dosing generates several metabolites [@shirayama2018].
- Ketamine and esketamine are controlled substances in many jurisdictions; see their product pages for supply conditions.
`,
  products: [
    { catalogNumber: "B8106012", role: "Reference — racemic ketamine, NMDA receptor channel blocker" },
    { catalogNumber: "B8106013", role: "Comparator — esketamine, higher-affinity S-enantiomer" },
    { catalogNumber: "B8106306", role: "Test compound — (2R,6R)-HNK, ketamine metabolite with disputed mechanism" },
    { catalogNumber: "B8106204", role: "NMDA comparator — high-affinity channel blocker" },
    { catalogNumber: "B8106101", role: "Tool antagonist — mGlu2/3 blocker for HNK convergence experiments" },
  ],
};

export const guides: GuideSeed[] = [ly3020371VsKetamine, mglu23AgonistsVsAntagonists, ketamineEsketamineHnk];
