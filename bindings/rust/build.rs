//! Generates the crate's FFI declarations and safe wrappers from the C headers, softplus.h and (when it is
//! beside it) softplus_training.h, and tells rustc where libsoftplus is. The header is the library's generated interface (from spec/softplus.json), so the
//! bindings follow it without an edit: a function added to the spec is here at the next build.
//!
//! The header: `$SOFTPLUS_INCLUDE_DIR/softplus.h`, else the source tree's `../../include/softplus.h`, else
//! the `includedir` of `pkg-config softplus`, else `$SOFTPLUS_PREFIX/include` (a CMake install prefix).
//! The library: `$SOFTPLUS_LIB_DIR`, else the `libdir` of `pkg-config softplus`, else the `lib`, `lib64` or
//! `lib/<multiarch>` directory of `$SOFTPLUS_PREFIX` (or of `/usr/local`, CMake's default prefix) that holds
//! libsoftplus. Linked dynamically, with the directory as an rpath; statically when `SOFTPLUS_STATIC=1`.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    for variable in ["SOFTPLUS_INCLUDE_DIR", "SOFTPLUS_LIB_DIR", "SOFTPLUS_PREFIX", "SOFTPLUS_STATIC", "PKG_CONFIG_PATH"] {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    let header_path = find_header();
    println!("cargo:rerun-if-changed={}", header_path.display());
    let header = fs::read_to_string(&header_path).unwrap_or_else(|e| panic!("{}: {e}", header_path.display()));
    let interface = Interface::parse(&header);
    assert!(!interface.declarations.is_empty() && !interface.statuses.is_empty(), "softplus.h declares nothing");
    // The training functions' header, installed beside softplus.h; without it the crate has the family only.
    let training_path = header_path.with_file_name("softplus_training.h");
    println!("cargo:rerun-if-changed={}", training_path.display());
    let training = match fs::read_to_string(&training_path) {
        Ok(text) => Interface::parse(&text),
        Err(_) => Interface { declarations: Vec::new(), statuses: Vec::new(), documentation: Vec::new() },
    };
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("generated.rs");
    fs::write(&out, interface.render(&training)).unwrap();
    link();
}

fn pkg_config_variable(name: &str) -> Option<PathBuf> {
    let output = Command::new("pkg-config").args([&format!("--variable={name}"), "softplus"]).output().ok()?;
    let value = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (output.status.success() && !value.is_empty()).then(|| PathBuf::from(value))
}

fn prefix() -> PathBuf {
    env::var_os("SOFTPLUS_PREFIX").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/local"))
}

fn find_header() -> PathBuf {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let candidates = [
        env::var_os("SOFTPLUS_INCLUDE_DIR").map(PathBuf::from),
        Some(manifest.join("../../include")),
        pkg_config_variable("includedir"),
        Some(prefix().join("include")),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|directory| directory.join("softplus.h"))
        .find(|path| path.is_file())
        .expect("softplus.h not found: set SOFTPLUS_INCLUDE_DIR, PKG_CONFIG_PATH or SOFTPLUS_PREFIX")
}

fn link() {
    let is_static = env::var("SOFTPLUS_STATIC").map(|v| v == "1").unwrap_or(false);
    let file = if is_static { "libsoftplus.a" } else { "libsoftplus.so" };
    let holds_library = |directory: &Path| directory.join(file).exists();
    let prefix = prefix();
    let target = env::var("TARGET").unwrap_or_default();
    let multiarch = target.replace("-unknown-", "-");
    let directory = env::var_os("SOFTPLUS_LIB_DIR")
        .map(PathBuf::from)
        .or_else(|| pkg_config_variable("libdir").filter(|d| holds_library(d)))
        .or_else(|| {
            ["lib", "lib64", &format!("lib/{multiarch}")].iter().map(|l| prefix.join(l)).find(|d| holds_library(d))
        });
    match directory {
        Some(directory) => {
            println!("cargo:rustc-link-search=native={}", directory.display());
            if !is_static {
                // The tests and programs of this package find the library where it was found here.
                println!("cargo:rustc-link-arg=-Wl,-rpath,{}", directory.display());
            }
        }
        None => println!("cargo:warning=libsoftplus not found (SOFTPLUS_LIB_DIR, pkg-config, SOFTPLUS_PREFIX); linking by name only"),
    }
    println!("cargo:rustc-link-lib={}=softplus", if is_static { "static" } else { "dylib" });
    if is_static {
        println!("cargo:rustc-link-lib=dylib=m");
    }
}

