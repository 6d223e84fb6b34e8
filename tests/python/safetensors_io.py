"""Reading and writing the safetensors format with the standard library and NumPy only (no `safetensors`
package): an 8-byte little-endian header length, a JSON header {name: {dtype, shape, data_offsets}}, the data.
BF16 has no NumPy dtype: it is kept as uint16 bit patterns (bf16_to_f32 / f32_to_bf16 convert)."""
import json
import struct

import numpy as np

NUMPY_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": np.uint16, "I64": np.int64, "I32": np.int32,
                "F64": np.float64, "U8": np.uint8, "I8": np.int8}


def f32_to_bf16(values):
    """Round-to-nearest-even float32 → bfloat16 bit patterns (uint16)."""
    bits = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32).astype(np.uint64)
    rounded = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16
    return rounded.astype(np.uint16)


def bf16_to_f32(bits):
    return (np.asarray(bits, dtype=np.uint16).astype(np.uint32) << 16).view(np.float32)


def write(path, tensors, metadata=None):
    """tensors: {name: (dtype_name, numpy array)} written in name order."""
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name in sorted(tensors):
        dtype, array = tensors[name]
        data = np.ascontiguousarray(array, dtype=NUMPY_DTYPES[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(np.shape(array)), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        for blob in blobs:
            out.write(blob)


def read(path):
    """{name: float32 or integer numpy array}, F16 and BF16 converted to float32."""
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + length])
    body = data[8 + length:]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        array = np.frombuffer(body[begin:end], dtype=NUMPY_DTYPES[entry["dtype"]]).reshape(entry["shape"])
        if entry["dtype"] == "BF16":
            array = bf16_to_f32(array).reshape(entry["shape"])
        elif entry["dtype"] == "F16":
            array = array.astype(np.float32)
        tensors[name] = array
    return tensors


def read_folder(folder):
    """Every tensor of model.safetensors, or of the shards model.safetensors.index.json names."""
    import os
    single = os.path.join(folder, "model.safetensors")
    if os.path.exists(single):
        return read(single)
    with open(os.path.join(folder, "model.safetensors.index.json")) as f:
        shards = sorted(set(json.load(f)["weight_map"].values()))
    tensors = {}
    for shard in shards:
        tensors.update(read(os.path.join(folder, shard)))
    return tensors
