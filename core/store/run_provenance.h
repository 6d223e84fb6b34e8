#pragma once
// Where one run's numbers come from (issue 16): its own model or embedding files with their content hashes,
// and the gains, relevance threshold, k, split and NEAR² version it was evaluated with. Stored with the run
// (runs.provenance, schema 5), because the project's sources name only the model of the latest build: a
// report on an older run must not show the newer run's model. Runs stored before schema 5 have none.
#include <cstdint>
#include <string>
#include <vector>

namespace near2 {

struct ProvenanceFile
{
    std::string path;        // as given (a bundle's files: the folder joined with the name inside it)
    std::string contentHash; // ContentHasher hex; empty when the file could not be read when stored
    std::uint64_t bytes = 0;
};

struct RunProvenance
{
    std::string modelKind; // "bundle" | "embeddings" | "stand-in"
    std::vector<std::string> modelPaths;
    std::vector<ProvenanceFile> files;
    std::size_t dim = 0;
    std::string gains;
    double relevantThreshold = 1.0;
    int k = 0;
    std::string split;
    std::string toolVersion; // NEAR2_VERSION of the build that evaluated the run
};

std::string provenanceToJson(const RunProvenance& provenance);
// Throws std::runtime_error (with the JSON parser's or converter's message) for text it cannot read.
RunProvenance provenanceFromJson(const std::string& text);

// The first 12 hex digits of a content hash, as reports print it.
std::string shortHash(const std::string& contentHash);

} // namespace near2