/// One C declaration of the header: `int sp_softplus_f64_array(const double *x, double *out, size_t n);`.
struct Declaration {
    name: String,
    result: String,
    parameters: Vec<(String, String)>,
}

/// What the header declares: the functions, the status codes, and each function family's documentation.
struct Interface {
    declarations: Vec<Declaration>,
    statuses: Vec<(String, i32)>,
    documentation: Vec<(String, Vec<String>)>,
}

fn rust_type(c_type: &str) -> String {
    let c_type = c_type.split_whitespace().collect::<Vec<_>>().join(" ");
    let pointer = |inner: &str, mutability: &str| format!("*{mutability} {}", rust_type(inner));
    if let Some(inner) = c_type.strip_prefix("const ").and_then(|t| t.strip_suffix(" *")) {
        return pointer(inner, "const");
    }
    if let Some(inner) = c_type.strip_suffix(" *") {
        return pointer(inner, "mut");
    }
    match c_type.as_str() {
        "double" => "f64",
        "float" => "f32",
        "int" => "c_int",
        "size_t" => "usize",
        "char" => "c_char",
        other => panic!("softplus.h: no Rust type for the C type {other:?}"),
    }
    .to_string()
}

/// `const double *x` -> ("const double *", "x"), the type keeping its star.
fn split_parameter(parameter: &str) -> (String, String) {
    let parameter = parameter.trim();
    let at = parameter.rfind([' ', '*']).expect("a parameter has a type and a name");
    (parameter[..=at].trim().replace('*', " *"), parameter[at + 1..].to_string())
}

impl Interface {
    fn parse(header: &str) -> Interface {
        let mut interface = Interface { declarations: Vec::new(), statuses: Vec::new(), documentation: Vec::new() };
        let mut in_comment = false;
        let mut comment: Vec<String> = Vec::new();
        let mut section: Option<String> = None;
        for line in header.lines() {
            let trimmed = line.trim();
            if in_comment || trimmed.starts_with("/*") {
                in_comment = !trimmed.ends_with("*/");
                if let Some(name) = trimmed.strip_prefix("/* ---- ") {
                    section = name.split_whitespace().next().map(str::to_string);
                    continue;
                }
                let text = trimmed.trim_start_matches("/**").trim_end_matches("*/").trim_start_matches('*').trim_start();
                if trimmed.starts_with("/*") {
                    comment.clear();
                }
                comment.push(text.to_string());
                if !in_comment {
                    if let Some(name) = section.take() {
                        let lines = comment.iter().map(|l| l.trim_end().to_string()).filter(|l| !l.is_empty()).collect();
                        interface.documentation.push((name, lines));
                    }
                }
                continue;
            }
            if let Some((name, value)) = trimmed.trim_end_matches(',').split_once(" = ") {
                if name.starts_with("SP_") {
                    interface.statuses.push((name.to_string(), value.parse().expect("a status value")));
                }
                continue;
            }
            if let Some(declaration) = Self::declaration(trimmed) {
                interface.declarations.push(declaration);
            }
        }
        interface
    }

    fn declaration(line: &str) -> Option<Declaration> {
        let body = line.strip_suffix(");")?;
        let (head, parameters) = body.split_once('(')?;
        let (result, name) = split_parameter(head);
        if !name.starts_with("sp_") || result.starts_with('#') {
            return None;
        }
        let parameters = match parameters.trim() {
            "void" | "" => Vec::new(),
            list => list.split(',').map(split_parameter).collect(),
        };
        Some(Declaration { name, result, parameters })
    }

    /// The function families: the names with a `double sp_<name>_f64(double)` form, in header order.
    fn families(&self) -> Vec<String> {
        self.declarations
            .iter()
            .filter(|d| d.result == "double" && d.parameters.len() == 1 && d.parameters[0].0 == "double")
            .filter_map(|d| d.name.strip_prefix("sp_")?.strip_suffix("_f64").map(str::to_string))
            .collect()
    }

