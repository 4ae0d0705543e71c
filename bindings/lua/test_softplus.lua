-- The LuaJIT binding's test: every function of spec/softplus.json, through every form of softplus.lua, on
-- the shared MPFR vectors (Tests/vectors, format in the architecture contract). Scalars within the
-- contract's bound (double within 1 ULP of the correctly rounded value, float equal to it, NaN for NaN,
-- zeros and infinities exact with their sign); arrays and tables bitwise the scalar results; the status
-- codes raised as Lua errors with nothing written. Then the training functions (softplus_training.h) on
-- Tests/vectors/training with the bounds of docs/TRAINING.md.
--
--     luajit bindings/lua/test_softplus.lua        (SOFTPLUS_LIBRARY or SOFTPLUS_LIB_DIR names the library)
local here = debug.getinfo(1, "S").source:sub(2):match("^(.*)/[^/]*$") or "."
package.path = here .. "/?.lua;" .. package.path
local ffi = require("ffi")
local sp = require("softplus")
local root = here .. "/../.."

local passed, failed = 0, 0
local function check(ok, what)
    if ok then
        passed = passed + 1
    else
        failed = failed + 1
        -- Enough failures to diagnose a bug without burying the summary.
        if failed <= 40 then print("FAIL: " .. what) end
    end
end

