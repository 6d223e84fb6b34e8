#include "core/store/run_provenance.h"


#include <nlohmann/json.hpp>

namespace near2 {

std::string provenanceToJson(const RunProvenance& provenance)
{
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file : provenance.files)
        files.push_back({{"path", file.path}, {"hash", file.contentHash}, {"bytes", file.bytes}});
    return nlohmann::json{{"modelKind", provenance.modelKind},
                          {"modelPaths", provenance.modelPaths},
                          {"files", files},
                          {"dim", provenance.dim},
                          {"gains", provenance.gains},
                          {"relevantThreshold", provenance.relevantThreshold},
                          {"k", provenance.k},
                          {"split", provenance.split},
                          {"toolVersion", provenance.toolVersion}}
        .dump();
}

RunProvenance provenanceFromJson(const std::string& text)
{
    try {
        const auto in = nlohmann::json::parse(text);
        RunProvenance provenance;
        provenance.modelKind = in.at("modelKind").get<std::string>();
        provenance.modelPaths = in.at("modelPaths").get<std::vector<std::string>>();
        for (const auto& file : in.at("files"))
            provenance.files.push_back({file.at("path").get<std::string>(), file.at("hash").get<std::string>(),
                                        file.at("bytes").get<std::uint64_t>()});
        provenance.dim = in.at("dim").get<std::size_t>();
        provenance.gains = in.at("gains").get<std::string>();
        provenance.relevantThreshold = in.at("relevantThreshold").get<double>();
        provenance.k = in.at("k").get<int>();
        provenance.split = in.at("split").get<std::string>();
        provenance.toolVersion = in.at("toolVersion").get<std::string>();
        return provenance;
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(error.what());
    }
}

std::string shortHash(const std::string& contentHash)
{
    return contentHash.substr(0, 12);
}

} // namespace near2
