"""Split the quote gold by article into the half the quote rules were developed on and the
half they were not, so the score on unseen news can be estimated honestly.

    python3 scripts/quotes_halves.py /tmp/quotes
writes /tmp/quotes_seen.jsonl (records 1, 3, 5, ... of quotes_dev.jsonl, the seed among them)
and /tmp/quotes_unseen.jsonl (records 2, 4, 6, ...); score each with
    python3 ../shared/eval/score_quotes.py --cmd 'python -m newscli' /tmp/quotes_unseen.jsonl
Only the errors of the first half were looked at while the rules were written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes" / "quotes_dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("prefix", help="write PREFIX_seen.jsonl and PREFIX_unseen.jsonl")
    ap.add_argument("--gold", type=Path, default=GOLD, help=f"the quote gold (default {GOLD})")
    args = ap.parse_args()
    if not args.gold.is_file():
        print(f"error: {args.gold} is missing (it is in ../shared/eval/quotes/)", file=sys.stderr)
        return 2
    lines = [line for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name, part in (("seen", lines[0::2]), ("unseen", lines[1::2])):
        Path(f"{args.prefix}_{name}.jsonl").write_text("\n".join(part) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
