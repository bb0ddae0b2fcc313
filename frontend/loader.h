// Loading a program: the main file, then every package it imports from the
// standard library folder (stdlib/<path>/*.go), parsed and checked
// dependencies first.
#pragma once

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/types.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gorun::frontend {

struct Program {
  Ast ast;
  TypeContext types;
  Diagnostics diags;
  // Checked packages in dependency order (each after its imports); main last.
  std::vector<Package*> packages;
  std::map<std::string, Package*> byPath;
};

// Parses and checks `src` (the main package, named `filename` in
// diagnostics) and its imports. Returns false when diagnostics were reported.
bool loadProgram(Program& prog, const std::string& filename, std::string_view src, const std::string& stdlibDir);

// The REPL's importer: loads the standard package `path` and its imports
// into `prog` unless already loaded (new packages are appended to
// prog.packages, dependencies first). nullptr when there is no such package.
Package* loadStdPackage(Program& prog, const std::string& path, const std::string& stdlibDir);

}  // namespace gorun::frontend
