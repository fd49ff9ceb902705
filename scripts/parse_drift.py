"""Which metadata ``parse`` guesses differently from another checkout, on 2,510 real article bodies.

    python3 scripts/parse_drift.py BASE_TREE [--show N]

BASE_TREE is another checkout of newscli (``git worktree add /tmp/base COMMIT``).  Both parse
every body of ``../shared/eval/articles/articles.jsonl`` (bodies of many outlets, no page
around them, so no rule was written for them) with no record metadata, and the fields that
differ are counted and shown (N per field, default 6), with the body's first and last 40
characters.  A rule written for one set of pages
that fires on these bodies where it should not (a kicker read as a dateline, a name invented)
shows up here before it reaches users.  Needs ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "eval" / "articles" / "articles.jsonl"
FIELDS = ("headline", "summary", "publisher", "author", "published", "updated", "dateline")

_DUMP = """
import json, sys
from newscli.article import parse_article
FIELDS = sys.argv[3].split(",")
out = []
for line in open(sys.argv[1], encoding="utf-8").read().split("\\n"):
    if not line:
        continue
    a = parse_article(json.loads(line)["body"])
    ends = (a.body[:40], a.body[-40:]) if a.body else None
    out.append({f: getattr(a, f) for f in FIELDS} | {"captions": len(a.captions), "body ends": ends})
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def guesses(tree: Path, into: Path) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    argv = [sys.executable, "-c", _DUMP, str(ARTICLES), str(into), ",".join(FIELDS)]
    subprocess.run(argv, env=env, cwd=tree, check=True)
    return json.loads(into.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path, help="another checkout of newscli")
    ap.add_argument("--show", type=int, default=6, help="differences shown per field")
    args = ap.parse_args()
    if not ARTICLES.exists():
        sys.exit(f"needs {ARTICLES}")
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").split("\n") if line]
    with tempfile.TemporaryDirectory(prefix="newscli-drift-") as tmp:
        base = guesses(args.base.resolve(), Path(tmp) / "base.json")
        new = guesses(ROOT, Path(tmp) / "new.json")
    changed: Counter[str] = Counter()
    filled = {"base": Counter(), "new": Counter()}
    for i, (old, now) in enumerate(zip(base, new, strict=True)):
        for field in (*FIELDS, "captions", "body ends"):
            filled["base"][field] += bool(old[field])
            filled["new"][field] += bool(now[field])
            if old[field] != now[field]:
                changed[field] += 1
                if changed[field] <= args.show:
                    outlet = articles[i].get("outlet", "")[:24]
                    print(f"{field:10} {outlet:24} {str(old[field])[:50]!r} -> {str(now[field])[:50]!r}")
    print(f"bodies: {len(new)}")
    for field in (*FIELDS, "captions", "body ends"):
        base_n, new_n = filled["base"][field], filled["new"][field]
        print(f"{field:10} filled base {base_n:5}  new {new_n:5}  changed {changed[field]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
