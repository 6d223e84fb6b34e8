#include "core/query_types/query_type.h"

namespace near2 {

const char* queryTypeName(QueryType type)
{
    switch (type) {
    case QueryType::Short:
        return "short";
    case QueryType::Alphanumeric:
        return "alphanumeric";
    case QueryType::Implicit:
        return "implicit";
    case QueryType::Specific:
        return "specific";
    case QueryType::Other:
        break;
    }
    return "other";
}

std::vector<QueryType> allQueryTypes()
{
    return {QueryType::Short, QueryType::Alphanumeric, QueryType::Implicit, QueryType::Specific,
            QueryType::Other};
}

std::optional<QueryType> queryTypeNamed(std::string_view name)
{
    for (const auto type : allQueryTypes())
        if (name == queryTypeName(type))
            return type;
    return std::nullopt;
}

} // namespace near2
