// The JIT's interface to the driver (and later the REPL): compile checked
// packages into an ORC session and hand back the program's entry point.
//
// Only this header is included outside jit/; LLVM's ORC headers stay in a
// few files of jit/ because each costs seconds and ~1 GB to compile.
#pragma once

#include "frontend/types.h"
#include "runtime/abi.h"

#include <llvm/Support/Error.h>

#include <memory>
#include <vector>

namespace gorun::jit {

struct Options {
  bool optimize = false;  // -O: the O2 pipeline and default CodeGen
  bool dumpIR = false;    // print each module's IR to stderr before codegen
};

class Session {
 public:
  static llvm::Expected<std::unique_ptr<Session>> create(const Options& opts);
  virtual ~Session() = default;
  // Lowers and adds the packages (dependencies first, main last), then
  // returns the entry: initialise every package in order, then main.main.
  virtual llvm::Expected<runtime::GoEntry> compileProgram(
      frontend::TypeContext& ctx, const std::vector<frontend::Package*>& pkgs) = 0;

  // REPL: lowers one package (an input, or a standard package it imports
  // for the first time) into a module of its own with its own
  // ResourceTracker, compiles it, and returns its initialiser
  // "<linkPath>.init" (the caller runs it once). Earlier packages stay
  // visible; on failure nothing of this package remains in the JIT.
  virtual llvm::Expected<runtime::GoEntry> addPackage(frontend::TypeContext& ctx,
                                                     frontend::Package* pkg) = 0;
  // REPL: removes what the last addPackage added (an input cancelled
  // before it ran), as a failed addPackage leaves nothing: later packages
  // then never see its definitions (its type descriptors, for instance).
  virtual llvm::Error removeLastPackage() = 0;

  // After compileProgram, when nothing more will be compiled: frees the
  // LLVM context (the types, constants and debug metadata of the lowered
  // modules, 2 MB for a program importing os and strings). The compiled
  // code stays, as long as the session does.
  virtual void finishCompiling() = 0;
};

}  // namespace gorun::jit
