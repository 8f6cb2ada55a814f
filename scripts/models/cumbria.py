import json
# Seed 000: the Cumbria role-play. A PCT-sized system (budget about £800m) devolving to ICOs and localities.
places = [
  ("blue", "Locality blue", 118000, 1.12, ["blue-pcn1", "blue-pcn2", "blue-pcn3"], "cumbria-cc", "acute-north"),
  ("grey", "Locality grey", 90000, 0.94, ["grey-pcn1", "grey-pcn2"], "cumbria-cc", "acute-west"),
  ("west", "West locality", 150000, 1.08, ["west-pcn1", "west-pcn2", "west-pcn3"], "cumbria-cc", "acute-south"),
  ("south", "South Lakes locality", 142000, 0.96, ["south-pcn1", "south-pcn2", "south-pcn3"], "cumbria-cc", "acute-south"),
]
pcns = [{"id": c, "practiceCount": 5} for p in places for c in p[4]]
sc = {
  "$schema": "./scenario.schema.json",
  "name": "cumbria",
  "description": "Seed 000, the Cumbria role-play: a system with a budget of about £800m (500,000 people at about £1,600 a head, 2009 prices) devolving a share of its budget to integrated care organisations and localities. Locality blue struggles: the acute trust it depends on plans to overspend (its cost forecast is 2.5% above its income) and, as a small buyer of that trust's activity, blue cannot hold its contract down. Locality grey has husbanded a surplus that it plans to spend on pump-priming a community densitometry service (an invest-to-save scheme: a cost now, fewer fracture admissions later). Events rehearse the role-play's problems: the acute trust overspends, a hospital site closes and its demand moves to another trust, and social services slow their acceptance of patients for residential care. Variants compare autonomous and linked finances, an ICB backstop, and the loan from grey to blue made with and without the ICB's approval.",
  "sources": [
    "Seed 000 (PBC diary, 'I'm only a GP, m'lud'): £800m PCT budget; localities blue and grey; densitometry; overspent acute trust; hospital closure; social services go-slow; accountable officer status",
    "Population of Cumbria about 500,000 (ONS mid-2009 estimates); places and need indices are illustrative",
    "All other defaults: docs/SOURCES.md",
  ],
  "seed": 1,
  "years": 3,
  "startYear": 2009,
  "allocation": {"perHead": 1600},
  "governance": {"devolution": {"mode": "delegated", "share": 0.6}, "gp": {"mode": "unified"}},
  "finance": {"rule": "autonomous", "loans": {"needApproval": True, "seekApproval": True, "solidarity": 0.8}},
  "systems": [{
    "id": "cumbria", "name": "NHS Cumbria",
    "places": [{"id": i, "name": n, "population": pop, "need": need, "pcns": pc, "council": cc, "acute": ac, "community": "cumbria-community", "mentalHealth": "cumbria-mh"} for (i, n, pop, need, pc, cc, ac) in places],
    "pcns": pcns, "practices": [],
    "trusts": [
      {"id": "acute-north", "name": "North Cumbria acute trust", "kind": "acute", "costToIncome": 1.025},
      {"id": "acute-west", "name": "West Cumberland acute trust", "kind": "acute", "costToIncome": 0.95},
      {"id": "acute-south", "name": "Morecambe Bay acute trust", "kind": "acute"},
      {"id": "cumbria-community", "name": "Cumbria community services", "kind": "community"},
      {"id": "cumbria-mh", "name": "Cumbria mental health trust", "kind": "mentalHealth"}],
    "councils": [{"id": "cumbria-cc", "name": "Cumbria County Council"}]
  }],
  "events": [
    {"type": "acuteOverspend", "name": "overspent acute trust", "target": "acute-north", "month": 0, "durationMonths": 12, "magnitude": 0.03},
    {"type": "socialCareGoSlow", "name": "social services go-slow on residential care", "target": "cumbria-cc", "month": 14, "durationMonths": 6, "magnitude": 1.0},
    {"type": "hospitalClosure", "name": "closure of a hospital site", "target": "acute-south", "month": 18, "durationMonths": 12, "magnitude": 0.1, "cost": 3000000},
    {"type": "investment", "name": "grey's community densitometry service", "target": "grey", "month": 10, "durationMonths": 12, "magnitude": 0.02, "cost": 350000}
  ],
  "variants": {
    "autonomous": {"finance.rule": "autonomous"},
    "linked": {"finance.rule": "linked"},
    "icb-backstop": {"finance.rule": "icbBackstop"},
    "loan-with-approval": {"finance.loans.enabled": True, "finance.loans.seekApproval": True},
    "loan-without-approval": {"finance.loans.enabled": True, "finance.loans.seekApproval": False},
    "no-loans": {"finance.loans.enabled": False}
  }
}
json.dump(sc, open('models/cumbria.json', 'w'), indent=2)
