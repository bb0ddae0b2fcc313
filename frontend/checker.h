// The type checker, after go/types (and gc's error wording).
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/types.h"

#include <functional>
#include <string>
#include <vector>

namespace gorun::frontend {

// Returns the checked package for an import path, or nullptr when there is no
// such package (the checker then reports `package foo is not in std`).
using Importer = std::function<Package*(const std::string& path)>;

// Type-checks the files of one package and annotates their trees (see
// ast.h). Errors go to `diags`; the returned package is complete enough for
// lowering only when no error was reported.
Package* checkPackage(TypeContext& ctx, const std::string& path, const std::vector<File*>& files,
                      const Importer& importer, Diagnostics& diags);

}  // namespace gorun::frontend
