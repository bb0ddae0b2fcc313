// gorun: run a Go program.
//
//   gorun [flags] file.go [args...]   compile file.go and run main.main
//   gorun [flags] - [args...]         read the program from standard input
//   gorun [flags]                     the REPL (tools/repl.cpp)
//   gorun [flags] -i file.go          the REPL, after loading file.go
//
// Exit status: the program's own (os.Exit), 0 when main returns, 1 when the
// program does not compile, 2 after a panic or fatal error.
#include "frontend/loader.h"
#include "jit/jit.h"
#include "runtime/abi.h"
#include "tools/repl.h"

#include <llvm/Support/Error.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

const char kUsage[] =
    "usage: gorun [flags] file.go [arguments...]\n"
    "       gorun [flags] - [arguments...]   (program read from standard input)\n"
    "       gorun [flags] [-i file.go]       (interactive prompt)\n"
    "\n"
    "Compiles a Go program with gorun's JIT and runs it.\n"
    "\n"
    "flags:\n"
    "  -O          optimise (LLVM O2); slower start-up, faster code\n"
    "  -dump-ir    print the LLVM IR of each module to standard error\n"
    "  -h, -help   print this message\n";

bool readAll(std::istream& in, std::string* out) {
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

// LLVM is most of gorun's memory: see runtime/libpages.cpp. This runs
// from the executable's preinit array, after the dynamic loader has mapped
// and relocated every library and before any library's initialisers.
// Relocating libLLVM read its 13 MB of symbol and relocation tables, which
// share the text's mapping and are not needed again: dropped, with what
// the loader read of the other libraries. libLLVM's static constructors,
// scattered through its text, would otherwise fault in 37 MB around the
// few pages they run.
void mapLLVMByPage(int, char**, char**) {
  gorun::runtime::mapLibraryByPage("libLLVM");
  gorun::runtime::releaseLibraryPages(".so");
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const preinitLLVM)(int, char**, char**) =
    mapLLVMByPage;

}  // namespace

int main(int argc, char** argv) {
  gorun::jit::Options opts;
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-h" || a == "-help" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "-O") {
      opts.optimize = true;
      continue;
    }
    if (a == "-dump-ir") {
      opts.dumpIR = true;
      continue;
    }
    if (a == "-i" && i + 1 < argc) return gorun::tools::runRepl(opts, argv[i + 1]);
    if (a == "-" || a.empty() || a[0] != '-') break;
    std::fprintf(stderr, "gorun: unknown flag %s\n%s", a.c_str(), kUsage);
    return 2;
  }
  if (i >= argc) return gorun::tools::runRepl(opts, "");
  std::string filename = argv[i];
  std::string src;
  if (filename == "-") {
    readAll(std::cin, &src);
    filename = "<stdin>";
  } else {
    std::ifstream in(filename, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "gorun: cannot open %s: %s\n", filename.c_str(), std::strerror(errno));
      return 1;
    }
    readAll(in, &src);
  }
  std::vector<std::string> args(argv + i, argv + argc);

  auto prog = std::make_unique<gorun::frontend::Program>();
  if (!gorun::frontend::loadProgram(*prog, filename, src, GORUN_STDLIB_DIR)) {
    prog->diags.print(stderr);
    return 1;
  }
  auto session = gorun::jit::Session::create(opts);
  if (!session) {
    std::fprintf(stderr, "gorun: %s\n", llvm::toString(session.takeError()).c_str());
    return 1;
  }
  auto entry = (*session)->compileProgram(prog->types, prog->packages);
  if (!entry) {
    std::fprintf(stderr, "%s\n", llvm::toString(entry.takeError()).c_str());
    return 1;
  }
  // The frontend's syntax trees and types are done with: the JIT copied
  // what the program and its tracebacks need. They were 24 MB of a
  // program importing os, bufio, strconv and strings; malloc_trim gives
  // their pages back. So is LLVM: the session is kept (it owns the
  // compiled code), but no LLVM code runs again in this process, which
  // ends with _exit.
  (*session)->finishCompiling();
  prog.reset();
  malloc_trim(0);
  // Every library's clean pages: LLVM's, and the 4 MB of others' that
  // compiling touched; and gorun's own, whose frontend and JIT are done
  // with. What the program uses (the runtime) faults back in.
  gorun::runtime::releaseLibraryPages(".so");
  char exe[4096];
  if (ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1); n > 0) {
    exe[n] = 0;
    gorun::runtime::releaseLibraryPages(exe);
  }
  gorun::runtime::retireLibrary("libLLVM");
  gorun::runtime::retireLibrary("libz3");
  gorun::runtime::start(*entry, std::move(args));
}
