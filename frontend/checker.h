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

// REPL mode (frontend/repl.h): one input checked as a package "main" whose
// scope's parent is `parent` (the names of earlier inputs), with these
// differences from a program: no `main` is required, unused variables and
// imports are not errors, and the variables that the statements of `body`
// (the input's generated func init) declare at its top level become
// package-level variables, so that later inputs see them.
struct ReplOptions {
  Scope* parent = nullptr;
  std::string linkPrefix;     // Package::linkPrefix of the input
  FuncDecl* body = nullptr;   // the statements' wrapper, or nullptr
};
Package* checkReplInput(TypeContext& ctx, const std::vector<File*>& files, const Importer& importer,
                        Diagnostics& diags, const ReplOptions& repl);

}  // namespace gorun::frontend
