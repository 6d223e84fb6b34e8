// Writes a model bundle around a BERT-shaped TorchScript model with random weights, for scripts/bench_encode.sh:
// `make_bert_bundle OUT LAYERS HIDDEN HEADS INTERMEDIATE VOCAB.txt`.
#include <cstdlib>
#include <iostream>

#include "tests/core/compute/test_encoder_fixture.h"

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::cerr << "usage: make_bert_bundle OUT LAYERS HIDDEN HEADS INTERMEDIATE VOCAB.txt\n";
        return 2;
    }
    near2::test::BertShape shape;
    shape.layers = std::atoi(argv[2]);
    shape.hidden = std::atoi(argv[3]);
    shape.heads = std::atoi(argv[4]);
    shape.intermediate = std::atoi(argv[5]);
    near2::test::writeBertBundle(argv[1], shape, R"("name": "bench-bert", "max_length": 128,)", argv[6]);
    std::cout << "wrote " << argv[1] << '\n';
    return 0;
}
