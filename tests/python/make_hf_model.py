#!/usr/bin/python3
"""Writes a small random model folder in exactly Hugging Face's layout and key names (what `save_pretrained`
and sentence-transformers' `save` produce): config.json, model.safetensors (or shards with
model.safetensors.index.json), vocab.txt or tokenizer.json (+ tokenizer_config.json), and optionally the
sentence-transformers files (modules.json, 1_Pooling/config.json, sentence_bert_config.json,
config_sentence_transformers.json). NumPy only.

usage: make_hf_model.py OUT [--arch bert|distilbert] [--dtype F32|F16|BF16] [--pooling mean|cls|max|none]
       [--normalize] [--query-prompt P] [--document-prompt P] [--shards N] [--prefix bert.] [--tokenizer txt|json]
       [--layers 2] [--hidden 32] [--heads 4] [--intermediate 64] [--act gelu] [--max-seq-length N] [--seed 1]
       [--vocab-size N] [--old-layernorm-names]
`--pooling none` writes a plain Hugging Face folder (no sentence-transformers files)."""
import argparse
import json
import os

import numpy as np

import safetensors_io

WORDS = ["usb", "cable", "drill", "cordless", "hammer", "lamp", "desk", "chair", "red", "blue", "steel", "wood",
         "screw", "nail", "saw", "power", "tool", "light", "led", "battery", "charger", "phone", "case", "pro",
         "query", "passage", "mini", "max", "set", "kit"]


def vocabulary():
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ":", ",", ".", "-", "'"]
    tokens += [chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)]
    tokens += ["##" + chr(c) for c in range(ord("a"), ord("z") + 1)] + ["##" + str(d) for d in range(10)]
    tokens += ["##ing", "##s", "##er"] + WORDS
    return tokens


def bert_tensors(a, vocab_size, rng):
    h, i = a.hidden, a.intermediate
    def normal(*shape):
        return rng.normal(0, 0.5, size=shape).astype(np.float32)
    t = {"embeddings.word_embeddings.weight": normal(vocab_size, h),
         "embeddings.position_embeddings.weight": normal(a.max_positions, h),
         "embeddings.LayerNorm.weight": 1 + 0.1 * normal(h), "embeddings.LayerNorm.bias": 0.1 * normal(h)}
    if a.arch == "bert":
        t["embeddings.token_type_embeddings.weight"] = normal(2, h)
        parts = {"attention.self.query": (h, h), "attention.self.key": (h, h), "attention.self.value": (h, h),
                 "attention.output.dense": (h, h), "intermediate.dense": (i, h), "output.dense": (h, i)}
        norms = ["attention.output.LayerNorm", "output.LayerNorm"]
        layer = "encoder.layer.{}."
        t["pooler.dense.weight"], t["pooler.dense.bias"] = normal(h, h), normal(h)
    else:
        parts = {"attention.q_lin": (h, h), "attention.k_lin": (h, h), "attention.v_lin": (h, h),
                 "attention.out_lin": (h, h), "ffn.lin1": (i, h), "ffn.lin2": (h, i)}
        norms = ["sa_layer_norm", "output_layer_norm"]
        layer = "transformer.layer.{}."
    for n in range(a.layers):
        for part, shape in parts.items():
            t[layer.format(n) + part + ".weight"] = normal(*shape) / np.sqrt(shape[1]) * 2
            t[layer.format(n) + part + ".bias"] = 0.1 * normal(shape[0])
        for part in norms:
            t[layer.format(n) + part + ".weight"] = 1 + 0.1 * normal(h)
            t[layer.format(n) + part + ".bias"] = 0.1 * normal(h)
    return t


def config(a, vocab_size):
    if a.arch == "bert":
        return {"architectures": ["BertModel"], "model_type": "bert", "vocab_size": vocab_size,
                "hidden_size": a.hidden, "num_hidden_layers": a.layers, "num_attention_heads": a.heads,
                "intermediate_size": a.intermediate, "hidden_act": a.act, "max_position_embeddings": a.max_positions,
                "type_vocab_size": 2, "layer_norm_eps": 1e-12, "hidden_dropout_prob": 0.1,
                "attention_probs_dropout_prob": 0.1, "pad_token_id": 0, "position_embedding_type": "absolute",
                "torch_dtype": {"F32": "float32", "F16": "float16", "BF16": "bfloat16"}[a.dtype]}
    return {"architectures": ["DistilBertModel"], "model_type": "distilbert", "vocab_size": vocab_size, "dim": a.hidden,
            "n_layers": a.layers, "n_heads": a.heads, "hidden_dim": a.intermediate, "activation": a.act,
            "max_position_embeddings": a.max_positions, "dropout": 0.1, "attention_dropout": 0.1,
            "sinusoidal_pos_embds": False, "pad_token_id": 0}