    /// The header's paragraph on a section (a function family), as doc comments: the definition as the
    /// summary line, then the rest.
    fn doc(&self, section: &str) -> String {
        self.documentation
            .iter()
            .find(|(name, _)| name == section)
            .map(|(_, lines)| lines.iter().enumerate().map(|(i, l)| format!("/// {l}\n{}", if i == 0 { "///\n" } else { "" })).collect())
            .unwrap_or_default()
    }

    fn render(&self, training: &Interface) -> String {
        let mut out = String::from("// GENERATED by build.rs from softplus.h: the FFI declarations and the safe wrappers.\n\n");
        out += "/// The C functions exactly as softplus.h declares them.\npub mod ffi {\n    use std::os::raw::{c_char, c_int};\n\n";
        out += "    extern \"C\" {\n";
        for d in self.declarations.iter().chain(&training.declarations) {
            let parameters: Vec<String> =
                d.parameters.iter().map(|(t, n)| format!("{n}: {}", rust_type(t))).collect();
            let _ = writeln!(out, "        pub fn {}({}) -> {};", d.name, parameters.join(", "), rust_type(&d.result));
        }
        out += "    }\n}\n\n";

        out += "/// An error status of the array functions (the C enum sp_status without SP_OK).\n";
        out += "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Status {\n";
        let errors: Vec<(String, i32)> = self
            .statuses
            .iter()
            .filter(|(_, v)| *v != 0)
            .map(|(name, v)| (camel_case(name.trim_start_matches("SP_ERR_")), *v))
            .collect();
        for ((c_name, _), (variant, _)) in self.statuses.iter().filter(|(_, v)| *v != 0).zip(&errors) {
            let _ = writeln!(out, "    /// {c_name}\n    {variant},");
        }
        out += "    /// A code this version of the crate does not know (from a newer library).\n    Unknown(i32),\n}\n\n";
        out += "impl Status {\n    /// The status of a C return code: `Ok(())` for SP_OK.\n";
        out += "    pub fn from_code(code: std::os::raw::c_int) -> Result<(), Status> {\n        match code {\n            0 => Ok(()),\n";
        for (variant, value) in &errors {
            let _ = writeln!(out, "            {value} => Err(Status::{variant}),");
        }
        out += "            other => Err(Status::Unknown(other)),\n        }\n    }\n\n";
        out += "    /// The C return code of this status.\n    pub fn code(self) -> std::os::raw::c_int {\n        match self {\n";
        for (variant, value) in &errors {
            let _ = writeln!(out, "            Status::{variant} => {value},");
        }
        out += "            Status::Unknown(code) => code,\n        }\n    }\n}\n\n";

        let families = self.families();
        out += "/// The floating-point types the library computes in, f64 and f32: the C functions of each format.\n";
        out += "pub trait Float: Copy + Default + sealed::Sealed {\n";
        for f in &families {
            let _ = writeln!(out, "    #[doc(hidden)]\n    fn {f}(x: Self) -> Self;");
            let _ = writeln!(out, "    #[doc(hidden)]\n    unsafe fn {f}_array(x: *const Self, out: *mut Self, n: usize) -> std::os::raw::c_int;");
        }
        out += &training.trait_methods(None);
        out += "}\n\n";
        for (rust, suffix) in [("f64", "f64"), ("f32", "f32")] {
            let _ = writeln!(out, "impl Float for {rust} {{");
            for f in &families {
                let _ = writeln!(out, "    fn {f}(x: Self) -> Self {{\n        unsafe {{ ffi::sp_{f}_{suffix}(x) }}\n    }}");
                let _ = writeln!(out, "    unsafe fn {f}_array(x: *const Self, out: *mut Self, n: usize) -> std::os::raw::c_int {{\n        ffi::sp_{f}_{suffix}_array(x, out, n)\n    }}");
            }
            out += &training.trait_methods(Some(suffix));
            out += "}\n\n";
        }

        for f in &families {
            out += &unary_wrappers(f, &self.doc(f));
        }
        out += &training.training_wrappers();

        out += "/// Every function of the library by its C name, for code that goes through all of them (tests, tools).\n";
        out += "pub fn functions<T: Float>() -> Vec<Function<T>> {\n    vec![\n";
        for f in &families {
            let _ = writeln!(out, "        Function {{ name: \"{f}\", scalar: {f}::<T>, slice: {f}_slice::<T>, in_place: {f}_in_place::<T> }},");
        }
        out += "    ]\n}\n\n";
        out += "/// The training functions of one argument (softplus_training.h: derivatives, log1mexp, log1pexp), like [`functions`].\n";
        out += "pub fn training_functions<T: Float>() -> Vec<Function<T>> {\n    vec![\n";
        for f in training.families() {
            let _ = writeln!(out, "        Function {{ name: \"{f}\", scalar: {f}::<T>, slice: {f}_slice::<T>, in_place: {f}_in_place::<T> }},");
        }
        out += "    ]\n}\n";
        out
    }
}

