"""Accuracy of `r1claims check` on the labelled corpora in tests/corpus (figures, not pass/fail).

Prints, per corpus: labelled figures, recall, verdict accuracy, link accuracy, false
refutations, false alarms, a confusion matrix and per-class precision and recall. Scoring rules:
`r1claims.checker.evaluate`.

    python benchmarks/bench_accuracy.py                 # every corpus
    python benchmarks/bench_accuracy.py --split dev     # the development split only (for tuning)
    python benchmarks/bench_accuracy.py --errors        # also list every wrong figure
    python benchmarks/bench_accuracy.py --split dev --save before.json   # every outcome, ...
    python benchmarks/bench_accuracy.py --split dev --compare before.json  # ... and what changed

The real-coverage corpus is split once by publication (tests/corpus/real-coverage-split.yaml):
rules are tuned on `dev`; `test` is the number that counts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

import r1claims
from r1claims.checker.evaluate import VERDICTS, Score, score_corpus
from r1claims.record import ClaimSet, DateValue, Quantity

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def real_coverage(split: str) -> list[dict[str, Any]]:
    cases = yaml.safe_load((CORPUS / "real-coverage.yaml").read_text("utf-8"))
    ids = set(yaml.safe_load((CORPUS / "real-coverage-split.yaml").read_text("utf-8"))[split])
    return [c for c in cases if c["id"] in ids]


def claim_labelled(name: str, cs: ClaimSet) -> list[dict[str, Any]]:
    """The older corpora label a claim id; turn it into the record's value (`refers_to`)."""
    cases = yaml.safe_load((CORPUS / name).read_text("utf-8"))["cases"]
    out = []
    for case in cases:
        expect = []
        for label in case.get("expect") or []:
            label = dict(label)
            claim_id = label.pop("claim", None)
            if claim_id and cs.has_claim(claim_id):
                value = cs.claim(claim_id).value
                if isinstance(value, Quantity):
                    label["refers_to"] = {"value": value.amount, "unit": value.unit}
                elif isinstance(value, DateValue):
                    label["refers_to"] = {"value": value.date.isoformat(), "unit": "date"}
            expect.append(label)
        out.append({**case, "expect": expect})
    return out


def report(name: str, score: Score, errors: bool) -> None:
    print(
        f"\n## {name}: {len({o.case for o in score.outcomes})} passages, "
        f"{score.labelled} labelled figures"
    )
    print(
        f"recall {score.recall:.3f}   verdict {score.verdict_accuracy:.3f}   "
        f"link {score.link_accuracy:.3f}   false refutations {len(score.false_refutations)}   "
        f"false alarms {len(score.false_alarms)}"
    )
    print("confusion (rows: label; columns: verdict given)")
    columns = [*VERDICTS, "missed"]
    print(f"  {'':14}" + "".join(f"{c:>14}" for c in columns))
    for want, row in score.confusion().items():
        print(f"  {want:14}" + "".join(f"{row.get(c, 0):>14}" for c in columns))
    print("calibration: confidence bin, findings, share right")
    for lo, hi, n, share in score.calibration():
        print(f"  {lo:.1f}-{hi:.1f} {n:6} {share:6.2f}")
    print("per class: precision / recall")
    for verdict, (precision, recall) in score.per_class().items():
        n = sum(o.want == verdict for o in score.outcomes)
        print(f"  {verdict:14} {precision:.2f} / {recall:.2f}  (n={n})")
    if errors:
        for o in score.outcomes:
            if not o.verdict_ok or o.link_ok is False:
                print(
                    f"  x {o.case} {o.figure!r}: want {o.want}, got {o.got} -> {o.claim}"
                    + ("" if o.link_ok is not False else " (wrong link)")
                )
        for alarm in score.false_alarms:
            print(f"  ! false alarm {alarm}")


def markdown(name: str, score: Score) -> str:
    """The same figures as `report`, as Markdown for docs/check.md."""
    passages = len({o.case for o in score.outcomes})
    out = [
        f"### {name}: {passages} passages, {score.labelled} labelled figures\n",
        "| recall | verdict accuracy | link accuracy | false refutations | false alarms |",
        "|---|---|---|---|---|",
        f"| {score.recall:.3f} | {score.verdict_accuracy:.3f} | {score.link_accuracy:.3f} "
        f"| {len(score.false_refutations)} | {len(score.false_alarms)} |\n",
        "| label \\ verdict | " + " | ".join([*VERDICTS, "missed"]) + " | recall | precision |",
        "|---" * (len(VERDICTS) + 4) + "|",
    ]
    per_class = score.per_class()
    for want, row in score.confusion().items():
        cells = " | ".join(str(row.get(c, 0)) for c in [*VERDICTS, "missed"])
        precision, recall = per_class[want]
        out.append(f"| {want} | {cells} | {recall:.2f} | {precision:.2f} |")
    out += ["", "| confidence | findings | right |", "|---|---|---|"]
    for lo, hi, n, share in score.calibration():
        out.append(
            f"| {lo:.1f}-{hi:.1f} | {n} | {share:.2f} |" if n else f"| {lo:.1f}-{hi:.1f} | 0 | - |"
        )
    return "\n".join(out) + "\n"


