"""Writes the seed scenarios of seeds 001-004 into models/ (run from the repository root).
Each is explicit data; this script only saves typing. Edit the JSON or this script."""
import json

def system(sid, name, places, trusts, councils, pcn_practices=5):
    pcns = []
    out_places = []
    for p in places:
        ids = []
        for k in range(p.get("pcns", 3)):
            cid = f"{p['id']}-pcn{k+1}"
            ids.append(cid)
            pcns.append({"id": cid, "practiceCount": p.get("practicesPerPcn", pcn_practices)})
        out_places.append({"id": p["id"], "name": p.get("name", p["id"]), "population": p["population"], "need": p.get("need", 1.0), "pcns": ids,
                           "council": p["council"], "acute": p["acute"], "community": p["community"], "mentalHealth": p["mentalHealth"]})
    return {"id": sid, "name": name, "places": out_places, "pcns": pcns, "practices": [], "trusts": trusts, "councils": councils}

def save(name, sc):
    sc = {"$schema": "./scenario.schema.json", **sc}
    json.dump(sc, open(f"models/{name}.json", "w"), indent=2)

std_trusts = [
    {"id": "acute", "name": "Acute trust", "kind": "acute"},
    {"id": "community", "name": "Community trust", "kind": "community"},
    {"id": "mh", "name": "Mental health trust", "kind": "mentalHealth"},
]

# Seed 001: South Lakeland against small towns.
sl_places = [
    {"id": "south-lakeland", "name": "South Lakeland federation", "population": 100000, "pcns": 4, "practicesPerPcn": 5, "need": 0.95,
     "council": "county", "acute": "acute", "community": "community", "mentalHealth": "mh"},
    {"id": "town-a", "name": "Small town A", "population": 18000, "pcns": 1, "practicesPerPcn": 3, "need": 1.05,
     "council": "county", "acute": "acute", "community": "community", "mentalHealth": "mh"},
    {"id": "town-b", "name": "Small town B", "population": 12000, "pcns": 1, "practicesPerPcn": 2, "need": 1.05,
     "council": "county", "acute": "acute", "community": "community", "mentalHealth": "mh"},
]
sl = system("cumbria-south", "South Cumbria", sl_places, std_trusts, [{"id": "county", "name": "County council"}])
# 4 PCNs x 5 practices + 2 = 22 practices in South Lakeland, as in the seed.
sl["pcns"][3]["practiceCount"] = 7
save("south-lakeland", {
    "name": "south-lakeland",
    "description": "Seed 001: two integrated care organisation pilots. South Lakeland: one federation of 22 practices and 100,000 patients explores a not-for-profit managed-care organisation that integrates commissioning with primary and community provision (modelled as the place budget held by the GP federation as lead provider, deciding with general practice's voice, with a clinical and management executive). Against it: integrated services at small-town level in two towns of 18,000 and 12,000 people (modelled as places with delegated budgets). Variants compare the managed-care organisation, small-town integration and the status quo of central commissioning.",
    "sources": ["Seed 001 (PBC diary, 'Getting ICO-friendly'): 22 practices, 100,000 patients, one federation; two towns of 10,000-20,000 people; the Kaiser Permanente managed-care model", "Other defaults: docs/SOURCES.md"],
    "seed": 1, "years": 5, "startYear": 2009, "allocation": {"perHead": 1600},
    "governance": {"devolution": {"mode": "delegated", "share": 0.6}, "gp": {"mode": "unified"}},
    "systems": [sl],
    "variants": {
        "managed-care-organisation": {"governance.devolution.mode": "leadProvider", "governance.devolution.leadProvider": "federation", "governance.devolution.share": 0.8, "governance.gp.mode": "unified+executive", "governance.gp.executive": {"clinicalHours": 20, "management": 0.6, "feedback": 0.7}},
        "small-town-integration": {"governance.devolution.mode": "delegated", "governance.devolution.share": 0.6, "governance.gp.mode": "unified"},
        "status-quo": {"governance.devolution.mode": "centralised", "governance.gp.mode": "pcn"},
    },
})

