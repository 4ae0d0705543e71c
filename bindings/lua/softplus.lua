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
        if text then return text, directory .. "/softplus.h" end
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

local header, header_path = find_header()
local cdefs, macros = declarations(header)
ffi.cdef(cdefs)
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

-- The array function of a C name, raising a Lua error for a status other than SP_OK.
local function checked_array(c_name)
    local f = C[c_name]
    return function(x, out, n)
        local code = f(x, out, n)
        if code ~= 0 then
            error(("softplus: %s: %s (status %d)"):format(c_name, M.status_string(code), code), 2)
        end
        return out
    end
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

M.functions = {}
for name in cdefs:gmatch("double%s+sp_([%w_]+)_f64%s*%(") do
    M.functions[#M.functions + 1] = name
    define(name)
end

return M
