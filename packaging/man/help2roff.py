#!/usr/bin/env python3
"""Fills a hand-written roff man page template with the options a built program prints for --help.

The prose (description, exit status, environment, examples) lives in the template; the options are read
from the program itself, so the man page cannot drift from the code. Understands CLI11's help (near2,
subcommands followed recursively) and QCommandLineParser's (near2-workbench).

Placeholders in the template: @VERSION@, @DATE@, @OPTIONS@ (top-level options), @ARGUMENTS@ (the
positional arguments with their .SH heading, or nothing), @COMMANDS@ (a subsection per subcommand, nested
ones included).

usage: help2roff.py PROGRAM_NAME BINARY TEMPLATE OUTPUT VERSION DATE   (OUTPUT ending in .gz is gzipped)
"""
import gzip
import os
import re
import subprocess
import sys

ENTRY = re.compile(r"^  (\S.*?)(?:\s{2,}(\S.*))?$")


def run_help(binary, name, words):
    # Runs at build time, also in sanitizer builds and without a display; English whatever the locale and the
    # builder's language preference (the workbench's QSettings, under XDG_CONFIG_HOME).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="", ASAN_OPTIONS="detect_leaks=0",
               XDG_CONFIG_HOME="/nonexistent")
    result = subprocess.run([name, *words, "--help"], executable=binary, env=env, capture_output=True,
                            text=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"help2roff: '{name} {' '.join(words)} --help' exited with {result.returncode}:\n{result.stderr}")
    return result.stdout


def parse(text):
    """Returns (free lines before the first section, {section title: [(term, description)]})."""
    preamble, sections, current = [], {}, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if re.match(r"^[A-Z][A-Za-z ]*:$", line):
            current = sections.setdefault(line[:-1], [])
        elif current is None:
            preamble.append(line.strip())
        elif (match := ENTRY.match(line)) and not line.startswith("   "):
            current.append([match.group(1).strip(), match.group(2) or ""])
        elif current:  # a continuation of the previous description
            current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
    return preamble, sections


def escape(text):
    """Roff-safe text; '-' becomes a real minus so that copied options work."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def term_roff(term):
    """'-h, --help' -> bold flags; 'INT:NONNEGATIVE', '<ms>' -> italic values."""
    words = []
    for word in term.split():
        if word.startswith("-"):
            words.append("\\fB" + escape(word) + "\\fR")
        else:
            words.append("\\fI" + escape(word) + "\\fR")
    return " ".join(words)


def entries_roff(entries, skip_help=False):
    out = []
    for term, description in entries:
        if skip_help and term.startswith("-h"):
            continue
        # CLI11 prints constraints after the option's name: move them into the description.
        if constraint := re.search(r"\s+((?:Needs|Excludes|Env):.*)$", term):
            term = term[: constraint.start()]
            description = f"{description} ({constraint.group(1)})".strip()
        out += [".TP", term_roff(term), escape(description) if description else ""]
    return "\n".join(line for line in out if line != "")


def arguments_roff(entries):
    return ".SH ARGUMENTS\n" + entries_roff(entries) if entries else ""


def commands_roff(binary, name, words, entries):
    out = []
    for sub, _ in entries:
        path = words + [sub]
        preamble, sections = parse(run_help(binary, name, path))
        out.append('.SS "' + escape(" ".join([name, *path])) + '"')
        description = [line for line in preamble if not line.startswith("Usage:")]
        if description:
            out.append(escape(" ".join(description)))
        options = sections.get("Options", []) + sections.get("Positionals", [])
        if any(not term.startswith("-h") for term, _ in options):
            out.append(entries_roff(options, skip_help=True))
        if "Subcommands" in sections:
            out.append(commands_roff(binary, name, path, sections["Subcommands"]))
    return "\n".join(out)


def main():
    name, binary, template, output, version, date = sys.argv[1:7]
    _, sections = parse(run_help(binary, name, []))
    with open(template, encoding="utf-8") as f:
        page = f.read()
    generated = {
        "@OPTIONS@": entries_roff(sections.get("Options", [])),
        "@ARGUMENTS@": arguments_roff(sections.get("Arguments", []) + sections.get("Positionals", [])),
        "@COMMANDS@": commands_roff(binary, name, [], sections.get("Subcommands", [])),
        "@VERSION@": version,
        "@DATE@": date,
    }
    for key, value in generated.items():
        page = page.replace(key, value)
    if leftover := re.search(r"@[A-Z]+@", page):
        sys.exit(f"help2roff: unknown placeholder {leftover.group(0)} in {template}")
    data = page.encode("utf-8")
    if output.endswith(".gz"):  # no name or time in the header: the same page gives the same bytes
        data = gzip.compress(data, compresslevel=9, mtime=0)
    with open(output + ".tmp", "wb") as f:
        f.write(data)
    os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main()
