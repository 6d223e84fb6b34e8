#pragma once
// Query types for a whole dataset, and how well derived types agree with given ones.
#include "core/data/dataset.h"
#include "core/query_types/query_type.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace near2 {

// One type name per query of `dataset.queries`, in order: the query's own "type" field where it has a
// non-empty one (the dataset's word wins), otherwise the classifier's, learnt from `dataset.corpus`.
std::vector<std::string> resolvedQueryTypes(const Dataset& dataset);

// The classifier's type of every query of `dataset`, ignoring any "type" field.
std::vector<std::string> classifiedQueryTypes(const Dataset& dataset);

struct TypeScore
{
    std::size_t truePositives = 0, falsePositives = 0, falseNegatives = 0;
    double precision() const;
    double recall() const;
};

struct TypeAgreement
{
    std::map<std::string, TypeScore> perType; // every type named on either side
    std::size_t agreeing = 0, total = 0;
    double share() const
    {
        return total == 0 ? 0.0 : static_cast<double>(agreeing) / static_cast<double>(total);
    }
};

// `predicted` against `expected`, position by position (same length).
TypeAgreement compareTypes(const std::vector<std::string>& predicted,
                           const std::vector<std::string>& expected);

} // namespace near2
