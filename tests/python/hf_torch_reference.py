#!/usr/bin/python3
"""An independent plain-PyTorch implementation of Hugging Face's BERT / DistilBERT forward pass and of
sentence-transformers' encode (Pooling, Normalize), written from their documented semantics, not from the
workbench's C++: padded batches with an additive attention mask of finfo(dtype).min, token type 0, absolute
positions, post-LayerNorm blocks, separate query / key / value projections, erf GELU for "gelu", tanh GELU for
"gelu_new" / "gelu_pytorch_tanh"; batches formed as SentenceTransformer.encode forms them (texts sorted by length,
each batch padded to its longest). Files are read as hf_reference.py reads them
(F16 / BF16 widened to float32, as from_pretrained does by default). Debian's python3-torch.

usage: hf_torch_reference.py compare MODEL_DIR IDS.jsonl OURS.npy [TOLERANCE]
         computes in float64, prints the largest absolute difference, exits 1 above TOLERANCE (1e-5)
       hf_torch_reference.py bench MODEL_DIR IDS.jsonl BATCH THREADS fp32|bf16|int8 [REPEATS]
         prints the texts per second of the forward passes (best of REPEATS, default 2): bf16 runs the model in
         bfloat16, int8 applies torch.ao.quantization.quantize_dynamic to the linear layers (per-channel weights)
IDS.jsonl: {"ids": [...]} per line ([CLS] … [SEP], as the model's tokenizer gives)."""
import json
import math
import os
import sys
import time

import numpy as np
import torch
from torch import nn

import hf_reference  # the same file reading (tensor names, modules.json); the forward pass is this file's own


class Settings:
    def __init__(self, folder):
        c = json.load(open(os.path.join(folder, "config.json")))
        self.bert = c["model_type"] == "bert"
        self.hidden = c["hidden_size"] if self.bert else c["dim"]
        self.heads = c["num_attention_heads"] if self.bert else c["n_heads"]
        self.layers = c["num_hidden_layers"] if self.bert else c["n_layers"]
        self.intermediate = c["intermediate_size"] if self.bert else c["hidden_dim"]
        self.eps = c.get("layer_norm_eps", 1e-12) if self.bert else 1e-12
        self.act = c.get("hidden_act", "gelu") if self.bert else c.get("activation", "gelu")
        self.vocab = c["vocab_size"]
        self.positions = c["max_position_embeddings"]
        self.pooling, self.normalize = hf_reference.sentence_settings(folder)


def activation(name):
    if name == "gelu":
        return lambda x: nn.functional.gelu(x)
    if name in ("gelu_new", "gelu_pytorch_tanh", "gelu_fast"):
        return lambda x: 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))
    if name == "relu":
        return nn.functional.relu
    raise ValueError(name)


class Block(nn.Module):
    def __init__(self, s):
        super().__init__()
        self.s = s
        self.query, self.key, self.value = (nn.Linear(s.hidden, s.hidden) for _ in range(3))
        self.attention_output = nn.Linear(s.hidden, s.hidden)
        self.attention_norm = nn.LayerNorm(s.hidden, eps=s.eps)
        self.intermediate = nn.Linear(s.hidden, s.intermediate)
        self.output = nn.Linear(s.intermediate, s.hidden)
        self.output_norm = nn.LayerNorm(s.hidden, eps=s.eps)
        self.act = activation(s.act)

    def forward(self, x, additive_mask):
        batch, length, _ = x.shape
        head = self.s.hidden // self.s.heads

        def split(t):
            return t.view(batch, length, self.s.heads, head).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(head) + additive_mask
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, self.s.hidden)
        x = self.attention_norm(self.attention_output(context) + x)
        return self.output_norm(self.output(self.act(self.intermediate(x))) + x)


class Encoder(nn.Module):
    def __init__(self, s):
        super().__init__()
        self.s = s
        self.words = nn.Embedding(s.vocab, s.hidden)
        self.positions = nn.Embedding(s.positions, s.hidden)
        self.token_types = nn.Embedding(2, s.hidden) if s.bert else None
        self.norm = nn.LayerNorm(s.hidden, eps=s.eps)
        self.blocks = nn.ModuleList(Block(s) for _ in range(s.layers))

    def forward(self, ids, mask):
        x = self.words(ids) + self.positions(torch.arange(ids.shape[1]))[None]
        if self.token_types is not None:
            x = x + self.token_types(torch.zeros_like(ids))
        x = self.norm(x)
        additive = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for block in self.blocks:
            x = block(x, additive)
        return x


