"""Number, date and time extraction speed, and its growth with input size.

    python3 bench/bench_numbers.py [--corpus ../shared/eval/bench/hindi_news.jsonl] [--limit N] [--repeat R]

Times newscli.extract.numbers.extract_numbers over every article of the corpus (with a
publication date, so relative dates resolve) and prints articles per second, MB/s of
UTF-8 text and quantities found, beside a bare ``regex`` scan for digits over the same
texts as a baseline of this machine's speed. Then times adversarial inputs (digits and
commas, repeated number words, repeated dates) at n and 10n characters and prints the
ratio: about 10 means linear. Each figure is the best of R runs. Needs ../shared (the
corpus) for the first part; says so when it is absent.
"""

from __future__ import annotations

import regex
from corpus import bench_arguments, best, load_texts

REFERENCE = "2020-04-15T10:00:00+05:30"

ADVERSARIAL = {
    "digits and commas": "1,00,000,12,3,456,7890,",
    "number words": "एक सौ दो हजार तीन लाख चार करोड़ साढ़े ",
    "dates and times": "रविवार 7 अगस्त 2023 सुबह 9 बजे, ",
    "dashes and slashes": "1-2/3-4/5-6 ",
}


def main() -> None:
    ap = bench_arguments(__doc__)
    ap.add_argument("--size", type=int, default=100_000, help="characters of the smaller adversarial input")
    args = ap.parse_args()

    from newscli.extract.numbers import extract_numbers

    extract_numbers("१ जुलाई", REFERENCE)  # load the word data outside the timings

    if args.corpus.is_file():
        texts = load_texts(args.corpus, args.limit)
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        found = sum(len(extract_numbers(t, REFERENCE)) for t in texts)
        t_ext = best(args.repeat, lambda: [extract_numbers(t, REFERENCE) for t in texts])
        digits = regex.compile(r"[0-9\u0966-\u096f]+")
        t_scan = best(args.repeat, lambda: [sum(1 for _ in digits.finditer(t)) for t in texts])
        print(f"corpus: {len(texts)} articles, {mb:.1f} MB, {found} quantities")
        print(f"extract_numbers: {t_ext:.2f} s  {len(texts) / t_ext:.0f} articles/s  {mb / t_ext:.1f} MB/s")
        print(f"bare digit scan: {t_scan:.2f} s  {mb / t_scan:.1f} MB/s  (ratio {t_ext / t_scan:.1f}x)")
    else:
        print(f"corpus not found: {args.corpus} (it lives in ../shared/eval/bench); adversarial inputs only")

    for name, unit in ADVERSARIAL.items():
        small = (unit * (args.size // len(unit) + 1))[: args.size]
        large = small * 10
        t_small = best(args.repeat, lambda s=small: extract_numbers(s, REFERENCE))
        t_large = best(1, lambda s=large: extract_numbers(s, REFERENCE))
        print(
            f"{name:20} {len(small):>9} chars {t_small:6.3f} s   x10 {t_large:7.3f} s   ratio {t_large / t_small:5.1f}"
        )


if __name__ == "__main__":
    main()
