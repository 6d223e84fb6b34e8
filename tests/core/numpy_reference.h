#pragma once
// Reference values from NumPy: Debian's python3-numpy under /usr/bin/python3 runs a script written in the
// test, reading numbers from a file and printing numbers. Tests skip with a message where NumPy is absent.
#include "tests/core/test_support.h"

#include <span>
#include <string>
#include <vector>

namespace near2::test {

bool pythonNumpyAvailable();

// Numbers as one text line ("1.5 -2 …", full precision), for the script's input.
std::string numbersLine(std::span<const float> values);
std::string numbersLine(std::span<const double> values);

// Runs `script` with the path of a file holding `input` as its argument; returns every number it printed,
// in order. A failing script fails the calling test (ADD_FAILURE with its output) and returns nothing.
std::vector<double> runNumpy(const std::string& script, const std::string& input, const ScratchDir& scratch);

} // namespace near2::test

#define NEAR2_REQUIRE_NUMPY()                                                                                \
    if (!::near2::test::pythonNumpyAvailable())                                                              \
    GTEST_SKIP() << "/usr/bin/python3 cannot import numpy (Debian's python3-numpy): skipping the NumPy "     \
                    "reference check"
