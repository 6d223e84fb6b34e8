# Strict warnings for the project's own targets; third-party headers come in as SYSTEM includes.
function(near2_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  # GCC 12 at -O3 (CMake's Release) reports std::string's operator+ as overlapping memcpy: a false positive
  # inside libstdc++ (GCC bug 105329), not fixable in our code. Other build types do not trigger it.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:-Wno-restrict>)
  endif()
  if(NEAR2_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Qt targets: no Qt keywords (LibTorch uses `slots`), and every visible string through tr().
function(near2_qt_hygiene target)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()
