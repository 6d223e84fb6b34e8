#!/usr/bin/env python3
"""Lists the entries of Qt .ts files that are not finished translations: unfinished, obsolete or vanished.

Usage: ts_status.py FILE.ts...   Prints them per file; exits 1 when there is any, 0 when every file is complete.
"""
import sys
import xml.etree.ElementTree as ElementTree

NOT_DONE = ("unfinished", "obsolete", "vanished")


def entries_to_do(path):
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else "unfinished"
            if state in NOT_DONE:
                yield state, name, message.findtext("source", ""), message.get("numerus") == "yes"


def main(paths):
    incomplete = False
    for path in paths:
        todo = list(entries_to_do(path))
        print(f"{path}: {len(todo)} entr{'y' if len(todo) == 1 else 'ies'} to do")
        for state, context, source, numerus in todo:
            print(f"  [{state}] {context}: {source!r}{' (plural forms)' if numerus else ''}")
        incomplete = incomplete or bool(todo)
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
