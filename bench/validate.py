"""Benchmark peer: validate every claim file under a claims/ folder with libyaml + jsonschema.

Schema checks only (no quote verification, no conflicts, no canonical-form check): this is the
loop a project would write without evident. Usage: validate.py SCHEMA CLAIMS_DIR
"""
import json
import os
import sys

import jsonschema
import yaml

Loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    errors = files = 0
    for folder in sorted(os.listdir(sys.argv[2])):
        path = os.path.join(sys.argv[2], folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith(".yaml") or name == "source.yaml":
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                doc = yaml.load(f, Loader=Loader)
            files += 1
            for e in validator.iter_errors(doc):
                errors += 1
                print(f"{path}/{name}: {e.message}", file=sys.stderr)
    print(f"{files} claim files, {errors} schema errors ({Loader.__name__})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