# Seed 001: the Carlisle options appraisal for community services.
carlisle_places = [
    {"id": "carlisle-north", "name": "Carlisle north", "population": 55000, "pcns": 2, "need": 1.05, "council": "county", "acute": "acute", "community": "community", "mentalHealth": "mh"},
    {"id": "carlisle-south", "name": "Carlisle south", "population": 50000, "pcns": 2, "need": 1.1, "council": "county", "acute": "acute", "community": "community", "mentalHealth": "mh"},
]
carl = system("north-cumbria", "North Cumbria", carlisle_places, std_trusts, [{"id": "county", "name": "County council"}])
save("carlisle-options", {
    "name": "carlisle-options",
    "description": "Seed 001: the options appraisal for community services in Carlisle (about 105,000 people), run as four variants. (1) practices-employ: practices employ community staff; staff change employer (a morale dip and a transition cost) and integration with general practice makes community spending work harder against emergency admissions. (2) status-quo-plus: the organisational status quo with enhanced communication, which strengthens relationships between general practice and other leaders at no transition cost. (3) community-ft: a stand-alone community services foundation trust: a transition, a larger dip in morale and the overheads of a new organisation. (4) ooh-host: community services hosted by the out-of-hours provider: a smaller transition, some integration with urgent care. The size of each effect is an assumption to vary (docs/SOURCES.md); compare the variants with `icsim sweep --variant` or the browser's comparison view.",
    "sources": ["Seed 001: the three or four options the GPs of the locality were lining up behind", "Transition costs, morale dips and integration effects are modelling assumptions (docs/SOURCES.md)"],
    "seed": 1, "years": 5, "startYear": 2009, "allocation": {"perHead": 1600},
    "governance": {"devolution": {"mode": "delegated", "share": 0.5}, "gp": {"mode": "unified"}},
    "systems": [carl],
    "variants": {
        "practices-employ": {
            "events": [{"type": "reorganisation", "name": "community staff move to practices", "target": "community", "month": 0, "durationMonths": 12, "magnitude": 0.15, "cost": 1200000}],
            "acute.communityElasticity": 0.45, "governance.gp.relationships": 1.2},
        "status-quo-plus": {"governance.gp.relationships": 1.3},
        "community-ft": {
            "events": [{"type": "reorganisation", "name": "new community foundation trust", "target": "community", "month": 0, "durationMonths": 12, "magnitude": 0.1, "cost": 2500000}],
            "costs.costToIncome.community": 1.01},
        "ooh-host": {
            "systems[0].trusts": std_trusts[:1] + [{"id": "ooh", "name": "Out-of-hours provider hosting community services", "kind": "community"}] + std_trusts[2:],
            "systems[0].places[0].community": "ooh", "systems[0].places[1].community": "ooh",
            "events": [{"type": "reorganisation", "name": "hosting by the out-of-hours provider", "target": "ooh", "month": 0, "durationMonths": 12, "magnitude": 0.05, "cost": 800000}],
            "acute.communityElasticity": 0.36},
    },
})

# Seed 002: the three-point plan, eight variants.
tpp_places = [
    {"id": p, "name": n, "population": pop, "pcns": k, "need": need, "council": c, "acute": a, "community": "community", "mentalHealth": "mh"}
    for (p, n, pop, k, need, c, a) in [("north", "North", 260000, 5, 1.05, "county", "acute-1"), ("south", "South", 240000, 5, 0.95, "county", "acute-1"),
                                       ("east", "East", 280000, 6, 1.1, "city", "acute-2"), ("west", "West", 220000, 4, 0.9, "city", "acute-2")]]
tpp = system("ics", "An ICS of one million", tpp_places,
             [{"id": "acute-1", "kind": "acute"}, {"id": "acute-2", "kind": "acute"}, {"id": "community", "kind": "community"}, {"id": "mh", "kind": "mentalHealth"}],
             [{"id": "county", "name": "County council"}, {"id": "city", "name": "City council"}], pcn_practices=5)
variants = {}
for dev, dset in [("devolved", {"governance.devolution.mode": "delegated", "governance.devolution.share": 0.5}), ("advisory", {"governance.devolution.mode": "centralised"})]:
    for voice, vset in [("unified", {"governance.gp.mode": "unified"}), ("divided", {"governance.gp.mode": "fragmented"})]:
        for att, aset in [("attending", {"governance.gp.attend": True}), ("absent", {"governance.gp.attend": False})]:
            variants[f"{dev}-{voice}-{att}"] = {**dset, **vset, **aset}
