#!/usr/bin/env python3
"""Merges JSON reports of tools/exhaustive into one, function by function.

The full check of the nine functions can run as separate commands (one --function each, e.g. to use
the machine while others are busy, or to re-check one function after a change; the validation of the
candidates, which does not depend on the library, in a run of its own); each function's object carries
its own command, date and library, and the validation object its own command and date, so the merged
report keeps them. For a function present in several inputs the last sweep wins, and the last
validation. Functions are written in the order of spec/softplus.json.

Usage: python3 tools/exhaustive/merge_reports.py OUT.json IN.json [IN.json ...] [--spec spec/softplus.json]
"""
import argparse
import datetime
import json


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--spec", default="spec/softplus.json")
    arguments = parser.parse_args()

    with open(arguments.spec) as f:
        order = [function["name"] for function in json.load(f)["functions"]]
    header = None
    functions = {}
    for path in arguments.inputs:
        with open(path) as f:
            report = json.load(f)
        this_header = {key: report[key] for key in ("tool", "entry_points", "margins_log2")}
        if header is not None and this_header != header:
            raise SystemExit(f"{path}: made with other margins or by another tool than the first input")
        header = this_header
        for function in report["functions"]:
            if function["name"] not in order:
                raise SystemExit(f"{path}: {function['name']} is not a function of {arguments.spec}")
            merged_function = functions.setdefault(function["name"], {"name": function["name"]})
            if "checked" in function:
                validation = merged_function.get("validation")
                merged_function.clear()
                merged_function.update(function)
                if validation and "validation" not in function:
                    merged_function["validation"] = validation
            elif "validation" in function:
                merged_function["validation"] = function["validation"]

    merged = dict(header)
    merged["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    merged["functions"] = [functions[name] for name in order if name in functions]
    with open(arguments.output, "w") as f:
        json.dump(merged, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
