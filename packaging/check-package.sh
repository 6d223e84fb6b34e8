#!/usr/bin/env bash
# Builds the Debian package of a built tree and checks it: metadata validators, the file list, the declared
# dependencies, and the installed programs run from a scratch root. Usage: check-package.sh [BUILD_DIR]
# (default build/), fully built (programs, icons, man pages). The CTest test "packaging_deb" runs it.
set -euo pipefail
build=$(cd "${1:-$(dirname "$0")/../build}" && pwd)
work=$build/packaging-check
rm -rf "$work"
mkdir -p "$work"

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
ok() { echo "check-package: ok: $*"; }
# logged NAME COMMAND...: runs COMMAND with its output in $work/NAME.log, shown only when it fails.
logged() { local name=$1; shift; "$@" > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; fail "$*"; }; }

echo "== cpack -G DEB"
logged cpack cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work"
grep -i 'warning' "$work/cpack.log" && fail "cpack warned (dpkg-shlibdeps?)"
debs=("$work"/near2-workbench_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one near2-workbench_*_amd64.deb in $work"
deb=${debs[0]}
ok "$(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Version: $version"
echo "Depends: $depends"
project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ "$version" = "$project_version-1" ] || fail "Version $version is not the project's $project_version-1"
has_dep() { [[ ",$depends," == *[\ ,]$1[\ ,\(]* ]]; }
for dep in libtorch1.13 libqt6widgets6 libopenblas0-openmp libsqlite3-0 libicu72; do
  has_dep "$dep" || fail "Depends lacks $dep"
done
# The Qt plugins the workbench loads at run time must come from a package in Depends.
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
  owner=$(dpkg -S "/usr/lib/x86_64-linux-gnu/qt6/plugins/$plugin" | cut -d: -f1)
  has_dep "$owner" || fail "Depends lacks $owner, which has the Qt plugin $plugin"
done
ok "Depends has the libraries and the packages of the Qt plugins loaded at run time"
# Every dependency must resolve against this machine's Debian 12 package database.
logged apt apt-get install --simulate --no-install-recommends "$deb"
ok "apt-get --simulate install resolves every dependency"

echo "== file list"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/files.txt"
expected=(
  /usr/bin/near2
  /usr/bin/near2-workbench
  /usr/share/applications/io.github.near2.Workbench.desktop
  /usr/share/metainfo/io.github.near2.Workbench.metainfo.xml
  /usr/share/mime/packages/io.github.near2.Workbench.xml
  /usr/share/icons/hicolor/scalable/apps/io.github.near2.Workbench.svg
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-near2-project.svg
  /usr/share/man/man1/near2.1.gz
  /usr/share/man/man1/near2-workbench.1.gz
  /usr/share/doc/near2-workbench/copyright
  /usr/share/doc/near2-workbench/changelog.Debian.gz
  /usr/share/doc/near2-workbench/user-guide.md
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.near2.Workbench.png"
             "/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-near2-project.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/files.txt" || fail "package lacks $path"
done
unexpected=$(grep -v -e '/$' -e '^/usr/bin/' -e '^/usr/share/' "$work/files.txt" || true)
[ -z "$unexpected" ] || fail "files outside /usr/bin and /usr/share: $unexpected"
ok "${#expected[@]} expected paths, nothing outside /usr/bin and /usr/share"

echo "== lintian"
# initial-upload-closes-no-bugs: the package is not meant for the Debian archive (no ITP bug to close).
logged lintian lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs "$deb"
ok "lintian: no errors or warnings"

echo "== install into a scratch root"
root=$work/root
dpkg -x "$deb" "$root"
for program in near2 near2-workbench; do
  binary=$root/usr/bin/$program
  if readelf -d "$binary" | grep -E 'RPATH|RUNPATH'; then fail "$program keeps an RPATH"; fi
  missing=$(ldd "$binary" | grep 'not found' || true)
  [ -z "$missing" ] || fail "$program: $missing"
done
ok "no RPATH, every library found in the system"
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/near2" --version | head -1) # line 2: MPI built in or not
[ "$out" = "near2 $project_version" ] || fail "near2 --version printed '$out'"
ok "installed near2 --version: $out"
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/near2-workbench" --version 2> /dev/null)
[ "$out" = "near2-workbench $project_version" ] || fail "near2-workbench --version printed '$out'"
ok "installed near2-workbench --version: $out"
zcat "$root/usr/share/doc/near2-workbench/changelog.Debian.gz" > "$work/changelog"
changelog=$(dpkg-parsechangelog -l "$work/changelog" -S Version)
[ "$changelog" = "$version" ] || fail "changelog.Debian.gz is at $changelog, the package at $version: add an entry"
ok "changelog.Debian.gz has an entry for $version"

echo "== desktop entry, AppStream, MIME, icons, man pages"
share=$root/usr/share
desktop=$share/applications/io.github.near2.Workbench.desktop
metainfo=$share/metainfo/io.github.near2.Workbench.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate"
ok "desktop-file-validate"
appstreamcli validate --no-net --no-color "$metainfo" || fail "appstreamcli validate"
ok "appstreamcli validate --no-net"
grep -q '^Exec=near2-workbench %f$' "$desktop" || fail "Exec line"
grep -q '^MimeType=application/x-near2-project;$' "$desktop" || fail "MimeType line"
# The MIME database built from the system's definitions plus ours maps *.near2 to the project type.
mime=$work/mime
mkdir -p "$mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/io.github.near2.Workbench.xml" "$mime/packages/"
logged mime env XDG_DATA_DIRS="$work" update-mime-database "$mime"
[ ! -s "$work/mime.log" ] || { cat "$work/mime.log"; fail "update-mime-database warned"; }
grep -q ':application/x-near2-project:\*\.near2' "$mime/globs2" || fail "*.near2 is not in globs2"
grep -q 'application/x-near2-project' "$mime/magic" || fail "no magic for the project type"
grep -qx 'application/x-near2-project:application-x-near2-project' "$mime/icons" || fail "MIME icon"
grep -qx 'application/x-near2-project application/vnd.sqlite3' "$mime/subclasses" || fail "not a subclass of SQLite"
ok "MIME database: *.near2 glob, SQLite application_id magic, icon"
# A project file renamed to *.sqlite is still recognised by its header (application_id 0x4E454132, "NEA2").
python3 - "$work/renamed.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA application_id = 0x4E454132")
db.execute("CREATE TABLE t(x)")
db.commit()
PY
type=$(XDG_DATA_HOME=$work XDG_DATA_DIRS=$work gio info -a standard::content-type "$work/renamed.sqlite" |
       sed -n 's/.*content-type: //p')
[ "$type" = application/x-near2-project ] || fail "a project file without its extension is '$type'"
ok "gio: a project file named *.sqlite is application/x-near2-project (magic)"
for size in 16 48 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/io.github.near2.Workbench.png
  file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not ${size}px"
done
for xml in "$share"/icons/hicolor/scalable/*/*.svg "$share/mime/packages/io.github.near2.Workbench.xml" "$metainfo"; do
  xmllint --noout "$xml" || fail "$xml is not well-formed XML"
done
ok "icons are PNGs of their size; SVG and XML well-formed"
for page in near2 near2-workbench; do
  manfile=$share/man/man1/$page.1.gz
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$manfile" 2>&1 > "$work/$page.txt") || fail "man $page"
  [ -z "$warnings" ] || fail "man $page: $warnings"
  grep -q -- '--version' "$work/$page.txt" || fail "man $page does not list --version"
done
for command in $("$root/usr/bin/near2" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 {print $1}'); do
  grep -q "^   near2 $command\$" "$work/near2.txt" || fail "man near2 lacks the command $command"
done
ok "man pages render without warnings; near2(1) documents every subcommand"
echo "check-package: all checks passed"