fn camel_case(upper_snake: &str) -> String {
    upper_snake
        .split('_')
        .map(|word| word[..1].to_string() + &word[1..].to_lowercase())
        .collect()
}

/// The scalar, slice and in-place wrappers of a function of one argument (`T::{f}` and `T::{f}_array`).
fn unary_wrappers(f: &str, doc: &str) -> String {
    format!(
        "{doc}///\n/// The scalar form: never fails (NaN outside the domain and for NaN).\n\
         pub fn {f}<T: Float>(x: T) -> T {{\n    T::{f}(x)\n}}\n\n\
         /// `out[i] = {f}(x[i])` for every i, bitwise the scalar results.\n///\n\
         /// # Panics\n/// If `out.len() != x.len()`, as `copy_from_slice` does.\n\
         pub fn {f}_slice<T: Float>(x: &[T], out: &mut [T]) -> Result<(), Status> {{\n\
         \x20   assert_eq!(x.len(), out.len(), \"softplus: out.len() differs from x.len()\");\n\
         \x20   Status::from_code(unsafe {{ T::{f}_array(x.as_ptr(), out.as_mut_ptr(), x.len()) }})\n}}\n\n\
         /// `x[i] = {f}(x[i])` for every i, in place.\n\
         pub fn {f}_in_place<T: Float>(x: &mut [T]) -> Result<(), Status> {{\n\
         \x20   let pointer = x.as_mut_ptr();\n\
         \x20   Status::from_code(unsafe {{ T::{f}_array(pointer, pointer, x.len()) }})\n}}\n\n"
    )
}

/// The kinds of the training header's declarations (tools/header/training.py), told apart by signature.
enum TrainingKind {
    /// `double sp_<name>_f64(double x)` (with its `_array`): the family's shape.
    Unary,
    /// `int sp_<function>_backward_f64_array(const double *x, const double *grad_out, double *grad_in, size_t n)`.
    Backward,
    /// `double sp_<name>_f64(double x, double p...)` (with its `_array`).
    Parameterized,
    /// `int sp_<name>_f64(x, target, weight, pos_weight, size_t n, double *out)`: elementwise (none) or one
    /// value (sum, mean); `int sp_<name>_backward_f64(..., grad_out, size_t n, double *grad_in)`, grad_out a
    /// pointer (none) or a scalar (sum, mean).
    Loss { reduced: bool, backward: bool },
    /// An `_array` form, wrapped with its scalar form.
    Array,
}

impl Declaration {
    fn training_kind(&self) -> Option<TrainingKind> {
        let normalized: Vec<String> =
            self.parameters.iter().map(|(t, _)| t.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        let types: Vec<&str> = normalized.iter().map(String::as_str).collect();
        let doubles = |list: &[&str]| list.iter().all(|t| *t == "double");
        if self.name.ends_with("_backward_f64_array") && types == ["const double *", "const double *", "double *", "size_t"] {
            return Some(TrainingKind::Backward);
        }
        if self.name.ends_with("_f64_array") {
            return Some(TrainingKind::Array);
        }
        if self.result == "double" && doubles(&types) {
            return Some(if types.len() == 1 { TrainingKind::Unary } else { TrainingKind::Parameterized });
        }
        if self.result == "int" && types.len() >= 6 && types[..4].iter().all(|t| *t == "const double *") {
            let backward = types.len() == 7;
            let reduced = if backward { types[4] == "double" } else { self.name.ends_with("_sum_f64") || self.name.ends_with("_mean_f64") };
            return Some(TrainingKind::Loss { reduced, backward });
        }
        None
    }
}

impl Interface {
    /// The training declarations in double with their Rust method name: the C name without `sp_` and `_f64`.
    fn doubles(&self) -> Vec<(String, &Declaration)> {
        self.declarations
            .iter()
            .filter(|d| d.name.contains("_f64"))
            .map(|d| (d.name.trim_start_matches("sp_").replacen("_f64", "", 1), d))
            .collect()
    }

