#!/usr/bin/env python3
"""The synthetic shop of the evaluation benchmarks (bench_eval.sh, bench_mpi.sh): BEIR files with ten random
judgements per query and random embeddings, seed 7.

Usage: bench_data.py WORK QUERIES PRODUCTS DIM [float32|float16]
The catalog is written 50,000 rows at a time (a memory map), so a float16 catalog larger than memory fits.
"""
import json
import os
import sys

import numpy as np

work, nq, nd, dim = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
dtype = np.float16 if len(sys.argv) > 5 and sys.argv[5] == "float16" else np.float32
rng = np.random.default_rng(7)
os.makedirs(f"{work}/qrels")
with open(f"{work}/corpus.jsonl", "w") as f:
    for i in range(nd):
        f.write(json.dumps({"_id": f"p{i}", "title": f"product {i}", "text": ""}) + "\n")
with open(f"{work}/queries.jsonl", "w") as f:
    for i in range(nq):
        f.write(json.dumps({"_id": f"q{i}", "text": f"query {i}"}) + "\n")
with open(f"{work}/qrels/test.tsv", "w") as f:
    f.write("query-id\tcorpus-id\tscore\n")
    for i in range(nq):
        for d in rng.choice(nd, 10, replace=False):
            f.write(f"q{i}\tp{d}\t{'ESCI'[rng.integers(4)]}\n")
corpus = np.lib.format.open_memmap(f"{work}/corpus.npy", mode="w+", dtype=dtype, shape=(nd, dim))
for first in range(0, nd, 50000):
    rows = min(50000, nd - first)
    corpus[first:first + rows] = rng.standard_normal((rows, dim), dtype=np.float32).astype(dtype)
corpus.flush()
np.save(f"{work}/queries.npy", rng.standard_normal((nq, dim), dtype=np.float32))
