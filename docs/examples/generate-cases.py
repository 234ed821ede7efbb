#!/usr/bin/env python3
"""Generates docs/examples/cases.ndjson: a few hundred varied, valid presentations for `redflags batch`.

Deterministic (fixed seed, no clock): re-running it reproduces the committed file byte for byte.
Usage: python3 docs/examples/generate-cases.py > docs/examples/cases.ndjson
"""
import datetime
import json
import random

COUNT = 400
ASSESSED = datetime.date(2026, 11, 24)
rng = random.Random(20261124)

FINDING = ["unknown", "absent", "absent", "absent", "absent", "present"]
SITES = ["breast", "lung", "prostate", "kidney", "thyroid", "myeloma", "lymphoma", "colorectal", "nonMelanomaSkin", "other"]
SETTINGS = ["primaryCare", "primaryCare", "primaryCare", "emergencyDepartment", "specialistSpineService", "oncology"]


def finding(p_present=None):
    if p_present is None:
        return rng.choice(FINDING)
    return "present" if rng.random() < p_present else rng.choice(["absent", "absent", "unknown"])


def maybe(d, key, value, p=0.7):
    if rng.random() < p:
        d[key] = value


def day(days_ago):
    return (ASSESSED - datetime.timedelta(days=days_ago)).isoformat()


def case(i):
    c = {"assessmentDate": ASSESSED.isoformat(), "ageYears": rng.randint(18, 95)}
    maybe(c, "sex", rng.choice(["female", "male", "unknown", "other"]), 0.9)
    maybe(c, "careSetting", rng.choice(SETTINGS), 0.9)

    pain = {}
    maybe(pain, "lumbar", "present", 0.9)
    for key in ["thoracic", "cervical", "worseAtNightOrWakesFromSleep", "notRelievedByRestOrLyingDown", "constantAndUnremitting",
                "progressiveOrWorsening", "localisedSpinalTenderness", "worseOnStraining", "mechanical", "radicularOrBandLike",
                "insidiousOnset", "persistent", "noImprovementAfterFourWeeksOfConservativeCare"]:
        maybe(pain, key, finding(0.12), 0.6)
    if rng.random() < 0.5:
        pain["onsetDate"] = day(rng.randint(0, 400))
    elif rng.random() < 0.6:
        pain["durationDays"] = rng.randint(0, 400)
    c["pain"] = pain

    history = {}
    if rng.random() < 0.15:
        history["personalHistoryOfCancer"] = "present"
        history["cancers"] = [{"primarySite": rng.choice(SITES), "diagnosisDate": day(rng.randint(30, 4000)),
                               "metastatic": rng.choice(["unknown", "absent", "present"])}]
    else:
        maybe(history, "personalHistoryOfCancer", rng.choice(["absent", "absent", "unknown"]), 0.7)
    for key in ["clinicianSuspectsCancer", "immunosuppression", "injectingDrugUse", "osteoporosis", "previousFragilityFracture",
                "unexplainedFracture", "recentInfectionOrBacteraemia", "recentSpinalProcedureOrHardware", "indwellingVascularCatheter",
                "familyHistoryOfCancer"]:
        maybe(history, key, finding(0.05), 0.6)
    steroid = finding(0.08)
    history["corticosteroidUse"] = steroid
    if steroid == "present":
        history["corticosteroidDurationDays"] = rng.randint(7, 1000)
    maybe(history, "trauma", rng.choice(["none"] * 12 + ["lowEnergy", "lowEnergy", "highEnergy", "unknown"]), 0.7)
    c["history"] = history

    systemic = {}
    weight = finding(0.08)
    systemic["unexplainedWeightLoss"] = weight
    if weight == "present":
        systemic["weightLossKilograms"] = round(rng.uniform(2, 15), 1)
        systemic["weightLossPeriodWeeks"] = rng.randint(2, 26)
    fever = finding(0.03)
    systemic["fever"] = fever
    if fever == "present":
        systemic["temperatureCelsius"] = round(rng.uniform(37.8, 40.2), 1)
    for key in ["nightSweats", "fatigue"]:
        maybe(systemic, key, finding(0.08), 0.6)
    c["systemic"] = systemic

    neurology = {}
    maybe(neurology, "legWeakness", rng.choice(["none"] * 12 + ["stable", "stable", "progressive", "unknown", "unknown"]), 0.8)
    maybe(neurology, "legSymptoms", rng.choice(["none"] * 6 + ["oneLeg"] * 4 + ["bothLegs", "unknown"]), 0.8)
    for key in ["numbnessOrTinglingInOneLeg", "numbnessOrTinglingInBothLegs", "saddleNumbnessOrTingling", "urinaryRetention",
                "urinaryIncontinence", "urinaryHesitancyOrPoorStream", "alteredBladderSensation", "faecalIncontinence",
                "alteredRectalSensation", "sexualDysfunction", "gaitDisturbance", "beganOrWorsenedWithin14Days"]:
        maybe(neurology, key, finding(0.012), 0.6)
    c["neurology"] = neurology

    if rng.random() < 0.3:
        examination = {}
        maybe(examination, "spinalBruiseOrGraze", finding(0.1), 0.8)
        maybe(examination, "reducedAnalTone", finding(0.01), 0.5)
        maybe(examination, "postVoidResidualMillilitres", rng.choice([20, 80, 150, 250, 600]), 0.2)
        c["examination"] = examination

    if rng.random() < 0.3:
        labs = {}
        maybe(labs, "esrMillimetresPerHour", rng.randint(2, 90), 0.7)
        maybe(labs, "crpMilligramsPerLitre", round(rng.uniform(0.5, 150), 1), 0.7)
        maybe(labs, "haemoglobinGramsPerLitre", rng.randint(85, 170), 0.5)
        maybe(labs, "adjustedCalciumMillimolesPerLitre", round(rng.uniform(2.1, 3.1), 2), 0.4)
        for key in ["raisedCrp", "anaemia", "hypercalcaemia", "leukopenia", "raisedPlasmaViscosity", "myelomaScreenAbnormal"]:
            maybe(labs, key, finding(0.08), 0.4)
        c["labs"] = labs
    return c


for i in range(COUNT):
    print(json.dumps(case(i), separators=(",", ":")))