    /// The training functions as methods of the Float trait (None) or of its impl for one format.
    fn trait_methods(&self, suffix: Option<&str>) -> String {
        let mut out = String::new();
        for (method, d) in self.doubles() {
            let self_type = |c: &str| rust_type(c).replace("f64", "Self").replace("c_int", "std::os::raw::c_int");
            let parameters: Vec<String> = d.parameters.iter().map(|(t, n)| format!("{n}: {}", self_type(t))).collect();
            let is_unsafe = d.parameters.iter().any(|(t, _)| t.contains('*'));
            let head = format!(
                "{}fn {method}({}) -> {}",
                if is_unsafe { "unsafe " } else { "" },
                parameters.join(", "),
                self_type(&d.result)
            );
            match suffix {
                None => {
                    let _ = writeln!(out, "    #[doc(hidden)]\n    {head};");
                }
                Some(suffix) => {
                    let arguments: Vec<&str> = d.parameters.iter().map(|(_, n)| n.as_str()).collect();
                    let call = format!("ffi::{}({})", d.name.replacen("_f64", &format!("_{suffix}"), 1), arguments.join(", "));
                    let body = if is_unsafe { call } else { format!("unsafe {{ {call} }}") };
                    let _ = writeln!(out, "    {head} {{\n        {body}\n    }}");
                }
            }
        }
        out
    }

