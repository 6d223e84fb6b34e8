#pragma once
// JSON kept in a project's TEXT columns. A damaged value (not JSON, the wrong shape, absurdly deep) becomes
// an InputError naming the project file and the table.column, never a library exception.
#include "core/store/sqlite_database.h"
#include "core/util/error.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>
#include <string>

namespace near2::store {

[[noreturn]] inline void throwDamagedColumn(const Database& db, const std::string& column,
                                            const std::string& why)
{
    throw InputError(db.file(), column, "damaged project data (" + why + ")");
}

// Parses `text`, refusing nesting deeper than kMaxJsonDepth.
inline nlohmann::json parseJsonColumn(const Database& db, const std::string& column, const std::string& text)
{
    if (const std::string problem = jsonDepthProblem(text); !problem.empty())
        throwDamagedColumn(db, column, "its JSON is " + problem);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& error) {
        throwDamagedColumn(db, column, jsonErrorReason(error));
    }
}

// Runs `convert` (reading values out of parsed JSON); a JSON type or range error becomes InputError.
template <typename Convert>
auto convertJsonColumn(const Database& db, const std::string& column, Convert convert)
{
    try {
        return convert();
    } catch (const nlohmann::json::exception& error) {
        throwDamagedColumn(db, column, jsonErrorReason(error));
    }
}

} // namespace near2::store