#: Development corpora of real coverage labelled later, blind, each by someone who saw neither
#: the rules nor the other corpora (tests/corpus/real-coverage-NAME.yaml).
LATER = (
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "dev30",
    "dev31",
    "dev32",
    "dev33",
    "dev34",
    "dev35",
    "dev38",
    "dev39",
    "dev40",
    "dev41",
    "dev42",
    "dev43",
    "dev45",
    "dev46",
    "dev48",
    "dev49",
    "dev50",
    "dev51",
    "dev53",
    "dev54",
    "dev55",
    "dev56",
    "dev57",
    "dev58",
    "dev59",
    "dev60",
    "dev61",
    "dev62",
    "dev63",
    "dev64",
    "dev65",
    "dev66",
    "dev67",
    "dev68",
    "dev69",
    "dev70",
    "dev71",
    "dev72",
    "dev73",
    "dev74",
    "dev75",
    "dev76",
    "dev77",
    "dev78",
    "dev79",
    "dev80",
    "dev81",
    "dev82",
    "dev83",
    "dev84",
    "dev85",
    "dev86",
    "dev87",
    "dev88",
    "dev89",
    "dev90",
    "dev91",
    "dev92",
    "dev93",
    "dev94",
    "dev95",
    "dev96",
    "dev97",
    "dev98",
    "dev99",
    "dev100",
    "dev101",
    "dev102",
    "dev103",
    "dev104",
    "dev105",
    "dev106",
    "dev107",
    "dev108",
    "dev109",
    "dev110",
    "dev111",
    "dev112",
    "dev113",
    "dev114",
    "dev115",
    "dev116",
    "dev117",
    "dev118",
    "dev119",
    "dev120",
    "dev121",
    "dev122",
    "dev123",
    "dev124",
    "dev125",
    "dev126",
    "dev127",
    "dev128",
    "dev129",
    "dev130",
    "dev131",
    "dev132",
)


def corpora(cs: ClaimSet, split: str | None = None) -> list[tuple[str, list[dict[str, Any]]]]:
    """(name, cases) of every labelled corpus, or of one real-coverage split."""
    out = [
        (f"real-coverage {s}", real_coverage(s)) for s in ([split] if split else ["dev", "test"])
    ]
    if split in (None, "dev"):
        for k, name in enumerate(LATER, start=1):
            cases = yaml.safe_load((CORPUS / f"real-coverage-{name}.yaml").read_text("utf-8"))
            out.insert(k, (f"real-coverage {name}", cases))
    if not split:
        out += [(name, claim_labelled(name, cs)) for name in ("sentences.yaml", "heldout.yaml")]
        out += [
            (name, yaml.safe_load((CORPUS / f"{name}.yaml").read_text("utf-8")))
            for name in SYNTHETIC
        ]
    return out


#: Synthetic stress corpora, written blind to the rules to probe one failure (not real
#: coverage: reported apart, never used for calibration).
SYNTHETIC = (
    "stress-refutations",
    "stress-refutations-2",
    "stress-misleading",
    "stress-forms",
    "stress-refutations-3",
    "stress-refutations-4",
)


def outcomes(name: str, score: Score) -> dict[str, list[Any]]:
    """Each labelled figure's outcome, keyed by corpus, passage, figure and position: whether it
    is right (verdict and link), the label's verdict, the verdict given, the record linked."""
    return {
        f"{name}|{o.case}|{o.figure}|{i}": [
            o.verdict_ok and o.link_ok is not False,
            o.want,
            o.got,
            o.claim,
        ]
        for i, o in enumerate(score.outcomes)
    }


def changes(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> list[str]:
    """The figures whose rightness differs between two runs, fixed first."""
    lines = [
        f"{'fixed' if now[0] else 'broke'} {key}: want {now[1]}, got {now[2]} -> {now[3]} "
        f"(was {then[2]} -> {then[3]})"
        for key, now in after.items()
        if (then := before.get(key)) is not None and then[0] != now[0]
    ]
    return sorted(lines, key=lambda line: not line.startswith("fixed"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], help="only this real-coverage split")
    parser.add_argument("--errors", action="store_true", help="list every wrong figure")
    parser.add_argument("--markdown", action="store_true", help="Markdown, for docs/check.md")
    parser.add_argument("--save", type=Path, help="write every outcome to this JSON file")
    parser.add_argument(
        "--compare", type=Path, help="list the figures fixed or broken since a --save file"
    )
    args = parser.parse_args()
    cs = r1claims.load()
    found: dict[str, list[Any]] = {}
    for name, cases in corpora(cs, args.split):
        score = score_corpus(cases, cs, r1claims.check)
        found.update(outcomes(name, score))
        if args.markdown:
            print(markdown(name, score))
        else:
            report(name, score, args.errors)
    if args.save:
        args.save.write_text(json.dumps(found, indent=0), encoding="utf-8")
    if args.compare:
        lines = changes(json.loads(args.compare.read_text(encoding="utf-8")), found)
        print(f"\n## changes since {args.compare}: {len(lines)}")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
