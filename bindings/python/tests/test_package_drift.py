"""The package follows spec/softplus.json: the generated modules (_functions.py,
_training_functions.py) are what the spec generates, and the package exports
exactly the spec's functions (softplus.training its training functions)."""

import importlib.util

from package_support import BINDINGS, FUNCTION_NAMES, SPEC, softplus


def load_generator():
    path = BINDINGS / "tools" / "generate_functions.py"
    spec = importlib.util.spec_from_file_location("generate_functions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_functions_module_matches_the_spec():
    generator = load_generator()
    committed = (BINDINGS / "softplus" / "_functions.py").read_text()
    assert committed == generator.render(SPEC), "run python3 bindings/python/tools/generate_functions.py"


def test_generated_training_module_matches_the_spec():
    generator = load_generator()
    committed = (BINDINGS / "softplus" / "_training_functions.py").read_text()
    assert committed == generator.render_training(SPEC), "run python3 bindings/python/tools/generate_functions.py"


def test_training_module_exports_every_spec_training_function():
    from softplus import training

    for entry in SPEC["training"]["unary"]:
        assert callable(getattr(training, entry["id"])) and entry["definition"] in " ".join(getattr(training, entry["id"]).__doc__.split())
    for entry in SPEC["training"]["parameterized"]:
        assert callable(getattr(training, entry["id"]))
    assert set(training.__all__) <= set(dir(training))


def test_package_exports_every_spec_function_and_nothing_else_callable():
    exported = {name: getattr(softplus, name) for name in softplus.__all__}
    exported_functions = {name for name, value in exported.items() if callable(value) and not isinstance(value, type)}
    assert exported_functions == set(FUNCTION_NAMES) | {"library_version", "kernel_isa"}


def test_kernel_isa_is_a_path_of_the_spec():
    paths = {path["isa"] for path in SPEC["kernels"]["x86_64"]} | {"portable"}
    assert softplus.kernel_isa() in paths


def test_versions_are_the_spec_version():
    assert softplus.__version__ == SPEC["version"]
    assert softplus.library_version() == SPEC["version"]


def test_each_docstring_states_definition_domain_special_values_and_accuracy():
    def words(text):
        return " ".join(text.split())

    for function in SPEC["functions"]:
        doc = words(getattr(softplus, function["name"]).__doc__)
        assert function["definition"] in doc
        assert f"Domain: {function['domain']}" in doc
        for special in function["special"]:
            assert words(special) in doc
        assert "within 1 ULP of the correctly rounded result" in doc