def hf_names(s, n):
    """Our module names → the checkpoint's tensor names (without the .weight / .bias suffix)."""
    if s.bert:
        p = f"encoder.layer.{n}."
        return {"query": p + "attention.self.query", "key": p + "attention.self.key",
                "value": p + "attention.self.value", "attention_output": p + "attention.output.dense",
                "attention_norm": p + "attention.output.LayerNorm", "intermediate": p + "intermediate.dense",
                "output": p + "output.dense", "output_norm": p + "output.LayerNorm"}
    p = f"transformer.layer.{n}."
    return {"query": p + "attention.q_lin", "key": p + "attention.k_lin", "value": p + "attention.v_lin",
            "attention_output": p + "attention.out_lin", "attention_norm": p + "sa_layer_norm",
            "intermediate": p + "ffn.lin1", "output": p + "ffn.lin2", "output_norm": p + "output_layer_norm"}


def load(folder):
    s = Settings(folder)
    tensors = {name: torch.from_numpy(array.astype(np.float32))
               for name, array in hf_reference.load_weights(folder).items()}
    model = Encoder(s)
    state = {"words.weight": tensors["embeddings.word_embeddings.weight"],
             "positions.weight": tensors["embeddings.position_embeddings.weight"],
             "norm.weight": tensors["embeddings.LayerNorm.weight"], "norm.bias": tensors["embeddings.LayerNorm.bias"]}
    if s.bert:
        state["token_types.weight"] = tensors["embeddings.token_type_embeddings.weight"]
    for n in range(s.layers):
        for ours, theirs in hf_names(s, n).items():
            for suffix in ("weight", "bias"):
                state[f"blocks.{n}.{ours}.{suffix}"] = tensors[f"{theirs}.{suffix}"]
    model.load_state_dict(state)
    return model.eval(), s


def pool(tokens, mask, mode):
    m = mask[:, :, None].to(tokens.dtype)
    if mode in ("mean", "mean_tokens"):
        return (tokens * m).sum(1) / m.sum(1).clamp_min(1e-9)
    if mode == "cls_token":
        return tokens[:, 0]
    if mode == "max_tokens":
        return tokens.masked_fill(m == 0, -1e9).max(1).values
    if mode == "lasttoken":
        return tokens[torch.arange(tokens.shape[0]), mask.sum(1) - 1]
    raise ValueError(mode)


def encode(model, s, sequences, batch_size, dtype=torch.float32):
    """SentenceTransformer.encode's batching: longest texts first, each batch padded to its longest."""
    order = sorted(range(len(sequences)), key=lambda i: -len(sequences[i]))
    out = [None] * len(sequences)
    with torch.inference_mode():
        for first in range(0, len(order), batch_size):
            batch = [sequences[i] for i in order[first:first + batch_size]]
            longest = max(len(q) for q in batch)
            ids = torch.zeros((len(batch), longest), dtype=torch.int64)
            mask = torch.zeros((len(batch), longest), dtype=torch.int64)
            for r, q in enumerate(batch):
                ids[r, :len(q)] = torch.tensor(q)
                mask[r, :len(q)] = 1
            pooled = pool(model(ids, mask), mask, s.pooling)
            if s.normalize:
                pooled = nn.functional.normalize(pooled, dim=1)
            for r, i in enumerate(order[first:first + batch_size]):
                out[i] = pooled[r]
    return torch.stack(out).to(dtype)


def compare(folder, ids_file, ours_file, tolerance):
    sequences = [json.loads(line)["ids"] for line in open(ids_file)]
    model, s = load(folder)
    reference = encode(model.double(), s, sequences, 7, torch.float64).numpy()
    ours = np.load(ours_file)
    if ours.shape != reference.shape:
        print(f"shape {ours.shape} != reference {reference.shape}")
        return 1
    difference = float(np.abs(ours - reference).max())
    print(f"max abs difference {difference:.3g} over {ours.shape[0]} texts x {ours.shape[1]} dims (PyTorch)")
    return 0 if difference <= tolerance else 1


def bench(folder, ids_file, batch_size, threads, precision, repeats):
    torch.set_num_threads(threads)
    sequences = [json.loads(line)["ids"] for line in open(ids_file)]
    model, s = load(folder)
    if precision == "bf16":
        model = model.to(torch.bfloat16)
    elif precision == "int8":
        model = torch.ao.quantization.quantize_dynamic(
            model, {nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig}, dtype=torch.qint8)
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        encode(model, s, sequences, batch_size)
        best = min(best, time.perf_counter() - start)
    print(f"{len(sequences) / best:.1f}")
    return 0


def main():
    mode = sys.argv[1]
    if mode == "compare":
        tolerance = float(sys.argv[5]) if len(sys.argv) > 5 else 1e-5
        return compare(sys.argv[2], sys.argv[3], sys.argv[4], tolerance)
    if mode == "bench":
        repeats = int(sys.argv[7]) if len(sys.argv) > 7 else 2
        return bench(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], repeats)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
