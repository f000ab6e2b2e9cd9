#!/usr/bin/env python3
"""Measures `workbook arguments` on the argument-annotated essays of ../shared/argument-dev with its own score.py.

Prints the figures of every setting of --body-claims on all essays, then a two-fold cross-validation: the essays are
split by the parity of their number, the setting with the best mean of the four figures on one half is chosen and
measured on the other, both ways. The positional baseline (the last sentence of the introduction, the first sentence of
every other paragraph) is written by this script from the same files and scored the same way.

Usage: python3 tools/argument-dev.py [ARGUMENT_DEV_FOLDER]   (run `dotnet build src/Workbook.Cli -c Release` first)
"""
import csv, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "argument-dev"))
essays_dir, scorer = os.path.join(dev, "essays"), os.path.join(dev, "score.py")
cli = os.path.join(root, "src", "Workbook.Cli", "bin", "Release", "net10.0", "Workbook.Cli.dll")
settings = ["topic", "conclusion-else-topic", "both"]
ids = sorted(n[:-4] for n in os.listdir(essays_dir) if n.endswith(".ann"))
folds = {"odd": [e for e in ids if int(re.sub(r"\D", "", e)) % 2 == 1], "even": [e for e in ids if int(re.sub(r"\D", "", e)) % 2 == 0]}
names = ["thesis hit rate", "MajorClaim recall", "Claim recall", "precision"]


def score(predictions, essays=None):
    command = [sys.executable, scorer, essays_dir, predictions] + (["--essays", ",".join(essays)] if essays else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [float(re.search(r"^" + re.escape(name) + r"\s+([0-9.]+)", out, re.M).group(1)) for name in names]


def show(label, figures):
    print(f"{label:<34}" + "  ".join(f"{f:.3f}" for f in figures) + f"   mean {sum(figures) / 4:.3f}")


with tempfile.TemporaryDirectory() as tmp:
    predictions = {}
    for setting in settings:
        path = os.path.join(tmp, setting + ".csv")
        subprocess.run(["dotnet", cli, "arguments", "--corpus", essays_dir, "--out", path, "--body-claims", setting],
                       check=True, capture_output=True)
        predictions[setting] = path
    baseline = os.path.join(tmp, "baseline.csv")
    with open(baseline, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["essay", "start", "end", "role"])
        for essay in ids:
            text = open(os.path.join(essays_dir, essay + ".txt"), encoding="utf-8", newline="").read()
            lines, start = [], 0
            for line in text.split("\n"):
                if line.strip():
                    lines.append((start, start + len(line)))
                start += len(line) + 1
            paragraphs = lines[1:]
            for i, (a, b) in enumerate(paragraphs):
                cuts = [a] + [a + m.end() for m in re.finditer(r"[.!?]+\s+", text[a:b])] + [b]
                spans = [(s, e) for s, e in zip(cuts, cuts[1:]) if text[s:e].strip()]
                if not spans:
                    continue
                s, e = spans[-1] if i == 0 else spans[0]
                writer.writerow([essay, s, e, "thesis" if i == 0 else "claim"])
    print(f"{'on all ' + str(len(ids)) + ' essays':<34}" + "  ".join(n.split()[0][:5] for n in names))
    show("positional baseline", score(baseline))
    for setting in settings:
        show(f"workbook, {setting}", score(predictions[setting]))
    print("\ntwo-fold cross-validation (essays split by the parity of their number)")
    for develop, measure in (("odd", "even"), ("even", "odd")):
        chosen = max(settings, key=lambda s: sum(score(predictions[s], folds[develop])))
        show(f"chosen on {develop}: {chosen}, on {measure}", score(predictions[chosen], folds[measure]))
        show(f"baseline on {measure}", score(baseline, folds[measure]))