    /// The safe wrappers of the training functions, kind by kind.
    fn training_wrappers(&self) -> String {
        let mut out = String::new();
        for (method, d) in self.doubles() {
            let section = method.trim_end_matches("_array").trim_end_matches("_backward");
            let names: Vec<&str> = d.parameters.iter().map(|(_, n)| n.as_str()).collect();
            match d.training_kind() {
                Some(TrainingKind::Unary) => out += &unary_wrappers(&method, &self.doc(&method)),
                Some(TrainingKind::Backward) => {
                    let base = method.trim_end_matches("_array");
                    let function = base.trim_end_matches("_backward");
                    let _ = write!(
                        out,
                        "{doc}///\n/// `grad_in[i] = grad_out[i] * {function}'(x[i])` for every i, the product rounded once.\n///\n\
                         /// # Panics\n/// If `grad_out` or `grad_in` differs in length from `x`.\n\
                         pub fn {base}<T: Float>(x: &[T], grad_out: &[T], grad_in: &mut [T]) -> Result<(), Status> {{\n\
                         \x20   same_lengths(x.len(), &[(\"grad_out\", grad_out.len()), (\"grad_in\", grad_in.len())]);\n\
                         \x20   Status::from_code(unsafe {{ T::{method}(x.as_ptr(), grad_out.as_ptr(), grad_in.as_mut_ptr(), x.len()) }})\n}}\n\n\
                         /// `grad[i] = grad[i] * {function}'(x[i])` for every i, in place: the incoming gradient becomes the outgoing one.\n\
                         pub fn {base}_in_place<T: Float>(x: &[T], grad: &mut [T]) -> Result<(), Status> {{\n\
                         \x20   same_lengths(x.len(), &[(\"grad\", grad.len())]);\n\
                         \x20   let pointer = grad.as_mut_ptr();\n\
                         \x20   Status::from_code(unsafe {{ T::{method}(x.as_ptr(), pointer, pointer, x.len()) }})\n}}\n\n",
                        doc = self.doc(base)
                    );
                }
                Some(TrainingKind::Parameterized) => {
                    let parameters = &names[1..];
                    let typed: Vec<String> = parameters.iter().map(|p| format!("{p}: T")).collect();
                    let _ = write!(
                        out,
                        "{doc}///\n/// The scalar form: never fails (NaN outside the domain and for NaN).\n\
                         pub fn {method}<T: Float>({x}: T, {typed}) -> T {{\n    T::{method}({x}, {parameters})\n}}\n\n\
                         /// `out[i] = {method}(x[i], {parameters})` for every i, bitwise the scalar results.\n///\n\
                         /// # Panics\n/// If `out.len() != x.len()`.\n\
                         pub fn {method}_slice<T: Float>(x: &[T], out: &mut [T], {typed}) -> Result<(), Status> {{\n\
                         \x20   same_lengths(x.len(), &[(\"out\", out.len())]);\n\
                         \x20   Status::from_code(unsafe {{ T::{method}_array(x.as_ptr(), out.as_mut_ptr(), x.len(), {parameters}) }})\n}}\n\n\
                         /// `x[i] = {method}(x[i], {parameters})` for every i, in place.\n\
                         pub fn {method}_in_place<T: Float>(x: &mut [T], {typed}) -> Result<(), Status> {{\n\
                         \x20   let pointer = x.as_mut_ptr();\n\
                         \x20   Status::from_code(unsafe {{ T::{method}_array(pointer, pointer, x.len(), {parameters}) }})\n}}\n\n",
                        doc = self.doc(&method),
                        x = names[0],
                        typed = typed.join(", "),
                        parameters = parameters.join(", ")
                    );
                }
                Some(TrainingKind::Loss { reduced, backward }) => {
                    let doc = if method == section { self.doc(section) } else { String::new() };
                    let inputs = "x: &[T], target: &[T], weight: Option<&[T]>, pos_weight: Option<&[T]>";
                    let pointers = "x.as_ptr(), target.as_ptr(), optional(weight), optional(pos_weight)";
                    let lengths = "(\"target\", target.len()), (\"weight\", weight.map_or(x.len(), <[T]>::len)), \
                                   (\"pos_weight\", pos_weight.map_or(x.len(), <[T]>::len))";
                    let (signature, extra_lengths, call, result, what) = match (reduced, backward) {
                        (false, false) => (
                            format!("{inputs}, out: &mut [T]) -> Result<(), Status>"),
                            ", (\"out\", out.len())",
                            format!("T::{method}({pointers}, x.len(), out.as_mut_ptr())"),
                            "Status::from_code(code)",
                            "`out[i]` = the loss of element i (reduction none)".to_string(),
                        ),
                        (true, false) => (
                            format!("{inputs}) -> Result<T, Status>"),
                            "",
                            format!("T::{method}({pointers}, x.len(), &mut value)"),
                            "Status::from_code(code).map(|()| value)",
                            format!("The {} of the losses, accumulated in double-double and rounded once", method.rsplit('_').next().unwrap_or("")),
                        ),
                        (false, true) => (
                            format!("{inputs}, grad_out: &[T], grad_in: &mut [T]) -> Result<(), Status>"),
                            ", (\"grad_out\", grad_out.len()), (\"grad_in\", grad_in.len())",
                            format!("T::{method}({pointers}, grad_out.as_ptr(), x.len(), grad_in.as_mut_ptr())"),
                            "Status::from_code(code)",
                            "`grad_in[i] = grad_out[i] * d loss_i / dx_i` (reduction none)".to_string(),
                        ),
                        (true, true) => (
                            format!("{inputs}, grad_out: T, grad_in: &mut [T]) -> Result<(), Status>"),
                            ", (\"grad_in\", grad_in.len())",
                            format!("T::{method}({pointers}, grad_out, x.len(), grad_in.as_mut_ptr())"),
                            "Status::from_code(code)",
                            "`grad_in[i] = grad_out * d loss_i / dx_i`, divided by n for the mean".to_string(),
                        ),
                    };
                    let setup = if reduced && !backward { "    let mut value = T::default();\n" } else { "" };
                    let _ = write!(
                        out,
                        "{doc}{sep}/// {what}; `weight` and `pos_weight` default to 1.\n///\n\
                         /// # Panics\n/// If an array differs in length from `x`.\n\
                         pub fn {method}<T: Float>({signature} {{\n\
                         \x20   same_lengths(x.len(), &[{lengths}{extra_lengths}]);\n{setup}\
                         \x20   let code = unsafe {{ {call} }};\n    {result}\n}}\n\n",
                        sep = if doc.is_empty() { "" } else { "///\n" }
                    );
                }
                Some(TrainingKind::Array) | None => {}
            }
        }
        out
    }
}
