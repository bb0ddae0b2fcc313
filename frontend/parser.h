// The parser: Go's full syntax minus type parameters, after go/parser.
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"

#include <string>
#include <string_view>

namespace gorun::frontend {

// Parses one source file. Syntax errors are reported to `diags` with gc's
// wording ("syntax error: unexpected newline, expected comma or )"); the
// result is always a File, possibly partial, never nullptr. A first line
// starting with "#!" is skipped, so Go files can be scripts. Generic syntax
// (type parameters, constraints) gets a clear error, not a crash; nesting
// deeper than a fixed limit is an error too, so no input can exhaust the
// C++ stack.
File* parseFile(Ast& ast, const std::string& filename, std::string_view src, Diagnostics& diags);

}  // namespace gorun::frontend
