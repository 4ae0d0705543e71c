"""The declarations of include/softplus.h as plain C text, the form cffi's cdef accepts.

cdef takes no preprocessor lines and no C++ guards, so this keeps what a C compiler sees after
preprocessing a header without macros of its own: comments, `#...` lines and the lines inside
`#ifdef __cplusplus ... #endif` are removed; the typedef'd enum and the prototypes stay, as written.
"""

import re


def declarations(header_text):
    text = re.sub(r"/\*.*?\*/", "", header_text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    kept, skipping, depth = [], False, 0
    for line in text.splitlines():
        directive = line.strip()
        if directive.startswith("#"):
            if not skipping and directive == "#ifdef __cplusplus":
                skipping, depth = True, 0
            elif skipping and directive.startswith("#if"):
                depth += 1
            elif skipping and directive.startswith("#endif"):
                skipping = depth > 0
                depth -= 1
            continue
        if not skipping and directive:
            kept.append(line)
    return "\n".join(kept) + "\n"


def function_names(declarations_text):
    """The names of the functions the declarations declare."""
    return re.findall(r"\b(\w+)\s*\([^;]*\)\s*;", declarations_text)