save("three-point-plan", {
    "name": "three-point-plan",
    "description": "Seed 002: the three-point plan for general practice in an ICS: (1) push for decisions to be devolved to place, (2) create one integrated voice for general practice locally, (3) turn up and use the opportunity to influence. Eight variants cross devolved or advisory places, a unified or divided voice, and attending or absent representatives. The plan's claim, which the model reproduces as patterns 1 and 2, is that it works only if all three points are carried out.",
    "sources": ["Seed 002 (Ockham Healthcare): the three-point plan", "An ICS of one million people in four places: King's Fund 2022 (places of 250,000-500,000)", "Other defaults: docs/SOURCES.md"],
    "seed": 1, "years": 5, "startYear": 2024, "systems": [tpp], "variants": variants,
})

# Seed 003: who sits on the GP leadership group.
gplg_places = [
    {"id": p, "name": n, "population": pop, "pcns": k, "council": p + "-cc", "acute": a, "community": "community", "mentalHealth": "mh"}
    for (p, n, pop, k, a) in [("county-a", "County A", 700000, 14, "acute-1"), ("county-b", "County B", 500000, 10, "acute-2"), ("county-c", "County C", 600000, 12, "acute-3")]]
gplg = system("bob", "A three-county ICS", gplg_places,
              [{"id": "acute-1", "kind": "acute"}, {"id": "acute-2", "kind": "acute"}, {"id": "acute-3", "kind": "acute"}, {"id": "community", "kind": "community"}, {"id": "mh", "kind": "mentalHealth"}],
              [{"id": "county-a-cc"}, {"id": "county-b-cc"}, {"id": "county-c-cc"}])
save("gplg-composition", {
    "name": "gplg-composition",
    "description": "Seed 003: should system clinical leads (GPs employed for the whole system as pathway leads) be core members of the local GP leadership group? A three-county ICS of 1.8 million people with one GP leadership group per county (as in the Buckinghamshire, Oxfordshire and Berkshire West comment on the seed), with place boards holding delegated budgets. Variant with-system-leads makes the leads core members; their positions lean towards the ICB's priorities, pulling the group's common position away from practices (pattern 5).",
    "sources": ["Seed 003 (Ockham Healthcare) and its BOB LMC comment: one GPLG per county; no GP employed by the ICB on a GPLG", "Other defaults: docs/SOURCES.md"],
    "seed": 1, "years": 5, "startYear": 2024,
    "governance": {"devolution": {"mode": "delegated", "share": 0.5}, "gp": {"mode": "unified", "systemLeads": 3}},
    "systems": [gplg],
    "variants": {"without-system-leads": {"governance.gp.systemLeadsInGroup": False}, "with-system-leads": {"governance.gp.systemLeadsInGroup": True}},
})

# Seed 004: executive capacity for the GP leadership group.
exe = {}
for cap, cset in [("none", {"governance.gp.mode": "unified", "governance.gp.executive.clinicalHours": 0, "governance.gp.executive.management": 0}),
                  ("clinical", {"governance.gp.mode": "unified+executive", "governance.gp.executive.clinicalHours": 24, "governance.gp.executive.management": 0}),
                  ("clinical-management", {"governance.gp.mode": "unified+executive", "governance.gp.executive.clinicalHours": 24, "governance.gp.executive.management": 0.8})]:
    for fb, fset in [("feedback", {"governance.gp.executive.feedback": 1}), ("no-feedback", {"governance.gp.executive.feedback": 0})]:
        exe[f"{cap}-{fb}"] = {**cset, **fset}
save("executive-capacity", {
    "name": "executive-capacity",
    "description": "Seed 004: does general practice need an executive? The ICS of the three-point plan with places holding delegated budgets and a unified voice, with no executive, clinical leadership capacity only (the LMC chair, federation lead and a lead PCN clinical director using time from their roles: 24 hours a month), or clinical plus dedicated management capacity; each with and without feedback mechanisms to practices. An executive raises attendance, agenda-setting and convergence (pattern 6) but concentrates power in fewer hands, widening the gap between what is carried to boards and what practices want unless feedback keeps it tied to them.",
    "sources": ["Seed 004 (Ben Gowland, Ockham Healthcare): clinical and management capacity; concentration of power; feedback mechanisms", "Other defaults: docs/SOURCES.md"],
    "seed": 1, "years": 5, "startYear": 2024,
    "governance": {"devolution": {"mode": "delegated", "share": 0.5}, "gp": {"mode": "unified"}},
    "systems": [tpp], "variants": exe,
})
