#pragma once
// The training log, JSON lines in the bundle (train-log.jsonl), flushed line by line so a stopped run keeps
// it:
// {"event":"config",…}, {"event":"step","epoch":1,"step":17,"loss":2.31,"lr":0.0004},
// {"event":"epoch","epoch":1,"mean_loss":…,"seconds":…,"eval":{"split":"test","dims":[…],"ndcg@10":[…],…}}
// and, at the end, {"event":"done"} or {"event":"cancelled"}.
#include "core/eval/sweep_scoring.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace near2 {

inline constexpr const char* kTrainingLogFileName = "train-log.jsonl";

class TrainingLog
{
public:
    explicit TrainingLog(const std::filesystem::path& file); // appends; throws InputError when it cannot
    void write(const nlohmann::ordered_json& line);
    void step(int epoch, std::size_t step, double loss, double lr);
    void epoch(int epoch, double meanLoss, double seconds, const EvaluationResult* eval,
               const std::string& evalSplit);

private:
    std::filesystem::path m_file;
    std::ofstream m_stream;
};

// {"split":…,"dims":[…],"<column>":[one value per dim],…}
nlohmann::ordered_json evaluationJson(const EvaluationResult& result, const std::string& split);

} // namespace near2
