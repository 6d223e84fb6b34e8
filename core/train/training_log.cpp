#include "core/train/training_log.h"

#include "core/util/error.h"

namespace near2 {

TrainingLog::TrainingLog(const std::filesystem::path& file) : m_file(file), m_stream(file, std::ios::app)
{
    if (!m_stream)
        throw InputError(file, "cannot write the training log");
}

void TrainingLog::write(const nlohmann::ordered_json& line)
{
    m_stream << line.dump() << '\n';
    m_stream.flush();
    if (!m_stream)
        throw InputError(m_file, "cannot write the training log");
}

void TrainingLog::step(int epoch, std::size_t step, double loss, double lr)
{
    write({{"event", "step"}, {"epoch", epoch}, {"step", step}, {"loss", loss}, {"lr", lr}});
}

void TrainingLog::epoch(int epoch, double meanLoss, double seconds, const EvaluationResult* eval,
                        const std::string& evalSplit)
{
    nlohmann::ordered_json line = {
        {"event", "epoch"}, {"epoch", epoch}, {"mean_loss", meanLoss}, {"seconds", seconds}};
    if (eval)
        line["eval"] = evaluationJson(*eval, evalSplit);
    write(line);
}

nlohmann::ordered_json evaluationJson(const EvaluationResult& result, const std::string& split)
{
    nlohmann::ordered_json json = {{"split", split}, {"dims", result.dims}};
    for (std::size_t c = 0; c < result.columns.size(); ++c) {
        auto values = nlohmann::ordered_json::array();
        for (std::size_t d = 0; d < result.dims.size(); ++d)
            values.push_back(result.mean[d][c]);
        json[result.columns[c]] = values;
    }
    return json;
}

} // namespace near2
