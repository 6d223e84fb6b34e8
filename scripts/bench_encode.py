#!/usr/bin/python3
"""Python torch on pre-tokenised ids, the baseline of scripts/bench_encode.sh: loads the same model.pt, runs
batches (padded to the longest, as near2 does), mean-pools and L2-normalises on the given device (cpu or
cuda; results are copied back to the host, as near2 does). Prints texts/s."""
import json
import sys
import time

import torch


def main():
    model_file, ids_file, batch_size, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    device = torch.device(sys.argv[5] if len(sys.argv) > 5 else "cpu")
    torch.set_num_threads(threads)
    sequences = [json.loads(line)["ids"] for line in open(ids_file)]
    model = torch.jit.load(model_file, map_location=device)
    model.eval()
    start = time.perf_counter()
    with torch.inference_mode():
        for first in range(0, len(sequences), batch_size):
            batch = sequences[first:first + batch_size]
            longest = max(len(ids) for ids in batch)
            ids = torch.zeros(len(batch), longest, dtype=torch.long)
            mask = torch.zeros(len(batch), longest, dtype=torch.long)
            for row, sequence in enumerate(batch):
                ids[row, :len(sequence)] = torch.tensor(sequence)
                mask[row, :len(sequence)] = 1
            ids, mask = ids.to(device), mask.to(device)
            tokens = model(ids, mask)
            weights = mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * weights).sum(1) / weights.sum(1).clamp_min(1e-9)
            pooled = pooled / pooled.norm(dim=1, keepdim=True).clamp_min(1e-12)
            pooled = pooled.cpu()
    seconds = time.perf_counter() - start
    print(f"{len(sequences) / seconds:.1f}")


if __name__ == "__main__":
    main()
