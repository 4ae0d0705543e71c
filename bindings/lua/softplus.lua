-- softplus.lua: libsoftplus for LuaJIT, through its FFI.
--
-- The C declarations are not copied here: at load time the module reads the generated header softplus.h,
-- drops its comments, preprocessor lines and C++ guards, and gives the rest to ffi.cdef, so the binding
-- follows the header (and so the spec) without an edit. The function names come from the same
-- declarations.
--
--   local sp = require("softplus")
--   sp.softplus(x)              scalar, double: a Lua number in, a Lua number out; never fails (NaN
--                               outside the domain, as in C)
--   sp.softplus(t)              a Lua table (sequence) of numbers in, a new table out (the double array
--                               function underneath)
--   sp.softplus_f32(x)          scalar, float: x rounded to float, the float result as a Lua number
--   sp.softplus_f64_array(x, out, n), sp.softplus_f32_array(x, out, n)
--                               the C array functions on cdata arrays or pointers; return out, or raise
--                               a Lua error "softplus: sp_softplus_f64_array: <message> (status <code>)"
--   ...and the same for every function of the header (logit, softplusinv, log_sigmoid, ...).
--   sp.sigmoid_deriv(x), sp.backward("sigmoid", x, grad_out), sp.bce_with_logits(x, t, w, pw, reduction),
--   sp.softplus_beta(x, beta, threshold), ...: the training functions of softplus_training.h (below)
--   sp.status                   the status codes by C name (sp.status.SP_OK == 0, ...)
--   sp.version()                the library's version at run time; sp.VERSION_STRING the header's
--   sp.C                        the raw FFI namespace (sp.C.sp_softplus_f64, ...)
--
-- Where the files are found:
--   the header: $SOFTPLUS_INCLUDE_DIR/softplus.h, else ../../include/softplus.h beside this file (the
--     source tree), else `pkg-config --variable=includedir softplus`, else /usr/local/include, /usr/include;
--   the library: $SOFTPLUS_LIBRARY (a path), else $SOFTPLUS_LIB_DIR/libsoftplus.so, else the libdir of
--     `pkg-config softplus`, else the dynamic linker's search (libsoftplus.so.1).
local ffi = require("ffi")

local M = {}

local function readable(path)
    local file = path and io.open(path, "r")
    if not file then return nil end
    local text = file:read("*a")
    file:close()
    return text
end

local function pkg_config_variable(name)
    local pipe = io.popen("pkg-config --variable=" .. name .. " softplus 2>/dev/null")
    if not pipe then return nil end
    local value = pipe:read("*l")
    pipe:close()
    if value and value ~= "" then return value end
end

local function this_directory()
    local source = debug.getinfo(1, "S").source
    return source:sub(1, 1) == "@" and (source:sub(2):match("^(.*)/[^/]*$") or ".") or "."
end

local function find_header()
    local candidates = {
        os.getenv("SOFTPLUS_INCLUDE_DIR"),
        this_directory() .. "/../../include",
        pkg_config_variable("includedir"),
        "/usr/local/include",
        "/usr/include",
    }
    for i = 1, #candidates do
        local directory = candidates[i]
        local text = directory and readable(directory .. "/softplus.h")
        if text then return text, directory .. "/softplus.h", readable(directory .. "/softplus_training.h") end
    end
    error("softplus: softplus.h not found (set SOFTPLUS_INCLUDE_DIR)", 3)
end

