#pragma once
// Label → gain. "--gains E=1,S=0.1,C=0.01,I=0" by default (the ESCI paper's gains); a numeric label
// that is not in the map gains its own value (trec_eval's convention for graded qrels).
#include "core/util/input_field.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace near2 {

class GainMap
{
public:
    GainMap(); // the ESCI defaults
    // Parses "E=1,S=0.1,C=0.01,I=0". Throws InputError naming `option` on a malformed entry.
    static GainMap parse(const std::string& spec, InputField option = InputField::Gains);

    // The gain of `label`, or nothing for a label that is neither mapped nor a number.
    std::optional<double> gainOf(const std::string& label) const;
    std::string toString() const; // "E=1,S=0.1,C=0.01,I=0"

private:
    std::vector<std::pair<std::string, double>> m_gains;
};

} // namespace near2
