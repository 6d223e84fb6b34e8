#include "core/util/output_folder.h"

#include "core/util/error.h"

#include <cerrno>
#include <csignal>
#include <random>
#include <system_error>
#include <unistd.h>

namespace near2 {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStagingTag = ".near2-staging-";
constexpr const char* kBackups = ".old"; // inside the staging folder: the files a merge replaced

std::string stagingName(const std::string& prefix)
{
    std::random_device device;
    return prefix + std::to_string(::getpid()) + "-" + std::to_string(device() % 1000000);
}

// "out/" and "out/." name the folder "out": rename() needs a last component that is a real name.
fs::path normalisedTarget(const fs::path& target)
{
    fs::path path = fs::absolute(target).lexically_normal();
    if (path.filename().empty())
        path = path.parent_path();
    return path;
}

bool writableFolder(const fs::path& folder)
{
    std::error_code error;
    return fs::is_directory(folder, error) && ::access(folder.c_str(), W_OK | X_OK) == 0;
}

bool processGone(const std::string& name, std::size_t prefixLength)
{
    const auto dash = name.find('-', prefixLength);
    if (dash == std::string::npos || dash == prefixLength)
        return false;
    try {
        const auto pid = static_cast<pid_t>(std::stol(name.substr(prefixLength, dash - prefixLength)));
        return pid > 0 && pid != ::getpid() && ::kill(pid, 0) == -1 && errno == ESRCH;
    } catch (const std::exception&) {
        return false;
    }
}

// One step of a merge, undone in reverse order when a later step fails.
struct MergeStep
{
    enum Kind { CreatedFolder, AddedFile, ReplacedFile } kind;
    fs::path target;
    fs::path backup; // ReplacedFile: the old file
};

void undo(const std::vector<MergeStep>& steps)
{
    for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
        std::error_code ignored;
        if (step->kind == MergeStep::ReplacedFile)
            fs::rename(step->backup, step->target, ignored);
        else
            fs::remove(step->target, ignored); // an added file, or a folder it created (empty by now)
    }
}

[[noreturn]] void mergeFailed(const fs::path& target, const fs::path& file, const std::string& why,
                              const std::vector<MergeStep>& steps)
{
    undo(steps);
    throw InputError(target, "cannot move " + file.string() + " into place (" + why +
                                 "); the folder is left as it was");
}

// Moves every file under `staging` (but its backups) to the same place under `target`, keeping each replaced
// file under staging/.old until all moved; on failure every step is undone.
void mergeInto(const fs::path& staging, const fs::path& target, const fs::path& shownTarget)
{
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(staging); it != fs::recursive_directory_iterator();
         ++it) {
        if (it->path().filename() == kBackups && it.depth() == 0) {
            it.disable_recursion_pending();
            continue;
        }
        if (!it->is_directory())
            files.push_back(it->path().lexically_relative(staging));
    }
    std::vector<MergeStep> steps;
    for (const auto& relative : files) {
        const fs::path destination = target / relative;
        std::error_code error;
        fs::path folder = target;
        for (const auto& part : relative.parent_path()) {
            folder /= part;
            if (fs::is_directory(folder, error))
                continue;
            if (!fs::create_directory(folder, error) || error)
                mergeFailed(shownTarget, relative, "cannot create the folder " + part.string(), steps);
            steps.push_back({MergeStep::CreatedFolder, folder, {}});
        }
        const auto status = fs::symlink_status(destination, error);
        if (fs::is_directory(status))
            mergeFailed(shownTarget, relative, "a folder of that name is in the way", steps);
        if (fs::exists(status)) {
            const fs::path backup = staging / kBackups / relative;
            fs::create_directories(backup.parent_path(), error);
            if (!error && ::link(destination.c_str(), backup.c_str()) != 0) // keeps the old file, no gap
                fs::rename(destination, backup, error);
            if (error)
                mergeFailed(shownTarget, relative, "cannot set the old file aside: " + error.message(),
                            steps);
            steps.push_back({MergeStep::ReplacedFile, destination, backup});
        } else {
            steps.push_back({MergeStep::AddedFile, destination, {}});
        }
        fs::rename(staging / relative, destination, error);
        if (error) {
            if (steps.back().kind == MergeStep::AddedFile)
                steps.pop_back();
            mergeFailed(shownTarget, relative, error.message(), steps);
        }
    }
}

} // namespace

