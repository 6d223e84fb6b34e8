#!/usr/bin/env python3
"""Export a sentence-transformers (or plain Hugging Face BERT-family) model to a near2 model bundle.

    tools/export_sentence_transformer.py MODEL OUT_DIR [--max-length 128] [--mrl-dims 64,128,256,768]
                                          [--query-prefix "query: "] [--document-prefix ""]

Writes OUT_DIR/model.pt (TorchScript, traced: forward(input_ids, attention_mask) -> token embeddings [B,L,H]),
OUT_DIR/vocab.txt and OUT_DIR/near2-model.json, then prints the largest absolute difference between the
model's own sentence embeddings and the bundle's (mean or CLS pooling as the model says, then normalisation).
Needs torch and sentence-transformers (or transformers for a plain model).
"""
import argparse
import json
import os

import torch


class TokenEmbeddings(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask, return_dict=False)[0]


def load(name):
    """(transformer, tokenizer, pooling, normalize, reference encode function)."""
    try:
        from sentence_transformers import SentenceTransformer
        from sentence_transformers.models import Normalize, Pooling
    except ImportError:
        SentenceTransformer = None
    if SentenceTransformer is not None:
        st = SentenceTransformer(name, device="cpu")
        pooling, normalize = "mean", False
        for module in st:
            if isinstance(module, Pooling):
                pooling = "cls" if module.pooling_mode_cls_token else "mean"
            if isinstance(module, Normalize):
                normalize = True
        return st[0].auto_model, st.tokenizer, pooling, normalize, \
            lambda texts: st.encode(texts, convert_to_tensor=True, normalize_embeddings=True)
    from transformers import AutoModel, AutoTokenizer
    model, tokenizer = AutoModel.from_pretrained(name), AutoTokenizer.from_pretrained(name)

    def reference(texts):
        batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
        tokens = model(**batch).last_hidden_state
        weights = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (tokens * weights).sum(1) / weights.sum(1)
        return torch.nn.functional.normalize(pooled, dim=1)
    return model, tokenizer, "mean", True, reference


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model")
    parser.add_argument("out")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--mrl-dims", default="")
    parser.add_argument("--query-prefix", default="")
    parser.add_argument("--document-prefix", default="")
    args = parser.parse_args()

    model, tokenizer, pooling, normalize, reference = load(args.model)
    model.eval()
    os.makedirs(args.out, exist_ok=True)
    examples = ["cordless drill 20v", "usb-c cable, 2 m, braided nylon for phones and laptops"]
    batch = tokenizer(examples, padding=True, truncation=True, max_length=args.max_length, return_tensors="pt")
    with torch.no_grad():
        traced = torch.jit.trace(TokenEmbeddings(model), (batch["input_ids"], batch["attention_mask"]), strict=False)
    traced.save(os.path.join(args.out, "model.pt"))
    tokenizer.save_vocabulary(args.out)  # vocab.txt for WordPiece tokenizers
    dim = model.config.hidden_size
    manifest = {
        "format": "near2-model/1",
        "name": os.path.basename(args.model.rstrip("/")),
        "dim": dim,
        "mrl_dims": [int(d) for d in args.mrl_dims.split(",") if d] or [dim],
        "max_length": args.max_length,
        "pooling": pooling,
        "normalize": True,
        "tokenizer": "vocab.txt",
        "lowercase": bool(getattr(tokenizer, "do_lower_case", True)),
        "query_prefix": args.query_prefix,
        "document_prefix": args.document_prefix,
    }
    with open(os.path.join(args.out, "near2-model.json"), "w") as out:
        json.dump(manifest, out, indent=2)

    loaded = torch.jit.load(os.path.join(args.out, "model.pt"))
    texts = examples + ["hammer", "Makita XFD131 18V LXT Lithium-Ion Brushless Cordless Driver-Drill Kit"]
    batch = tokenizer(texts, padding=True, truncation=True, max_length=args.max_length, return_tensors="pt")
    with torch.no_grad():
        tokens = loaded(batch["input_ids"], batch["attention_mask"])
        if pooling == "cls":
            ours = tokens[:, 0]
        else:
            weights = batch["attention_mask"].unsqueeze(-1).float()
            ours = (tokens * weights).sum(1) / weights.sum(1)
        ours = torch.nn.functional.normalize(ours, dim=1)
        theirs = torch.nn.functional.normalize(torch.as_tensor(reference(texts)).float(), dim=1)
    print(f"wrote {args.out} (dim {dim}, pooling {pooling}); largest difference to the model's own embeddings: "
          f"{(ours - theirs).abs().max().item():.2e}")


if __name__ == "__main__":
    main()
