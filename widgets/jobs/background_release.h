#pragma once
// Results are let go on the jobs' pool, not on the GUI thread. A job's result can be large (a 100,000-product
// catalog, a project snapshot), and freeing it on the GUI thread, whenever a view let the old one go, held
// that thread for 142-164 ms in a normal build on reopening a 100,000-product project (850-1,070 ms under
// AddressSanitizer; a second typed dim 330-370 ms there). JobRunner::launch wraps every result (and a result
// that is itself a shared pointer): when the GUI thread drops the last copy, the object is destroyed on the
// pool; dropped last on another thread, it is destroyed there. A part of a result that the views keep on its
// own (a snapshot inside it, a context) is wrapped by the job that makes it.
#include <memory>
#include <type_traits>

namespace near2::jobs {

// Destroys `last` on the jobs' pool when called on the GUI thread, here otherwise (a worker, or no
// application any more).
void releaseInBackground(std::shared_ptr<const void> last);

// The deleter of releasedInBackground's pointers: holds the object's own owner and hands it on.
template <typename T> struct BackgroundRelease
{
    std::shared_ptr<const T> held;
    void operator()(const T*) { releaseInBackground(std::move(held)); }
};

// The same object, whose last owner hands it to releaseInBackground. `std::get_deleter<BackgroundRelease<T>>`
// tells whether a pointer is one.
template <typename T> std::shared_ptr<const T> releasedInBackground(std::shared_ptr<const T> object)
{
    if (!object)
        return object;
    const T* raw = object.get();
    return std::shared_ptr<const T>(raw, BackgroundRelease<T>{std::move(object)});
}

template <typename T> struct IsSharedPointer : std::false_type
{
};
template <typename T> struct IsSharedPointer<std::shared_ptr<const T>> : std::true_type
{
};

} // namespace near2::jobs