def stored(name, array, a):
    if a.old_layernorm_names and "LayerNorm" in name:
        name = name.replace(".weight", ".gamma").replace(".bias", ".beta")
    if a.prefix:  # a task model's checkpoint (BertForMaskedLM…): every encoder tensor under "bert."
        name = a.prefix + name
    if a.dtype == "BF16":
        return name, ("BF16", safetensors_io.f32_to_bf16(array))
    return name, (a.dtype, array.astype(np.float16 if a.dtype == "F16" else np.float32))


def write_weights(a, tensors):
    entries = dict(stored(name, array, a) for name, array in tensors.items())
    if a.shards <= 1:
        safetensors_io.write(os.path.join(a.out, "model.safetensors"), entries, {"format": "pt"})
        return
    names = sorted(entries)
    weight_map = {}
    for s in range(a.shards):
        shard = f"model-{s + 1:05d}-of-{a.shards:05d}.safetensors"
        part = {n: entries[n] for n in names[s::a.shards]}
        safetensors_io.write(os.path.join(a.out, shard), part, {"format": "pt"})
        weight_map.update({n: shard for n in part})
    dump(os.path.join(a.out, "model.safetensors.index.json"), {"metadata": {"total_size": 0}, "weight_map": weight_map})


def dump(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2)


def write_tokenizer(a, tokens):
    if a.tokenizer == "txt":
        with open(os.path.join(a.out, "vocab.txt"), "w") as f:
            f.write("\n".join(tokens) + "\n")
        dump(os.path.join(a.out, "tokenizer_config.json"), {"do_lower_case": True, "model_max_length": 512,
                                                           "tokenizer_class": "BertTokenizer"})
        return
    dump(os.path.join(a.out, "tokenizer.json"), {
        "version": "1.0", "truncation": None, "padding": None,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                                      {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}]},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(tokens)}}})
    dump(os.path.join(a.out, "tokenizer_config.json"), {"model_max_length": 512, "tokenizer_class": "BertTokenizer"})


def write_sentence_transformers(a):
    modules = [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
               {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]
    if a.normalize:
        modules.append({"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"})
        os.makedirs(os.path.join(a.out, "2_Normalize"), exist_ok=True)
    dump(os.path.join(a.out, "modules.json"), modules)
    os.makedirs(os.path.join(a.out, "1_Pooling"), exist_ok=True)
    dump(os.path.join(a.out, "1_Pooling", "config.json"), {
        "word_embedding_dimension": a.hidden, "pooling_mode_cls_token": a.pooling == "cls",
        "pooling_mode_mean_tokens": a.pooling == "mean", "pooling_mode_max_tokens": a.pooling == "max",
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True})
    dump(os.path.join(a.out, "sentence_bert_config.json"), {"max_seq_length": a.max_seq_length, "do_lower_case": False})
    prompts = {}
    if a.query_prompt:
        prompts["query"] = a.query_prompt
    if a.document_prompt:
        prompts["document"] = a.document_prompt
    dump(os.path.join(a.out, "config_sentence_transformers.json"),
         {"__version__": {"sentence_transformers": "3.0.1"}, "prompts": prompts, "default_prompt_name": None,
          "similarity_fn_name": "cosine"})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--arch", default="bert")
    p.add_argument("--dtype", default="F32")
    p.add_argument("--pooling", default="mean")
    p.add_argument("--normalize", action="store_true")
    p.add_argument("--query-prompt", default="")
    p.add_argument("--document-prompt", default="")
    p.add_argument("--shards", type=int, default=1)
    p.add_argument("--prefix", default="")
    p.add_argument("--tokenizer", default="json")
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--hidden", type=int, default=32)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--intermediate", type=int, default=64)
    p.add_argument("--act", default="gelu")
    p.add_argument("--max-positions", type=int, default=64)
    p.add_argument("--max-seq-length", type=int, default=48)
    p.add_argument("--vocab-size", type=int, default=0, help="0: the vocabulary's size")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--old-layernorm-names", action="store_true")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    tokens = vocabulary()
    vocab_size = a.vocab_size or len(tokens)
    rng = np.random.default_rng(a.seed)
    write_weights(a, bert_tensors(a, vocab_size, rng))
    dump(os.path.join(a.out, "config.json"), config(a, vocab_size))
    write_tokenizer(a, tokens)
    if a.pooling != "none":
        write_sentence_transformers(a)


if __name__ == "__main__":
    main()