-- Bit patterns. A LuaJIT number cannot hold a NaN with an arbitrary payload (LuaJIT keeps its other value
-- types in NaN space, so reading such a double from cdata gives a wrong Lua value): the vectors' inputs and
-- the arrays' results are handled as bits, through an integer view of the same memory, and only non-NaN
-- bits or Lua's own NaN are ever turned into Lua numbers.
local function format_of(ctype, bits_type, digits)
    local one = ffi.new(ctype .. "[1]")
    local one_bits = ffi.cast(bits_type .. " *", one)
    local function bits_of(value) one[0] = value; return one_bits[0] end
    local function value_of(bits) one_bits[0] = bits; return one[0] end
    -- Interpreted only: the JIT compiler's alias analysis takes a double and an integer store for
    -- different memory (as C's strict aliasing does), so compiled type punning can read a stale value.
    jit.off(bits_of)
    jit.off(value_of)
    return { ctype = ctype .. "[?]", pointer = bits_type .. " *", digits = digits, bits_of = bits_of, value_of = value_of }
end

local formats = {
    f64 = format_of("double", "uint64_t", 16),
    f32 = format_of("float", "uint32_t", 8),
}
formats.f64.scalar = "_f64"
formats.f64.parse = function(hex) return tonumber(hex:sub(1, 8), 16) * 0x100000000ULL + tonumber(hex:sub(9), 16) end
formats.f64.hex = function(bits) return bit.tohex(bits, 16) end
formats.f64.is_nan = function(bits) return bit.band(bits, 0x7fffffffffffffffULL) > 0x7ff0000000000000ULL end
formats.f32.scalar = "_f32"
formats.f32.parse = function(hex) return tonumber(hex, 16) end
formats.f32.hex = function(bits) return ("%08x"):format(bits) end
formats.f32.is_nan = function(bits) return bits % 0x80000000 > 0x7f800000 end

local function read_vectors(name, suffix, directory)
    local path = ("%s/%s/%s_%s.txt"):format(root, directory or "Tests/vectors", name, suffix)
    local file = assert(io.open(path, "r"), "cannot read " .. path)
    local inputs, expected = {}, {}
    local digits = formats[suffix].digits
    for line in file:lines() do
        if line ~= "" and line:sub(1, 1) ~= "#" then
            local input, result = line:match("^(%x+) (%x+)$")
            assert(input and #input == digits and #result == digits, path .. ": malformed line " .. line)
            inputs[#inputs + 1] = input
            expected[#expected + 1] = result
        end
    end
    file:close()
    assert(#inputs > 0, path .. " has no cases")
    return inputs, expected
end

local function is_nan(v) return v ~= v end
local function sign_bit(v) return v < 0 or (v == 0 and 1 / v < 0) end

-- The contract's bound; `got` and `expected` are Lua numbers holding a value of the format.
local function within_bound(suffix, got, expected)
    if is_nan(expected) then return is_nan(got) end
    if is_nan(got) or sign_bit(got) ~= sign_bit(expected) then return false end
    if suffix == "f32" or expected == 0 or expected == math.huge or expected == -math.huge then
        return got == expected
    end
    if got == math.huge or got == -math.huge then return false end
    local _, exponent = math.frexp(expected)
    -- The ULP of the correctly rounded value: 2^(exponent - 53), or the least subnormal 2^-1074.
    return math.abs(got - expected) <= math.ldexp(1, math.max(exponent - 53, -1074))
end

local function test_errors(name, suffix)
    local format = formats[suffix]
    local array = sp[name .. "_" .. suffix .. "_array"]
    local buffer = ffi.new(format.ctype, 4, 1)
    local out = ffi.new(format.ctype, 4, -7)
    local function raises(code, f)
        local ok, message = pcall(f)
        return not ok and message:find(sp.status_string(code), 1, true) ~= nil
            and message:find("(status " .. code .. ")", 1, true) ~= nil
    end
    check(raises(sp.status.SP_ERR_NULL_POINTER, function() array(nil, out, 1) end), name .. "_" .. suffix .. ": null x")
    check(raises(sp.status.SP_ERR_OVERLAP, function() array(buffer, buffer + 1, 3) end), name .. "_" .. suffix .. ": overlap")
    -- n * sizeof(element) > PTRDIFF_MAX: 2^62 doubles or 2^62 + 1 floats (uint64 cdata, exact).
    local too_large = suffix == "f64" and 2ULL ^ 62 or 2ULL ^ 62 + 1
    check(raises(sp.status.SP_ERR_TOO_LARGE, function() array(buffer, out, too_large) end), name .. "_" .. suffix .. ": too large")
    check(out[0] == -7 and out[3] == -7, name .. "_" .. suffix .. ": an error wrote to out")
    check(array(nil, nil, 0) == nil, name .. "_" .. suffix .. ": n == 0 with null pointers is not SP_OK")
end

local function test_form(name, suffix, directory)
    local format = formats[suffix]
    local inputs, expected = read_vectors(name, suffix, directory)
    local n = #inputs
    local scalar = sp[name .. format.scalar]
    local x, out = ffi.new(format.ctype, n), ffi.new(format.ctype, n)
    local x_bits, out_bits = ffi.cast(format.pointer, x), ffi.cast(format.pointer, out)
    for i = 1, n do x_bits[i - 1] = format.parse(inputs[i]) end
    check(sp[name .. "_" .. suffix .. "_array"](x, out, n) == out, name .. "_" .. suffix .. "_array does not return out")

    local arguments, differences = {}, 0
    for i = 1, n do
        local nan_input = format.is_nan(x_bits[i - 1])
        arguments[i] = nan_input and 0 / 0 or x[i - 1]
        local got = scalar(arguments[i])
        local got_bits, want_bits = format.bits_of(got), format.parse(expected[i])
        local ok
        if format.is_nan(want_bits) then
            ok = format.is_nan(got_bits)
        else
            ok = within_bound(suffix, got, format.value_of(want_bits))
        end
        check(ok, ("%s_%s(%s) = %s, want %s"):format(name, suffix, inputs[i], format.hex(got_bits), expected[i]))
        -- The array form must equal the scalar form bit for bit; for a NaN input (whose payload the scalar
        -- call could not be given) it must be a NaN.
        local same = nan_input and format.is_nan(out_bits[i - 1]) or out_bits[i - 1] == got_bits
        if suffix == "f64" and format.bits_of(sp[name](arguments[i])) ~= got_bits then same = false end
        if not same then differences = differences + 1 end
    end
    if suffix == "f64" then
        local mapped = sp[name](arguments)
        for i = 1, n do
            if format.bits_of(mapped[i]) ~= format.bits_of(scalar(arguments[i])) then differences = differences + 1 end
        end
    end
    check(differences == 0, ("%s_%s: %d array, table or sp.%s results differ from the scalar ones"):format(name, suffix, differences, name))
    test_errors(name, suffix)
    print(("  %s_%s: %d vectors"):format(name, suffix, n))
end

-- The spec's function names, in order (a light reading of its JSON: only function entries have "name").
local function spec_names()
    local file = assert(io.open(root .. "/spec/softplus.json", "r"))
    local text = file:read("*a")
    file:close()
    local names = {}
    for name in text:gmatch('"name"%s*:%s*"([%w_]+)"') do names[#names + 1] = name end
    return names
end

-- ---- The training functions (softplus_training.h) on Tests/vectors/training, bounds of docs/TRAINING.md ----
local training_directory = "Tests/vectors/training"

-- The rows of a training vector file as hex strings (columns per line), and its `# <key> <hex>` comments.
local function read_table(stem, suffix, columns)
    local path = ("%s/%s/%s_%s.txt"):format(root, training_directory, stem, suffix)
    local file = assert(io.open(path, "r"), "cannot read " .. path)
    local rows, comments, digits = {}, {}, formats[suffix].digits
    for line in file:lines() do
        local key, value = line:match("^# (%a+) (%x+)$")
        if key and #value == digits then
            comments[key] = value
        elseif line ~= "" and line:sub(1, 1) ~= "#" then
            local row = {}
            for field in line:gmatch("%S+") do row[#row + 1] = field end
            assert(#row == columns, path .. ": malformed line " .. line)
            for _, field in ipairs(row) do assert(#field == digits, path .. ": malformed line " .. line) end
            rows[#rows + 1] = row
        end
    end
    file:close()
    assert(#rows > 0, path .. " has no cases")
    return rows, comments
end

-- A column of the rows as a cdata array of the format (written as bits) and its integer view.
local function column(rows, k, suffix)
    local format = formats[suffix]
    local values = ffi.new(format.ctype, #rows)
    local bits = ffi.cast(format.pointer, values)
    for i = 1, #rows do bits[i - 1] = format.parse(rows[i][k]) end
    return values, bits
end

-- The bound on bits: NaN for NaN; otherwise a non-NaN result within the contract's bound, or (`zeros`)
-- both zero, whatever their signs.
local function bits_within_bound(suffix, got_bits, want_bits, zeros)
    local format = formats[suffix]
    if format.is_nan(want_bits) then return format.is_nan(got_bits) end
    if format.is_nan(got_bits) then return false end
    local got, want = format.value_of(got_bits), format.value_of(want_bits)
    return within_bound(suffix, got, want) or (zeros and got == 0 and want == 0)
end

-- A Lua number for bits of the format: the value, or Lua's own NaN.
local function number_of(suffix, bits)
    return formats[suffix].is_nan(bits) and 0 / 0 or formats[suffix].value_of(bits)
end

local function test_backward(name, suffix)
    local format = formats[suffix]
    local rows = read_table(name .. "_backward", suffix, 3)
    local n = #rows
    local x = column(rows, 1, suffix)
    local grad_out, grad_out_bits = column(rows, 2, suffix)
    local grad_in = ffi.new(format.ctype, n)
    local grad_in_bits = ffi.cast(format.pointer, grad_in)
    sp[name .. "_backward_" .. suffix .. "_array"](x, grad_out, grad_in, n)
    local outside, differences = 0, 0
    for i = 1, n do
        if not bits_within_bound(suffix, grad_in_bits[i - 1], format.parse(rows[i][3])) then
            outside = outside + 1
            check(false, ("%s_backward_%s(%s, %s) = %s, want %s"):format(name, suffix, rows[i][1], rows[i][2],
                  format.hex(grad_in_bits[i - 1]), rows[i][3]))
        end
    end
    sp[name .. "_backward_" .. suffix .. "_array"](x, grad_out, grad_out, n)
    for i = 1, n do
        if grad_out_bits[i - 1] ~= grad_in_bits[i - 1] then differences = differences + 1 end
    end
    check(outside == 0, ("%s_backward_%s: %d of %d outside the bound"):format(name, suffix, outside, n))
    check(differences == 0, ("%s_backward_%s: in place (grad_in == grad_out) differs in %d cases"):format(name, suffix, differences))
    print(("  %s_backward_%s: %d vectors"):format(name, suffix, n))
end

local function test_bce(suffix)
    local format = formats[suffix]
    local rows, comments = read_table("bce", suffix, 6)
    local n = #rows
    local x, x_bits = column(rows, 1, suffix)
    local t, w, pw = column(rows, 2, suffix), column(rows, 3, suffix), column(rows, 4, suffix)
    local ones = ffi.new(format.ctype, n, 1)
    local loss, gradient = ffi.new(format.ctype, n), ffi.new(format.ctype, n)
    local loss_bits, gradient_bits = ffi.cast(format.pointer, loss), ffi.cast(format.pointer, gradient)
    sp["bce_with_logits_" .. suffix](x, t, w, pw, n, loss)
    sp["bce_with_logits_backward_" .. suffix](x, t, w, pw, ones, n, gradient)
    local outside = 0
    for i = 1, n do
        local want_gradient = format.parse(rows[i][6])
        local ok_gradient = bits_within_bound(suffix, gradient_bits[i - 1], want_gradient, true)
        if not ok_gradient and not format.is_nan(gradient_bits[i - 1]) and not format.is_nan(want_gradient) then
            -- Where the gradient's two terms cancel: within 2^-96 (|w pw t| + |w (1 - t)|).
            local tv, wv, pwv = number_of(suffix, format.parse(rows[i][2])), number_of(suffix, format.parse(rows[i][3])),
                number_of(suffix, format.parse(rows[i][4]))
            local terms = math.abs(wv * pwv * tv) + math.abs(wv * (1 - tv))
            ok_gradient = math.abs(format.value_of(gradient_bits[i - 1]) - format.value_of(want_gradient)) <= math.ldexp(terms, -96)
        end
        if not (bits_within_bound(suffix, loss_bits[i - 1], format.parse(rows[i][5]), true) and ok_gradient) then
            outside = outside + 1
            check(false, ("bce_with_logits_%s(%s, %s, %s, %s) = %s, %s; want %s, %s"):format(suffix, rows[i][1], rows[i][2],
                  rows[i][3], rows[i][4], format.hex(loss_bits[i - 1]), format.hex(gradient_bits[i - 1]), rows[i][5], rows[i][6]))
        end
    end
    check(outside == 0, ("bce_with_logits_%s: %d of %d outside the bound"):format(suffix, outside, n))
    -- The sum and the mean of the finite logits: exactly the file's correctly rounded ones.
    local finite = {}
    for i = 1, n do
        local bits = x_bits[i - 1]
        if not format.is_nan(bits) and format.value_of(bits) ~= math.huge and format.value_of(bits) ~= -math.huge then
            finite[#finite + 1] = rows[i]
        end
    end
    local fx, ft, fw, fpw = column(finite, 1, suffix), column(finite, 2, suffix), column(finite, 3, suffix), column(finite, 4, suffix)
    for _, reduction in ipairs({ "sum", "mean" }) do
        local out = ffi.new(format.ctype, 1)
        sp["bce_with_logits_" .. reduction .. "_" .. suffix](fx, ft, fw, fpw, #finite, out)
        local got = format.hex(ffi.cast(format.pointer, out)[0])
        check(got == comments[reduction], ("bce_with_logits_%s_%s = %s, want %s"):format(reduction, suffix, got, tostring(comments[reduction])))
    end
    print(("  bce_with_logits_%s: %d vectors"):format(suffix, n))
end

local function test_parameterized(name, parameters, suffix)
    local format = formats[suffix]
    local rows = read_table(name, suffix, parameters + 2)
    local scalar = sp[name .. "_" .. suffix]
    local outside, differences = 0, 0
    for i = 1, #rows do
        local arguments = {}
        for k = 1, parameters + 1 do arguments[k] = number_of(suffix, format.parse(rows[i][k])) end
        local got = scalar(unpack(arguments))
        if not bits_within_bound(suffix, format.bits_of(got), format.parse(rows[i][parameters + 2])) then
            outside = outside + 1
            check(false, ("%s_%s(%s) = %s, want %s"):format(name, suffix, table.concat(rows[i], ", ", 1, parameters + 1),
                  format.hex(format.bits_of(got)), rows[i][parameters + 2]))
        end
        if suffix == "f64" then
            local mapped = sp[name]({ arguments[1] }, unpack(arguments, 2))[1]
            if format.bits_of(mapped) ~= format.bits_of(got) and not (mapped ~= mapped and got ~= got) then
                differences = differences + 1
            end
        end
    end
    check(outside == 0, ("%s_%s: %d of %d outside the bound"):format(name, suffix, outside, #rows))
    check(differences == 0, ("%s_%s: the table form differs from the scalar form in %d cases"):format(name, suffix, differences))
    print(("  %s_%s: %d vectors"):format(name, suffix, #rows))
end

-- The spec's training names of one kind ("unary" ids, "backward" functions), in order.
local function spec_training_names(kind, key)
    local file = assert(io.open(root .. "/spec/softplus.json", "r"))
    local text = file:read("*a")
    file:close()
    local section = text:match('"' .. kind .. '"%s*:%s*(%b[])')
    local names = {}
    for name in section:gmatch('"' .. key .. '"%s*:%s*"([%w_]+)"') do names[#names + 1] = name end
    return names
end

local function test_training()
    check(table.concat(spec_training_names("unary", "id"), " ") == table.concat(sp.training_functions, " "),
          "the training header's functions (" .. table.concat(sp.training_functions, " ") .. ") differ from the spec's")
    for _, name in ipairs(sp.training_functions) do
        test_form(name, "f64", training_directory)
        test_form(name, "f32", training_directory)
    end
    for _, name in ipairs(spec_training_names("backward", "function")) do
        test_backward(name, "f64")
        test_backward(name, "f32")
    end
    test_bce("f64")
    test_bce("f32")
    for _, entry in ipairs({ { "softplus_beta", 2 }, { "softplusinv_beta", 2 }, { "softplus_through", 1 } }) do
        test_parameterized(entry[1], entry[2], "f64")
        test_parameterized(entry[1], entry[2], "f32")
    end
    check(sp.bce_with_logits({ -math.huge }, { 0 }, nil, nil, "none")[1] == 0, "bce_with_logits(-inf, 0) is not 0")
    check(sp.bce_with_logits({ -120 }, { 1 }, nil, { 3 }, "sum") == 360, "bce_with_logits(-120, 1, pos_weight 3) is not 360")
    check(sp.bce_with_logits_grad({ -math.huge }, { 1 }, nil, nil, "none")[1] == -1, "the gradient at -inf is not -1")
    check(sp.backward("sigmoid", { 40 }, { 1 })[1] == sp.sigmoid_deriv(40) and sp.sigmoid_deriv(40) > 0, "sigmoid'(40)")
end

print("LuaJIT test of libsoftplus " .. sp.version() .. " (header " .. sp.header .. ")")
check(table.concat(spec_names(), " ") == table.concat(sp.functions, " "),
      "the header's functions (" .. table.concat(sp.functions, " ") .. ") differ from the spec's")
check(sp.version() == sp.VERSION_STRING, "sp.version() differs from the header's SP_VERSION_STRING")
check(sp.status.SP_OK == 0 and sp.status_string(sp.status.SP_OK) == "ok", "SP_OK")
for _, name in ipairs(sp.functions) do
    test_form(name, "f64")
    test_form(name, "f32")
end
test_training()
print(("%d passed, %d failed"):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
