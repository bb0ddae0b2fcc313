// The REPL's frontend: each input becomes a package of its own.
//
// An input is one or more complete top-level declarations (func, type, var,
// const, import) or statements. It is turned into a synthetic source file of
// package main and checked as a new Package (checker.h, ReplOptions) whose
// scope's parent is the REPL scope: every name of the inputs committed so
// far, the newest definition of each (a redefinition replaces the entry for
// later inputs; code already compiled keeps what it was compiled against).
//
//   declarations   package main; import (...)
//                  <input>
//   statements     package main; import (...); func init() {
//                  <input>
//                  }
//   an expression  package main; import (...); func init() { __gorun_repl.Print(
//                  <input>,
//                  ) }
//
// The input always starts on line 2, column 1, so a diagnostic's position
// maps back to the input by subtracting one line. A statement input is the
// package's init function: its top-level variables become package-level
// (the checker's REPL hook), so `x := 1` persists. A bare expression is
// first tried in the printing wrapper (internal/repl.Print(vs ...any), so a
// call with several results prints each); if that does not check, the input
// is checked as statements and those errors are reported.
//
// Imports: the imports of earlier inputs (explicit, or of a standard package
// whose name the input uses before anything else defines it: `fmt.Println`
// imports "fmt") are repeated in every input's file. A name the user has
// since defined hides the package, as in Go.
//
// Link names: input N's package has Package::linkPrefix "main·N", so its
// functions, variables and type descriptors never clash with those of an
// earlier input in the JIT (tracebacks print "main"). N counts the inputs
// from 1, and the file is "<input N>", whose line 1 is the input's
// (File::headerLines). The statements' wrapper is named "main·N.main":
// tracebacks show main.main where Go's would for a program's statements.
//
// All inputs are one package to the programmer: unexported names of earlier
// inputs are visible (samePackage), and a type of an earlier input may get
// methods, or have one redefined, in a later input. The checker adds them
// to the type itself (Named::methods: the type stays the same type, so
// earlier values and variables have them too), recording the old method
// list (Package::replExtended) so that an input that is not committed is
// undone (discard); the lowering has the input replace the method tables
// of the types concerned when it runs (jit/repl_methods.cpp).
#pragma once

#include "frontend/loader.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace gorun::frontend {

// One checked input.
struct ReplInput {
  Package* pkg = nullptr;            // null when the input does not compile
  std::vector<std::string> errors;   // "L:C: message", positions in the input
  bool printsValue = false;          // a bare expression, wrapped to print
  std::vector<std::pair<std::string, std::string>> imports;  // (name, path) added
};

class ReplFrontend {
 public:
  explicit ReplFrontend(std::string stdlibDir);

  // Parses and checks one complete input. Nothing is visible to later
  // inputs until commit().
  // `filename` names the input in diagnostics and tracebacks (a :load);
  // by default it is "<input N>", N counting the inputs from 1.
  ReplInput check(const std::string& src, const std::string& filename = "");
  // Makes a checked input's names (and imports) visible to later inputs.
  void commit(const ReplInput& in);
  // Undoes what checking an input changed in earlier inputs' types (the
  // methods it declared on them), for an input that is not committed.
  void discard(const ReplInput& in);
  // Forgets every name and import (:reset). Compiled code stays loaded.
  void reset();

  // The standard packages `pkg` imports (transitively) that were not yet
  // handed to the JIT, dependencies first; the caller compiles and
  // initialises each, then marks it.
  std::vector<Package*> pendingPackages(Package* pkg) const;
  void markCompiled(Package* pkg) { compiled_.insert(pkg); }

  // The type of an expression (":type"), or the errors.
  std::string typeOf(const std::string& expr, std::vector<std::string>* errors);
  // "kind name type" lines for :decls, sorted, each type's methods after it.
  std::vector<std::string> decls() const;
  // Completion candidates: names in scope (keywords excluded), and the
  // exported members of the package a name refers to ("fmt" -> Println...).
  std::vector<std::string> names() const;
  std::vector<std::string> packageMembers(const std::string& name);
  TypeContext& types() { return prog_.types; }

 private:
  struct Source {
    int number;            // the input's number: its link prefix "main·N"
    std::string filename;  // "<input N>", or a loaded file's path
  };
  ReplInput checkAs(const std::string& src, const Source& source, int form,
                    const std::vector<std::pair<std::string, std::string>>& imports);
  std::vector<std::pair<std::string, std::string>> autoImports(const std::string& src) const;
  Package* importPackage(const std::string& path);
  std::vector<Named*> methodSetsChanged(Package* pkg) const;

  std::string stdlibDir_;
  Program prog_;
  std::set<Package*> compiled_;         // packages handed to the JIT
  Scope* scope_ = nullptr;              // committed names; parent: universe
  std::vector<std::pair<std::string, std::string>> imports_;  // (name, path)
  std::map<std::string, std::string> stdNames_;  // package name -> path
  int inputs_ = 0;                      // inputs checked
};

}  // namespace gorun::frontend
