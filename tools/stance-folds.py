#!/usr/bin/env python3
"""Scores `workbook stance` on two topic-disjoint folds of ../shared/stance-dev.

Topics: headlines and bodies joined by a related pair (agree, disagree, discuss) form one topic (a union of related
pairs); topics are dealt to two folds, largest first, each to the fold with fewer pairs so far. Every pair goes to its
body's fold. Prints each fold's scores as `workbook stance --gold` prints them.

Usage: python3 tools/stance-folds.py [STANCE_DEV_FOLDER]   (run `dotnet build src/Workbook.Cli -c Release` first)
"""
import csv, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "stance-dev"))
cli = os.path.join(root, "src", "Workbook.Cli", "bin", "Release", "net10.0", "Workbook.Cli.dll")
with open(os.path.join(dev, "stances.csv"), encoding="utf-8", newline="") as f:
    pairs = list(csv.DictReader(f))
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for p in pairs:
    find("b:" + p["Body ID"])
    if p["Stance"] != "unrelated":
        parent[find("h:" + p["Headline"])] = find("b:" + p["Body ID"])
topics = {}
for p in pairs:
    topics.setdefault(find("b:" + p["Body ID"]), []).append(p)
folds = ([], [])
for topic in sorted(topics.values(), key=lambda t: (-len(t), t[0]["Body ID"])):
    (folds[0] if len(folds[0]) <= len(folds[1]) else folds[1]).extend(topic)
with tempfile.TemporaryDirectory() as tmp:
    for i, fold in enumerate(folds):
        path = os.path.join(tmp, f"fold{i + 1}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=["Headline", "Body ID", "Stance"])
            writer.writeheader()
            writer.writerows({k: p[k] for k in ("Headline", "Body ID", "Stance")} for p in fold)
        bodies = len({p["Body ID"] for p in fold})
        print(f"fold {i + 1}: {len(fold)} pairs, {bodies} bodies")
        out = subprocess.run(["dotnet", cli, "stance", "--pairs", path, "--bodies", os.path.join(dev, "bodies.csv"),
                              "--out", os.path.join(tmp, "predictions.csv"), "--gold", path], check=True, capture_output=True, text=True).stdout
        print("".join(out.splitlines(True)[1:]))