-- The header without comments, preprocessor lines and the C++-only lines between `#ifdef __cplusplus`
-- and its `#endif` (the extern "C" braces); the #define'd macros are returned apart.
local function declarations(header)
    local text = header:gsub("/%*.-%*/", "")
    local kept, macros, in_cplusplus = {}, {}, false
    for line in text:gmatch("[^\n]*") do
        if line:match("^%s*#%s*ifdef%s+__cplusplus") then
            in_cplusplus = true
        elseif line:match("^%s*#") then
            if line:match("^%s*#%s*endif") then in_cplusplus = false end
            local name, value = line:match("^%s*#%s*define%s+([%w_]+)%s+(.+)$")
            if name then macros[name] = value end
        elseif not in_cplusplus then
            kept[#kept + 1] = line
        end
    end
    return table.concat(kept, "\n"), macros
end

local function load_library()
    local path = os.getenv("SOFTPLUS_LIBRARY")
    if path then return ffi.load(path) end
    local directories = { os.getenv("SOFTPLUS_LIB_DIR"), pkg_config_variable("libdir") }
    for i = 1, 2 do
        local candidate = directories[i] and directories[i] .. "/libsoftplus.so"
        if candidate and readable(candidate) then return ffi.load(candidate) end
    end
    return ffi.load("libsoftplus.so.1")
end

local header, header_path, training_header = find_header()
local cdefs, macros = declarations(header)
ffi.cdef(cdefs)
local training_cdefs = training_header and declarations(training_header) or ""
ffi.cdef(training_cdefs)
local C = load_library()
M.C = C
M.header = header_path
M.VERSION_STRING = macros.SP_VERSION_STRING and macros.SP_VERSION_STRING:match('^"(.*)"$')

M.status = {}
for name, value in cdefs:gmatch("(SP_[%w_]+)%s*=%s*(%d+)") do
    M.status[name] = tonumber(value)
end

function M.version()
    return ffi.string(C.sp_version())
end

function M.status_string(code)
    return ffi.string(C.sp_status_string(code))
end

-- A C function returning a status, raising a Lua error for a status other than SP_OK; returns its
-- argument number `output` (the array it writes).
local function checked(c_name, output)
    local f = C[c_name]
    return function(...)
        local code = f(...)
        if code ~= 0 then
            error(("softplus: %s: %s (status %d)"):format(c_name, M.status_string(code), code), 2)
        end
        return (select(output, ...))
    end
end

local function checked_array(c_name)
    return checked(c_name, 2)
end

local function define(name)
    local f64, f32 = C["sp_" .. name .. "_f64"], C["sp_" .. name .. "_f32"]
    local f64_array = checked_array("sp_" .. name .. "_f64_array")
    M[name .. "_f64_array"] = f64_array
    M[name .. "_f32_array"] = checked_array("sp_" .. name .. "_f32_array")
    M[name .. "_f64"] = f64
    M[name .. "_f32"] = f32
    M[name] = function(x)
        if type(x) ~= "table" then return f64(x) end
        local n = #x
        local buffer = ffi.new("double[?]", n)
        for i = 1, n do buffer[i - 1] = x[i] end
        f64_array(buffer, buffer, n)
        local result = {}
        for i = 1, n do result[i] = buffer[i - 1] end
        return result
    end
end

-- The functions of one argument: `double sp_<name>_f64(double x);` (not the parameterized ones).
local function unary_names(text)
    local names = {}
    for name in text:gmatch("double%s+sp_([%w_]+)_f64%s*%(%s*double%s+[%w_]+%s*%)") do names[#names + 1] = name end
    return names
end

M.functions = unary_names(cdefs)
for _, name in ipairs(M.functions) do define(name) end

-- The training functions (softplus_training.h, beside softplus.h; docs/TRAINING.md). The one-argument ones
-- (derivatives, log1mexp, log1pexp) as the family's; every other entry point under its C name without `sp_`,
-- the array ones raising Lua errors; and table forms in double:
--   sp.backward(name, x, grad_out)        grad_out[i] * name'(x[i]), rounded once
--   sp.bce_with_logits(x, target, weight, pos_weight, reduction)   reduction "none" (a table), "sum" or
--                                         "mean" (a number, the default); weight and pos_weight may be nil
--   sp.bce_with_logits_grad(x, target, weight, pos_weight, reduction, grad_out)   a table; grad_out a
--                                         number (1 by default), a table for "none" too
--   sp.softplus_beta(x, beta, threshold), sp.softplusinv_beta(y, beta, threshold), sp.softplus_through(x, c)
--                                         a number or a table in, the same out
M.training_functions = unary_names(training_cdefs)
for _, name in ipairs(M.training_functions) do define(name) end
for result, name, parameters in training_cdefs:gmatch("(%a+)%s+sp_([%w_]+)%s*%(([^)]*)%)") do
    if M[name] == nil and result == "int" then
        -- The output is the first pointer that is not const.
        local index, output = 0, nil
        for parameter in parameters:gmatch("[^,]+") do
            index = index + 1
            if not output and parameter:find("*", 1, true) and not parameter:find("const", 1, true) then output = index end
        end
        M[name] = checked("sp_" .. name, output)
    elseif M[name] == nil then
        M[name] = C["sp_" .. name]
    end
end

local function doubles(t, n)
    local buffer = ffi.new("double[?]", n)
    for i = 1, n do buffer[i - 1] = t[i] end
    return buffer
end

local function to_table(buffer, n)
    local result = {}
    for i = 1, n do result[i] = buffer[i - 1] end
    return result
end

function M.backward(name, x, grad_out)
    local n = #x
    assert(#grad_out == n, "softplus: grad_out and x differ in length")
    local grad_in = ffi.new("double[?]", n)
    M[name .. "_backward_f64_array"](doubles(x, n), doubles(grad_out, n), grad_in, n)
    return to_table(grad_in, n)
end

local function loss_arguments(x, target, weight, pos_weight)
    local n = #x
    assert(#target == n and (not weight or #weight == n) and (not pos_weight or #pos_weight == n),
           "softplus: target, weight or pos_weight differs from x in length")
    return n, doubles(x, n), doubles(target, n), weight and doubles(weight, n), pos_weight and doubles(pos_weight, n)
end

function M.bce_with_logits(x, target, weight, pos_weight, reduction)
    reduction = reduction or "mean"
    local n, xs, ts, ws, pws = loss_arguments(x, target, weight, pos_weight)
    if reduction == "none" then
        local out = ffi.new("double[?]", n)
        M.bce_with_logits_f64(xs, ts, ws, pws, n, out)
        return to_table(out, n)
    end
    assert(reduction == "sum" or reduction == "mean", "softplus: reduction must be none, sum or mean")
    local out = ffi.new("double[1]")
    M["bce_with_logits_" .. reduction .. "_f64"](xs, ts, ws, pws, n, out)
    return out[0]
end

function M.bce_with_logits_grad(x, target, weight, pos_weight, reduction, grad_out)
    reduction, grad_out = reduction or "mean", grad_out or 1
    local n, xs, ts, ws, pws = loss_arguments(x, target, weight, pos_weight)
    local grad_in = ffi.new("double[?]", n)
    if reduction == "none" then
        local g = type(grad_out) == "table" and grad_out or {}
        if type(grad_out) ~= "table" then for i = 1, n do g[i] = grad_out end end
        M.bce_with_logits_backward_f64(xs, ts, ws, pws, doubles(g, n), n, grad_in)
    else
        assert(reduction == "sum" or reduction == "mean", "softplus: reduction must be none, sum or mean")
        M["bce_with_logits_" .. reduction .. "_backward_f64"](xs, ts, ws, pws, grad_out, n, grad_in)
    end
    return to_table(grad_in, n)
end

-- The parameterized functions: `double sp_<name>_f64(double x, double p, ...)`, on a number or a table.
for name in training_cdefs:gmatch("double%s+sp_([%w_]+)_f64%s*%(%s*double%s+[%w_]+%s*,") do
    local scalar, array = C["sp_" .. name .. "_f64"], M[name .. "_f64_array"]
    M[name] = function(x, ...)
        if type(x) ~= "table" then return scalar(x, ...) end
        local n = #x
        local buffer = doubles(x, n)
        array(buffer, buffer, n, ...)
        return to_table(buffer, n)
    end
end

return M
