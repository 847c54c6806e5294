#!/usr/bin/env python3
"""Runs the seed's own Python examples for the routes this build serves, against a running platform.

The seed document lost its line breaks, so each example is one line; the statements are split back
apart, nothing else is changed except, with --base, the address the examples hard-code.

usage: seed_examples.py SEED_FILE [--base http://127.0.0.1:PORT] [--workdir DIR]
Exits non-zero when an example fails or answers a status outside 2xx.
"""
import argparse
import contextlib
import io
import os
import re
import sys

SERVED = {"accounts", "account", "tokens", "images", "samples", "objects", "config", "features", "plugins", "healthcheck",
          "detector", "attributes", "faces", "lists", "handlers", "events", "tasks", "verifiers"}
# the task routes served (ADR 0020, ADR 0021): an example that makes a task of another type is left out
SERVED_TASKS = {"gc", "linker", "exporter", "cross_match", "clustering", "reporter", "roc", "errors", "count", "schedules"}
TASK_ROUTE = re.compile(r'tasks/([a-z_]+)')
# a VisionLabs descriptor file (descriptor56) holds another model's version, which this platform refuses (ADR 0007)
FOREIGN_DESCRIPTOR = re.compile(r'open\("descriptor\d+"')
# the resources an example calls: f"{baseUri}/faces/...", or an address written out, "http://127.0.0.1:5000/6/attributes"
RESOURCE = re.compile(r'baseUri\}/([a-z_]+)|127\.0\.0\.1:5000/(?:6/)?([a-z_]+)')
STATEMENT = re.compile(r'\s(?=(import |baseUri = |url = |headers = |response = |payload = |sampleId = |tokenId = '
                       r'|imageId = |objectId = |attributeId = |faceId = |listId = |dynamicHandlerId = |handlerId = |verifierId = |eventId = |taskId = |scheduleId = |errorIds = |errorId = |params = '
                       r'|from |time\.sleep\(|print\(|with open\(|#|(?<!= )requests\.(post|get|delete|head)\())')
FROM_IMPORT = re.compile(r'(from [a-z_.]+) import ')


def examples(seed_path):
    with open(seed_path, encoding="utf-8") as seed:
        for number, line in enumerate(seed, start=1):
            # four handler examples lost their opening comment and start with the import itself
            is_example = line.startswith("# This example is written using requests library") or line.startswith("import requests ")
            if is_example and in_scope(line):
                yield number, split(line.strip())


def split(example):
    """The example's statements a line each; "from uuid import uuid4" stays one statement, and starts one."""
    kept = FROM_IMPORT.sub(lambda m: m.group(1) + " \0", example)
    return STATEMENT.sub("\n", kept).replace(" \0", " import ")


def in_scope(example):
    """An example runs when every resource it calls is served, so a chain through an unserved one is left out,
    and when it needs no VisionLabs descriptor file."""
    resources = {a or b for a, b in RESOURCE.findall(example)}
    tasks = set(TASK_ROUTE.findall(example))
    return (bool(resources) and resources <= SERVED and tasks <= SERVED_TASKS
            and not FOREIGN_DESCRIPTOR.search(example))


def run(code):
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, "<example>", "exec"), {})
        except Exception as e:  # an example's own failure is reported, not raised
            error = e
    return out.getvalue().splitlines(), error


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed")
    parser.add_argument("--base", default="http://127.0.0.1:5000")
    parser.add_argument("--workdir", default=".")
    args = parser.parse_args()
    os.chdir(args.workdir)
    failures = 0
    total = 0
    for number, code in examples(args.seed):
        total += 1
        code = code.replace("http://127.0.0.1:5000", args.base)
        printed, error = run(code)
        status = printed[0] if printed else None
        ok = status is not None and status.isdigit() and 200 <= int(status) < 300
        # one seed example prints .json() of an image it fetched: its status still tells
        if ok and error is not None and type(error).__name__ not in ("JSONDecodeError", "RequestsJSONDecodeError"):
            ok = False
        note = f" ({type(error).__name__} after the status line)" if ok and error else ""
        print(f"{'ok  ' if ok else 'FAIL'} seed line {number}: status {status}{note}"
              + ("" if ok else f"\n  printed: {printed}\n  error: {error!r}\n  code:\n{code}"))
        failures += 0 if ok else 1
    print(f"{total - failures} passed, {failures} failed")
    sys.exit(1 if failures or total == 0 else 0)


if __name__ == "__main__":
    main()
