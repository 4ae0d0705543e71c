"""The command line of the generators whose output is committed and checked for drift by ctest.

    python3 tools/tables/<generator>.py > <output>    # write the file
    python3 tools/tables/<generator>.py check         # exit 1 when the committed file differs
"""
import io
import os
import sys
from contextlib import redirect_stdout

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def run(main, output, generator):
    """Print main()'s file, or with the argument `check` compare it with the committed `output`
    (a path from the repository root) and exit 1 if they differ."""
    if sys.argv[1:] != ["check"]:
        main()
        return
    generated = io.StringIO()
    with redirect_stdout(generated):
        main()
    with open(os.path.join(ROOT, output)) as committed:
        if committed.read() != generated.getvalue():
            sys.exit(f"{output} is stale: run python3 tools/tables/{generator} > {output}")
    print(f"{os.path.basename(output)} matches tools/tables/{generator}")
