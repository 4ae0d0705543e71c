"""Renders sp_test_table.h, the spec as C X-macros for the C, C++ and libffi tests.

C cannot read JSON, so the build generates this table from the spec (it is a build output, not committed):
a function added to the spec is tested in every language without an edit to any test.
"""

import json
import math

import spec as spec_module


# The losses' vector files, Tests/vectors/training/<stem>_<suffix>.txt, as tools/reference/training_loss_vectors.py
# names them.
LOSS_VECTOR_STEMS = {"bce_with_logits": "bce"}


def _c_number(value):
    if math.isinf(value):
        return "INFINITY" if value > 0 else "-INFINITY"
    return repr(value)


def _lines(rows):
    return "".join(f"    {row} \\\n" for row in rows) + "\n"


def render(spec):
    functions = []
    for function in spec.functions:
        _, lowest, highest = spec_module.domain_bounds(function.domain)
        lowest = -math.inf if lowest is None else lowest
        highest = math.inf if highest is None else highest
        functions.append(f"X({function.name}, {_c_number(lowest)}, {_c_number(highest)})")
    specials = [f"X({function.name}, {_c_number(argument)}, {_c_number(result)}, "
                f"{int(spec_module.fits_float32(argument) and spec_module.fits_float32(result))}, {json.dumps(text)})"
                for function in spec.functions
                for text, argument, result in spec_module.exact_special_values(function)]
    statuses = [f"X({s.c}, {s.value}, {json.dumps(s.message)})" for s in spec.statuses]
    formats = [f"X({fmt.suffix}, {fmt.c_type}, {fmt.bits})" for fmt in spec.formats]
    training = spec.training or {}
    unary = [f"X({entry['id']})" for entry in training.get("unary", ())]
    backward = [f"X({entry['function']})" for entry in training.get("backward", ())]
    losses = [f"X({entry['id']}, {LOSS_VECTOR_STEMS[entry['id']]})" for entry in training.get("losses", ())]
    # The parameterized functions by their number of parameters: a C signature per list.
    if any(len(entry["parameters"]) not in (1, 2) for entry in training.get("parameterized", ())):
        raise ValueError("test_table: a parameterized training function with other than 1 or 2 parameters")
    parameterized = {count: [f"X({entry['id']}, {', '.join(p for p, _ in entry['parameters'])})"
                             for entry in training.get("parameterized", ()) if len(entry["parameters"]) == count]
                     for count in (1, 2)}
    return (
        "/* GENERATED from spec/softplus.json by tools/header/generate.py test-table: a build output. */\n"
        "#ifndef SP_TEST_TABLE_H\n"
        "#define SP_TEST_TABLE_H\n"
        "\n"
        "#include <math.h>\n"
        "\n"
        f'#define SP_TEST_VERSION "{spec.version}"\n'
        f"#define SP_TEST_FUNCTION_COUNT {len(spec.functions)}\n"
        f"#define SP_TEST_ENTRY_POINT_COUNT {len(spec.entry_points)}\n"
        "\n"
        "/* X(suffix, c_type, bits): the floating-point formats. */\n"
        "#define SP_TEST_FORMATS(X) \\\n" + _lines(formats) +
        "/* X(name, lowest, highest): every function with its closed domain [lowest, highest]. */\n"
        "#define SP_TEST_FUNCTIONS(X) \\\n" + _lines(functions) +
        "/* X(name, argument, result, holds_for_f32, text): the spec's special values stated exactly. */\n"
        "#define SP_TEST_SPECIAL_VALUES(X) \\\n" + _lines(specials) +
        "/* X(c_name, value, message): the status codes. */\n"
        "#define SP_TEST_STATUSES(X) \\\n" + _lines(statuses) +
        "/* The training section (softplus_training.h), vectors in Tests/vectors/training. X(name): the unary\n"
        " * functions (the family's shape); X(function): the backward products sp_<function>_backward_<t>_array;\n"
        " * X(name, vector file stem): the losses; X(name, parameters...): the parameterized functions with 1 and 2 parameters. */\n"
        "#define SP_TEST_TRAINING_UNARY(X) \\\n" + _lines(unary) +
        "#define SP_TEST_TRAINING_BACKWARD(X) \\\n" + _lines(backward) +
        "#define SP_TEST_TRAINING_LOSSES(X) \\\n" + _lines(losses) +
        "#define SP_TEST_TRAINING_PARAMETERIZED_1(X) \\\n" + _lines(parameterized[1]) +
        "#define SP_TEST_TRAINING_PARAMETERIZED_2(X) \\\n" + _lines(parameterized[2]) +
        "#endif\n"
    )