OutputFolder::OutputFolder(fs::path target) : m_target(std::move(target))
{
    const fs::path path = normalisedTarget(m_target);
    std::error_code error;
    const auto status = fs::symlink_status(path, error);
    if (fs::exists(status)) {
        if (!fs::is_directory(fs::status(path, error)))
            throw InputError(m_target, "the output folder exists and is not a folder");
        if (!writableFolder(path))
            throw InputError(m_target, "the output folder is not writable");
        // A symlink is never replaced by a rename: its folder is merged into.
        m_targetHadEntries = fs::is_symlink(status);
        for (const auto& entry : fs::directory_iterator(path, error))
            if (!entry.path().filename().string().starts_with(kStagingTag))
                m_targetHadEntries = true;
        return;
    }
    fs::path existing = path.parent_path();
    while (!fs::exists(existing, error) && existing.has_relative_path())
        existing = existing.parent_path();
    if (!writableFolder(existing))
        throw InputError(m_target, "cannot create the output folder: " + existing.string() +
                                       " is not a writable folder");
}

OutputFolder::~OutputFolder()
{
    if (!m_committed)
        discard();
}

const fs::path& OutputFolder::staging()
{
    if (m_staging.empty())
        createStaging();
    return m_staging;
}

void OutputFolder::createStaging()
{
    const fs::path path = normalisedTarget(m_target);
    fs::path folder = m_targetHadEntries ? path : path.parent_path();
    const std::string prefix =
        m_targetHadEntries ? std::string(kStagingTag) : "." + path.filename().string() + kStagingTag;
    std::vector<fs::path> missing;
    std::error_code error;
    for (fs::path parent = folder; !fs::exists(parent, error) && parent.has_relative_path();
         parent = parent.parent_path())
        missing.insert(missing.begin(), parent);
    for (const auto& parent : missing) {
        if (!fs::create_directory(parent, error) && error) {
            discard();
            throw InputError(m_target, "cannot create the output folder: " + error.message());
        }
        m_createdParents.push_back(parent);
    }
    removeStaleStaging(folder, prefix);
    const fs::path staging = folder / stagingName(prefix);
    if (!fs::create_directory(staging, error) || error) {
        discard();
        throw InputError(m_target, "cannot write into the output folder: " + error.message());
    }
    m_staging = staging;
}

void OutputFolder::removeStaleStaging(const fs::path& folder, const std::string& prefix) const
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && processGone(name, prefix.size())) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored);
        }
    }
}

void OutputFolder::commit()
{
    const fs::path staged = staging();
    const fs::path path = normalisedTarget(m_target);
    std::error_code error;
    if (!m_targetHadEntries) {
        fs::rename(staged, path, error); // replaces an empty folder; fails on one that gained files meanwhile
        if (!error) {
            m_committed = true;
            return;
        }
        if (error != std::errc::directory_not_empty && error != std::errc::file_exists)
            throw InputError(m_target, "cannot move the finished files into place: " + error.message());
    }
    mergeInto(staged, path, m_target);
    m_committed = true;
    fs::remove_all(staged, error);
}

void OutputFolder::discard()
{
    std::error_code ignored;
    if (!m_staging.empty())
        fs::remove_all(m_staging, ignored);
    for (auto parent = m_createdParents.rbegin(); parent != m_createdParents.rend(); ++parent)
        fs::remove(*parent, ignored); // only while empty
    m_createdParents.clear();
}

} // namespace near2
