#pragma once
// NEAR²'s query types, as names stored in datasets and projects: see docs/query-types.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

enum class QueryType { Short, Alphanumeric, Implicit, Specific, Other };

// "short", "alphanumeric", "implicit", "specific", "other".
const char* queryTypeName(QueryType type);
// The type called `name`, if any.
std::optional<QueryType> queryTypeNamed(std::string_view name);
// Every type, in the order above.
std::vector<QueryType> allQueryTypes();

} // namespace near2
