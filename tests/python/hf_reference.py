#!/usr/bin/python3
"""An independent NumPy implementation of Hugging Face's BERT / DistilBERT forward pass and of
sentence-transformers' Pooling and Normalize modules, written from their documented semantics (not from the
workbench's C++): padded batches with an additive attention mask of finfo(float32).min, token type 0, absolute
positions, post-LayerNorm blocks, erf GELU for "gelu", tanh GELU for "gelu_new" / "gelu_pytorch_tanh".
Weights are read with safetensors_io (struct + json + NumPy; F16 and BF16 widened to float32 as from_pretrained
does by default) and the arithmetic is done in float64, so the reference's own rounding is far below the
tolerance. (Debian has no PyTorch; NumPy is the independent implementation here.)

usage: hf_reference.py MODEL_DIR IDS.jsonl OURS.npy [TOLERANCE]
IDS.jsonl: {"ids": [...]} per line ([CLS] … [SEP], as the model's tokenizer gives). Compares the reference with
OURS.npy row by row, prints the largest absolute difference and exits 1 when it exceeds TOLERANCE (1e-5)."""
import json
import math
import os
import sys

import numpy as np

import safetensors_io

erf = np.vectorize(math.erf)  # exact erf without SciPy


def load_weights(folder):
    weights = {}
    for name, array in safetensors_io.read_folder(folder).items():
        for prefix in ("bert.", "distilbert."):
            if name.startswith(prefix):
                name = name[len(prefix):]
        name = name.replace("LayerNorm.gamma", "LayerNorm.weight").replace("LayerNorm.beta", "LayerNorm.bias")
        weights[name] = np.array(array, dtype=np.float32).astype(np.float64)
    return weights


def activation(name):
    if name == "gelu":
        return lambda x: 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    if name in ("gelu_new", "gelu_pytorch_tanh", "gelu_fast"):
        return lambda x: 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))
    if name == "relu":
        return lambda x: np.maximum(x, 0.0)
    raise ValueError(name)


def layer_norm(x, weight, bias, eps):
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


def softmax(x):
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def encoder(config, w, ids, mask):
    bert = config["model_type"] == "bert"
    hidden = config["hidden_size"] if bert else config["dim"]
    heads = config["num_attention_heads"] if bert else config["n_heads"]
    layers = config["num_hidden_layers"] if bert else config["n_layers"]
    eps = config.get("layer_norm_eps", 1e-12) if bert else 1e-12
    act = activation(config.get("hidden_act", "gelu") if bert else config.get("activation", "gelu"))
    head = hidden // heads
    batch, length = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids]
    if bert:
        x = x + w["embeddings.token_type_embeddings.weight"][np.zeros_like(ids)]
    x = x + w["embeddings.position_embeddings.weight"][np.arange(length)][None, :, :]
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
    additive = (1.0 - mask[:, None, None, :].astype(np.float64)) * float(np.finfo(np.float32).min)

    def linear(name, value):
        return value @ w[name + ".weight"].T + w[name + ".bias"]

    def split(value):
        return value.reshape(batch, length, heads, head).transpose(0, 2, 1, 3)

    for n in range(layers):
        if bert:
            p = f"encoder.layer.{n}."
            q, k, v = (split(linear(p + "attention.self." + m, x)) for m in ("query", "key", "value"))
        else:
            p = f"transformer.layer.{n}."
            q, k, v = (split(linear(p + "attention." + m, x)) for m in ("q_lin", "k_lin", "v_lin"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + additive
        context = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        if bert:
            x = layer_norm(linear(p + "attention.output.dense", context) + x,
                           w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
            y = linear(p + "output.dense", act(linear(p + "intermediate.dense", x)))
            x = layer_norm(y + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        else:
            x = layer_norm(linear(p + "attention.out_lin", context) + x, w[p + "sa_layer_norm.weight"],
                           w[p + "sa_layer_norm.bias"], eps)
            y = linear(p + "ffn.lin2", act(linear(p + "ffn.lin1", x)))
            x = layer_norm(y + x, w[p + "output_layer_norm.weight"], w[p + "output_layer_norm.bias"], eps)
    return x


def sentence_settings(folder):
    """(pooling mode, normalize) as sentence-transformers loads them; mean without normalising for a plain folder."""
    modules_file = os.path.join(folder, "modules.json")
    if not os.path.exists(modules_file):
        return "mean", False
    modules = json.load(open(modules_file))
    pooling, normalize = "mean", False
    for module in modules:
        if module["type"].endswith("Pooling"):
            cfg = json.load(open(os.path.join(folder, module["path"], "config.json")))
            pooling = [m for m in ("cls_token", "mean_tokens", "max_tokens", "lasttoken") if cfg.get("pooling_mode_" + m)][0]
        if module["type"].endswith("Normalize"):
            normalize = True
    return pooling, normalize


def pool(tokens, mask, mode):
    m = mask[:, :, None].astype(tokens.dtype)
    if mode in ("mean", "mean_tokens"):
        return (tokens * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    if mode == "cls_token":
        return tokens[:, 0]
    if mode == "max_tokens":
        return np.where(m == 0, -1e9, tokens).max(1)
    if mode == "lasttoken":
        return tokens[np.arange(tokens.shape[0]), mask.sum(1) - 1]
    raise ValueError(mode)


def embed(folder, sequences, batch_size=7):
    config = json.load(open(os.path.join(folder, "config.json")))
    weights = load_weights(folder)
    mode, normalize = sentence_settings(folder)
    rows = []
    for first in range(0, len(sequences), batch_size):
        batch = sequences[first:first + batch_size]
        longest = max(len(s) for s in batch)
        ids = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.int64)
        for r, s in enumerate(batch):
            ids[r, :len(s)] = s
            mask[r, :len(s)] = 1
        pooled = pool(encoder(config, weights, ids, mask), mask, mode)
        if normalize:
            pooled = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        rows.append(pooled)
    return np.concatenate(rows)


def main():
    folder, ids_file, ours_file = sys.argv[1:4]
    tolerance = float(sys.argv[4]) if len(sys.argv) > 4 else 1e-5
    sequences = [json.loads(line)["ids"] for line in open(ids_file)]
    reference = embed(folder, sequences)
    ours = np.load(ours_file)
    if ours.shape != reference.shape:
        print(f"shape {ours.shape} != reference {reference.shape}")
        sys.exit(1)
    difference = float(np.abs(ours - reference).max())
    print(f"max abs difference {difference:.3g} over {ours.shape[0]} texts x {ours.shape[1]} dims")
    sys.exit(0 if difference <= tolerance else 1)


if __name__ == "__main__":
    main()
