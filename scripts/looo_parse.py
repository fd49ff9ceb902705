"""Leave-one-outlet-out score of ``parse`` on the article gold sets.

    python3 scripts/looo_parse.py [GOLD.jsonl ...]   (default: the four sets in ../shared/eval/articles)

The parser is rules and word lists; what it knows of single outlets is data: the outlet table
(``article_outlets.tsv``, every spelling of an outlet's name) and list entries that name an
outlet (a footer such as "पढ़ें पूरी खबर दैनिक भास्कर ऐप पर").  For each outlet of the gold
(told by its page files' names, ``raw/<outlet>_1.txt``, ``raw2/07_<outlet>.txt``), a copy of
the package is made without those: the outlet table's rows for the outlet (every alias of the
canonical names its gold gives or accepts as publisher), and every line of an ``article_*``
list that contains one of those spellings.  That outlet's pages are parsed by the copy, as a
page of an outlet the parser never heard of, and scored as ``score_parse.py`` scores them.

Prints the plain score and the leave-one-outlet-out score for each set and for all together:
acc (all fields), filled_acc (fields the page states), null_acc (fields it does not).
The general rules were written looking at these pages, so this is an upper bound on what an
unseen outlet's page gets: the held-out pages of new outlets are the honest figure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_SETS = ("raw_gold", "html_gold", "raw2_gold", "raw2_html_gold")
DATA = Path("newscli") / "data" / "hi"


def squash(text: str) -> str:
    return re.sub(r"[\s.\-]+", "", unicodedata.normalize("NFC", text)).casefold()


def outlet_of(entry: dict) -> str:
    base = Path(entry["file"]).name.split(".")[0]
    slug = re.sub(r"^\d+_", "", base).split("_")[0]
    if re.fullmatch(r"[0-9a-f]{6,}", slug):  # a seed file named by its hash
        slug = squash(entry["expected"].get("publisher") or base)
    return slug


def names_of(entries: list[dict], slug: str) -> set[str]:
    names = {slug}
    for e in entries:
        pub = e["expected"].get("publisher")
        names.update(squash(p) for p in [pub, *e.get("accept", {}).get("publisher", [])] if p)
    return {n for n in names if len(n) >= 3}


def stripped_package(names: set[str], into: Path) -> int:
    """A copy of the package without the outlet's rows and list entries; the count removed."""
    shutil.copytree(ROOT / "newscli", into / "newscli", ignore=shutil.ignore_patterns("__pycache__"))
    table = into / DATA / "article_outlets.tsv"
    rows = table.read_text(encoding="utf-8").split("\n")
    dropped_canon = {
        r.split("\t")[1]
        for r in rows
        if "\t" in r
        and not r.startswith("#")
        and (squash(r.split("\t")[0]) in names or squash(r.split("\t")[1]) in names)
    }
    spellings = set(names)
    spellings.update(
        squash(r.split("\t")[0])
        for r in rows
        if "\t" in r and not r.startswith("#") and r.split("\t")[1] in dropped_canon
    )
    removed = 0
    for path in sorted((into / DATA).glob("article_*")):
        lines = path.read_text(encoding="utf-8").split("\n")
        kept = []
        for line in lines:
            if line and not line.startswith("#"):
                if path.name == "article_outlets.tsv" and line.split("\t")[1] in dropped_canon:
                    removed += 1
                    continue
                if any(s in squash(line) for s in spellings):
                    removed += 1
                    continue
            kept.append(line)
        path.write_text("\n".join(kept), encoding="utf-8")
    return removed


def parse_rows(package: Path, files: list[str]) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(package))
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "parse", "--format", "jsonl", *files],
        cwd=package,
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"newscli failed: {proc.stderr.decode('utf-8', 'replace')}")
    rows = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        row = json.loads(line)
        rows[os.path.normpath(str(row.get("id")))] = row
    return rows


def score(
    entries: list[tuple[str, dict]], rows: dict[str, dict], tally: dict[str, list[int]], misses: list[str] | None = None
) -> None:
    sys.path.insert(0, str(EVAL))
    sys.dont_write_bytecode = True
    import score_parse  # the shared scorer's own comparison

    for path, g in entries:
        row = rows.get(os.path.normpath(path))
        accept = g.get("accept") or {}
        for field, exp in g["expected"].items():
            ok = row is not None and any(score_parse.check(field, alt, row)[0] for alt in [exp, *accept.get(field, [])])
            for key in ("all", "filled" if exp is not None else "null"):
                tally[key][0] += 1
                tally[key][1] += ok
            if not ok and misses is not None:
                got = row.get(field) if row is not None and field in row else None
                misses.append(f"{Path(path).name}\t{field}\texpected {exp!r}\tgot {str(got)[:80]!r}")


def figures(tally: dict[str, list[int]]) -> str:
    pct = lambda k: 100.0 * tally[k][1] / tally[k][0] if tally[k][0] else float("nan")  # noqa: E731
    return (
        f"acc={pct('all'):6.2f} filled_acc={pct('filled'):6.2f} null_acc={pct('null'):6.2f} (fields={tally['all'][0]})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", help="gold JSON Lines files (default: the four article sets)")
    ap.add_argument("--misses", action="store_true", help="list every field the left-out runs got wrong")
    args = ap.parse_args()
    misses: list[str] | None = [] if args.misses else None
    golds = [Path(g) for g in args.gold] or [EVAL / "articles" / f"{name}.jsonl" for name in DEFAULT_SETS]
    plain_all: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    looo_all: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory(prefix="newscli-looo-") as tmp:
        for gold in golds:
            entries = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            located = [(str((gold.parent / e["file"]).resolve()), e) for e in entries]
            plain: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            looo: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            score(located, parse_rows(ROOT, [p for p, _ in located]), plain)
            by_outlet: dict[str, list[tuple[str, dict]]] = defaultdict(list)
            for path, e in located:
                by_outlet[outlet_of(e)].append((path, e))
            for slug, group in sorted(by_outlet.items()):
                package = Path(tmp) / f"{gold.stem}-{slug}"
                removed = stripped_package(names_of([e for _, e in group], slug), package)
                score(group, parse_rows(package, [p for p, _ in group]), looo, misses)
                print(f"  {gold.stem:15} {slug:22} pages={len(group):2} entries removed={removed:3}", file=sys.stderr)
                shutil.rmtree(package)
            print(f"{gold.stem:15} plain {figures(plain)}")
            print(f"{gold.stem:15} LOOO  {figures(looo)}")
            for key in plain:
                plain_all[key][0] += plain[key][0]
                plain_all[key][1] += plain[key][1]
                looo_all[key][0] += looo[key][0]
                looo_all[key][1] += looo[key][1]
    print(f"{'all sets':15} plain {figures(plain_all)}")
    print(f"{'all sets':15} LOOO  {figures(looo_all)}")
    for miss in misses or []:
        print(miss, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
