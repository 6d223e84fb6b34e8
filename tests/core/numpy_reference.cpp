#include "tests/core/numpy_reference.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace near2::test {

namespace {

template <typename T> std::string joined(std::span<const T> values)
{
    std::ostringstream out;
    out.precision(17);
    for (std::size_t i = 0; i < values.size(); ++i)
        out << (i ? " " : "") << static_cast<double>(values[i]);
    return out.str();
}

} // namespace

bool pythonNumpyAvailable()
{
    return std::system("/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1") == 0;
}

std::string numbersLine(std::span<const float> values)
{
    return joined(values);
}

std::string numbersLine(std::span<const double> values)
{
    return joined(values);
}

std::vector<double> runNumpy(const std::string& script, const std::string& input, const ScratchDir& scratch)
{
    writeText(scratch / "reference.py", script);
    writeText(scratch / "input.txt", input);
    const std::string command = "/usr/bin/python3 " + (scratch / "reference.py").string() + " " +
                                (scratch / "input.txt").string() + " 2>&1";
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return {};
    }
    char chunk[4096];
    for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0;)
        output.append(chunk, n);
    if (::pclose(pipe) != 0) {
        ADD_FAILURE() << "the NumPy reference failed:\n" << output;
        return {};
    }
    std::istringstream numbers(output);
    std::vector<double> values;
    for (double value; numbers >> value;)
        values.push_back(value);
    return values;
}

} // namespace near2::test
