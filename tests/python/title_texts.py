#!/usr/bin/python3
"""Writes COUNT product-title-like texts as JSON lines ({"text": ...}) for the encoding benchmarks: 2 to 14 words
of the random models' vocabulary (make_hf_model.WORDS: every word is one WordPiece piece), with pack sizes.
--numbered ends every title in "<row % 997>-pack" (many distinct texts); otherwise 40 % of the titles end in a
random one."""
import argparse
import json
import random

from make_hf_model import WORDS


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("--numbered", action="store_true")
    args = parser.parse_args()
    random.seed(args.seed)
    for row in range(args.count):
        title = [random.choice(WORDS) for _ in range(random.randint(2, 14))]
        if args.numbered:
            title.append(f"{row % 997}-pack")
        elif random.random() < 0.4:
            title.append(f"{random.randint(1, 99)}-pack")
        print(json.dumps({"text": " ".join(title)}))


if __name__ == "__main__":
    main()
