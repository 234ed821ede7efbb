#!/usr/bin/env python3
"""Writes a synthetic FHIR Bulk Data export for sizing `redflags batch --fhir-bulk` (docs/population-screening.md).

Usage: benchmarks/bulk-export/generate.py PATIENTS DIR

Per patient: a Patient, a body-temperature Observation (LOINC 8310-5), an Encounter (not read by RedFlags, counted),
and for one patient in three an active Condition (ICD-10 C50.9, C61, M81.0 or N39.0). Seeded: the same arguments give
the same files. Synthetic data only, no real patient."""
import json, sys, os, random
n = int(sys.argv[1]); out = sys.argv[2]
os.makedirs(out, exist_ok=True)
r = random.Random(7)
with open(f"{out}/Patient.ndjson","w") as P, open(f"{out}/Observation.ndjson","w") as O, open(f"{out}/Condition.ndjson","w") as C, open(f"{out}/Encounter.ndjson","w") as E:
    for i in range(n):
        pid = f"p{i}"
        P.write(json.dumps({"resourceType":"Patient","id":pid,"gender":r.choice(["male","female"]),"birthDate":f"{r.randint(1930,2000)}-0{r.randint(1,9)}-1{r.randint(0,9)}"})+"\n")
        O.write(json.dumps({"resourceType":"Observation","id":f"o{i}","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8310-5"}]},"subject":{"reference":f"Patient/{pid}"},"effectiveDateTime":"2026-11-30","valueQuantity":{"value":round(r.uniform(36.0,39.5),1),"unit":"Cel","system":"http://unitsofmeasure.org","code":"Cel"}})+"\n")
        if i % 3 == 0:
            C.write(json.dumps({"resourceType":"Condition","id":f"c{i}","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":r.choice(["C50.9","C61","M81.0","N39.0"])}]},"subject":{"reference":f"Patient/{pid}"},"onsetDateTime":"2025-01-01"})+"\n")
        E.write(json.dumps({"resourceType":"Encounter","id":f"e{i}","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},"subject":{"reference":f"Patient/{pid}"}})+"\n")
